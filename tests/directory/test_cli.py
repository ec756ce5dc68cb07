"""`medinav` (contract section 3): exit 0 on success, 1 on invalid data (nothing written), 2 on usage
errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from directory.cli import main
from directory.db import engine_for
from directory.settings import get_settings
from tests.builders import encode, exported, file_with_shared_names, hospital, make_directory
from tests.conftest import SAMPLE_FILE


@pytest.fixture(autouse=True)
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path}/cli.db"
    monkeypatch.setenv("MEDINAV_DATABASE_URL", url)
    monkeypatch.setenv("COLUMNS", "250")  # rich folds a table to the terminal; keep each row on a line
    get_settings.cache_clear()
    yield url
    engine_for(url).dispose()
    get_settings.cache_clear()


def medinav(*arguments: str | Path) -> int:
    """The exit status `medinav ARGUMENTS...` ends with, as the shell would see it."""
    try:
        return main([str(argument) for argument in arguments])
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 1


def written(path: Path, document: Any) -> Path:
    path.write_bytes(encode(document))
    return path


def directory_now(url: str) -> dict[str, Any]:
    return exported(engine_for(url))


def test_import_reports_what_it_added_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    out = capsys.readouterr().out
    assert "Mode: upsert." in out
    assert "hospitals: 28 added, 0 updated, 0 unchanged, 0 removed" in out
    assert "directory revision 1" in out


def test_importing_the_same_file_again_says_nothing_changed(capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    capsys.readouterr()
    assert medinav("import", SAMPLE_FILE) == 0
    out = capsys.readouterr().out
    assert "hospitals: 0 added, 0 updated, 28 unchanged, 0 removed" in out
    assert "nothing changed" in out


def test_invalid_data_exits_1_lists_every_error_and_writes_nothing(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    before = directory_now(database)
    broken = written(
        tmp_path / "broken.json",
        make_directory(
            hospitals=[
                hospital(),
                hospital(id="second-clinic", languages=["en", "jp"], website="ftp://x.example"),
            ]
        ),
    )

    assert medinav("import", broken, "--replace") == 1

    err = capsys.readouterr().err
    assert "2 error(s); nothing was imported" in err
    assert 'hospitals[1].languages[1]: unknown language code "jp"' in err
    assert 'hospitals[1].website: not an http:// or https:// URL: "ftp://x.example"' in err
    assert directory_now(database) == before


def test_a_file_that_is_not_json_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_json = tmp_path / "hospitals.csv"
    not_json.write_text("id,name\nmaple,Maple Leaf\n", encoding="utf-8")
    assert medinav("import", not_json) == 1
    assert "not valid JSON" in capsys.readouterr().err


def test_a_dry_run_reports_and_writes_nothing(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    before = directory_now(database)
    capsys.readouterr()

    assert (
        medinav("import", written(tmp_path / "maple.json", make_directory()), "--replace", "--dry-run") == 0
    )

    out = capsys.readouterr().out
    assert "Dry run: nothing written. Mode: replace." in out
    assert "hospitals: 1 added, 0 updated, 0 unchanged, 28 removed" in out
    assert "  added: maple-leaf-clinic" in out
    assert directory_now(database) == before


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "import"])
def test_import_warns_of_names_another_term_already_has_and_still_exits_0(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    capsys.readouterr()
    options = ["--dry-run"] if dry_run else []

    assert medinav("import", written(tmp_path / "shared.json", file_with_shared_names()), *options) == 0

    out = capsys.readouterr().out
    assert "3 warning(s): names that two terms share" in out
    assert (
        '  warning: insurers[1].aliases[0]: "Bupa" of insurer bupa-china is also a name of bupa-global; '
        "merge them under one id, or the name stays ambiguous"
    ) in out
    assert '  warning: districts[1].aliases[0]: "Jinjiang" of district jinjiang-east' in out
    assert ("bupa-china" in json.dumps(directory_now(database))) is not dry_run


def test_an_import_without_shared_names_prints_no_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert medinav("import", written(tmp_path / "maple.json", make_directory())) == 0
    assert "warning" not in capsys.readouterr().out


def test_replace_makes_the_file_the_whole_directory(tmp_path: Path, database: str) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    assert medinav("import", written(tmp_path / "maple.json", make_directory()), "--replace") == 0
    assert [h["id"] for h in directory_now(database)["hospitals"]] == ["maple-leaf-clinic"]


@pytest.mark.parametrize(
    "arguments",
    [
        ("import",),
        ("import", "file.json", "--merge"),
        ("frobnicate",),
        (),
        ("search", "--locale", "ko"),
        ("search", "--limit", "ten"),
    ],
    ids=[
        "no file",
        "unknown option",
        "unknown command",
        "no command",
        "unknown locale",
        "limit not a number",
    ],
)
def test_usage_errors_exit_2(arguments: tuple[str, ...]) -> None:
    assert medinav(*arguments) == 2


def test_a_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", tmp_path / "nowhere.json") == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_filter_value_that_means_nothing_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    assert medinav("search", "--specialty", "feng shui", "--language", "Klingonese") == 2
    err = capsys.readouterr().err
    assert 'medinav search: --specialty: unknown specialty "feng shui"' in err
    assert 'medinav search: --language: unknown language "Klingonese"' in err


def test_export_writes_the_directory_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    capsys.readouterr()
    assert medinav("export") == 0
    document = json.loads(capsys.readouterr().out)
    sample = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert sorted(h["id"] for h in document["hospitals"]) == sorted(h["id"] for h in sample["hospitals"])


def test_export_to_a_file_then_import_changes_nothing(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    assert medinav("import", written(tmp_path / "maple.json", make_directory())) == 0
    before = directory_now(database)
    export = tmp_path / "export.json"

    assert medinav("export", export) == 0
    assert json.loads(export.read_text(encoding="utf-8")) == before
    capsys.readouterr()
    assert medinav("import", export, "--replace") == 0

    assert "nothing changed" in capsys.readouterr().out
    assert directory_now(database) == before


def test_search_prints_a_table_with_the_chinese_name_and_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    capsys.readouterr()
    assert medinav("search", "--specialty", "Zahnarzt", "--language", "한국어", "--insurer", "Cigna") == 0
    out = capsys.readouterr().out
    assert "1 hospital(s)" in out
    assert "Arrail Dental Chengdu (Raffles City)" in out
    assert "West China Hospital of Stomatology" not in out  # no Korean spoken there
    assert "Global Doctor" not in out  # no dentistry there


def test_search_json_has_the_total_and_the_hospitals_in_the_locale(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    capsys.readouterr()
    assert (
        medinav("search", "--language", "Japanisch", "--specialty", "dentistry", "--locale", "ja", "--json")
        == 0
    )
    answer = json.loads(capsys.readouterr().out)
    assert answer["total"] == 2
    assert sorted(h["id"] for h in answer["results"]) == ["arrail-dental-chengdu", "west-china-stomatology"]
    assert all(
        "ja" in h["languages"] and h["display_name"] == h["name"].get("ja", h["name"]["en"])
        for h in answer["results"]
    )


def test_search_finds_what_an_import_just_taught_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    assert medinav("search", "--insurer", "ZenCare") == 2
    assert medinav("import", written(tmp_path / "maple.json", make_directory())) == 0
    capsys.readouterr()
    assert medinav("search", "--insurer", "ZenCare", "--district", "Donghu", "--json") == 0
    answer = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in answer["results"]] == ["maple-leaf-clinic"]


def test_search_emergency_keeps_only_24_hour_departments(capsys: pytest.CaptureFixture[str]) -> None:
    assert medinav("import", SAMPLE_FILE) == 0
    capsys.readouterr()
    assert medinav("search", "--emergency", "--district", "Pidu", "--json") == 0
    answer = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in answer["results"]] == ["shangjin-nanfu-hospital"]
