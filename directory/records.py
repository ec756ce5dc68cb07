"""Hospitals between the directory file's form and the tables.

The canonical record is the file form with lists in a fixed order and absent optional keys left out:
exporting writes it, importing compares it, so "export then import changes nothing" holds by design.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any, NotRequired, TypedDict, cast

from sqlalchemy import select
from sqlmodel import Session

from directory.directory_file import HospitalRecord
from directory.models import DirectBilling, Hospital, HospitalLanguage, HospitalSpecialty

LocalizedText = dict[str, str]


class DeskRecord(TypedDict, total=False):
    phone: str
    email: str
    hours: LocalizedText


class LocationRecord(TypedDict):
    lat: float
    lon: float


class Record(TypedDict):
    """One hospital, as in the directory file: the one shape the directory, actions and API share.

    A TypedDict rather than a class: records are read by key everywhere (`record["name"]["zh"]`) and
    written to JSON as they are, and optional keys a hospital lacks stay absent, as in the file.
    """

    id: str
    name: LocalizedText
    district: str
    address: LocalizedText
    phone: str
    international_desk: NotRequired[DeskRecord]
    website: NotRequired[str]
    location: NotRequired[LocationRecord]
    languages: list[str]
    specialties: list[str]
    emergency_24h: bool
    direct_billing: list[str]
    accreditations: NotRequired[list[str]]
    verified_on: NotRequired[str]
    notes: NotRequired[LocalizedText]


_HOSPITAL = Hospital.__table__  # type: ignore[attr-defined]
_LANGUAGE = HospitalLanguage.__table__  # type: ignore[attr-defined]
_SPECIALTY = HospitalSpecialty.__table__  # type: ignore[attr-defined]
_BILLING = DirectBilling.__table__  # type: ignore[attr-defined]


def canonical_record(hospital: HospitalRecord) -> Record:
    record = cast(Record, hospital.model_dump(exclude_none=True))
    record["languages"] = sorted(record["languages"])
    record["specialties"] = sorted(record["specialties"])
    record["direct_billing"] = sorted(record["direct_billing"])
    if not record.get("accreditations"):
        record.pop("accreditations", None)
    # An empty text is no text: the tables keep none, so keeping it here would make every
    # re-import of the same file look like a change.
    if not record.get("notes"):
        record.pop("notes", None)
    desk = record.get("international_desk")
    if desk is not None and not desk.get("hours"):
        desk.pop("hours", None)
    if not record.get("international_desk"):
        record.pop("international_desk", None)
    return record


def hospital_row(record: Record) -> dict[str, Any]:
    """The `hospital` table's columns for a canonical record."""
    location = record.get("location")
    return {
        "id": record["id"],
        "name": record["name"],
        "address": record["address"],
        "district_id": record["district"],
        "phone": record["phone"],
        "international_desk": record.get("international_desk"),
        "website": record.get("website"),
        "latitude": location["lat"] if location else None,
        "longitude": location["lon"] if location else None,
        "emergency_24h": record["emergency_24h"],
        "accreditations": record.get("accreditations", []),
        "verified_on": date.fromisoformat(record["verified_on"]) if "verified_on" in record else None,
        "notes": record.get("notes"),
    }


def link_rows(
    records: Iterable[Record],
) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    """Rows of the language, specialty and direct-billing tables for these records."""
    languages, specialties, billing = [], [], []
    for record in records:
        languages += [{"hospital_id": record["id"], "language": code} for code in record["languages"]]
        specialties += [{"hospital_id": record["id"], "specialty": code} for code in record["specialties"]]
        billing += [{"hospital_id": record["id"], "insurer_id": code} for code in record["direct_billing"]]
    return languages, specialties, billing


def _record_from_row(row: Any, languages: list[str], specialties: list[str], billing: list[str]) -> Record:
    # Built key by key in the file's order, so an export reads like the file an administrator wrote.
    record: dict[str, Any] = {
        "id": row.id,
        "name": row.name,
        "district": row.district_id,
        "address": row.address,
        "phone": row.phone,
    }
    if row.international_desk:
        record["international_desk"] = row.international_desk
    if row.website is not None:
        record["website"] = row.website
    if row.latitude is not None and row.longitude is not None:
        record["location"] = {"lat": row.latitude, "lon": row.longitude}
    record["languages"] = sorted(languages)
    record["specialties"] = sorted(specialties)
    record["emergency_24h"] = row.emergency_24h
    record["direct_billing"] = sorted(billing)
    if row.accreditations:
        record["accreditations"] = row.accreditations
    if row.verified_on is not None:
        record["verified_on"] = row.verified_on.isoformat()
    if row.notes:
        record["notes"] = row.notes
    return cast(Record, record)


def load_records(session: Session, ids: Collection[str] | None = None) -> dict[str, Record]:
    """Canonical records of the given hospitals (all when `ids` is None), in the order of `ids`."""
    if ids is not None and not ids:
        return {}
    hospitals = select(_HOSPITAL)
    links: dict[str, Any] = {
        "languages": select(_LANGUAGE),
        "specialties": select(_SPECIALTY),
        "billing": select(_BILLING),
    }
    if ids is not None:
        hospitals = hospitals.where(_HOSPITAL.c.id.in_(list(ids)))
        links = {
            name: query.where(query.selected_columns.hospital_id.in_(list(ids)))
            for name, query in links.items()
        }
    else:
        hospitals = hospitals.order_by(_HOSPITAL.c.id)
    grouped: dict[str, dict[str, list[str]]] = {name: defaultdict(list) for name in links}
    for name, query in links.items():
        for hospital_id, code in session.execute(query):
            grouped[name][hospital_id].append(code)
    rows = {row.id: row for row in session.execute(hospitals)}
    order = ids if ids is not None else rows.keys()
    return {
        hospital_id: _record_from_row(
            rows[hospital_id],
            grouped["languages"][hospital_id],
            grouped["specialties"][hospital_id],
            grouped["billing"][hospital_id],
        )
        for hospital_id in order
        if hospital_id in rows
    }
