"""Messages as patients write them: names two terms share, symptoms for departments, short messages in
their own language, a language of service beside a department, criteria beside the word insurance."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from tests.actions.conftest import TrackerFactory, payloads, texts


async def answer(
    tracker_for: TrackerFactory, message: str, intent: str = "search_hospital", **slots: object
) -> tuple[CollectingDispatcher, list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswer().run(dispatcher, tracker_for(message, intent, **slots), domain={})
    return dispatcher, events


@pytest.mark.usefixtures("shared_insurer_name")
async def test_a_name_two_insurers_share_is_asked_about_with_a_button_for_each(
    tracker_for: TrackerFactory,
) -> None:
    dispatcher, events = await answer(tracker_for, "Ich suche einen Kardiologen, versichert bei Zenith")

    [question] = dispatcher.messages
    assert question["text"] == "„Zenith“ kann mehr als ein Versicherer sein. Welchen meinen Sie?"
    assert question["buttons"] == [
        {"title": "Zenith Care International", "payload": "Zenith Care International"},
        {"title": "Zenith Direct", "payload": "Zenith Direct"},
    ]
    assert SlotSet("search_criteria", {"specialty": "cardiology"}) in events


@pytest.mark.usefixtures("shared_insurer_name")
async def test_the_button_answers_the_question_and_keeps_the_other_criteria(
    tracker_for: TrackerFactory,
) -> None:
    waiting = {
        "reply_language": "de",
        "search_criteria": {"specialty": "cardiology"},
        "pending_choice": {"kind": "insurer", "ids": ["zenith-care", "zenith-direct"]},
    }
    dispatcher, events = await answer(tracker_for, "Zenith Direct", **waiting)

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "insurer": "zenith-direct"}
    assert [hospital["id"] for hospital in listing["hospitals"]] == ["lotus-heart-center"]
    assert SlotSet("pending_choice", None) in events


@pytest.mark.parametrize(
    ("message", "language", "specialty", "reason"),
    [
        ("I chipped a tooth this morning", "en", "dentistry", "For a chipped tooth, Dentistry:"),
        ("Mein Rücken tut weh, seit ich Kisten getragen habe", "de", "orthopedics", "Bei "),
        ("j'ai des brûlures d'estomac après les repas", "fr", "gastroenterology", "Pour "),
        ("子供の咳が止まりません", "ja", "pediatrics", "には"),
    ],
)
async def test_a_complaint_chooses_the_department_and_says_why_in_one_line(
    tracker_for: TrackerFactory, message: str, language: str, specialty: str, reason: str
) -> None:
    dispatcher, events = await answer(tracker_for, message)

    [listing] = payloads(dispatcher)
    assert listing["criteria"]["specialty"] == specialty
    assert SlotSet("reply_language", language) in events
    assert reason in texts(dispatcher)[0].splitlines()[0]


async def test_a_complaint_keeps_the_other_criteria_of_the_message(tracker_for: TrackerFactory) -> None:
    dispatcher, _ = await answer(
        tracker_for, "my chest feels fluttery and my heart races, somewhere in Wuhou"
    )

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Neurologe in Jinjiang", "de"),
        ("Augenarzt im Bezirk Wuhou", "de"),
        ("Hallo", "de"),
        ("dentiste à Wuhou", "fr"),
    ],
)
async def test_a_short_message_is_answered_in_the_language_of_its_words(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital")

    assert SlotSet("reply_language", language) in events


async def test_a_department_beside_a_bare_language_name_is_a_search_not_a_switch(
    tracker_for: TrackerFactory,
) -> None:
    dispatcher, events = await answer(
        tracker_for, "しょうにか　フランス語", "switch_language", reply_language="en"
    )

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "pediatrics", "languages": ["fr"]}
    assert SlotSet("reply_language", "ja") in events


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("I need heart surgery and my insurance is Cigna", "en"),
        ("Herzchirurgie mit Cigna-Versicherung", "de"),
        ("chirurgie cardiaque, mon assurance est Cigna", "fr"),
        ("心臓外科、保険はシグナです", "ja"),
    ],
)
async def test_criteria_beside_the_word_insurance_are_a_search(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    dispatcher, _ = await answer(tracker_for, message, "ask_insurance_info")

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiac_surgery", "insurer": "cigna"}
