"""Hospitals as the assistant shows them: the `hospital_list` payload and a few readable lines."""

from __future__ import annotations

from typing import Any, Final

from actions.criteria import SearchCriteria
from actions.turn import Turn
from directory.maps import map_links
from directory.records import Record
from directory.search import SearchResult
from directory.vocabulary.terms import TermKind, in_locale

#: Hospitals in one payload (the contract's "up to 10").
LISTED: Final = 10
#: Hospitals also written out in the text, for channels that show no cards.
WRITTEN: Final = 5


def hospital_card(record: Record, turn: Turn) -> dict[str, Any]:
    """One hospital in the payload: what a patient needs to choose it and get there.

    Names, address, notes, departments and desk hours in the reply language; the Chinese name and
    address for a taxi driver; map links (Amap, Baidu, Apple) with the datum each map expects.
    """
    location = record.get("location")
    card: dict[str, Any] = {
        "id": record["id"],
        "name": in_locale(record["name"], turn.language),
        "name_zh": record["name"]["zh"],
        "address": in_locale(record["address"], turn.language),
        "address_zh": record["address"]["zh"],
        "phone": record["phone"],
        "languages": record["languages"],
        "direct_billing": record["direct_billing"],
        "emergency_24h": record["emergency_24h"],
        "district": record["district"],
        "district_name": term_name(turn, TermKind.DISTRICT, record["district"]),
        "specialties": record["specialties"],
        "departments": [term_name(turn, TermKind.SPECIALTY, code) for code in record["specialties"]],
        "accreditations": record.get("accreditations", []),
        "map_links": map_links(
            record["name"]["zh"],
            record["address"]["zh"],
            (location["lat"], location["lon"]) if location else None,
        ),
    }
    desk = record.get("international_desk") or {}
    if desk.get("phone"):
        card["international_desk_phone"] = desk["phone"]
    if desk.get("email"):
        card["international_desk_email"] = desk["email"]
    if desk.get("hours"):
        card["international_desk_hours"] = in_locale(desk["hours"], turn.language)
    if record.get("notes"):
        card["notes"] = in_locale(record["notes"], turn.language)
    if record.get("verified_on"):
        card["verified_on"] = record["verified_on"]
    if location:
        card["location"] = {"lat": location["lat"], "lon": location["lon"]}
    if record.get("website"):
        card["website"] = record["website"]
    return card


def hospital_list_payload(result: SearchResult, criteria: SearchCriteria, turn: Turn) -> dict[str, Any]:
    return {
        "type": "hospital_list",
        "total": result.total,
        "criteria": criteria.as_slot(),
        "hospitals": [hospital_card(record, turn) for record in result.hospitals[:LISTED]],
    }


def single_hospital_payload(record: Record, turn: Turn) -> dict[str, Any]:
    """The card of the one hospital a question was about, in the same shape as a search answer."""
    return {
        "type": "hospital_list",
        "total": 1,
        "criteria": {"hospital": record["id"]},
        "hospitals": [hospital_card(record, turn)],
    }


def term_name(turn: Turn, kind: TermKind, code: str) -> str:
    term = turn.index.get(kind, code)
    return term.display_name(turn.language) if term else code


def language_names(turn: Turn, codes: tuple[str, ...] | list[str]) -> str:
    return turn._(", ").join(term_name(turn, TermKind.LANGUAGE, code) for code in codes)


def describe_criterion(turn: Turn, criteria: SearchCriteria, name: str) -> str:
    """One criterion in the reply language, as a person would say it."""
    match name:
        case "specialty":
            return term_name(turn, TermKind.SPECIALTY, criteria.specialty or "")
        case "languages":
            return turn._("speaks {languages}").format(languages=language_names(turn, criteria.languages))
        case "insurer":
            insurer = term_name(turn, TermKind.INSURER, criteria.insurer or "")
            return turn._("direct billing with {insurer}").format(insurer=insurer)
        case "direct_billing":
            return turn._("direct billing")
        case "district":
            return term_name(turn, TermKind.DISTRICT, criteria.district or "")
        case "excluded_districts":
            names = turn._(", ").join(
                term_name(turn, TermKind.DISTRICT, code) for code in criteria.excluded_districts
            )
            return turn._("not in {districts}").format(districts=names)
        case "emergency_24h":
            return turn._("24-hour emergency department")
    raise ValueError(f"unknown criterion {name!r}")


def describe_criteria(turn: Turn, criteria: SearchCriteria) -> str:
    return turn._(", ").join(describe_criterion(turn, criteria, name) for name in criteria.present())


def hospital_line(turn: Turn, position: int, record: Record) -> str:
    card = hospital_card(record, turn)
    line = turn._("{position}. {name} ({name_zh}), {phone}").format(position=position, **card)
    if card["emergency_24h"]:
        line += turn._(", 24 h emergency")
    return line


def written_list(turn: Turn, result: SearchResult) -> str:
    lines = [
        hospital_line(turn, position, record)
        for position, record in enumerate(result.hospitals[:WRITTEN], start=1)
    ]
    return "\n".join(lines)


def find(turn: Turn, criteria: SearchCriteria) -> SearchResult:
    """The search, hospitals serving the reply language first."""
    return turn.directory.hospitals.search(criteria.query(preferred_language=turn.language, limit=LISTED))


def count(turn: Turn, criteria: SearchCriteria) -> int:
    return turn.directory.hospitals.count(criteria.query(preferred_language=turn.language, limit=0))


def remember_listing(turn: Turn, criteria: SearchCriteria, result: SearchResult) -> None:
    """Keep what follow-ups refer to: the criteria, the hospitals listed, and "it" when only one."""
    turn.remember("search_criteria", criteria.as_slot())
    turn.remember("listed_hospitals", [record["id"] for record in result.hospitals])
    turn.remember("focused_hospital", result.hospitals[0]["id"] if result.total == 1 else None)
