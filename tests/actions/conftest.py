"""Action tests in the financial-demo style: a tracker from a JSON fixture, `run`, exact assertions.

The actions read a real directory: a SQLite file loaded with fixtures/directory.json, whose hospitals,
insurer and district the trained model has never seen.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import read_turn
from actions.directory_access import directory_session
from actions.turn import Turn
from directory.db import engine_for, migrate_database, session_scope
from directory.importer import import_directory
from directory.settings import get_settings

FIXTURES = Path(__file__).parent / "fixtures"
UNSEEN_DIRECTORY = Path(__file__).parents[1] / "fixtures" / "unseen_directory.json"


@pytest.fixture(autouse=True)
def directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path}/actions.db"
    monkeypatch.setenv("MEDINAV_DATABASE_URL", url)
    get_settings.cache_clear()
    migrate_database(url)
    with session_scope(engine_for(url)) as session:
        import_directory(session, UNSEEN_DIRECTORY.read_bytes(), max_bytes=10**7)
    yield url
    get_settings.cache_clear()


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


TrackerFactory = Callable[..., Tracker]


@pytest.fixture
def tracker_for() -> TrackerFactory:
    """A tracker whose latest message is `text`, classified as `intent` with `entities`."""
    template = json.loads((FIXTURES / "tracker.json").read_text(encoding="utf-8"))

    def build(
        text: str,
        intent: str,
        entities: list[dict[str, Any]] | None = None,
        metadata: dict[str, Any] | None = None,
        unconfirmed_emergency: bool = False,
        **slots: Any,
    ) -> Tracker:
        state = copy.deepcopy(template)
        state["latest_message"].update(
            text=text,
            intent={"name": intent, "confidence": 0.99},
            entities=entities or [],
            metadata=metadata or {},
        )
        if unconfirmed_emergency:  # the model said emergency and no red flag confirmed it
            state["latest_message"]["unconfirmed_emergency"] = True
        state["slots"].update(slots)
        return Tracker.from_dict(state)

    return build


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [message["text"] for message in dispatcher.messages if message.get("text")]


def payloads(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    return [message["custom"] for message in dispatcher.messages if message.get("custom")]


@pytest.fixture
def turn_for(tracker_for: TrackerFactory, directory: str) -> Iterator[Callable[..., Turn]]:
    """The turn the routing table sees for `text` (same arguments as `tracker_for`)."""
    with directory_session() as (session, view):

        def build(text: str, intent: str, **arguments: Any) -> Turn:
            return read_turn(CollectingDispatcher(), tracker_for(text, intent, **arguments), session, view)

        yield build


SHARED_INSURER_NAME = Path(__file__).parents[1] / "fixtures" / "shared_insurer_name.json"


@pytest.fixture
def shared_insurer_name(directory: str) -> None:
    """A second insurer called "Zenith" (Zenith Direct, billed by Lotus Heart Center) beside Zenith Care."""
    with session_scope(engine_for(directory)) as session:
        import_directory(session, SHARED_INSURER_NAME.read_bytes(), max_bytes=10**7)
