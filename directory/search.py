"""Hospital search: filters that combine with AND, hospitals serving the asked locale first.

Searches run on a snapshot of the directory held in memory (`HospitalSnapshot`), built from the
database in one read and replaced when an import advances the directory revision (see
directory.live). The directory changes only by import, so every search between two imports reads the
same snapshot: a search never sees half an import, and it answers in microseconds, not milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from directory.records import Record
from directory.text import fold
from directory.vocabulary.terms import in_locale

_EMERGENCY: Final = "emergency_24h"
_ANY_BILLING: Final = "direct_billing"


@dataclass(frozen=True)
class HospitalQuery:
    """A search in codes (already resolved from what the person typed)."""

    languages: tuple[str, ...] = ()
    specialty: str | None = None
    insurer: str | None = None
    direct_billing: bool = False
    district: str | None = None
    #: Hospitals in none of these districts ("anywhere but Shuangliu").
    excluded_districts: tuple[str, ...] = ()
    emergency_24h: bool = False
    text: str | None = None
    #: Hospitals serving this language come first; it filters nothing.
    preferred_language: str | None = None
    limit: int = 20
    offset: int = 0


@dataclass
class SearchResult:
    total: int
    hospitals: list[Record] = field(default_factory=list)


def sort_key(record: Record) -> tuple[str, str]:
    """The order within a rank: the English name, case- and accent-insensitive, then the id."""
    return fold(record["name"]["en"]), record["id"]


def searchable_text(record: Record) -> str:
    """Every name in every locale, folded, for the `text` filter."""
    return "\n".join(fold(name) for name in record["name"].values())


class HospitalSnapshot:
    """Every hospital of one directory revision, with an index per filter."""

    def __init__(self, records: Iterable[Record]) -> None:
        self._records = sorted(records, key=sort_key)
        self._texts = [searchable_text(record) for record in self._records]
        self._positions = {record["id"]: position for position, record in enumerate(self._records)}
        self._postings: dict[str, set[int]] = {}
        for position, record in enumerate(self._records):
            keys = [f"language:{code}" for code in record["languages"]]
            keys += [f"specialty:{code}" for code in record["specialties"]]
            keys += [f"insurer:{code}" for code in record["direct_billing"]]
            keys.append(f"district:{record['district']}")
            if record["emergency_24h"]:
                keys.append(_EMERGENCY)
            if record["direct_billing"]:
                keys.append(_ANY_BILLING)
            for key in keys:
                self._postings.setdefault(key, set()).add(position)

    def _required(self, query: HospitalQuery) -> list[str]:
        keys = [f"language:{code}" for code in query.languages]
        if query.specialty:
            keys.append(f"specialty:{query.specialty}")
        if query.insurer:
            keys.append(f"insurer:{query.insurer}")
        elif query.direct_billing:
            keys.append(_ANY_BILLING)
        if query.district:
            keys.append(f"district:{query.district}")
        if query.emergency_24h:
            keys.append(_EMERGENCY)
        return keys

    def _matching(self, query: HospitalQuery) -> list[int]:
        postings = sorted((self._postings.get(key, set()) for key in self._required(query)), key=len)
        positions: Iterable[int] = set.intersection(*postings) if postings else range(len(self._records))
        if query.excluded_districts:
            excluded = set().union(
                *(self._postings.get(f"district:{code}", set()) for code in query.excluded_districts)
            )
            positions = (position for position in positions if position not in excluded)
        if query.text:
            needle = fold(query.text)
            positions = (position for position in positions if needle in self._texts[position])
        return sorted(positions)

    def get(self, hospital_id: str) -> Record | None:
        position = self._positions.get(hospital_id)
        return self._records[position] if position is not None else None

    def count(self, query: HospitalQuery) -> int:
        return len(self._matching(query))

    def search(self, query: HospitalQuery) -> SearchResult:
        matching = self._matching(query)
        if query.preferred_language:
            serving = self._postings.get(f"language:{query.preferred_language}", set())
            matching.sort(key=lambda position: position not in serving)
        page = matching[query.offset : query.offset + query.limit]
        return SearchResult(len(matching), [self._records[position] for position in page])


class DisplayedRecord(Record):
    """A hospital with its name and address in one display locale."""

    display_name: str
    display_address: str


def with_display(record: Record, locale: str) -> DisplayedRecord:
    """A hospital as the API shows it: the file form plus its name and address in `locale`."""
    return {
        **record,
        "display_name": in_locale(record["name"], locale),
        "display_address": in_locale(record["address"], locale),
    }
