"""What the API adds for readers: map links, nearest-first order, and a schema that names every field."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.test_api import search

WEST_CHINA = (30.6427, 104.0628)


def test_every_hospital_comes_with_links_to_amap_baidu_and_apple_maps(reader: TestClient) -> None:
    hospital = reader.get("/api/hospitals/west-china-hospital").json()
    assert hospital["map_links"]["amap"].startswith("https://uri.amap.com/marker?")
    assert hospital["map_links"]["baidu"].startswith("https://api.map.baidu.com/marker?")
    assert hospital["map_links"]["apple"].startswith("https://maps.apple.com/?ll=")


def test_near_a_point_the_nearest_hospital_comes_first_with_its_distance(reader: TestClient) -> None:
    answer = search(reader, near=f"{WEST_CHINA[0]},{WEST_CHINA[1]}", limit=5)
    distances = [hospital["distance_km"] for hospital in answer["results"]]
    assert answer["results"][0]["id"] == "west-china-hospital"
    assert distances == sorted(distances) and distances[0] == 0
    assert answer["total"] == search(reader)["total"]


def test_nearest_first_pages_through_the_same_order(reader: TestClient) -> None:
    point = f"{WEST_CHINA[0]},{WEST_CHINA[1]}"
    every = [hospital["id"] for hospital in search(reader, near=point, limit=100)["results"]]
    second_page = [hospital["id"] for hospital in search(reader, near=point, limit=5, offset=5)["results"]]
    assert second_page == every[5:10]


def test_a_point_that_is_not_lat_lon_is_a_422_naming_the_parameter(reader: TestClient) -> None:
    response = reader.get("/api/hospitals", params={"near": "Chunxi Road"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "near"]


def test_absent_optional_keys_stay_absent_as_in_the_file(reader: TestClient) -> None:
    for hospital in search(reader)["results"]:
        assert None not in hospital.values()
        assert "distance_km" not in hospital


def test_the_schema_describes_every_field_of_a_hospital_answer(reader: TestClient) -> None:
    schemas: dict[str, Any] = reader.get("/openapi.json").json()["components"]["schemas"]
    fields = set(schemas["HospitalPublic"]["properties"])
    hospital = reader.get("/api/hospitals/west-china-hospital").json()
    assert set(hospital) <= fields
    assert {"display_name", "display_address", "map_links", "notes", "international_desk"} <= fields
    assert set(schemas["ImportReportPublic"]["properties"]) >= {"hospitals", "revision", "changed"}


@pytest.mark.parametrize(
    ("accept_language", "unknown", "ambiguous"),
    [
        (
            "de-DE,de;q=0.9,en;q=0.5",
            "unbekannte Sprache „Klingonese“",
            "„isiNdebele“ kann mehr als eine Sprache",
        ),
        ("zh-CN,zh;q=0.9", "未知的语言“Klingonese”", "“isiNdebele”可能指多种语言"),
        ("ko-KR", 'unknown language "Klingonese"', '"isiNdebele" could be more than one language'),
    ],
)
def test_filter_errors_come_in_the_readers_language(
    reader: TestClient, accept_language: str, unknown: str, ambiguous: str
) -> None:
    headers = {"Accept-Language": accept_language}
    [problem] = reader.get("/api/hospitals", params={"language": "Klingonese"}, headers=headers).json()[
        "detail"
    ]
    assert problem["msg"].startswith(unknown)
    [problem] = reader.get("/api/hospitals", params={"language": "isiNdebele"}, headers=headers).json()[
        "detail"
    ]
    assert problem["msg"].startswith(ambiguous)
