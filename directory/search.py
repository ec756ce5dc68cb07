"""Hospital search: filters that combine with AND, hospitals serving the asked locale first."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, exists, func, select
from sqlmodel import Session

from directory.models import DirectBilling, Hospital, HospitalLanguage, HospitalSpecialty
from directory.records import Record, load_records
from directory.text import fold
from directory.vocabulary.terms import in_locale


@dataclass(frozen=True)
class HospitalQuery:
    """A search in codes (already resolved from what the person typed)."""

    languages: tuple[str, ...] = ()
    specialty: str | None = None
    insurer: str | None = None
    direct_billing: bool = False
    district: str | None = None
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


def _filtered(query: HospitalQuery) -> Any:
    statement = select(Hospital.id)
    for language in query.languages:
        statement = statement.where(
            exists().where(HospitalLanguage.hospital_id == Hospital.id, HospitalLanguage.language == language)
        )
    if query.specialty:
        statement = statement.where(
            exists().where(HospitalSpecialty.hospital_id == Hospital.id, HospitalSpecialty.specialty == query.specialty)
        )
    if query.insurer:
        statement = statement.where(
            exists().where(DirectBilling.hospital_id == Hospital.id, DirectBilling.insurer_id == query.insurer)
        )
    elif query.direct_billing:
        statement = statement.where(exists().where(DirectBilling.hospital_id == Hospital.id))
    if query.district:
        statement = statement.where(Hospital.district_id == query.district)
    if query.emergency_24h:
        statement = statement.where(Hospital.emergency_24h)
    if query.text:
        needle = fold(query.text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(Hospital.search_text.like(f"%{needle}%", escape="\\"))  # type: ignore[attr-defined]
    return statement


def count_hospitals(session: Session, query: HospitalQuery) -> int:
    counted = select(func.count()).select_from(_filtered(query).subquery())
    return int(session.execute(counted).scalar_one())


def search_hospitals(session: Session, query: HospitalQuery) -> SearchResult:
    total = count_hospitals(session, query)
    if total == 0 or query.limit == 0:
        return SearchResult(total)
    statement = _filtered(query)
    if query.preferred_language:
        serves = exists().where(
            HospitalLanguage.hospital_id == Hospital.id, HospitalLanguage.language == query.preferred_language
        )
        statement = statement.order_by(case((serves, 0), else_=1))
    statement = statement.order_by(Hospital.sort_name, Hospital.id).limit(query.limit).offset(query.offset)
    ids = [row[0] for row in session.execute(statement)]
    return SearchResult(total, list(load_records(session, ids).values()))


def with_display(record: Record, locale: str) -> Record:
    """A hospital as the API shows it: the file form plus its name and address in `locale`."""
    return {
        **record,
        "display_name": in_locale(record["name"], locale),
        "display_address": in_locale(record["address"], locale),
    }
