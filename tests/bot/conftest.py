"""A real Rasa server and a real action server, on a directory the test imports itself.

The model is the one `make test` trains (MEDINAV_MODEL). Both servers run on free ports with their own
conversation and directory databases, so the tests never touch a running `make run`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.db import engine_for, session_scope
from directory.importer import import_directory
from locales import ngettext

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
UNSEEN_DIRECTORY = ROOT / "tests" / "fixtures" / "unseen_directory.json"


def trained_model() -> Path:
    model = os.environ.get("MEDINAV_MODEL")
    if model and Path(model).exists() and RASA.exists():
        return Path(model)
    reason = "needs the Rasa runtime and a trained model: run through `make test`"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up in {seconds} s:\n{log.read_text()[-3000:]}")


@dataclass
class Assistant:
    """Talks to Rasa's REST channel like the widget or a script would."""

    url: str
    directory_url: str
    _ids = count()

    def conversation(self) -> Conversation:
        return Conversation(self, f"test-{os.getpid()}-{next(self._ids)}")


@dataclass
class Conversation:
    assistant: Assistant
    sender: str

    def say(self, message: str, language: str | None = None) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"sender": self.sender, "message": message}
        if language:
            body["metadata"] = {"language": language}
        answer = httpx.post(f"{self.assistant.url}/webhooks/rest/webhook", json=body, timeout=30)
        answer.raise_for_status()
        replies: list[dict[str, Any]] = answer.json()
        return replies


def found_prefix(language: str, count: int) -> str:
    """The words before the number in "I found N hospitals for: ...", in `language`."""
    singular, plural = "I found {count} hospital for: {criteria}.", "I found {count} hospitals for: {criteria}."
    return ngettext(language, singular, plural, count).split("{count}")[0]


def texts(replies: list[dict[str, Any]]) -> list[str]:
    return [reply["text"] for reply in replies if "text" in reply]


def hospital_lists(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [reply["custom"] for reply in replies if reply.get("custom", {}).get("type") == "hospital_list"]


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    model = trained_model()
    work = tmp_path_factory.mktemp("assistant")
    directory_url = f"sqlite:///{work}/directory.db"
    with session_scope(engine_for(directory_url)) as session:
        import_directory(session, UNSEEN_DIRECTORY.read_bytes(), max_bytes=10**7)

    action_port, rasa_port = _free_port(), _free_port()
    endpoints = work / "endpoints.yml"
    endpoints.write_text(
        (BOT / "endpoints.yml").read_text().replace("localhost:5055", f"localhost:{action_port}"),
        encoding="utf-8",
    )
    environment = {
        **os.environ,
        "MEDINAV_DATABASE_URL": directory_url,
        "MEDINAV_TRACKER_STORE_URL": f"sqlite:///{work}/conversations.db",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    environment.pop("MEDINAV_LOCK_STORE_URL", None)
    action_log, rasa_log = work / "actions.log", work / "rasa.log"
    with action_log.open("wb") as action_out, rasa_log.open("wb") as rasa_out:
        actions = subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
            cwd=ROOT, env=environment, stdout=action_out, stderr=subprocess.STDOUT,
        )
        rasa = subprocess.Popen(
            [str(RASA), "run", "--model", str(model), "--port", str(rasa_port), "--endpoints", str(endpoints),
             "--credentials", str(BOT / "credentials.yml")],
            cwd=BOT, env=environment, stdout=rasa_out, stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_up(f"http://127.0.0.1:{action_port}/health", actions, action_log)
            _wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa, rasa_log)
            yield Assistant(f"http://127.0.0.1:{rasa_port}", directory_url)
        finally:
            for process in (rasa, actions):
                process.terminate()
            for process in (rasa, actions):
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
