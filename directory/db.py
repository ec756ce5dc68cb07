"""Engines, sessions and the schema (created and upgraded by Alembic, from `medinav migrate` only).

The servers open the database they are given and never create one: a SQLite file that was moved away
must show up as "database unavailable", not as a fresh, empty directory that silently answers "no
hospital found". Creating and upgrading is `migrate_database`, run by `medinav migrate` (and by the
commands that are asked to fill a database: `import`, `load-sample`, and `make run`).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from directory.models import DirectoryRevision

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# One advisory-lock key for "the directory schema is being migrated", the same in every replica.
_MIGRATION_LOCK: Final = zlib.crc32(b"medinav directory migration")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the chat and the API read while an import writes; readers keep the old snapshot
    # until the import commits, so nobody sees half a directory.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine on `url`; with `create=False` a missing SQLite file is an error, not a new database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            if create:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            else:
                # SQLite's mode=rw opens an existing file and fails on a missing one (mode=rwc creates).
                url = (
                    parsed.set(database=f"file:{quote(str(Path(database).resolve()))}")
                    .update_query_dict({"mode": "rw", "uri": "true"})
                    .render_as_string(hide_password=False)
                )
            engine = create_engine(url, connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


@cache
def engine_for(url: str) -> Engine:
    """One engine per database URL per process, on a database that must already exist."""
    return make_engine(url, create=False)


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision; safe from several processes at once.

    On PostgreSQL a transaction-scoped advisory lock makes a second replica wait for the first one's
    upgrade and then find nothing to do; SQLite's own write lock serializes the DDL there.
    """
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("select pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        command.upgrade(_alembic_config(connection), "head")
        _seed_revision(connection)


def _seed_revision(connection: Connection) -> None:
    # The revision row is what concurrent imports lock (SELECT ... FOR UPDATE). Created here, once,
    # rather than by the first import: two first imports at once (two replicas loading the sample)
    # would both insert it and one would fail.
    session = Session(bind=connection)
    if session.get(DirectoryRevision, 1) is None:
        session.add(DirectoryRevision(id=1, revision=0))
        session.flush()


def migrate_database(url: str) -> None:
    """`medinav migrate`: create the database when it is missing, then bring its schema up to date."""
    engine = make_engine(url, create=True)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def schema_problem(connection: Connection) -> str | None:
    """Why this database cannot serve (its schema is missing or not the newest), or None."""
    current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(_alembic_config(connection)).get_current_head()
    if current is None:
        return "the database has no MedNav schema: run `medinav migrate`"
    if current != head:
        return f"the database schema is at revision {current}, not {head}: run `medinav migrate`"
    return None


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
