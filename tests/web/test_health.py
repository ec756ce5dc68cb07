"""`/healthz` says which part of MedNav is down, and the web app never creates a database it was not given."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from directory.db import engine_for, make_engine, migrate, migrate_database
from directory.settings import Settings, get_settings
from scripts.processes import free_port
from web.app import create_app


class _Alive(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}')

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def alive_server() -> Iterator[str]:
    """Something that answers like a live action server and a live Rasa."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Alive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def health_of(settings: Settings) -> TestClient:
    # The real session dependency: the app opens the database the settings name, as in production.
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    return TestClient(app)


def migrated_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/directory.db"
    migrate_database(url)
    return url


def test_every_part_answers_so_healthz_is_200(tmp_path: Path, alive_server: str) -> None:
    settings = Settings(
        database_url=migrated_file(tmp_path),
        action_endpoint_url=f"{alive_server}/webhook",
        rasa_url=alive_server,
    )
    with health_of(settings) as client:
        answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
    assert {name: part["status"] for name, part in answer.json()["parts"].items()} == {
        "database": "ok",
        "action_server": "ok",
        "rasa": "ok",
    }


def test_a_stopped_action_server_and_rasa_make_it_503_degraded_naming_each(tmp_path: Path) -> None:
    actions_port, rasa_port = free_port(), free_port()
    settings = Settings(
        database_url=migrated_file(tmp_path),
        action_endpoint_url=f"http://127.0.0.1:{actions_port}/webhook",
        rasa_url=f"http://127.0.0.1:{rasa_port}",
    )
    with health_of(settings) as client:
        answer = client.get("/healthz")
    assert answer.status_code == 503
    body = answer.json()
    assert body["status"] == "degraded"
    assert body["parts"]["database"]["status"] == "ok"
    assert body["parts"]["action_server"]["status"] == "unavailable"
    assert body["parts"]["action_server"]["reason"].startswith(
        f"http://127.0.0.1:{actions_port}/health does not answer"
    )
    assert body["parts"]["rasa"]["reason"].startswith(f"http://127.0.0.1:{rasa_port}/ does not answer")


def test_a_moved_away_sqlite_file_is_reported_and_not_created_again(tmp_path: Path) -> None:
    missing = tmp_path / "moved-away.db"
    settings = Settings(database_url=f"sqlite:///{missing}", action_endpoint_url="", rasa_url="")
    with health_of(settings) as client:
        answer = client.get("/healthz")
        search = client.get("/api/hospitals")
    assert answer.status_code == 503
    assert answer.json() == {
        "status": "degraded",
        "parts": {
            "database": {
                "status": "unavailable",
                "reason": "cannot reach the directory database: unable to open database file",
            }
        },
    }
    assert search.status_code >= 500, (
        "no search may answer 'nothing found' from a directory that is not there"
    )
    assert not missing.exists()


def test_a_database_without_the_schema_says_to_migrate(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    make_engine(f"sqlite:///{empty}").connect().close()  # an existing file with no tables
    settings = Settings(database_url=f"sqlite:///{empty}", action_endpoint_url="", rasa_url="")
    with health_of(settings) as client:
        answer = client.get("/healthz")
    assert answer.status_code == 503
    assert answer.json()["parts"]["database"] == {
        "status": "unavailable",
        "reason": "the database has no MedNav schema: run `medinav migrate`",
    }
    with engine_for(f"sqlite:///{empty}").connect() as connection:
        assert not connection.execute(text("select name from sqlite_master")).all(), "nothing was created"


def test_in_memory_test_databases_still_work() -> None:
    engine = make_engine("sqlite://")
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from hospital")).scalar_one() == 0
