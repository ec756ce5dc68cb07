"""Fixtures shared by the directory and web tests: a real database of each kind, and directory files.

Every test that takes `directory_url` runs twice: on a SQLite file of its own and on PostgreSQL in a
schema of its own (created for the test, dropped after it), so parallel runs never meet. Without a
reachable PostgreSQL the second run is skipped, unless CI is set: there it fails, because a CI that
silently skips half of the database tests proves nothing about PostgreSQL.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from directory.db import make_engine, migrate
from directory.importer import import_directory

SAMPLE_FILE = Path(__file__).resolve().parent.parent / "directory" / "sample_data" / "chengdu.json"
POSTGRES_URL = os.environ.get(
    "MEDINAV_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
MAX_BYTES = 10_000_000

_postgres_problem: list[str] = []


def _postgres_admin_url() -> str:
    url = make_url(POSTGRES_URL)
    if url.drivername in {"postgresql", "postgres"}:
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def _postgres_or_skip() -> Engine:
    """An engine on the test server, or skip (fail under CI) naming why it cannot be reached."""
    admin = create_engine(_postgres_admin_url(), poolclass=NullPool, connect_args={"connect_timeout": 3})
    if not _postgres_problem:
        try:
            with admin.connect() as connection:
                connection.execute(text("select 1"))
            _postgres_problem.append("")
        except OperationalError as error:
            _postgres_problem.append(str(error.orig or error).strip().splitlines()[0])
    if _postgres_problem[0]:
        where = make_url(POSTGRES_URL).render_as_string()
        reason = f"PostgreSQL at {where} is not reachable: {_postgres_problem[0]}"
        if os.environ.get("CI"):
            pytest.fail(
                f"{reason} (CI is set, so the PostgreSQL tests must run; set MEDINAV_TEST_POSTGRES_URL)"
            )
        pytest.skip(reason)
    return admin


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections live in a fresh schema, dropped (with their sessions) afterwards."""
    admin = _postgres_or_skip()
    schema = f"medinav_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'create schema "{schema}"'))
    url = make_url(_postgres_admin_url()).update_query_dict(
        {"options": f"-csearch_path={schema}", "application_name": schema}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            # A session a failing test left open would hold locks and make the drop wait forever.
            connection.execute(
                text(
                    "select pg_terminate_backend(pid) from pg_stat_activity "
                    "where application_name = :name and pid <> pg_backend_pid()"
                ),
                {"name": schema},
            )
            connection.execute(text(f'drop schema "{schema}" cascade'))
        admin.dispose()


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database of `backend` ("sqlite" or "postgresql")."""
    if backend == "sqlite":
        yield f"sqlite:///{folder}/d.db"
    else:
        with postgres_schema() as url:
            yield url


@contextmanager
def migrated(url: str) -> Iterator[Engine]:
    # Not `directory.db.engine_for`: it keeps one engine per URL for the life of the process.
    engine = make_engine(url)
    migrate(engine)
    try:
        yield engine
    finally:
        engine.dispose()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def directory_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def engine(directory_url: str) -> Iterator[Engine]:
    with migrated(directory_url) as engine:
        yield engine


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session


@pytest.fixture(scope="session")
def sample_file() -> bytes:
    """The bundled Chengdu directory, as an administrator would import it."""
    return SAMPLE_FILE.read_bytes()


@pytest.fixture
def sample_directory(session: Session, sample_file: bytes) -> Session:
    """A session on a directory that holds the Chengdu sample."""
    import_directory(session, sample_file, max_bytes=MAX_BYTES)
    return session
