"""Which of the four languages to answer in.

In order: the widget's `metadata.language`; else the language the message is written in, when the
message says enough to tell; else the conversation's language so far; else English. Names of things
(hospitals, insurers, districts, specialties) are removed before guessing, so "Allianz" or "Wuhou"
alone never switches the conversation to German or Chinese.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Final

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from directory.resolver import Mention
from directory.text import has_kana, is_cjk
from locales import REPLY_LANGUAGES

DEFAULT_LANGUAGE: Final = "en"
_LATIN_LANGUAGES: Final = {Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr"}
# A message of fewer words than this ("ok", "Allianz?") keeps the conversation's language.
_WORDS_TO_SWITCH: Final = 3
_CONFIDENCE_TO_SWITCH: Final = 0.6
_CONFIDENCE_TO_START: Final = 0.45


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LATIN_LANGUAGES).with_preloaded_language_models().build()


def warm_up_language_detector() -> None:
    _detector()


def requested_language(metadata: dict[str, Any] | None) -> str | None:
    """The widget's language setting, when it is one of the four."""
    language = (metadata or {}).get("language")
    if isinstance(language, str) and language.lower()[:2] in REPLY_LANGUAGES:
        return language.lower()[:2]
    return None


def _without_names(text: str, mentions: Sequence[Mention]) -> str:
    kept, position = [], 0
    for mention in mentions:
        kept.append(text[position : mention.start])
        position = mention.end
    kept.append(text[position:])
    return " ".join(kept)


def written_language(text: str, mentions: Sequence[Mention], current: str | None) -> str | None:
    """The language `text` is written in, or None when it does not say enough to tell."""
    if has_kana(text):
        return "ja"
    prose = _without_names(text, mentions)
    if any(map(is_cjk, prose)):
        # Kanji without kana: of the four languages only Japanese writes that way.
        return "ja"
    words = [word for word in prose.split() if any(char.isalpha() for char in word)]
    if not words:
        return None
    confidences = _detector().compute_language_confidence_values(" ".join(words))
    best = confidences[0]
    needed = _CONFIDENCE_TO_START if current is None else _CONFIDENCE_TO_SWITCH
    if current is not None and len(words) < _WORDS_TO_SWITCH:
        return None
    if best.value >= needed:
        return _LATIN_LANGUAGES[best.language]
    return None


def reply_language(
    text: str, metadata: dict[str, Any] | None, current: str | None, mentions: Sequence[Mention]
) -> str:
    return (
        requested_language(metadata)
        or written_language(text, mentions, current)
        or current
        or DEFAULT_LANGUAGE
    )
