"""Whatever bytes arrive, an import either succeeds or says why not, and a refusal changes nothing.

Hypothesis feeds the importer arbitrary JSON and mutations of a valid file (a key dropped, added or
given a value of another type, a code corrupted). SQLite only: these are about the checks, which run
before any database-specific code.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session

from directory.directory_file import InvalidDirectoryFile
from directory.importer import ImportMode, import_directory
from tests.builders import encode, exported, hospital, make_directory
from tests.conftest import MAX_BYTES, SAMPLE_FILE, migrated

# The same engine serves every example; each one compares the directory with itself before and after.
EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Strings a careless export or a hostile client might send: codes close to real ones, empty text,
# characters no database column should hold.
TRICKY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "jp",
        "EN",
        "cardio",
        "zenith",
        "east lake",
        "\u0000",
        "\ud800",
        "ＣＡＲＤＩＯＬＯＧＹ",
        "https://",
        "2025-02-30",
        "-",
        "a" * 70,
        "maple-leaf-clinic",
    ]
)
TEXT = st.one_of(st.text(max_size=12), TRICKY_TEXT)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=12,
)


@pytest.fixture
def sample_engine(tmp_path: Path) -> Iterator[Engine]:
    with migrated(f"sqlite:///{tmp_path}/d.db") as engine:
        with Session(engine) as session:
            import_directory(session, SAMPLE_FILE.read_bytes(), max_bytes=MAX_BYTES)
        yield engine


def import_or_refuse(engine: Engine, raw: bytes, mode: ImportMode) -> bool:
    """True when the file was imported; on a refusal, checks that nothing changed."""
    before = exported(engine)
    with Session(engine) as session:
        try:
            import_directory(session, raw, mode=mode, max_bytes=MAX_BYTES)
        except InvalidDirectoryFile as refusal:
            assert refusal.errors
            assert all(str(error).encode("utf-8") for error in refusal.errors)
            assert exported(engine) == before
            return False
    return True


@EXAMPLES
@given(document=JSON_VALUES, mode=st.sampled_from(ImportMode))
def test_arbitrary_json_is_refused_or_imported_never_a_crash(
    sample_engine: Engine, document: Any, mode: ImportMode
) -> None:
    import_or_refuse(sample_engine, json.dumps(document).encode(), mode)


@EXAMPLES
@given(raw=st.binary(max_size=200))
def test_arbitrary_bytes_are_refused_never_a_crash(sample_engine: Engine, raw: bytes) -> None:
    import_or_refuse(sample_engine, raw, ImportMode.UPSERT)


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside a JSON document."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


@st.composite
def mutated_directories(draw: st.DrawFn) -> dict[str, Any]:
    document = make_directory(
        hospitals=[hospital(), hospital(id="maple-leaf-east", direct_billing=["cigna"])]
    )
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = [path for path in _places(document) if path]
        path = draw(st.sampled_from(places))
        parent, last = _at(document, path[:-1]), path[-1]
        match draw(st.sampled_from(["drop", "retype", "add key", "corrupt text"])):
            case "drop":
                del parent[last]
            case "retype":
                parent[last] = draw(JSON_VALUES)
            case "add key" if isinstance(parent, dict):
                parent[draw(TEXT)] = draw(JSON_VALUES)
            case "corrupt text" if isinstance(parent[last], str):
                parent[last] = draw(st.one_of(TRICKY_TEXT, st.just(parent[last] + draw(TEXT))))
            case _:
                parent[last] = draw(TRICKY_TEXT)
        if not document:
            break
    return copy.deepcopy(document)


@EXAMPLES
@given(document=mutated_directories(), mode=st.sampled_from(ImportMode))
def test_a_mutated_file_is_refused_with_nothing_changed_or_imported_for_good(
    sample_engine: Engine, document: dict[str, Any], mode: ImportMode
) -> None:
    raw = json.dumps(document).encode()
    if import_or_refuse(sample_engine, raw, mode):
        # Accepted: a second import of the same file must find nothing to change.
        with Session(sample_engine) as session:
            assert not import_directory(session, raw, mode=mode, max_bytes=MAX_BYTES).changed


def test_import_or_refuse_tells_an_import_from_a_refusal(sample_engine: Engine) -> None:
    """The properties above lean on this helper; a helper that always said "refused" would prove nothing."""
    assert import_or_refuse(sample_engine, encode(make_directory()), ImportMode.UPSERT)
    assert not import_or_refuse(sample_engine, encode(make_directory(version=None)), ImportMode.UPSERT)
