"""Short conversations in each language: what each turn must find, in which reply language.

Each scenario is a list of turns: (message, widget language or None, the criteria of the hospital
list, or None for an emergency answer; the hospital ids listed, or None not to check them; the
reply language).
"""

from __future__ import annotations

from typing import Any

import pytest

from locales import gettext
from tests.bot.conftest import Assistant, found_prefix, hospital_lists, texts

pytestmark = pytest.mark.rasa

Turn = tuple[str, str | None, dict[str, Any] | None, list[str] | None, str]
EMERGENCY = (
    "If this is an emergency, call {number} now for an ambulance (free, 24 hours a day). "
    "Say the address slowly, or hand the phone to someone who speaks Chinese."
)

SCENARIOS: dict[str, list[Turn]] = {
    "en: dentist, then German speakers, then their address": [
        ("I'm looking for a dentist", None, {"specialty": "dentistry"}, ["maple-leaf-clinic"], "en"),
        (
            "which of them speak German?",
            None,
            {"specialty": "dentistry", "languages": ["de"]},
            ["maple-leaf-clinic"],
            "en",
        ),
    ],
    "en: direct billing, then in East Lake": [
        (
            "Which hospitals offer direct billing?",
            None,
            {"direct_billing": True},
            ["golden-river-hospital", "maple-leaf-clinic"],
            "en",
        ),
    ],
    "ja: pediatrics with Cigna": [
        (
            "シグナが使える小児科はありますか",
            None,
            {"specialty": "pediatrics", "insurer": "cigna"},
            ["golden-river-hospital"],
            "ja",
        ),
    ],
    "ja: heart doctor then only 24h emergency": [
        ("心臓内科を探しています", None, {"specialty": "cardiology"}, None, "ja"),
        (
            "その中で24時間救急があるのは？",
            None,
            {"specialty": "cardiology", "emergency_24h": True},
            ["golden-river-hospital", "lotus-heart-center"],
            "ja",
        ),
    ],
    "de: cardiology in Jinjiang, then switch district": [
        (
            "Gibt es einen Kardiologen in Jinjiang?",
            None,
            {"specialty": "cardiology", "district": "jinjiang"},
            ["golden-river-hospital"],
            "de",
        ),
        (
            "und in Wuhou?",
            None,
            {"specialty": "cardiology", "district": "wuhou"},
            ["maple-leaf-clinic"],
            "de",
        ),
    ],
    "de: emergency in the middle of a search": [
        ("Ich brauche einen Zahnarzt", None, {"specialty": "dentistry"}, None, "de"),
        ("Hilfe, mein Mann ist bewusstlos und atmet nicht!", None, None, None, "de"),
    ],
    "fr: English-speaking hospital with Allianz": [
        (
            "je cherche un hôpital qui parle anglais et accepte Allianz",
            None,
            {"languages": ["en"], "insurer": "allianz-care"},
            ["maple-leaf-clinic"],
            "fr",
        ),
    ],
    "fr: widget says Japanese, the user writes French": [
        (
            "un cardiologue qui parle français",
            "ja",
            {"specialty": "cardiology", "languages": ["fr"]},
            ["lotus-heart-center"],
            "ja",
        ),
    ],
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario(assistant: Assistant, name: str) -> None:
    chat = assistant.conversation()
    for message, widget_language, criteria, hospital_ids, language in SCENARIOS[name]:
        replies = chat.say(message, language=widget_language)
        [listing] = hospital_lists(replies)
        first = texts(replies)[0]
        if criteria is None:  # an emergency: 120 first, in the reply language
            assert first.startswith(gettext(language, EMERGENCY)[:12]), f"{message!r}: {first!r}"
            continue
        assert listing["criteria"] == criteria, message
        assert first.startswith(found_prefix(language, listing["total"])), f"{message!r}: {first!r}"
        if hospital_ids is not None:
            assert sorted(h["id"] for h in listing["hospitals"]) == sorted(hospital_ids), message
