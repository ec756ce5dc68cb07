"""The web app on a real database of each kind, with its session and settings overridden.

`client` has a directory of its own (tests that import through the API); `reader` shares one per
module and backend, for tests that only read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine
from sqlmodel import Session

from directory.importer import import_directory
from directory.settings import Settings, get_settings
from tests.conftest import BACKENDS, MAX_BYTES, SAMPLE_FILE, database, migrated
from web.app import create_app
from web.deps import get_session

ADMIN_TOKEN = "test-admin-token-0123456789"


def make_app(engine: Engine, settings: Settings) -> FastAPI:
    # A fresh app each time: its vocabulary cache belongs to one database.
    app = create_app()

    def session() -> Iterator[Session]:
        with Session(engine, expire_on_commit=False) as session:
            yield session

    app.dependency_overrides[get_session] = session
    app.dependency_overrides[get_settings] = lambda: settings
    return app


def settings_for(url: str) -> Settings:
    # The app alone: no action server or Rasa beside it for /healthz to watch.
    return Settings(database_url=url, admin_token=SecretStr(ADMIN_TOKEN), action_endpoint_url="", rasa_url="")


@pytest.fixture
def settings(directory_url: str) -> Settings:
    return settings_for(directory_url)


@pytest.fixture
def app(engine: Engine, settings: Settings) -> FastAPI:
    return make_app(engine, settings)


@pytest.fixture
def client(app: FastAPI, sample_directory: Session) -> Iterator[TestClient]:
    """A client of an app serving the Chengdu sample in a database of this test's own."""
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module", params=BACKENDS)
def reader(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client of an app serving the Chengdu sample, shared by the tests of a module that only read."""
    folder: Path = tmp_path_factory.mktemp("reader")
    with database(request.param, folder) as url, migrated(url) as engine:
        with Session(engine) as session:
            import_directory(session, SAMPLE_FILE.read_bytes(), max_bytes=MAX_BYTES)
        with TestClient(make_app(engine, settings_for(url))) as client:
            yield client


@pytest.fixture
def with_settings(app: FastAPI, settings: Settings) -> Callable[..., None]:
    """`with_settings(admin_token=None)`: the app runs with these settings changed."""

    def change(**changes: object) -> None:
        changed = settings.model_copy(update=changes)
        app.dependency_overrides[get_settings] = lambda: changed

    return change
