"""A failing directory database never leaves a patient without an answer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from tests.actions.conftest import TrackerFactory, payloads, texts


def break_database(url: str) -> None:
    """Make every query of the directory's revision fail."""
    with sqlite3.connect(Path(url.removeprefix("sqlite:///"))) as connection:
        connection.execute("alter table directory_revision rename to directory_revision_away")


async def test_with_no_earlier_copy_a_search_says_searches_are_unavailable_and_gives_the_hotline(
    directory: str, dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    break_database(directory)
    tracker = tracker_for("Ich brauche einen Zahnarzt in Wuhou", "search_hospital")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert events == [SlotSet("reply_language", "de")]
    assert texts(dispatcher) == [
        "Entschuldigung, ich kann das Krankenhausverzeichnis gerade nicht durchsuchen. Die Hotline 12345 "
        "hilft Ihnen, ein Krankenhaus zu finden. Im Notfall rufen Sie 120 an."
    ]
    assert payloads(dispatcher) == []


async def test_with_an_earlier_copy_a_search_answers_from_it_and_says_so(
    directory: str, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("a cardiologist who speaks German", "search_hospital")
    answered = CollectingDispatcher()
    await ActionAnswer().run(answered, tracker, domain={})
    break_database(directory)
    from_copy = CollectingDispatcher()

    await ActionAnswer().run(from_copy, tracker, domain={})

    assert payloads(from_copy) == payloads(answered)
    assert texts(from_copy)[:-1] == texts(answered)
    assert texts(from_copy)[-1].startswith(
        "(The hospital directory cannot be reached right now: this answer comes from its last copy, of "
    )
