"""Hospital search: filters combine with AND, every language asked for must be served, hospitals in
the patient's language come first, `q` finds any name in any locale. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from directory.importer import import_directory
from directory.live import search_hospitals
from directory.search import HospitalQuery, with_display
from tests.builders import EAST_LAKE, ZENITH_CARE, encode, hospital
from tests.conftest import BACKENDS, MAX_BYTES, database, migrated

# Three clinics, named so that their English order (Alder, Birch, Cedar) is not their language order.
ALDER = hospital(
    id="alder-clinic",
    name={"en": "Alder Clinic", "zh": "桤木诊所", "ja": "アルダークリニック"},
    languages=["en", "fr"],
    specialties=["cardiology", "dermatology"],
    direct_billing=["cigna"],
    district="wuhou",
    emergency_24h=False,
)
BIRCH = hospital(
    id="birch-hospital",
    name={"en": "Birch Hospital", "zh": "白桦医院", "de": "Birkenklinik"},
    languages=["en", "ja"],
    specialties=["cardiology"],
    direct_billing=["zenith-care"],
    district="east-lake",
    emergency_24h=True,
)
CEDAR = hospital(
    id="cedar-hospital",
    name={"en": "Cedar Hospital", "zh": "雪松医院", "fr": "Hôpital du Cèdre"},
    languages=["ja"],
    specialties=["dermatology"],
    direct_billing=[],
    district="east-lake",
    emergency_24h=True,
)


@pytest.fixture(scope="module", params=BACKENDS)
def three_clinics(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One directory per backend for the whole module: searches only read it."""
    document = {
        "version": 1,
        "hospitals": [CEDAR, ALDER, BIRCH],
        "insurers": [ZENITH_CARE],
        "districts": [EAST_LAKE],
    }
    with database(request.param, tmp_path_factory.mktemp("search")) as url, migrated(url) as engine:
        with Session(engine) as session:
            import_directory(session, encode(document), max_bytes=MAX_BYTES)
        yield engine


@pytest.fixture
def session(three_clinics: Engine) -> Iterator[Session]:
    with Session(three_clinics) as session:
        yield session


def found(session: Session, **query: Any) -> list[str]:
    return [record["id"] for record in search_hospitals(session, HospitalQuery(**query)).hospitals]


def test_no_filter_finds_every_hospital_in_name_order(session: Session) -> None:
    assert found(session) == ["alder-clinic", "birch-hospital", "cedar-hospital"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"specialty": "cardiology"}, ["alder-clinic", "birch-hospital"]),
        ({"specialty": "cardiology", "languages": ("ja",)}, ["birch-hospital"]),
        ({"specialty": "dermatology", "emergency_24h": True}, ["cedar-hospital"]),
        ({"district": "east-lake", "specialty": "cardiology"}, ["birch-hospital"]),
        ({"insurer": "cigna"}, ["alder-clinic"]),
        ({"insurer": "cigna", "district": "east-lake"}, []),
        ({"direct_billing": True}, ["alder-clinic", "birch-hospital"]),
        ({"direct_billing": True, "emergency_24h": True}, ["birch-hospital"]),
        ({"emergency_24h": True, "languages": ("fr",)}, []),
        ({"excluded_districts": ("east-lake",)}, ["alder-clinic"]),
        ({"excluded_districts": ("wuhou",), "specialty": "cardiology"}, ["birch-hospital"]),
        ({"excluded_districts": ("wuhou", "east-lake")}, []),
        (
            {"excluded_districts": ("nowhere",), "specialty": "dermatology"},
            ["alder-clinic", "cedar-hospital"],
        ),
    ],
)
def test_filters_combine_with_and(session: Session, query: dict[str, Any], expected: list[str]) -> None:
    assert found(session, **query) == expected


def test_every_language_asked_for_must_be_served(session: Session) -> None:
    assert found(session, languages=("ja",)) == ["birch-hospital", "cedar-hospital"]
    assert found(session, languages=("en",)) == ["alder-clinic", "birch-hospital"]
    assert found(session, languages=("en", "ja")) == ["birch-hospital"]
    assert found(session, languages=("en", "ja", "fr")) == []


def test_hospitals_serving_the_preferred_language_rank_first(session: Session) -> None:
    assert found(session, preferred_language="ja") == ["birch-hospital", "cedar-hospital", "alder-clinic"]
    assert found(session, preferred_language="fr") == ["alder-clinic", "birch-hospital", "cedar-hospital"]
    assert found(session, preferred_language="ja", specialty="dermatology") == [
        "cedar-hospital",
        "alder-clinic",
    ]


def test_the_preferred_language_filters_nothing(session: Session) -> None:
    assert search_hospitals(session, HospitalQuery(preferred_language="ko")).total == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Birch", ["birch-hospital"]),
        ("hospital", ["birch-hospital", "cedar-hospital"]),
        ("BIRCH hosp", ["birch-hospital"]),
        ("白桦", ["birch-hospital"]),
        ("アルダー", ["alder-clinic"]),
        ("Birkenklinik", ["birch-hospital"]),
        ("hopital du cedre", ["cedar-hospital"]),
        ("ＣＥＤＡＲ", ["cedar-hospital"]),
        ("Oak", []),
        ("100%", []),
        ("_", []),
    ],
)
def test_q_matches_any_name_in_any_locale(session: Session, text: str, expected: list[str]) -> None:
    assert found(session, text=text) == expected


def test_q_does_not_match_addresses(session: Session) -> None:
    assert found(session, text="Lakeside") == []


def test_limit_and_offset_page_through_the_total(session: Session) -> None:
    page = search_hospitals(session, HospitalQuery(limit=1, offset=1))
    assert page.total == 3
    assert [h["id"] for h in page.hospitals] == ["birch-hospital"]
    assert found(session, limit=2, offset=0) == ["alder-clinic", "birch-hospital"]
    assert found(session, limit=2, offset=2) == ["cedar-hospital"]
    late = search_hospitals(session, HospitalQuery(limit=5, offset=10))
    assert (late.total, late.hospitals) == (3, [])


def test_a_result_is_the_hospital_as_in_the_file(session: Session) -> None:
    [birch] = search_hospitals(session, HospitalQuery(text="Birch")).hospitals
    assert birch == {**BIRCH, "languages": ["en", "ja"], "specialties": ["cardiology"]}


def test_display_name_and_address_fall_back_to_english(session: Session) -> None:
    [cedar] = search_hospitals(session, HospitalQuery(text="Cedar")).hospitals
    assert with_display(cedar, "fr")["display_name"] == "Hôpital du Cèdre"
    assert with_display(cedar, "zh")["display_address"] == "东湖区湖滨路8号"
    assert with_display(cedar, "de")["display_name"] == "Cedar Hospital"
    assert with_display(cedar, "ja")["display_address"] == "8 Lakeside Road, East Lake District"
