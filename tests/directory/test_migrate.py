"""`medinav migrate` creates or upgrades the database, also from several replicas at once; no server does."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from directory.db import MIGRATIONS, make_engine
from scripts.processes import PROJECT_PYTHON, ROOT
from tests.conftest import postgres_schema


def medinav(url: str, *arguments: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "MEDINAV_DATABASE_URL": url}
    return subprocess.Popen(
        [str(PROJECT_PYTHON), "-m", "directory.cli", *arguments],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def revision_of(url: str) -> str | None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


HEAD = ScriptDirectory(str(MIGRATIONS)).get_current_head()


@pytest.mark.postgres
def test_three_replicas_migrating_one_postgresql_database_at_once_all_succeed() -> None:
    with postgres_schema() as url:
        runs = [medinav(url, "migrate") for _ in range(3)]
        finished = [(run.wait(timeout=120), run.stdout, run.stderr) for run in runs]
        for code, out, err in finished:
            assert code == 0, err.read() if err else ""
            assert out is not None and "the directory database schema is up to date" in out.read()
        assert revision_of(url) == HEAD
        engine = make_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("select count(*) from alembic_version")).scalar_one() == 1
        engine.dispose()


def test_migrate_creates_a_missing_sqlite_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/new/directory.db"
    run = medinav(url, "migrate")
    assert run.wait(timeout=120) == 0
    assert revision_of(url) == HEAD


@pytest.mark.parametrize("command", [["export"], ["search", "--specialty", "dentistry"]])
def test_reading_commands_do_not_create_a_missing_database(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "moved-away.db"
    run = medinav(f"sqlite:///{missing}", *command)
    assert run.wait(timeout=120) == 2
    assert run.stderr is not None and "run `medinav migrate`" in run.stderr.read()
    assert not missing.exists()


@pytest.mark.postgres
def test_two_replicas_loading_the_sample_into_one_empty_database_at_once_both_succeed() -> None:
    with postgres_schema() as url:
        assert medinav(url, "migrate").wait(timeout=120) == 0
        runs = [medinav(url, "load-sample") for _ in range(2)]
        for run in runs:
            assert run.wait(timeout=120) == 0, run.stderr.read() if run.stderr else ""
        engine = make_engine(url)
        with engine.connect() as connection:
            assert connection.execute(text("select count(*) from hospital")).scalar_one() == 28
            assert connection.execute(text("select revision from directory_revision")).scalar_one() == 1
        engine.dispose()
