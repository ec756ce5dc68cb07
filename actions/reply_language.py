"""Which of the four languages to answer in.

In order: the widget's `metadata.language`; else the language the message is written in, when anything
in it tells; else the conversation's language so far; else English. What tells, strongest first:
- kana, or kanji outside the names of things: Japanese;
- the words that matched the vocabulary, the dialogue cues and the complaints, each of which belongs to
  one language ("Neurologe" is German, "peu importe" French); names of hospitals, districts and
  insurers belong to none, so "Allianz" or "Wuhou" alone never switches the conversation;
- a detector restricted to English, German and French, on what is left, surer for a short message.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any, Final

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from actions.cues import Cue
from actions.reading import MessageReading
from directory.text import has_kana, is_cjk
from directory.vocabulary.terms import TermKind
from locales import REPLY_LANGUAGES

DEFAULT_LANGUAGE: Final = "en"
_LATIN_LANGUAGES: Final = {Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr"}
# Kinds whose names are words of a language, as opposed to proper names.
_WORD_KINDS: Final = frozenset({TermKind.SPECIALTY, TermKind.LANGUAGE})
# How sure the detector must be: less to start a conversation, more to leave its language, most on a
# message of one or two words ("ok", "super").
_CONFIDENCE_TO_START: Final = 0.45
_CONFIDENCE_TO_SWITCH: Final = 0.6
_CONFIDENCE_FOR_A_WORD_OR_TWO: Final = 0.85


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


# Small talk is borrowed across languages ("ok thanks", "merci", "ciao"): it starts a conversation in
# its language but does not move one that has a language already.
_SMALL_TALK: Final = frozenset({Cue.GREETING, Cue.THANKS, Cue.GOODBYE})


def _word_votes(reading: MessageReading, current: str | None) -> Counter[str]:
    votes: Counter[str] = Counter()
    names = [(m.start, m.end) for m in reading.mentions if m.kind not in _WORD_KINDS]
    for mention in reading.mentions:
        if mention.kind in _WORD_KINDS and mention.language in REPLY_LANGUAGES:
            votes[mention.language] += 1
    for hit in reading.cues:
        if hit.cue is Cue.FILLER or (current is not None and hit.cue in _SMALL_TALK):
            continue
        if any(start < hit.end and hit.start < end for start, end in names):
            continue  # a word of a name ("Zone" of "High-tech Zone") says nothing about the language
        if hit.language in REPLY_LANGUAGES:
            votes[hit.language] += 1
    mentioned = [(m.start, m.end) for m in reading.mentions]
    for complaint in reading.complaints:
        if any(start < complaint.end and complaint.start < end for start, end in mentioned):
            continue  # the words are a name of the vocabulary too, which has said what it tells
        if complaint.language in REPLY_LANGUAGES:
            votes[complaint.language] += 1
    return votes


def _without_names(reading: MessageReading) -> str:
    """The message without the names of things (hospitals, districts, insurers)."""
    kept, position = [], 0
    for mention in reading.mentions:
        if mention.kind in _WORD_KINDS or mention.start < position:
            continue
        kept.append(reading.text[position : mention.start])
        position = mention.end
    kept.append(reading.text[position:])
    return " ".join(kept)


def written_language(reading: MessageReading, current: str | None) -> str | None:
    """The language the message is written in, or None when nothing in it tells."""
    if has_kana(reading.text):
        return "ja"
    prose = _without_names(reading)
    if any(map(is_cjk, prose)):
        # Kanji without kana: of the four languages only Japanese writes that way.
        return "ja"
    ranked = _word_votes(reading, current).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    words = [word for word in reading.content_outside().split() if any(char.isalpha() for char in word)]
    if not words:
        return None
    best = _detector().compute_language_confidence_values(" ".join(words))[0]
    if current is None:
        needed = _CONFIDENCE_TO_START
    elif len(words) <= 2:
        needed = _CONFIDENCE_FOR_A_WORD_OR_TWO
    else:
        needed = _CONFIDENCE_TO_SWITCH
    return _LATIN_LANGUAGES[best.language] if best.value >= needed else None


def reply_language(reading: MessageReading, metadata: dict[str, Any] | None, current: str | None) -> str:
    return requested_language(metadata) or written_language(reading, current) or current or DEFAULT_LANGUAGE
