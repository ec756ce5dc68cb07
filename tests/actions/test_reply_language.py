"""The reply language: the widget's setting, else the language written in, and it stays."""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from tests.actions.conftest import TrackerFactory, texts


async def test_greeting_in_french_is_answered_in_french(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    events = await ActionAnswer().run(dispatcher, tracker_for("Bonjour", "greet"), domain={})

    assert events == [SlotSet("reply_language", "fr")]


async def test_a_short_message_keeps_the_conversation_language(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("ok thanks", "thank", reply_language="de")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert events == []  # no SlotSet: the reply language stays German


async def test_names_of_things_do_not_switch_the_language(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("Allianz Care Wuhou", "thank", reply_language="fr")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert not [event for event in events if event["name"] == "reply_language"]  # it stays French


async def test_asking_to_switch_to_german(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("can you answer in German please?", "switch_language", reply_language="en")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert events == [SlotSet("reply_language", "de")]
    assert len(texts(dispatcher)) == 1


async def test_a_language_it_cannot_write_is_declined(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("please answer in Korean", "switch_language", reply_language="en")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert events == []  # still English
    assert texts(dispatcher) == [
        "Sorry, I can only write in English, Japanese, German and French. "
        "The hotline can help in other languages."
    ]


async def test_do_they_speak_japanese_asks_about_the_hospital_in_focus(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "do they speak Japanese?",
        "switch_language",
        reply_language="en",
        focused_hospital="golden-river-hospital",
    )

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert events == []  # still English
    assert texts(dispatcher) == ["Yes, Golden River Hospital serves patients in Japanese."]


async def test_a_language_asked_for_and_named_again_for_the_staff_is_both(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    # The reply language is German from now on, and the search wants German-speaking staff as well.
    tracker = tracker_for(
        "Bitte ab jetzt auf Deutsch. Gibt es dort deutschsprachige Ärzte?",
        "switch_language",
        reply_language="en",
        search_criteria={"specialty": "cardiology"},
    )

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert SlotSet("reply_language", "de") in events
    [listing] = [message["custom"] for message in dispatcher.messages if message.get("custom")]
    assert listing["criteria"] == {"specialty": "cardiology", "languages": ["de"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        # Asked twice, the second time as the language alone with politeness.
        ("can you answer in Japanese? 日本語でお願いします", "ja"),
        # Asked, then said as the way to talk.
        ("Could you go on in German? I read much faster in German", "de"),
    ],
)
async def test_a_reply_language_asked_for_is_no_wish_for_staff(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory, message: str, language: str
) -> None:
    tracker = tracker_for(
        message, "switch_language", reply_language="en", search_criteria={"specialty": "cardiology"}
    )

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert SlotSet("reply_language", language) in events
    assert not [message for message in dispatcher.messages if message.get("custom")]
