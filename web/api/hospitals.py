"""Search the directory and read one hospital (contract section 4)."""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Annotated, Final

from fastapi import APIRouter, Header, HTTPException, Query, status

from directory.filters import UnknownFilterValue, resolve_query
from directory.live import search_hospitals
from directory.maps import map_links
from directory.records import Record, load_records
from directory.search import with_display
from web.api.filter_errors import message_locale, problem_message
from web.api.models import HospitalPage, HospitalPublic, Locale
from web.deps import SessionDep, VocabularyDep

router = APIRouter(prefix="/api/hospitals", tags=["hospitals"])

_POINT: Final = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*[,，]\s*(-?\d+(?:\.\d+)?)\s*")
_EARTH_RADIUS_KM: Final = 6371.0
#: Enough to sort every match by distance before taking a page (the whole directory is in memory).
_ALL: Final = 1_000_000


def public_hospital(record: Record, locale: str, distance_km: float | None = None) -> HospitalPublic:
    location = record.get("location")
    links = map_links(
        record["name"]["zh"],
        record["address"]["zh"],
        (location["lat"], location["lon"]) if location else None,
    )
    shown = {**with_display(record, locale), "map_links": links}
    if distance_km is not None:
        shown["distance_km"] = round(distance_km, 2)
    return HospitalPublic.model_validate(shown)


def _point(text: str) -> tuple[float, float]:
    match = _POINT.fullmatch(text)
    if match:
        lat, lon = float(match[1]), float(match[2])
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return lat, lon
    raise HTTPException(
        status.HTTP_422_UNPROCESSABLE_CONTENT,
        [
            {
                "loc": ["query", "near"],
                "msg": f'not a point "lat,lon": "{text}"',
                "type": "bad_point",
                "input": text,
            }
        ],
    )


def distance_km(start: tuple[float, float], record: Record) -> float | None:
    """Great-circle distance to the hospital, or None when it has no location."""
    location = record.get("location")
    if not location:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (*start, location["lat"], location["lon"]))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _clean(value: str | None) -> str | None:
    # NUL cannot be stored or compared in PostgreSQL text; it is never part of a real name.
    return value.replace("\x00", "") if value is not None else None


@router.get(
    "",
    response_model=HospitalPage,
    response_model_exclude_none=True,
    summary="Search hospitals; filters combine with AND",
)
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
    near: Annotated[
        str | None,
        Query(
            description='A point "lat,lon" (WGS-84): nearest first, hospitals without a location last',
            max_length=60,
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    accept_language: Annotated[
        str | None, Header(description="The language of error messages: en, zh, ja, de or fr")
    ] = None,
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
                    "msg": problem_message(problem, message_locale(accept_language)),
                    "type": "unknown_value",
                    "input": problem.value,
                }
                for problem in error.problems
            ],
        ) from None
    if near is None:
        found = search_hospitals(session, query)
        return HospitalPage(
            total=found.total, results=[public_hospital(record, locale) for record in found.hospitals]
        )
    start = _point(_clean(near) or "")
    every = search_hospitals(session, dataclasses.replace(query, limit=_ALL, offset=0))
    measured = [(distance_km(start, record), record) for record in every.hospitals]
    measured.sort(key=lambda pair: (pair[0] is None, pair[0] or 0.0))
    page = measured[offset : offset + limit]
    return HospitalPage(
        total=every.total, results=[public_hospital(record, locale, distance) for distance, record in page]
    )


@router.get(
    "/{hospital_id}",
    response_model=HospitalPublic,
    response_model_exclude_none=True,
    summary="One hospital, as in the directory file plus display fields",
    responses={404: {"description": "No hospital has this id"}},
)
def get_hospital(hospital_id: str, session: SessionDep, locale: Locale = "en") -> HospitalPublic:
    records = load_records(session, [hospital_id])
    if hospital_id not in records:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f'no hospital with id "{hospital_id}"')
    return public_hospital(records[hospital_id], locale)
