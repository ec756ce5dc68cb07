"""The shared stores of several replicas, on the machine's real servers: a PostgreSQL database and a
Redis database of the caller's own, emptied before and after (replica tests and `make bench`)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from directory.db import make_engine, migrate_database, session_scope
from directory.importer import import_directory
from tests.support.stack import Stack, assistant_stack

POSTGRES_URL = os.environ.get(
    "MEDINAV_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS = (
    os.environ.get("MEDINAV_TEST_REDIS_HOST", "127.0.0.1"),
    int(os.environ.get("MEDINAV_TEST_REDIS_PORT", "6379")),
)
#: A Redis database number of MedNav's tests' own (`FLUSHDB` empties this one only).
REDIS_DB = int(os.environ.get("MEDINAV_TEST_REDIS_DB", "13"))


def _admin_url() -> str:
    url = make_url(POSTGRES_URL)
    if url.drivername in {"postgresql", "postgres"}:
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def redis_command(*words: str) -> bytes:
    """Sends one Redis command in its wire protocol on a fresh connection; the answer's first line."""
    request = f"*{len(words)}\r\n" + "".join(f"${len(word.encode())}\r\n{word}\r\n" for word in words)
    with socket.create_connection(REDIS, timeout=3) as connection:
        connection.sendall(request.encode())
        return connection.recv(4096).split(b"\r\n")[0]


def redis_problem() -> str | None:
    """Why Redis cannot be used, or None."""
    try:
        answer = redis_command("PING")
    except OSError as error:
        return f"Redis at {REDIS[0]}:{REDIS[1]} is not reachable: {error}"
    return None if answer == b"+PONG" else f"Redis at {REDIS[0]}:{REDIS[1]} answered {answer!r}"


def lock_store_url() -> str:
    return f"redis://{REDIS[0]}:{REDIS[1]}/{REDIS_DB}"


def flush_redis_db() -> None:
    with socket.create_connection(REDIS, timeout=3) as connection:
        database = str(REDIS_DB)
        connection.sendall(f"*2\r\n$6\r\nSELECT\r\n${len(database)}\r\n{database}\r\n".encode())
        connection.recv(64)
        connection.sendall(b"*1\r\n$7\r\nFLUSHDB\r\n")
        if not connection.recv(64).startswith(b"+OK"):
            raise RuntimeError(f"could not empty Redis database {REDIS_DB}")


@contextmanager
def postgres_database(name: str) -> Iterator[str]:
    """A PostgreSQL database of the caller's own, dropped afterwards (Rasa's tracker store wants a
    whole database, not a schema)."""
    admin = create_engine(_admin_url(), poolclass=NullPool, connect_args={"connect_timeout": 3})
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'drop database if exists "{name}"'))
        connection.execute(text(f'create database "{name}"'))
    try:
        yield make_url(_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            # A replica killed mid-test may leave sessions behind; they would block the drop.
            connection.execute(
                text("select pg_terminate_backend(pid) from pg_stat_activity where datname = :name"),
                {"name": name},
            )
            connection.execute(text(f'drop database if exists "{name}"'))
        admin.dispose()


def for_rasa(url: str) -> str:
    """The same database for Rasa's Python 3.10 environment, which has psycopg2 rather than psycopg 3."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@dataclass
class ReplicaPair:
    a: Stack
    b: Stack
    #: The shared stores, as the project's Python (psycopg 3) reaches them.
    tracker_url: str
    directory_url: str


@contextmanager
def replica_pair(
    model: Path, work: Path, directory_file: bytes, settings: dict[str, str] | None = None
) -> Iterator[ReplicaPair]:
    """Two replicas (Rasa, action server, web app each) on one PostgreSQL tracker store, one Redis lock
    store and one PostgreSQL directory holding `directory_file`, started at once, stopped on exit."""
    prefix = f"mednav_replicas_{os.getpid()}"
    flush_redis_db()
    with (
        postgres_database(f"{prefix}_conversations") as tracker_url,
        postgres_database(f"{prefix}_directory") as directory_url,
    ):
        migrate_database(directory_url)
        engine = make_engine(directory_url, create=False)
        with session_scope(engine) as session:
            import_directory(session, directory_file, max_bytes=len(directory_file) + 1)
        engine.dispose()
        managers: list[AbstractContextManager[Stack]] = [
            assistant_stack(
                model,
                directory_url,
                work / name,
                tracker_url=for_rasa(tracker_url),
                lock_url=lock_store_url(),
                with_web=True,
                settings=settings,
            )
            for name in ("a", "b")
        ]
        with ExitStack() as running:
            # Both start at once, as in a deployment (Rasa tolerates the race to create its tables).
            with ThreadPoolExecutor(2) as pool:
                entered = [pool.submit(manager.__enter__) for manager in managers]
            for manager, future in zip(managers, entered, strict=True):
                if future.exception() is None:
                    running.push(manager.__exit__)
            a, b = (future.result() for future in entered)
            yield ReplicaPair(a, b, tracker_url, directory_url)
    flush_redis_db()
