"""Switching the reply language when the message asks it ("answer in German", "auf Deutsch bitte").

A language name is a language of service ("a cardiologist who speaks German", "しょうにか フランス語")
unless the message explicitly asks how the assistant should answer: words addressed to it ("answer in",
"antworten Sie auf", "で話して"), or one of the four reply languages alone with nothing but politeness
around it (while a search is under way, named in its own words and not the language already in use). A
language the assistant cannot write in is a switch only when asked in so many words: "Korean, please" in
a search wants Korean-speaking staff.
"""

from __future__ import annotations

from actions.cues import Cue
from actions.reading import MessageReading
from actions.turn import Turn
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
    only_the_language = len(languages) == 1 and not reading.content_outside(
        Cue.FILLER, Cue.THANKS, Cue.GREETING
    )
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
