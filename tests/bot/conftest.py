"""A real Rasa server and a real action server, on a directory the test imports itself.

The model is the one `make test` trains (MEDINAV_MODEL).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import httpx
import pytest

from directory.db import engine_for, migrate_database, session_scope
from directory.importer import import_directory
from locales import ngettext
from tests.support.stack import BOT, RASA, RASA_PYTHON, ROOT, assistant_stack

__all__ = ["BOT", "RASA"]
UNSEEN_DIRECTORY = ROOT / "tests" / "fixtures" / "unseen_directory.json"


def trained_model() -> Path:
    model = os.environ.get("MEDINAV_MODEL")
    if model and Path(model).exists() and RASA_PYTHON.exists():
        return Path(model)
    reason = "needs the Rasa runtime and a trained model: run through `make test`"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


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
    singular, plural = (
        "I found {count} hospital for: {criteria}.",
        "I found {count} hospitals for: {criteria}.",
    )
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
    migrate_database(directory_url)
    with session_scope(engine_for(directory_url)) as session:
        import_directory(session, UNSEEN_DIRECTORY.read_bytes(), max_bytes=10**7)
    # The widget page the channel tests present themselves as (the stack's own web port is a free one).
    pages = {"MEDINAV_ALLOWED_ORIGINS": "http://localhost:8000,http://127.0.0.1:8000"}
    with assistant_stack(model, directory_url, work, settings=pages) as stack:
        yield Assistant(stack.rasa_url, directory_url)
