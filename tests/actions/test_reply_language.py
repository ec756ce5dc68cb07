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


@pytest.mark.parametrize(
    ("message", "conversation", "language"),
    [
        ("In German please", "en", "de"),
        ("auf Französisch bitte, mein Nachbar liest mit", "de", "fr"),
        ("en allemand svp", "fr", "de"),
        ("日本語でお願い。妹が読むので", "en", "ja"),
        ("could you switch to Japanese, my father will read it", "en", "ja"),
    ],
)
async def test_a_reply_language_said_as_the_way_to_talk_in_a_clause_of_its_own_switches(
    dispatcher: CollectingDispatcher,
    tracker_for: TrackerFactory,
    message: str,
    conversation: str,
    language: str,
) -> None:
    # A search is under way: the language is still how to answer, not a wish for staff.
    tracker = tracker_for(
        message, "inform", reply_language=conversation, search_criteria={"specialty": "dermatology"}
    )

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert SlotSet("reply_language", language) in events
    listings = [message["custom"] for message in dispatcher.messages if message.get("custom")]
    assert all("languages" not in listing["criteria"] for listing in listings)


async def test_a_reply_language_asked_for_first_leaves_the_search_after_it(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("フランス語でお願いします：武侯区の皮膚科", "search_hospital", reply_language="ja")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert SlotSet("reply_language", "fr") in events
    [listing] = [message["custom"] for message in dispatcher.messages if message.get("custom")]
    assert listing["criteria"] == {"specialty": "dermatology", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "conversation", "languages"),
    [
        # After the search, the language is a wish for staff who speak it.
        ("Hautarzt in Jinniu, bitte auf Englisch", "de", ["en"]),
        # The language already in use, asked again beside a search, wants staff too.
        ("dermatologist in Wuhou, in English please", "en", ["en"]),
        # "switch to" a kind of doctor changes the search.
        ("switch to a Japanese-speaking dermatologist", "en", ["ja"]),
    ],
)
async def test_a_language_after_a_search_or_beside_a_doctor_is_a_wish_for_staff(
    dispatcher: CollectingDispatcher,
    tracker_for: TrackerFactory,
    message: str,
    conversation: str,
    languages: list[str],
) -> None:
    tracker = tracker_for(message, "search_hospital", reply_language=conversation)

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert not [event for event in events if event.get("name") == "reply_language"]
    [listing] = [message["custom"] for message in dispatcher.messages if message.get("custom")]
    assert listing["criteria"]["languages"] == languages


@pytest.mark.parametrize(
    ("message", "conversation"),
    [
        ("could I get the じゅうしょ of that clinic?", "en"),
        ("et le でんわ de cette clinique, s'il vous plaît ?", "fr"),
    ],
)
async def test_a_bare_japanese_noun_in_a_sentence_of_another_language_keeps_that_language(
    tracker_for: TrackerFactory, message: str, conversation: str
) -> None:
    tracker = tracker_for(message, "ask_hospital_detail", reply_language=conversation)

    events = await ActionAnswer().run(CollectingDispatcher(), tracker, domain={})

    assert not [event for event in events if event.get("name") == "reply_language"]


async def test_a_japanese_sentence_with_a_borrowed_word_is_japanese(tracker_for: TrackerFactory) -> None:
    tracker = tracker_for("その病院のaddressは？", "ask_hospital_detail", reply_language="en")

    events = await ActionAnswer().run(CollectingDispatcher(), tracker, domain={})

    assert SlotSet("reply_language", "ja") in events


@pytest.mark.parametrize(
    ("message", "conversation", "language"),
    [
        # Going on in a language: the conversation itself.
        ("ok, could we do all of it in German from here?", "en", "de"),
        ("right, let's chat in French then", "en", "fr"),
        ("Können wir das alles auf Englisch machen?", "de", "en"),
        ("on peut faire ça en anglais ?", "fr", "en"),
        ("日本語でやり取りしたいです", "en", "ja"),
        # A preference for a language alone, before any search.
        ("Lieber Deutsch, bitte", "en", "de"),
        ("plutôt en français, merci", "de", "fr"),
        ("actually rather English", "fr", "en"),
    ],
)
async def test_going_on_in_a_language_or_preferring_it_alone_switches_and_searches_nothing(
    dispatcher: CollectingDispatcher,
    tracker_for: TrackerFactory,
    message: str,
    conversation: str,
    language: str,
) -> None:
    tracker = tracker_for(message, "inform", reply_language=conversation)

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert SlotSet("reply_language", language) in events
    assert not [message for message in dispatcher.messages if message.get("custom")]


async def test_doing_it_in_a_district_with_a_speaking_doctor_is_a_search(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    message = "can we do it in Wuhou with a German-speaking dermatologist"
    tracker = tracker_for(message, "inform", reply_language="en")

    events = await ActionAnswer().run(dispatcher, tracker, domain={})

    assert not [event for event in events if event.get("name") == "reply_language"]
    [listing] = [message["custom"] for message in dispatcher.messages if message.get("custom")]
    assert listing["criteria"] == {"specialty": "dermatology", "languages": ["de"], "district": "wuhou"}
