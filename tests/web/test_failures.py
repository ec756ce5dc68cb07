"""The API when the database fails or another import holds it: JSON that says so, never SQL text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from tests.builders import encode, make_directory
from tests.web.conftest import ADMIN_TOKEN

AUTHORIZED = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@contextmanager
def another_import_running(engine: Engine) -> Iterator[None]:
    """Holds the directory's write lock as an import in progress does."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.begin()
            connection.execute(text("select revision from directory_revision where id = 1 for update"))
        try:
            yield
        finally:
            connection.rollback()


@contextmanager
def revision_table_gone(engine: Engine) -> Iterator[None]:
    with engine.begin() as connection:
        connection.execute(text("alter table directory_revision rename to directory_revision_away"))
    try:
        yield
    finally:
        with engine.begin() as connection:
            connection.execute(text("alter table directory_revision_away rename to directory_revision"))


def test_an_import_while_another_is_running_is_a_409_in_json(client: TestClient, engine: Engine) -> None:
    with another_import_running(engine):
        answer = client.post("/api/directory/import", content=encode(make_directory()), headers=AUTHORIZED)

    assert answer.status_code == 409
    assert answer.json() == {"detail": "another import is running; try again when it has finished"}


def test_a_failing_database_is_a_503_in_json_without_sql(client: TestClient, engine: Engine) -> None:
    with revision_table_gone(engine):
        answer = client.get("/api/hospitals", params={"specialty": "cardiology"})

    assert answer.status_code == 503
    assert answer.json() == {"detail": "the directory database is unavailable right now; try again shortly"}
