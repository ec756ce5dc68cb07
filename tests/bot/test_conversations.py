"""Conversations through Rasa's REST channel in all four languages, on hospitals the model never saw."""

from __future__ import annotations

import json

import pytest

from directory.db import engine_for, session_scope
from directory.importer import import_directory
from locales import gettext, ngettext
from tests.bot.conftest import Assistant, found_prefix, hospital_lists, texts

pytestmark = pytest.mark.rasa


def only_list(replies: list[dict[str, object]]) -> dict[str, object]:
    [listing] = hospital_lists(replies)
    return listing


def test_english_search_with_three_criteria_in_one_sentence(assistant: Assistant) -> None:
    replies = assistant.conversation().say("Looking for a German-speaking cardiologist that takes Allianz")

    listing = only_list(replies)
    assert listing["total"] == 1
    assert listing["criteria"] == {"specialty": "cardiology", "languages": ["de"], "insurer": "allianz-care"}
    assert [hospital["id"] for hospital in listing["hospitals"]] == ["maple-leaf-clinic"]  # type: ignore[index]
    assert texts(replies)[0].startswith(found_prefix("en", 1))


def test_english_follow_ups_refine_then_ask_for_their_phone(assistant: Assistant) -> None:
    chat = assistant.conversation()

    assert only_list(chat.say("Is there a heart specialist?"))["total"] == 3
    refined = only_list(chat.say("which of them speak French?"))
    assert refined["criteria"] == {"specialty": "cardiology", "languages": ["fr"]}
    assert [hospital["id"] for hospital in refined["hospitals"]] == ["lotus-heart-center"]  # type: ignore[index]
    answer = texts(chat.say("what's their phone number?"))
    assert any("+86 28 3333 0003" in text for text in answer)


def test_an_emergency_is_answered_with_120_first(assistant: Assistant) -> None:
    chat = assistant.conversation()
    chat.say("I'm looking for a dentist in Wuhou")

    replies = chat.say("my friend collapsed, he is unconscious and not breathing")

    assert "120" in texts(replies)[0]
    assert [h["id"] for h in only_list(replies)["hospitals"]] == ["golden-river-hospital"]  # type: ignore[index]


def test_japanese_search_is_answered_in_japanese(assistant: Assistant) -> None:
    replies = assistant.conversation().say("ドイツ語が話せる歯医者を探しています")

    listing = only_list(replies)
    assert [h["id"] for h in listing["hospitals"]] == ["maple-leaf-clinic"]  # type: ignore[index]
    assert listing["hospitals"][0]["name"] == "メープルリーフ国際クリニック"  # type: ignore[index]
    assert texts(replies)[0].startswith(found_prefix("ja", 1))


def test_japanese_insurer_alias_imported_today(assistant: Assistant) -> None:
    replies = assistant.conversation().say("ゼニスの保険が使える病院はどこですか？")

    listing = only_list(replies)
    assert listing["criteria"] == {"insurer": "zenith-care"}
    assert listing["total"] == 1


def test_german_search_is_answered_in_german(assistant: Assistant) -> None:
    replies = assistant.conversation().say("Ich suche einen Kardiologen, der Französisch spricht")

    listing = only_list(replies)
    assert listing["criteria"] == {"specialty": "cardiology", "languages": ["fr"]}
    assert texts(replies)[0].startswith(found_prefix("de", 1))


def test_french_search_by_district_and_24_hour_emergency(assistant: Assistant) -> None:
    replies = assistant.conversation().say("Je cherche un hôpital à East Lake avec des urgences 24h/24")

    listing = only_list(replies)
    assert listing["criteria"] == {"district": "east-lake", "emergency_24h": True}
    assert [h["id"] for h in listing["hospitals"]] == ["lotus-heart-center"]  # type: ignore[index]
    assert texts(replies)[0].startswith(found_prefix("fr", 1))


def test_french_no_match_says_what_to_drop(assistant: Assistant) -> None:
    replies = assistant.conversation().say("je cherche un dentiste qui parle japonais")

    listing = only_list(replies)
    assert listing["total"] == 0
    assert listing["hospitals"] == []
    drop = ngettext(
        "fr",
        "Drop “{criterion}” and {count} hospital matches.",
        "Drop “{criterion}” and {count} hospitals match.",
        1,
    )
    assert drop.split("{criterion}")[0] in texts(replies)[0]


def test_the_widget_language_decides_the_reply_language(assistant: Assistant) -> None:
    replies = assistant.conversation().say("hello", language="fr")

    assert texts(replies)[0] == gettext(
        "fr",
        "Hello! I am MedNav. I help foreign patients find a hospital in Chengdu: tell me what you need, "
        "for example a department, the language you speak, your insurer or a district. "
        "In an emergency, call 120.",
    )


def test_a_hospital_imported_during_the_conversation_is_known_at_once(assistant: Assistant) -> None:
    chat = assistant.conversation()
    silver_birch = {
        "version": 1,
        "hospitals": [
            {
                "id": "silver-birch-clinic",
                "name": {"en": "Silver Birch Clinic", "zh": "银桦诊所"},
                "district": "qingyang",
                "address": {"en": "12 Birch Road, Qingyang District", "zh": "成都市青羊区桦树路12号"},
                "phone": "+86 28 4444 0004",
                "languages": ["zh", "en"],
                "specialties": ["dermatology"],
            }
        ],
    }
    with session_scope(engine_for(assistant.directory_url)) as session:
        import_directory(session, json.dumps(silver_birch).encode(), max_bytes=10**7)

    answer = texts(chat.say("What is the address of Silver Birch Clinic?"))

    assert any("成都市青羊区桦树路12号" in text for text in answer)


@pytest.mark.parametrize(
    ("text", "language", "specialty", "hospitals"),
    [
        (
            "my molar has been throbbing for two days and it is worse with cold drinks",
            "en",
            "dentistry",
            ["maple-leaf-clinic"],
        ),
        (
            "Mein Zahnfleisch ist seit Tagen geschwollen und blutet beim Putzen",
            "de",
            "dentistry",
            ["maple-leaf-clinic"],
        ),
        (
            "mon fils de 3 ans tousse depuis une semaine",
            "fr",
            "pediatrics",
            ["golden-river-hospital"],
        ),
        ("5歳の娘が三日前から咳をしています", "ja", "pediatrics", ["golden-river-hospital"]),
    ],
)
def test_an_everyday_complaint_is_a_search_for_its_department_not_an_emergency(
    assistant: Assistant, text: str, language: str, specialty: str, hospitals: list[str]
) -> None:
    replies = assistant.conversation().say(text)

    listing = only_list(replies)
    assert listing["criteria"] == {"specialty": specialty}
    assert [hospital["id"] for hospital in listing["hospitals"]] == hospitals  # type: ignore[index]
    assert "120" not in texts(replies)[0]
