"""The API against its own OpenAPI document: whatever a client sends, no 5xx, and answers as documented.

Schemathesis generates requests for every GET operation (the reads any client may make) from the
schema FastAPI publishes, on a SQLite directory holding the Chengdu sample.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from sqlmodel import Session

from directory.importer import import_directory
from tests.conftest import MAX_BYTES, SAMPLE_FILE, migrated
from tests.web.conftest import make_app, settings_for
from web.app import create_app

app = create_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(method="GET")


@pytest.fixture(scope="module", autouse=True)
def sample_directory_behind_the_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{folder}/d.db"
    with migrated(url) as engine:
        with Session(engine) as session:
            import_directory(session, SAMPLE_FILE.read_bytes(), max_bytes=MAX_BYTES)
        configured = make_app(engine, settings_for(url))
        app.dependency_overrides.update(configured.dependency_overrides)
        with TestClient(app) as client:
            assert client.get("/healthz").json()["hospitals"] == 28, "the app must serve the sample"
        yield
        app.dependency_overrides.clear()


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_get_answers_as_documented_and_never_with_a_server_error(case: schemathesis.Case) -> None:
    # Every other check runs. A filter is a free-text name in any language, which no schema can list,
    # so a value that names nothing is a documented 422, not schema-valid data wrongly refused.
    response = case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
    assert response.status_code < 500
