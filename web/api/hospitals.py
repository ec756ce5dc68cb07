"""Search the directory and read one hospital (contract section 4)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel

from directory.filters import UnknownFilterValue, resolve_query
from directory.live import search_hospitals
from directory.records import load_records
from directory.search import with_display
from web.deps import SessionDep, VocabularyDep

router = APIRouter(prefix="/api/hospitals", tags=["hospitals"])

Locale = Literal["en", "zh", "ja", "de", "fr"]


class HospitalPage(BaseModel):
    total: int
    results: list[dict[str, Any]]


def _clean(value: str | None) -> str | None:
    # NUL cannot be stored or compared in PostgreSQL text; it is never part of a real name.
    return value.replace("\x00", "") if value is not None else None


@router.get("", response_model=HospitalPage, summary="Search hospitals; filters combine with AND")
def list_hospitals(
    session: SessionDep,
    vocabulary: VocabularyDep,
    language: Annotated[
        list[str], Query(description="Language served; repeat for several (all must be served)")
    ] = [],  # noqa: B006
    specialty: Annotated[
        str | None, Query(description="Specialty code or name, e.g. cardiology, Kardiologie")
    ] = None,
    insurer: Annotated[str | None, Query(description="Insurer billed directly: id, name or alias")] = None,
    direct_billing: Annotated[
        bool, Query(description="Only hospitals billing some insurer directly")
    ] = False,
    district: Annotated[str | None, Query(description="District id, name or alias")] = None,
    emergency: Annotated[
        bool, Query(description="Only hospitals with a 24-hour emergency department")
    ] = False,
    q: Annotated[str | None, Query(description="Text in any of the hospital's names", max_length=200)] = None,
    locale: Annotated[
        Locale, Query(description="Display language of display_name and display_address")
    ] = "en",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HospitalPage:
    try:
        query = resolve_query(
            vocabulary,
            languages=[_clean(value) or "" for value in language],
            specialty=_clean(specialty),
            insurer=_clean(insurer),
            district=_clean(district),
            direct_billing=direct_billing,
            emergency_24h=emergency,
            text=_clean(q),
            locale=locale,
            limit=limit,
            offset=offset,
        )
    except UnknownFilterValue as error:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            [
                {
                    "loc": ["query", problem.parameter],
                    "msg": problem.message,
                    "type": "unknown_value",
                    "input": problem.value,
                }
                for problem in error.problems
            ],
        ) from None
    found = search_hospitals(session, query)
    return HospitalPage(
        total=found.total, results=[with_display(record, locale) for record in found.hospitals]
    )


@router.get(
    "/{hospital_id}",
    summary="One hospital, as in the directory file plus display fields",
    responses={404: {"description": "No hospital has this id"}},
)
def get_hospital(hospital_id: str, session: SessionDep, locale: Locale = "en") -> dict[str, Any]:
    records = load_records(session, [hospital_id])
    if hospital_id not in records:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f'no hospital with id "{hospital_id}"')
    return with_display(records[hospital_id], locale)
