"""The directory file's rules (contract section 2): every error found, each with its JSON path.

These checks run before anything touches the database, so they are tested on the parser alone; that
the database is left untouched by a rejected file is tested in test_import.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from directory.directory_file import DirectoryFile, InvalidDirectoryFile, parse_directory_file
from directory.vocabulary.districts import DEFAULT_DISTRICTS
from directory.vocabulary.insurers import DEFAULT_INSURERS
from tests.builders import encode, hospital, make_directory

KNOWN_INSURERS = ("cigna", "axa")
ID_RULE = 'use 2 to 64 of a-z, 0-9 and "-", starting with a letter or digit'
KNOWN_DISTRICTS = ("wuhou", "jinjiang")


def parse(raw: bytes, max_bytes: int = 1_000_000) -> DirectoryFile:
    return parse_directory_file(
        raw, known_insurers=KNOWN_INSURERS, known_districts=KNOWN_DISTRICTS, max_bytes=max_bytes
    )


def errors_in(document: Any) -> list[str]:
    """Every error the parser reports for `document` (a JSON value, or raw bytes)."""
    raw = document if isinstance(document, bytes) else encode(document)
    with pytest.raises(InvalidDirectoryFile) as rejected:
        parse(raw)
    return [str(error) for error in rejected.value.errors]


def with_hospital(**overrides: Any) -> dict[str, Any]:
    return make_directory(hospitals=[hospital(**overrides)])


def test_a_valid_file_is_read_with_every_field() -> None:
    parsed = parse(encode(make_directory()))
    maple = parsed.hospitals[0]
    assert maple.name["zh"] == "枫叶国际诊所"
    assert maple.direct_billing == ["zenith-care"]
    assert (
        maple.international_desk is not None and maple.international_desk.email == "desk@maple-leaf.example"
    )
    assert [term.id for term in parsed.insurers] == ["zenith-care"]


def test_the_bundled_sample_is_a_valid_file(sample_file: bytes) -> None:
    parsed = parse_directory_file(
        sample_file,
        known_insurers=[term.id for term in DEFAULT_INSURERS],
        known_districts=[term.id for term in DEFAULT_DISTRICTS],
        max_bytes=len(sample_file),
    )
    assert len(parsed.hospitals) == 28


def test_an_unknown_language_code_is_reported_with_its_path() -> None:
    hospitals = [hospital(id=f"clinic-{n}") for n in range(4)]
    hospitals[3]["languages"] = ["en", "jp"]
    assert errors_in(make_directory(hospitals=hospitals)) == [
        'hospitals[3].languages[1]: unknown language code "jp"'
    ]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (make_directory(comment="x"), 'unknown key "comment"'),
        (with_hospital(fax="+86 28 1"), 'hospitals[0]: unknown key "fax"'),
        (
            with_hospital(location={"lat": 30, "lon": 104, "alt": 500}),
            'hospitals[0].location: unknown key "alt"',
        ),
        (
            with_hospital(international_desk={"wechat": "maple"}),
            'hospitals[0].international_desk: unknown key "wechat"',
        ),
        (
            make_directory(insurers=[{"id": "zenith-care", "name": {"en": "Z"}, "logo": "z.png"}]),
            'insurers[0]: unknown key "logo"',
        ),
    ],
    ids=["top level", "hospital", "location", "international desk", "insurer"],
)
def test_unknown_keys_are_errors(document: dict[str, Any], expected: str) -> None:
    assert expected in errors_in(document)


def test_a_text_in_an_unknown_locale_is_an_error() -> None:
    document = with_hospital(name={"en": "Maple Leaf", "zh": "枫叶", "es": "Hoja de arce"})
    assert errors_in(document) == ['hospitals[0].name: unknown locale "es": use one of en, zh, ja, de, fr']


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("hospitals", 'hospitals[2].id: duplicate id "maple-leaf-clinic" (also hospitals[0])'),
        ("insurers", 'insurers[2].id: duplicate id "zenith-care" (also insurers[0])'),
        ("districts", 'districts[2].id: duplicate id "east-lake" (also districts[0])'),
    ],
)
def test_duplicate_ids_are_errors(section: str, expected: str) -> None:
    document = make_directory()
    first = document[section][0]
    document[section] = [first, {**first, "id": "another-one"}, first]
    assert errors_in(document) == [expected]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {"specialties": ["dermatology", "skin"]},
            'hospitals[0].specialties[1]: unknown specialty code "skin"',
        ),
        ({"languages": ["English"]}, 'hospitals[0].languages[0]: unknown language code "English"'),
        ({"district": "west-lake"}, 'hospitals[0].district: unknown district id "west-lake"'),
        ({"direct_billing": ["cigna", "nova"]}, 'hospitals[0].direct_billing[1]: unknown insurer id "nova"'),
    ],
)
def test_unknown_codes_and_ids_are_errors(overrides: dict[str, Any], expected: str) -> None:
    assert errors_in(with_hospital(**overrides)) == [expected]


def test_ids_named_in_the_file_or_already_known_are_accepted() -> None:
    parsed = parse(
        encode(
            make_directory(
                hospitals=[
                    hospital(district="east-lake", direct_billing=["zenith-care"]),
                    hospital(id="wuhou-clinic", district="wuhou", direct_billing=["cigna", "axa"]),
                ]
            )
        )
    )
    assert [h.district for h in parsed.hospitals] == ["east-lake", "wuhou"]


def test_insurers_and_districts_the_file_does_not_name_are_unknown() -> None:
    document = make_directory(insurers=[], districts=[])
    assert errors_in(document) == [
        'hospitals[0].district: unknown district id "east-lake"',
        'hospitals[0].direct_billing[0]: unknown insurer id "zenith-care"',
    ]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"name": "Maple Leaf"}, "hospitals[0].name: must be an object"),
        ({"phone": 862855550101}, "hospitals[0].phone: must be a string"),
        ({"languages": "en"}, "hospitals[0].languages: must be an array"),
        ({"languages": [1]}, "hospitals[0].languages[0]: must be a string"),
        ({"emergency_24h": "yes"}, "hospitals[0].emergency_24h: must be true or false"),
        ({"emergency_24h": 1}, "hospitals[0].emergency_24h: must be true or false"),
        ({"location": [30.5, 104.1]}, "hospitals[0].location: must be an object"),
        ({"location": {"lat": "30.5", "lon": 104.1}}, "hospitals[0].location.lat: must be a number"),
        ({"location": {"lat": True, "lon": 104.1}}, "hospitals[0].location.lat: must be a number"),
        ({"accreditations": "JCI"}, "hospitals[0].accreditations: must be an array"),
        ({"id": 7}, "hospitals[0].id: must be a string"),
        ({"notes": {"en": ["a", "b"]}}, "hospitals[0].notes.en: must be a string"),
    ],
)
def test_wrong_types_are_errors(overrides: dict[str, Any], expected: str) -> None:
    assert errors_in(with_hospital(**overrides)) == [expected]


def test_a_file_that_is_not_an_object_is_an_error() -> None:
    assert errors_in([make_directory()]) == ["must be a JSON object with 'version' and 'hospitals'"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"version": 1}, "hospitals: required key is missing"),
        (
            {"version": 2, "hospitals": []},
            "version: unsupported format version 2: this MedNav reads version 1",
        ),
        ({"version": "1", "hospitals": []}, "version: must be an integer"),
        ({"version": True, "hospitals": []}, "version: must be an integer"),
        ({"version": 1, "hospitals": {}}, "hospitals: must be an array"),
    ],
)
def test_the_version_and_the_hospitals_are_required(document: dict[str, Any], expected: str) -> None:
    assert errors_in(document) == [expected]


@pytest.mark.parametrize(
    "missing", ["id", "name", "district", "address", "phone", "languages", "specialties"]
)
def test_required_hospital_keys(missing: str) -> None:
    record = hospital()
    del record[missing]
    assert errors_in(make_directory(hospitals=[record])) == [
        f"hospitals[0].{missing}: required key is missing"
    ]


def test_optional_hospital_keys_may_be_left_out() -> None:
    record = {
        key: value
        for key, value in hospital().items()
        if key in {"id", "name", "district", "address", "phone", "languages", "specialties"}
    }
    record["languages"] = []
    parsed = parse(encode(make_directory(hospitals=[record])))
    assert parsed.hospitals[0].emergency_24h is False
    assert parsed.hospitals[0].direct_billing == []


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"name": {"en": "Maple Leaf"}}, 'hospitals[0].name: needs a text in "zh"'),
        ({"address": {"zh": "东湖区"}}, 'hospitals[0].address: needs a text in "en"'),
        ({"specialties": []}, "hospitals[0].specialties: must not be empty"),
        ({"phone": "  "}, "hospitals[0].phone: must not be empty"),
        ({"languages": ["en", "fr", "en"]}, 'hospitals[0].languages: lists "en" twice'),
        (
            {"id": "Maple_Leaf"},
            f'hospitals[0].id: invalid id "Maple_Leaf": {ID_RULE}',
        ),
        (
            {"id": "m"},
            f'hospitals[0].id: invalid id "m": {ID_RULE}',
        ),
        (
            {"verified_on": "2025-02-30"},
            'hospitals[0].verified_on: not a date of the form YYYY-MM-DD: "2025-02-30"',
        ),
        (
            {"verified_on": "20250301"},
            'hospitals[0].verified_on: not a date of the form YYYY-MM-DD: "20250301"',
        ),
        ({"location": {"lat": 91, "lon": 104}}, "hospitals[0].location.lat: must be at most 90"),
        ({"location": {"lat": 30, "lon": -180.5}}, "hospitals[0].location.lon: must be at least -180"),
        (
            {"international_desk": {"email": "desk at maple"}},
            'hospitals[0].international_desk.email: not an e-mail address: "desk at maple"',
        ),
    ],
)
def test_values_out_of_their_rule_are_errors(overrides: dict[str, Any], expected: str) -> None:
    assert errors_in(with_hospital(**overrides)) == [expected]


def test_a_term_needs_an_english_name() -> None:
    document = make_directory(insurers=[{"id": "zenith-care", "name": {"zh": "天顶"}}])
    assert errors_in(document) == ['insurers[0].name: needs a text in "en"']


@pytest.mark.parametrize(
    "url",
    [
        "ftp://maple-leaf.example",
        "maple-leaf.example",
        "https://",
        "javascript:alert(1)",
        "https://maple leaf.example",
        "http:/maple-leaf.example",
        "mailto:desk@maple-leaf.example",
    ],
)
def test_a_website_must_be_an_http_or_https_url(url: str) -> None:
    assert errors_in(with_hospital(website=url)) == [
        f'hospitals[0].website: not an http:// or https:// URL: "{url}"'
    ]


@pytest.mark.parametrize(
    "url",
    ["https://maple-leaf.example", "http://maple-leaf.example/en?tab=1#desk", "http://localhost:8000/x"],
)
def test_http_and_https_websites_are_accepted(url: str) -> None:
    assert parse(encode(with_hospital(website=url))).hospitals[0].website == url


def test_every_error_in_a_file_is_listed() -> None:
    broken = hospital(id="broken-clinic", languages=["jp"], website="www.broken.example", district="nowhere")
    del broken["phone"]
    document = make_directory(hospitals=[hospital(), broken, hospital()], comment="draft")
    assert sorted(errors_in(document)) == sorted(
        [
            'unknown key "comment"',
            "hospitals[1].phone: required key is missing",
            'hospitals[1].website: not an http:// or https:// URL: "www.broken.example"',
            'hospitals[1].languages[0]: unknown language code "jp"',
        ]
    )


def test_reference_errors_are_all_listed_too() -> None:
    document = make_directory(
        hospitals=[
            hospital(district="nowhere", direct_billing=["nova", "zenith-care", "orbit"]),
            hospital(),
        ]
    )
    assert errors_in(document) == [
        'hospitals[1].id: duplicate id "maple-leaf-clinic" (also hospitals[0])',
        'hospitals[0].district: unknown district id "nowhere"',
        'hospitals[0].direct_billing[0]: unknown insurer id "nova"',
        'hospitals[0].direct_billing[2]: unknown insurer id "orbit"',
    ]


def test_an_oversize_file_is_an_error() -> None:
    raw = encode(make_directory())
    with pytest.raises(InvalidDirectoryFile) as rejected:
        parse(raw, max_bytes=len(raw) - 1)
    assert [str(error) for error in rejected.value.errors] == [
        f"the file has {len(raw):,} bytes; an import takes at most {len(raw) - 1:,}"
    ]
    assert parse(raw, max_bytes=len(raw)).hospitals


def test_invalid_json_is_an_error_with_its_line_and_column() -> None:
    assert errors_in(b'{"version": 1,\n "hospitals": [,]}') == [
        "not valid JSON: Expecting value at line 2, column 16"
    ]


def test_a_key_twice_in_one_object_is_an_error() -> None:
    raw = encode(make_directory()).replace(
        b'"phone": "+86 28 5555 0101"', b'"phone": "+86 28 5555 0101", "phone": "+86 28 5555 0199"'
    )
    assert errors_in(raw) == ['not valid JSON: key "phone" appears twice in one object']


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_not_json_numbers(constant: bytes) -> None:
    raw = encode(with_hospital(location={"lat": 1, "lon": 2})).replace(b'"lat": 1', b'"lat": ' + constant)
    assert errors_in(raw) == [f"not valid JSON: {constant.decode()} is not a JSON number"]


def test_a_file_that_is_not_utf8_is_an_error() -> None:
    raw = encode(make_directory()).replace("枫叶".encode(), "枫叶".encode("gbk"))
    [error] = errors_in(raw)
    assert error.startswith("not UTF-8 text")


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert parse(b"\xef\xbb\xbf" + encode(make_directory())).hospitals


def test_a_deeply_nested_file_is_an_error_not_a_crash() -> None:
    nested = b'{"version": 1, "hospitals": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert errors_in(nested) == ["not valid JSON for an import: nested too deeply"]


def test_text_that_cannot_be_stored_is_an_error_with_its_path() -> None:
    # NUL cannot be stored in PostgreSQL text; a lone surrogate is not a character of any encoding.
    document = with_hospital(phone="+86 28 5555\u0000", name={"en": "Maple \ud83c", "zh": "枫叶"})
    raw = json.dumps(document).encode("ascii")
    assert sorted(errors_in(raw)) == [
        "hospitals[0].name.en: must be valid Unicode text (a lone surrogate \\ud83c)",
        "hospitals[0].phone: must not contain the NUL character",
    ]


def test_every_error_is_reported_alongside_text_that_cannot_be_stored() -> None:
    raw = json.dumps(with_hospital(languages=["\ud800"], **{"fax\ud800": "1"})).encode("ascii")
    assert set(errors_in(raw)) == {
        "hospitals[0]: a key must be valid Unicode text (a lone surrogate \\ud800)",
        "hospitals[0].languages[0]: must be valid Unicode text (a lone surrogate \\ud800)",
        'hospitals[0].languages[0]: unknown language code "\\ud800"',
        'hospitals[0]: unknown key "fax\\ud800"',
    }
