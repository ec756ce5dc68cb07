"""What a message does, read from the dialogue cues of actions/lexicons/ (one file per language).

Cues are matched as whole words or morphemes by the same matcher as the symptom lexicons
(directory/vocabulary/red_flags.py), never as substrings: "change my appointment" holds no language
switch, "the second-best" no list position. Each hit carries the language of its words, which is
evidence of the language the message is written in.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import OSA

from directory.everyday_words import is_everyday_word
from directory.morphology import typo_budget
from directory.vocabulary.red_flags import (
    LEXICON_LANGUAGES,
    Lexicon,
    MessageTokens,
    Token,
    fold_word,
    lexicon_entry,
    read_lexicon_file,
)

LEXICONS: Final = Path(__file__).resolve().parent / "lexicons"


class Cue(StrEnum):
    ANSWER_IN = "answer_in"
    FILLER = "filler"
    FOLLOW_UP = "follow_up"
    REPLACE = "replace"
    REMOVE = "remove"
    NOT_THIS = "not_this"
    REPORTED = "reported"
    KIND_INSURER = "kind_insurer"
    KIND_DISTRICT = "kind_district"
    KIND_LANGUAGE = "kind_language"
    KIND_SPECIALTY = "kind_specialty"
    WANTS_24H = "wants_24h"
    AT_NIGHT = "at_night"
    WANTS_DIRECT_BILLING = "wants_direct_billing"
    BILLING_QUESTION = "billing_question"
    MEDICATION = "medication"
    NEW_SEARCH = "new_search"
    NEW_TOPIC = "new_topic"
    ANOTHER_PERSON = "another_person"
    ACQUAINTANCE = "acquaintance"
    NATIONALITY = "nationality"
    SPEAKS = "speaks"
    FAMILY_HISTORY = "family_history"
    RESUME = "resume"
    LISTED = "listed"
    HUMAN = "human"
    AMBULANCE = "ambulance"
    DETAIL_PHONE = "detail_phone"
    DETAIL_ADDRESS = "detail_address"
    DETAIL_WEBSITE = "detail_website"
    DETAIL_HOURS = "detail_hours"
    POSITION_1 = "position_1"
    POSITION_2 = "position_2"
    POSITION_3 = "position_3"
    POSITION_4 = "position_4"
    POSITION_5 = "position_5"
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"


#: The criterion a `kind_*` cue names, in the search criteria's own names.
KIND_CRITERIA: Final = {
    Cue.KIND_INSURER: ("insurer", "direct_billing"),
    Cue.KIND_DISTRICT: ("district", "excluded_districts"),
    Cue.KIND_LANGUAGE: ("languages",),
    Cue.KIND_SPECIALTY: ("specialty",),
    # The wishes name their criterion too: "it needn't be open at night", "no direct billing needed".
    Cue.WANTS_24H: ("emergency_24h",),
    Cue.AT_NIGHT: ("emergency_24h",),
    Cue.WANTS_DIRECT_BILLING: ("direct_billing", "insurer"),
}
DETAILS: Final = {
    Cue.DETAIL_PHONE: "phone",
    Cue.DETAIL_ADDRESS: "address",
    Cue.DETAIL_WEBSITE: "website",
    Cue.DETAIL_HOURS: "hours",
}
POSITIONS: Final = {
    Cue.POSITION_1: 1,
    Cue.POSITION_2: 2,
    Cue.POSITION_3: 3,
    Cue.POSITION_4: 4,
    Cue.POSITION_5: 5,
}


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: Cue
    #: The language of the cue's words; None when the same words are a cue in several languages
    #: ("in", "taxi", "adresse"), which then say nothing about the message's language.
    language: str | None
    start: int
    end: int


@cache
def cue_lexicons() -> dict[tuple[str, Cue], Lexicon]:
    """One lexicon per language and cue: words two languages share can be told apart, and one cue
    never hides another ("nachts muss es nicht offen sein" is a wish and a removal at once)."""
    lexicons = {}
    for language in LEXICON_LANGUAGES:
        path = LEXICONS / f"{language}.yml"
        for name, record in (read_lexicon_file(path).get("cues") or {}).items():
            # A cue the code does not know is a typo in the lexicon: Cue() fails at start-up.
            lexicons[(language, Cue(name))] = Lexicon([lexicon_entry(name, language, record, str(path))])
    return lexicons


# A cue's word typed with a slip ("anotehr question", "Telefonnumer") is read as that word, when the
# slip is no word of its own: from this frequency in English, German or French on, a word is itself.
_EVERYDAY_SLIP_ZIPF: Final = 2.0
# Shorter words are too close to too many others ("when", "wenn", "quand") for a slip to be told.
_SHORTEST_MENDED_WORD: Final = 5


@cache
def _cue_words() -> tuple[str, ...]:
    """The plain words of five letters and more in the cue phrases of the Latin-script languages."""
    words: set[str] = set()
    for language in LEXICON_LANGUAGES:
        cues = read_lexicon_file(LEXICONS / f"{language}.yml").get("cues") or {}
        for record in cues.values():
            for phrase in record.get("phrases") or ():
                for alternatives in str(phrase).split():
                    folded = (fold_word(word) for word in alternatives.split("|"))
                    words.update(word for word in folded if _may_be_mended_into(word))
    return tuple(sorted(words))


def _may_be_mended_into(word: str) -> bool:
    return word.isalpha() and word.isascii() and len(word) >= _SHORTEST_MENDED_WORD


def mend_cue_slips(tokens: Sequence[Token], names: Collection[tuple[int, int]]) -> MessageTokens:
    """`tokens` with each word that is a slip of a cue word read as the nearest such word; words inside
    `names` (spans of the vocabulary's mentions) are names and stay as typed."""
    return MessageTokens(
        token if any(start <= token.start < end for start, end in names) else _mended(token)
        for token in tokens
    )


def _mended(token: Token) -> Token:
    word = token.text
    # A word typed with its accents ("opérateur") is spelled with care, not slipped.
    if token.lemma is not None or token.accented or len(word) < _SHORTEST_MENDED_WORD or not word.isalpha():
        return token
    words = _cue_words()
    if word in words or is_everyday_word(word, _EVERYDAY_SLIP_ZIPF):
        return token
    budget = typo_budget(len(word))
    close = process.extract(word, words, scorer=OSA.distance, score_cutoff=budget, limit=2)
    # The nearest cue word, beginning with the same letter: a slip seldom hits the first one. Two as
    # near are most often one word in two languages ("adress": "address", "adresse").
    nearest = [match for match, distance, _ in close if distance == close[0][1] and match[0] == word[0]]
    return replace(token, text=nearest[0]) if nearest else token


def find_cues(tokens: Sequence[Token]) -> list[CueHit]:
    """Every cue in the message, in order; a cue found in several languages' words is found once."""
    languages_of: dict[tuple[Cue, int, int], set[str]] = {}
    for (language, cue), lexicon in cue_lexicons().items():
        for hit in lexicon.hits(tokens):
            languages_of.setdefault((cue, hit.start, hit.end), set()).add(language)
    spans: dict[tuple[int, int], set[str]] = {}
    for (_cue, start, end), languages in languages_of.items():
        spans.setdefault((start, end), set()).update(languages)

    def language_of_span(start: int, end: int) -> str | None:
        return next(iter(spans[(start, end)])) if len(spans[(start, end)]) == 1 else None

    return sorted(
        (CueHit(cue, language_of_span(start, end), start, end) for (cue, start, end) in languages_of),
        key=lambda hit: (hit.start, hit.end),
    )
