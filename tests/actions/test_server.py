"""The action server runs actions for Rasa only: a call without its token is refused and runs nothing."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.db import migrate_database
from scripts.processes import PROJECT_PYTHON, ROOT, action_server, free_port, replica_environment
from tests.support.stack import started

FIXTURES = Path(__file__).parent / "fixtures"
TOKEN = "a-token-for-this-test-only-0123456789"


@pytest.fixture(scope="module")
def action_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("action-server")
    migrate_database(f"sqlite:///{work}/directory.db")
    with serving(work / "directory.db", work / "actions.log") as url:
        yield url


@contextmanager
def serving(database: Path, log: Path) -> Iterator[str]:
    environment = replica_environment(
        {
            "MEDINAV_ACTIONS_PORT": str(free_port()),
            "MEDINAV_ACTIONS_TOKEN": TOKEN,
            "MEDINAV_DATABASE_URL": f"sqlite:///{database}",
            "PATH": "/usr/bin:/bin",
        }
    )
    process = action_server(environment)
    with started(process, log):
        yield process.health_url.removesuffix("/health")


def greeting_call() -> dict[str, Any]:
    tracker = json.loads((FIXTURES / "tracker.json").read_text(encoding="utf-8"))
    tracker["latest_message"].update(text="hello", intent={"name": "greet", "confidence": 0.99})
    return {
        "next_action": "action_answer",
        "sender_id": tracker["sender_id"],
        "tracker": tracker,
        "domain": {},
        "version": "3.6.21",
    }


def test_an_action_call_with_the_token_runs_the_action(action_server_url: str) -> None:
    answer = httpx.post(
        f"{action_server_url}/webhook",
        json=greeting_call(),
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["responses"], "the greeting action answers with a message"


@pytest.mark.parametrize("authorization", [None, "Bearer not-the-token", TOKEN, f"Basic {TOKEN}"])
def test_a_forged_action_call_is_refused_and_runs_nothing(
    action_server_url: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    answer = httpx.post(f"{action_server_url}/webhook", json=greeting_call(), headers=headers, timeout=10)
    assert answer.status_code == 401
    assert answer.json() == {"error": "this action server needs its bearer token"}
    assert "responses" not in answer.json() and "events" not in answer.json()


def test_the_list_of_actions_needs_the_token_too(action_server_url: str) -> None:
    assert httpx.get(f"{action_server_url}/actions", timeout=10).status_code == 401


def test_liveness_needs_no_token(action_server_url: str) -> None:
    assert httpx.get(f"{action_server_url}/health", timeout=10).json() == {"status": "ok"}


def test_without_a_token_the_action_server_does_not_start(tmp_path: Path) -> None:
    finished = subprocess.run(
        [str(PROJECT_PYTHON), "-m", "actions.server", "--port", str(free_port())],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "MEDINAV_DATABASE_URL": f"sqlite:///{tmp_path}/d.db"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 2
    assert "MEDINAV_ACTIONS_TOKEN is not set" in finished.stderr


def test_with_its_database_moved_away_the_action_server_says_searches_are_unavailable_and_creates_nothing(
    tmp_path: Path,
) -> None:
    database = tmp_path / "moved-away.db"
    with serving(database, tmp_path / "actions.log") as url:
        answer = httpx.post(
            f"{url}/webhook", json=greeting_call(), headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
        )
    assert answer.status_code == 200
    [reply] = answer.json()["responses"]
    assert reply["text"].startswith("Sorry, I cannot search the hospital directory right now.")
    assert not database.exists(), "an empty directory would answer every search with 'nothing found'"
    assert "unable to open database file" in (tmp_path / "actions.log").read_text()
