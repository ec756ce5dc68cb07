"""Switching the reply language when the message asks it ("answer in German", "auf Deutsch bitte").

A language name is a language of service ("a cardiologist who speaks German", "しょうにか フランス語")
unless the message explicitly asks how the assistant should answer: words addressed to it ("answer in",
"antworten Sie auf", "で話して"); one of the four reply languages said as the way to talk in a clause of its
own ("auf Französisch bitte", "フランス語でお願い"); or one of them alone with nothing but politeness
around it (while a search is under way, named in its own words and not the language already in use). A
language the assistant cannot write in is a switch only when asked in so many words: "Korean, please" in
a search wants Korean-speaking staff.
"""

from __future__ import annotations

import re
from typing import Final

from actions.cues import Cue, CueHit
from actions.reading import MessageReading
from actions.turn import Turn
from directory.resolver import Mention
from directory.vocabulary.languages import names_speakers
from directory.vocabulary.terms import Term, TermKind
from locales import REPLY_LANGUAGES


def asked_reply_language(reading: MessageReading, *, current: str | None, searching: bool) -> Term | None:
    """The language the message asks the assistant to answer in, or None when it asks no such thing.

    `current` is the reply language so far; `searching` says a search is under way, which a language
    named alone narrows rather than switches, unless it is named in its own words and is not the
    language already in use ("Deutsch bitte" switches; "どいつご ok?" and "English please" in an English
    conversation ask for staff who speak it).
    """
    languages = reading.all(TermKind.LANGUAGE)
    if not languages:
        return None
    writable = [term for term in languages if term.id in REPLY_LANGUAGES]
    if reading.has(Cue.ANSWER_IN):
        return (writable or languages)[0]
    asked_first = _asked_in_a_clause_of_its_own(reading, current)
    if asked_first is not None:
        return asked_first
    only_the_language = len(languages) == 1 and not reading.content_outside(*_POLITENESS_OR_PREFERENCE)
    named = languages[0]
    if not (only_the_language and len(reading.terms) == 1 and named.id in REPLY_LANGUAGES):
        return None
    mention = next((m for m in reading.mentions if m.terms == (named,)), None)
    if mention is not None and names_speakers(mention.typed):
        return None  # "English-speaking, please": staff who speak it
    in_its_own_words = mention is not None and mention.language == named.id
    if searching and (not in_its_own_words or named.id == current):
        return None
    return named


# What ends a sentence or a request within a message: "answer in German? Deutsch bitte".
_SENTENCE_BREAK: Final = re.compile(r"[.!?:;。！？：；]")
# What ends a clause: a sentence break or a comma ("en allemand svp, c'est pour mon voisin").
_CLAUSE_BREAK: Final = re.compile(r"[.!?:;,。！？：；、，]")
_POLITENESS: Final = frozenset({Cue.FILLER, Cue.THANKS, Cue.GREETING})
# "Doch lieber Französisch, bitte": a preference for the language alone is said as politely.
_POLITENESS_OR_PREFERENCE: Final = _POLITENESS | {Cue.REPLACE}


def _asked_in_a_clause_of_its_own(reading: MessageReading, current: str | None) -> Term | None:
    """A reply language said as the way to talk, alone with politeness in a clause of its own ("auf
    Französisch bitte", "en allemand svp, c'est pour mon voisin", "フランス語でお願い：…"), asks how
    to answer, whatever else the message says, when that clause comes first or the rest names nothing.
    "Zahnarzt in Jinniu, bitte auf Englisch" stays a wish for staff: the language follows a search.
    The language already in use is never asked for this way ("in English please" in English is staff)."""
    start = 0
    breaks = [match.start() for match in _CLAUSE_BREAK.finditer(reading.text)] + [len(reading.text)]
    for clause, end in enumerate(breaks):
        inside = [m for m in reading.mentions if start <= m.start < end]
        clause_start, start = start, end + 1
        if len(inside) != 1 or len(inside[0].terms) != 1:
            continue
        mention, (language,) = inside[0], inside[0].terms
        if language.kind is not TermKind.LANGUAGE or language.id not in REPLY_LANGUAGES:
            continue
        if language.id == current or names_speakers(mention.typed):
            continue
        cues = [hit for hit in reading.cues if clause_start <= hit.start < end]
        if not (_how_to_talk(mention, cues, reading.text) or _japanese_way_of_talking(mention, cues)):
            continue
        if reading.content_outside(*_POLITENESS, within=(clause_start, end)):
            continue
        rest_names_terms = any(not clause_start <= m.start < end for m in reading.mentions)
        if clause == 0 or not rest_names_terms:
            return language
    return None


def _japanese_way_of_talking(mention: Mention, cues: list[CueHit]) -> bool:
    """「英語で」: a language followed by で, the Japanese "in"."""
    return any(
        hit.cue is Cue.FILLER
        and hit.language == "ja"
        and (hit.start, hit.end) == (mention.end, mention.end + 1)
        for hit in cues
    )


def named_for_the_staff(reading: MessageReading, language: Term) -> bool:
    """Whether the language asked for as the reply language is also named as a wish for staff who
    speak it, in a sentence of its own that neither asks how to answer nor is the language alone with
    politeness: "auf Deutsch weiter: welche haben deutschsprachiges Personal?" is both; "can you
    answer in French? en français svp" asks twice for the reply language."""
    start = 0
    for end in [match.start() for match in _SENTENCE_BREAK.finditer(reading.text)] + [len(reading.text)]:
        inside = [m for m in reading.mentions if start <= m.start < end]
        cues = [hit for hit in reading.cues if start <= hit.start < end]
        named = [m for m in inside if language in m.terms and not _how_to_talk(m, cues, reading.text)]
        if (
            named
            and not any(h.cue is Cue.ANSWER_IN for h in cues)
            and reading.content_outside(*_POLITENESS_OR_PREFERENCE, within=(start, end))
        ):
            return True
        start = end + 1
    return False


def _how_to_talk(mention: Mention, cues: list[CueHit], text: str) -> bool:
    """A language right after "in", "auf" or "en" is a way of talking ("I'm more at ease in French"),
    where a wish for staff says who speaks it. (Japanese "日本語で" is both: "日本語で対応できる病院".)"""
    return any(
        hit.cue is Cue.FILLER
        and hit.language != "ja"
        and hit.end <= mention.start
        and not text[hit.end : mention.start].strip()
        for hit in cues
    )


def switch_language(turn: Turn) -> None:
    asked = turn.switch_to
    if asked is not None and asked.id not in REPLY_LANGUAGES:
        turn.say(
            turn._(
                "Sorry, I can only write in English, Japanese, German and French. "
                "The hotline can help in other languages."
            )
        )
    else:
        turn.say(turn._("Sure, I will answer in English from now on. How can I help?"))
