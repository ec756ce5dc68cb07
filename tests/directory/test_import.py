"""Importing a directory file (contract section 2), on SQLite and on PostgreSQL.

All or nothing: a file with any error changes nothing. Upsert keeps what the file does not name,
replace removes it, a dry run only reports, and a file imported twice changes nothing the second
time. What a file names (hospitals, insurers, districts) is understood at once, without a restart.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from directory.directory_file import InvalidDirectoryFile
from directory.filters import resolve_query
from directory.importer import ImportMode, ImportReport, import_directory
from directory.live import current_revision, current_vocabulary, search_hospitals
from directory.models import Hospital
from directory.resolver import Resolved
from directory.vocabulary.terms import TermKind
from tests.builders import ZENITH_CARE, encode, exported, file_with_shared_names, hospital, make_directory
from tests.conftest import MAX_BYTES

pytestmark = pytest.mark.usefixtures("sample_directory")

SAMPLE_IDS = 28


def run_import(session: Session, document: Any, **options: Any) -> ImportReport:
    raw = document if isinstance(document, bytes) else encode(document)
    return import_directory(session, raw, max_bytes=options.pop("max_bytes", MAX_BYTES), **options)


def sample_hospital(sample_file: bytes, hospital_id: str) -> dict[str, Any]:
    hospitals = json.loads(sample_file)["hospitals"]
    return copy.deepcopy(next(record for record in hospitals if record["id"] == hospital_id))


def known_as(session: Session, kind: TermKind, typed: str) -> str | None:
    outcome = current_vocabulary(session).resolve(kind, typed)
    return outcome.term.id if isinstance(outcome, Resolved) else None


INVALID_FILES = {
    "unknown key": make_directory(comment="draft"),
    "unknown language": make_directory(
        hospitals=[hospital(), hospital(id="second-clinic", languages=["jp"])]
    ),
    "duplicate id": make_directory(hospitals=[hospital(), hospital(phone="+86 28 1")]),
    "unknown insurer": make_directory(insurers=[]),
    "bad url": make_directory(hospitals=[hospital(website="maple-leaf.example")]),
    "wrong type": make_directory(hospitals=[hospital(emergency_24h="yes")]),
    "unstorable text": make_directory(hospitals=[hospital(phone="+86\u0000")]),
    "several errors": make_directory(
        hospitals=[hospital(languages=["jp"]), hospital(id="x")], districts=[], version=2
    ),
}


@pytest.mark.parametrize("document", INVALID_FILES.values(), ids=INVALID_FILES.keys())
def test_a_file_with_any_error_changes_nothing(session: Session, engine: Engine, document: Any) -> None:
    before, revision = exported(engine), current_revision(session)
    with pytest.raises(InvalidDirectoryFile) as rejected:
        run_import(session, document, mode=ImportMode.REPLACE)
    assert rejected.value.errors
    assert exported(engine) == before
    assert current_revision(session) == revision


@pytest.mark.parametrize(
    "raw",
    [
        b"{",
        b'{"version": 1, "version": 1, "hospitals": []}',
        b"[" * 50_000,
        "\ud800".encode("utf-8", "surrogatepass"),
    ],
    ids=["invalid json", "duplicate key", "nested too deeply", "not utf-8"],
)
def test_a_file_that_is_not_json_changes_nothing(session: Session, engine: Engine, raw: bytes) -> None:
    before = exported(engine)
    with pytest.raises(InvalidDirectoryFile):
        run_import(session, raw, mode=ImportMode.REPLACE)
    assert exported(engine) == before


def test_an_oversize_file_changes_nothing(session: Session, engine: Engine) -> None:
    raw = encode(make_directory())
    before = exported(engine)
    with pytest.raises(InvalidDirectoryFile) as rejected:
        run_import(session, raw, max_bytes=len(raw) - 1)
    assert "an import takes at most" in str(rejected.value.errors[0])
    assert exported(engine) == before


def test_several_errors_are_all_reported(session: Session) -> None:
    with pytest.raises(InvalidDirectoryFile) as rejected:
        run_import(session, INVALID_FILES["several errors"])
    assert sorted(str(error) for error in rejected.value.errors) == [
        'hospitals[0].languages[0]: unknown language code "jp"',
        'hospitals[1].id: invalid id "x": use 2 to 64 of a-z, 0-9 and "-", starting with a letter or digit',
        "version: unsupported format version 2: this MedNav reads version 1",
    ]


def test_upsert_adds_a_new_hospital_and_keeps_the_rest(session: Session, engine: Engine) -> None:
    before = exported(engine)
    report = run_import(session, make_directory())
    assert report.hospitals.added == ["maple-leaf-clinic"]
    assert report.hospitals.removed == []
    assert report.insurers.added == ["zenith-care"]
    assert report.districts.added == ["east-lake"]
    after = exported(engine)
    assert [h for h in after["hospitals"] if h["id"] != "maple-leaf-clinic"] == before["hospitals"]
    assert len(after["hospitals"]) == SAMPLE_IDS + 1


def test_upsert_updates_a_hospital_by_its_id(session: Session, engine: Engine, sample_file: bytes) -> None:
    changed = sample_hospital(sample_file, "global-doctor-chengdu")
    changed["phone"] = "+86 28 0000 0000"
    changed["languages"] = [*changed["languages"], "ko"]
    report = run_import(session, {"version": 1, "hospitals": [changed]})
    assert report.hospitals.updated == ["global-doctor-chengdu"]
    assert report.hospitals.added == report.hospitals.removed == []
    stored = next(h for h in exported(engine)["hospitals"] if h["id"] == "global-doctor-chengdu")
    assert stored["phone"] == "+86 28 0000 0000"
    assert "ko" in stored["languages"]
    assert len(exported(engine)["hospitals"]) == SAMPLE_IDS


def test_replace_makes_the_file_the_whole_directory(
    session: Session, engine: Engine, sample_file: bytes
) -> None:
    kept = sample_hospital(sample_file, "west-china-hospital")
    report = run_import(session, make_directory(hospitals=[hospital(), kept]), mode=ImportMode.REPLACE)
    sample_ids = sorted(h["id"] for h in json.loads(sample_file)["hospitals"])
    assert report.hospitals.added == ["maple-leaf-clinic"]
    assert report.hospitals.unchanged == ["west-china-hospital"]
    assert report.hospitals.removed == [i for i in sample_ids if i != "west-china-hospital"]
    assert [h["id"] for h in exported(engine)["hospitals"]] == ["maple-leaf-clinic", "west-china-hospital"]
    assert search_hospitals(session, resolve_query(current_vocabulary(session))).total == 2


def test_a_dry_run_reports_every_change_and_writes_nothing(
    session: Session, engine: Engine, sample_file: bytes
) -> None:
    updated = sample_hospital(sample_file, "arrail-dental-chengdu")
    updated["emergency_24h"] = True
    unchanged = sample_hospital(sample_file, "west-china-hospital")
    document = make_directory(hospitals=[hospital(), updated, unchanged])
    before, revision = exported(engine), current_revision(session)

    report = run_import(session, document, mode=ImportMode.REPLACE, dry_run=True)

    assert report.dry_run
    assert report.hospitals.added == ["maple-leaf-clinic"]
    assert report.hospitals.updated == ["arrail-dental-chengdu"]
    assert report.hospitals.unchanged == ["west-china-hospital"]
    assert len(report.hospitals.removed) == SAMPLE_IDS - 2
    assert report.insurers.added == ["zenith-care"]
    assert report.revision == revision
    assert exported(engine) == before
    assert current_revision(session) == revision
    assert known_as(session, TermKind.INSURER, "Zenith") is None


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    session: Session, engine: Engine
) -> None:
    document = make_directory(
        hospitals=[hospital(), hospital(id="maple-leaf-east", location={"lat": 30, "lon": 104})]
    )
    first = run_import(session, document)
    after_first = exported(engine)

    second = run_import(session, document)

    assert first.changed
    assert not second.changed
    assert second.revision == first.revision == current_revision(session)
    assert sorted(second.hospitals.unchanged) == ["maple-leaf-clinic", "maple-leaf-east"]
    assert second.insurers.unchanged == ["zenith-care"]
    assert second.districts.unchanged == ["east-lake"]
    assert exported(engine) == after_first


def test_export_then_import_changes_nothing(session: Session, engine: Engine) -> None:
    run_import(session, make_directory())
    export = exported(engine)
    revision = current_revision(session)
    for mode in ImportMode:
        report = run_import(session, json.dumps(export).encode(), mode=mode)
        assert not report.changed, mode
        assert len(report.hospitals.unchanged) == SAMPLE_IDS + 1
    assert current_revision(session) == revision
    assert exported(engine) == export


def test_each_import_that_changes_something_advances_the_revision(session: Session) -> None:
    revision = current_revision(session)
    assert run_import(session, make_directory()).revision == revision + 1
    assert (
        run_import(session, make_directory(hospitals=[hospital(phone="+86 28 1")])).revision == revision + 2
    )
    assert current_revision(session) == revision + 2


def test_readers_see_the_old_directory_until_the_import_commits(session: Session, engine: Engine) -> None:
    before = exported(engine)
    seen_during_import: list[dict[str, Any]] = []

    def read_while_writing(done: int, total: int) -> None:
        seen_during_import.append(exported(engine))

    run_import(session, make_directory(), mode=ImportMode.REPLACE, progress=read_while_writing)

    assert seen_during_import == [before]
    assert [h["id"] for h in exported(engine)["hospitals"]] == ["maple-leaf-clinic"]


def test_imported_insurers_and_districts_are_understood_at_once(session: Session) -> None:
    assert current_vocabulary(session).resolve(TermKind.INSURER, "Zenith").candidates == ()  # type: ignore[union-attr]

    run_import(session, make_directory())

    index = current_vocabulary(session)
    for typed in (
        "zenith-care",
        "Zenith Care International",
        "Zenith",
        "ZenCare",
        "天顶国际保险",
        "ゼニスケア",
    ):
        assert index.resolve(TermKind.INSURER, typed).term.id == "zenith-care", typed  # type: ignore[union-attr]
    for typed in ("East Lake District", "Donghu", "东湖区", "东湖", "Bezirk Donghu"):
        assert index.resolve(TermKind.DISTRICT, typed).term.id == "east-lake", typed  # type: ignore[union-attr]
    found = search_hospitals(session, resolve_query(index, insurer="ZenCare", district="Donghu"))
    assert [h["id"] for h in found.hospitals] == ["maple-leaf-clinic"]


def test_an_imported_hospital_is_known_by_its_names(session: Session) -> None:
    run_import(session, make_directory())
    index = current_vocabulary(session)
    for typed in ("Maple Leaf International Clinic", "枫叶国际诊所", "メープルリーフ国際クリニック"):
        assert index.resolve(TermKind.HOSPITAL, typed).term.id == "maple-leaf-clinic", typed  # type: ignore[union-attr]
    [mention] = index.scan("Is Maple Leaf International Clinic open on Sunday?")
    assert mention.term.id == "maple-leaf-clinic"


def test_an_import_can_teach_a_built_in_insurer_a_new_alias(session: Session) -> None:
    assert known_as(session, TermKind.INSURER, "Cigna Expat") is None
    cigna = {"id": "cigna", "name": {"en": "Cigna Global Health", "zh": "信诺"}, "aliases": ["Cigna Expat"]}
    report = run_import(session, {"version": 1, "hospitals": [], "insurers": [cigna]})
    assert report.insurers.updated == ["cigna"]
    assert known_as(session, TermKind.INSURER, "Cigna Expat") == "cigna"
    assert not run_import(session, {"version": 1, "hospitals": [], "insurers": [cigna]}).changed


def test_a_replace_keeps_the_insurers_and_districts_hospitals_may_name(session: Session) -> None:
    run_import(session, make_directory())
    report = run_import(session, {"version": 1, "hospitals": [hospital()]}, mode=ImportMode.REPLACE)
    assert report.insurers.removed == report.districts.removed == []
    assert known_as(session, TermKind.INSURER, "Zenith") == "zenith-care"


def test_a_hospital_removed_by_replace_leaves_no_languages_specialties_or_billing(session: Session) -> None:
    run_import(session, make_directory(insurers=[ZENITH_CARE]), mode=ImportMode.REPLACE)
    index = current_vocabulary(session)
    assert search_hospitals(session, resolve_query(index, insurer="cigna")).total == 0
    assert search_hospitals(session, resolve_query(index, languages=["ko"])).total == 0
    assert session.execute(select(func.count()).select_from(Hospital)).scalar_one() == 1


def test_empty_notes_and_desk_hours_import_once_and_then_change_nothing(session: Session) -> None:
    desk = {"phone": "+86 28 5555 0102", "hours": {}}
    raw = encode(make_directory(hospitals=[hospital(notes={}, international_desk=desk)]))

    first = import_directory(session, raw, max_bytes=MAX_BYTES)
    second = import_directory(session, raw, max_bytes=MAX_BYTES)

    assert first.hospitals.added == ["maple-leaf-clinic"]
    assert not second.changed


SHARED_NAMES = [
    ("insurers[1].aliases[0]", TermKind.INSURER, "Bupa", "bupa-china", ("bupa-global",)),
    ("insurers[1].aliases[1]", TermKind.INSURER, "保柏", "bupa-china", ("bupa-global",)),
    ("districts[1].aliases[0]", TermKind.DISTRICT, "Jinjiang", "jinjiang-east", ("jinjiang",)),
]


def shared_names(report: ImportReport) -> list[tuple[str, TermKind, str, str, tuple[str, ...]]]:
    return [(d.path, d.kind, d.name, d.term_id, d.other_ids) for d in report.duplicate_names]


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "import"])
def test_names_a_new_term_shares_with_a_known_one_are_warned_about_not_refused(
    session: Session, dry_run: bool
) -> None:
    report = run_import(session, file_with_shared_names(), dry_run=dry_run)

    assert shared_names(report) == SHARED_NAMES
    assert report.insurers.added == ["zenith-care", "bupa-china"]
    assert report.duplicate_names[0].message == (
        'insurers[1].aliases[0]: "Bupa" of insurer bupa-china is also a name of bupa-global; '
        "merge them under one id, or the name stays ambiguous"
    )
    assert report.as_dict()["duplicate_names"][2] == {
        "path": "districts[1].aliases[0]",
        "kind": "district",
        "name": "Jinjiang",
        "id": "jinjiang-east",
        "other_ids": ["jinjiang"],
        "message": 'districts[1].aliases[0]: "Jinjiang" of district jinjiang-east is also a name of '
        "jinjiang; merge them under one id, or the name stays ambiguous",
    }


def test_names_shared_within_one_file_are_warned_about_on_both_entries(session: Session) -> None:
    twin = {"id": "zenith-twin", "name": {"en": "Zenith Twin"}, "aliases": ["ZenCare"]}
    report = run_import(session, make_directory(insurers=[ZENITH_CARE, twin]), dry_run=True)
    assert [(d.path, d.other_ids) for d in report.duplicate_names] == [
        ("insurers[0].aliases[1]", ("zenith-twin",)),
        ("insurers[1].aliases[0]", ("zenith-care",)),
    ]


def test_a_file_whose_names_are_all_its_own_has_no_warnings(session: Session) -> None:
    assert run_import(session, make_directory()).duplicate_names == []


def test_after_the_import_a_shared_name_means_the_term_hospitals_use(session: Session) -> None:
    run_import(session, file_with_shared_names())
    index = current_vocabulary(session)

    # No hospital lies in the new Jinjiang: "Jinjiang" still means the built-in district.
    assert known_as(session, TermKind.DISTRICT, "Jinjiang") == "jinjiang"
    assert known_as(session, TermKind.DISTRICT, "Jinjiang East") == "jinjiang-east"
    # Hospitals bill both Bupas: the name stays ambiguous, with both candidates.
    outcome = index.resolve(TermKind.INSURER, "Bupa")
    assert not isinstance(outcome, Resolved)
    assert sorted(term.id for term in outcome.candidates) == ["bupa-china", "bupa-global"]
    [mention] = index.scan("which of them take Bupa?")
    assert sorted(term.id for term in mention.terms) == ["bupa-china", "bupa-global"]
