"""The HTTP API (contract section 4): search by names in any language, read, export, import with a token."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.builders import encode, exported, file_with_shared_names, hospital, make_directory
from tests.conftest import SAMPLE_FILE
from tests.web.conftest import ADMIN_TOKEN

SAMPLE = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))["hospitals"]
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def sample_ids(keep: Callable[[dict[str, Any]], bool]) -> list[str]:
    return sorted(record["id"] for record in SAMPLE if keep(record))


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/hospitals", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def found_ids(answer: dict[str, Any]) -> list[str]:
    return sorted(record["id"] for record in answer["results"])


def post_import(
    client: TestClient, document: Any, headers: dict[str, str] | None = ADMIN, **params: Any
) -> Any:
    raw = document if isinstance(document, bytes) else encode(document)
    return client.post(
        "/api/directory/import",
        content=raw,
        params=params,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"language": "日本語"}, sample_ids(lambda h: "ja" in h["languages"])),
        ({"language": "ja"}, sample_ids(lambda h: "ja" in h["languages"])),
        ({"specialty": "Kardiologie"}, sample_ids(lambda h: "cardiology" in h["specialties"])),
        ({"specialty": "心脏内科"}, sample_ids(lambda h: "cardiology" in h["specialties"])),
        ({"insurer": "Cigna"}, sample_ids(lambda h: "cigna" in h.get("direct_billing", []))),
        ({"insurer": "シグナ"}, sample_ids(lambda h: "cigna" in h.get("direct_billing", []))),
        ({"district": "武侯区"}, sample_ids(lambda h: h["district"] == "wuhou")),
        ({"direct_billing": "true"}, sample_ids(lambda h: bool(h.get("direct_billing")))),
        ({"emergency": "true"}, sample_ids(lambda h: h.get("emergency_24h", False))),
        ({"language": ["Deutsch", "français"]}, sample_ids(lambda h: {"de", "fr"} <= set(h["languages"]))),
        (
            {"language": "japonais", "specialty": "cardiologue", "insurer": "Cigna", "emergency": "true"},
            sample_ids(
                lambda h: (
                    "ja" in h["languages"]
                    and "cardiology" in h["specialties"]
                    and "cigna" in h.get("direct_billing", [])
                    and h.get("emergency_24h", False)
                )
            ),
        ),
        ({"q": "华西"}, sample_ids(lambda h: "华西" in h["name"]["zh"])),
    ],
    ids=[
        "language name",
        "language code",
        "specialty in German",
        "specialty in Chinese",
        "insurer alias",
        "insurer in Japanese",
        "district in Chinese",
        "any direct billing",
        "emergency",
        "two languages",
        "all filters",
        "q in Chinese",
    ],
)
def test_search_understands_names_in_every_language(
    reader: TestClient, params: dict[str, Any], expected: list[str]
) -> None:
    answer = search(reader, **params)
    assert expected, "the sample should have hospitals for this search"
    assert found_ids(answer) == expected
    assert answer["total"] == len(expected)


def test_search_results_are_hospitals_with_names_in_the_display_locale(reader: TestClient) -> None:
    answer = search(reader, q="Global Doctor", locale="ja")
    [global_doctor] = answer["results"]
    record = next(h for h in SAMPLE if h["id"] == "global-doctor-chengdu")
    assert global_doctor["display_name"] == record["name"]["ja"]
    assert global_doctor["display_address"] == record["address"].get("ja", record["address"]["en"])
    assert global_doctor["name"] == record["name"]
    assert global_doctor["phone"] == record["phone"]


def test_limit_and_offset_page_through_the_total(reader: TestClient) -> None:
    everything = search(reader)
    page = search(reader, limit=5, offset=5)
    assert everything["total"] == page["total"] == len(SAMPLE)
    assert [h["id"] for h in page["results"]] == [h["id"] for h in everything["results"]][5:10]


def test_a_value_that_names_nothing_is_a_422_saying_what_was_not_understood(reader: TestClient) -> None:
    response = reader.get(
        "/api/hospitals", params={"language": ["en", "Klingonese"], "specialty": "feng shui"}
    )
    assert response.status_code == 422
    problems = {tuple(problem["loc"]): problem for problem in response.json()["detail"]}
    assert set(problems) == {("query", "language"), ("query", "specialty")}
    assert problems["query", "language"]["input"] == "Klingonese"
    assert problems["query", "language"]["msg"].startswith('unknown language "Klingonese"')
    assert problems["query", "specialty"]["msg"].startswith('unknown specialty "feng shui"')


def test_a_value_that_names_two_things_is_a_422_naming_both(reader: TestClient) -> None:
    response = reader.get("/api/hospitals", params={"language": "isiNdebele"})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert (
        problem["msg"]
        == '"isiNdebele" could be more than one language: nd (North Ndebele), nr (South Ndebele)'
    )


@pytest.mark.parametrize("params", [{"limit": 0}, {"offset": -1}, {"locale": "ko"}, {"emergency": "maybe"}])
def test_malformed_parameters_are_a_422(reader: TestClient, params: dict[str, Any]) -> None:
    assert reader.get("/api/hospitals", params=params).status_code == 422


def test_a_nul_character_in_the_text_filter_is_harmless(reader: TestClient) -> None:
    assert search(reader, q="Global\x00 Doctor")["total"] == 1


def test_one_hospital_by_its_id(reader: TestClient) -> None:
    response = reader.get("/api/hospitals/west-china-hospital", params={"locale": "de"})
    assert response.status_code == 200
    body = response.json()
    record = next(h for h in SAMPLE if h["id"] == "west-china-hospital")
    assert body["display_name"] == record["name"].get("de", record["name"]["en"])
    assert sorted(body["languages"]) == sorted(record["languages"])


def test_an_unknown_hospital_is_a_404(reader: TestClient) -> None:
    response = reader.get("/api/hospitals/nowhere-hospital")
    assert response.status_code == 404
    assert response.json() == {"detail": 'no hospital with id "nowhere-hospital"'}


def test_export_is_the_whole_directory_file(client: TestClient, engine: Engine) -> None:
    response = client.get("/api/directory/export")
    assert response.status_code == 200
    assert response.json() == exported(engine)
    assert sorted(h["id"] for h in response.json()["hospitals"]) == sample_ids(lambda h: True)


def test_import_without_a_token_is_a_401(client: TestClient, engine: Engine) -> None:
    before = exported(engine)
    response = post_import(client, make_directory(), headers=None)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert (
        post_import(client, make_directory(), headers={"Authorization": f"Basic {ADMIN_TOKEN}"}).status_code
        == 401
    )
    assert exported(engine) == before


def test_import_with_the_wrong_token_is_a_403(client: TestClient, engine: Engine) -> None:
    before = exported(engine)
    response = post_import(
        client, make_directory(), headers={"Authorization": "Bearer not-the-admin-token-at-all"}
    )
    assert response.status_code == 403
    assert exported(engine) == before


def test_without_a_configured_token_every_import_is_a_403(
    client: TestClient, engine: Engine, with_settings: Callable[..., None]
) -> None:
    with_settings(admin_token=None)
    before = exported(engine)
    response = post_import(client, make_directory())
    assert response.status_code == 403
    assert "MEDINAV_ADMIN_TOKEN is not set" in response.json()["detail"]
    assert exported(engine) == before


def test_import_with_the_token_answers_with_the_report(client: TestClient) -> None:
    response = post_import(client, make_directory())
    assert response.status_code == 200
    report = response.json()
    assert report["mode"] == "upsert"
    assert report["changed"] is True
    assert report["hospitals"]["added"] == ["maple-leaf-clinic"]
    assert report["insurers"]["added"] == ["zenith-care"]
    assert report["revision"] == 2
    assert client.get("/api/hospitals/maple-leaf-clinic").status_code == 200


def test_the_import_report_lists_names_another_term_already_has(client: TestClient, engine: Engine) -> None:
    before = exported(engine)
    dry = post_import(client, file_with_shared_names(), dry_run="true").json()
    assert exported(engine) == before

    report = post_import(client, file_with_shared_names()).json()

    for answer in (dry, report):
        assert [(d["path"], d["kind"], d["id"], d["other_ids"]) for d in answer["duplicate_names"]] == [
            ("insurers[1].aliases[0]", "insurer", "bupa-china", ["bupa-global"]),
            ("insurers[1].aliases[1]", "insurer", "bupa-china", ["bupa-global"]),
            ("districts[1].aliases[0]", "district", "jinjiang-east", ["jinjiang"]),
        ]
    assert report["insurers"]["added"] == ["zenith-care", "bupa-china"]
    assert post_import(client, make_directory()).json()["duplicate_names"] == []


def test_a_name_two_used_insurers_share_is_a_422_naming_both(client: TestClient) -> None:
    assert post_import(client, file_with_shared_names()).status_code == 200

    response = client.get("/api/hospitals", params={"insurer": "Bupa"})

    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["msg"] == (
        '"Bupa" could be more than one insurer: bupa-china (Bupa China Plan), bupa-global (Bupa Global)'
    )
    # The new Jinjiang has no hospital: the name still means the district hospitals lie in.
    assert search(client, district="Jinjiang")["total"] == len(
        sample_ids(lambda h: h["district"] == "jinjiang")
    )


def test_a_dry_run_replace_reports_and_writes_nothing(client: TestClient, engine: Engine) -> None:
    before = exported(engine)
    response = post_import(client, make_directory(), mode="replace", dry_run="true")
    assert response.status_code == 200
    report = response.json()
    assert (report["mode"], report["dry_run"]) == ("replace", True)
    assert report["hospitals"]["removed"] == sample_ids(lambda h: True)
    assert exported(engine) == before


def test_a_file_with_errors_is_a_422_listing_each_with_its_path(client: TestClient, engine: Engine) -> None:
    before = exported(engine)
    document = make_directory(
        hospitals=[hospital(), hospital(id="second-clinic", languages=["jp"], district="x-y")]
    )
    response = post_import(client, document, mode="replace")
    assert response.status_code == 422
    errors = response.json()["detail"]
    assert {(error["path"], error["msg"]) for error in errors} == {
        ("hospitals[1].languages[0]", 'unknown language code "jp"'),
    }
    document["hospitals"][1]["languages"] = ["ja"]
    errors = post_import(client, document).json()["detail"]
    assert [(error["path"], error["msg"]) for error in errors] == [
        ("hospitals[1].district", 'unknown district id "x-y"'),
    ]
    assert exported(engine) == before


def test_an_oversize_upload_is_a_422(
    client: TestClient, engine: Engine, with_settings: Callable[..., None]
) -> None:
    with_settings(max_import_bytes=100)
    before = exported(engine)
    response = post_import(client, make_directory())
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert "an import takes at most 100" in error["msg"]
    assert exported(engine) == before


def test_a_body_that_is_not_json_is_a_422(client: TestClient) -> None:
    response = post_import(client, b"version=1&hospitals=")
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"].startswith("not valid JSON")


def test_an_unknown_import_mode_is_a_422(client: TestClient) -> None:
    assert post_import(client, make_directory(), mode="merge").status_code == 422


def test_a_hospital_imported_through_the_api_is_found_by_its_new_insurer_at_once(client: TestClient) -> None:
    assert client.get("/api/hospitals", params={"insurer": "ZenCare"}).status_code == 422
    assert post_import(client, make_directory()).status_code == 200

    answer = search(client, insurer="ZenCare", district="Donghu", language="フランス語")
    assert found_ids(answer) == ["maple-leaf-clinic"]
    vocabulary = client.get("/api/vocabulary", params={"locale": "ja"}).json()
    assert {"id": "zenith-care", "name": "ゼニスケア"} in vocabulary["insurers"]
    assert search(client, q="枫叶")["total"] == 1


def test_healthz_answers_when_the_database_does(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "parts": {"database": {"status": "ok", "hospitals": len(SAMPLE), "directory_revision": 1}},
        "hospitals": len(SAMPLE),
        "directory_revision": 1,
    }
