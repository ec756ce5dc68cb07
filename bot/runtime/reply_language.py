"""The reply language as Rasa itself can tell it, for the answers it gives without the action server.

The action server decides the reply language of ordinary answers (actions/reply_language.py) and keeps
it in the `reply_language` slot. Rasa needs its own, smaller rule for the moments the action server
cannot help: an emergency in the first message, a failed action, a message too long to read. In order:
the widget's `metadata.language`; the conversation's language (the slot); the language the message is
written in (kana or kanji: Japanese; else English, German or French by a detector restricted to those
three); English.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from runtime.catalogs import REPLY_LANGUAGES

DEFAULT_LANGUAGE = "en"
_LATIN = {Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr"}
_JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
# Enough of a long message to tell its language; the detector's cost grows with the text.
_SAMPLE = 400


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LATIN).build()


def requested_language(metadata: Any) -> str | None:
    language = metadata.get("language") if isinstance(metadata, dict) else None
    if isinstance(language, str) and language.lower()[:2] in REPLY_LANGUAGES:
        return language.lower()[:2]
    return None


def written_language(text: str) -> str | None:
    sample = text[:_SAMPLE]
    if _JAPANESE_SCRIPT.search(sample):
        return "ja"
    if not any(character.isalpha() for character in sample):
        return None
    detected = _detector().detect_language_of(sample)
    return _LATIN.get(detected) if detected else None


def reply_language(metadata: Any, conversation_language: Any, text: str) -> str:
    if isinstance(conversation_language, str) and conversation_language in REPLY_LANGUAGES:
        conversation = conversation_language
    else:
        conversation = None
    return requested_language(metadata) or conversation or written_language(text) or DEFAULT_LANGUAGE
