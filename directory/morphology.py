"""The forms words take: Snowball stems (en, de, fr), German compounds, Japanese readings, typo budgets.

The matcher compares what a person types with the vocabulary through these forms, so that
"orthopädische", "dermatologique" and "Kinderarztpraxis" find their department, a department written
in kana finds its kanji name, and a small typo in a long word is forgiven. Every function takes text
already folded by `directory.text.fold` (lower case, no accents, full-width kana).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

import fugashi
import Stemmer

#: The locales whose words Snowball stems; Japanese is read by MeCab instead, Chinese is matched as written.
STEMMED_LANGUAGES: Final = ("en", "de", "fr")
_SNOWBALL_NAMES: Final = {"en": "english", "de": "german", "fr": "french"}
# A stem shorter than this is an ordinary word too often ("kin" of "kiné", "car" of "care").
SHORTEST_STEM: Final = 4

# The second part of a German compound that names a department by what it is for: its doctor, its
# clinic, its problem ("Kinderarztpraxis", "Hautproblem", "Augenklinik", "Zahnschmerzen"). Folded.
GERMAN_COMPOUND_HEADS: Final = (
    "arzt",
    "arztin",
    "arzte",
    "arztinnen",
    "facharzt",
    "facharztin",
    "facharzte",
    "facharztinnen",
    "arztpraxis",
    "praxis",
    "klinik",
    "klinikum",
    "krankenhaus",
    "abteilung",
    "station",
    "ambulanz",
    "sprechstunde",
    "zentrum",
    "heilkunde",
    "medizin",
    "spezialist",
    "spezialistin",
    "termin",
    "untersuchung",
    "behandlung",
    "problem",
    "probleme",
    "beschwerden",
    "schmerz",
    "schmerzen",
    "erkrankung",
    "krankheit",
)
# Heads that say only "a doctor/clinic of": the part before them names the department on its own
# ("haut" of "Hautarzt"). Surgery is left out: "Herzchirurg" and "Herzarzt" are two departments.
_DEPARTMENT_HEADS: Final = (
    "arzt",
    "arztin",
    "arzte",
    "arztinnen",
    # "Augenfachärztin": a specialist ("Facharzt") of the part before, as "Augenärztin" is.
    "facharzt",
    "facharztin",
    "facharzte",
    "facharztinnen",
    "klinik",
    "heilkunde",
    "medizin",
    "spezialist",
    "abteilung",
    "ambulanz",
    "zentrum",
)
SHORTEST_COMPOUND_PART: Final = 3
_LINKING_LETTERS: Final = ("s", "n")

# Words that name a department by a generic head and what it is for: "skin doctor" and "skin problem",
# "médecin du cœur" and "problème de cœur". The "what it is for" words come from the vocabulary's own
# aliases (see `phrase_modifier`); these are the heads, folded, by locale.
PHRASE_HEADS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        (
            "doctor",
            "doctors",
            "doc",
            "docs",
            "specialist",
            "specialists",
            "clinic",
            "clinics",
            "hospital",
            "hospitals",
            "department",
            "center",
            "centre",
            "problem",
            "problems",
            "issue",
            "issues",
            "trouble",
        )
    ),
    "fr": frozenset(
        (
            "medecin",
            "medecins",
            "docteur",
            "specialiste",
            "clinique",
            "hopital",
            "service",
            "centre",
            "cabinet",
            "probleme",
            "problemes",
            "souci",
            "soucis",
            "maladie",
            "maladies",
        )
    ),
}
# French joins the head to what it is for with these ("problème de peau", "hôpital pour les enfants").
FRENCH_LINKS: Final = frozenset(("de", "du", "des", "d", "pour", "la", "le", "les", "l"))
_ENGLISH_POSSESSIVE: Final = "s"


def phrase_modifier(words: tuple[str, ...], locale: str) -> str | None:
    """The word a head-phrase names its department by: "skin" of "skin doctor", "coeur" of "médecin du
    coeur", "children" of "children's hospital"; None when `words` are not such a phrase."""
    if locale == "en" and len(words) in (2, 3) and words[-1] in PHRASE_HEADS["en"]:
        if len(words) == 2:
            return words[0]
        return words[0] if words[1] == _ENGLISH_POSSESSIVE else None
    if locale == "fr" and len(words) >= 2 and words[0] in PHRASE_HEADS["fr"]:
        links, modifier = words[1:-1], words[-1]
        if all(link in FRENCH_LINKS for link in links) and modifier not in FRENCH_LINKS:
            return modifier
    return None


def department_before_head(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of a department's own name of two words or more, inside a phrase that heads it with a
    generic word: "cardiac surgery" of "cardiac surgery department", "chirurgie cardiaque" of "service de
    chirurgie cardiaque"; None when `words` are no such phrase."""
    if len(words) >= 3 and words[-1] in PHRASE_HEADS["en"]:
        return words[:-1]
    if len(words) >= 3 and words[0] in PHRASE_HEADS["fr"]:
        rest = words[1:]
        while rest and rest[0] in FRENCH_LINKS:
            rest = rest[1:]
        if len(rest) >= 2:
            return rest
    return None


# Japanese parts of speech after which a kana stretch cannot start a new noun: "痛くないか" holds the
# reading of 内科 but continues an adjective.
_CONTINUED_BY_KANA: Final = frozenset(("動詞", "形容詞", "助動詞", "形状詞", "接頭辞"))
SHORTEST_READING: Final = 3


def typo_budget(length: int) -> int:
    """How many edits (a swap of two letters counts one) a word of `length` letters may be off."""
    if length >= 9:
        return 2
    if length >= 5:
        return 1
    return 0


# ----- Snowball -----

_stemmer_lock = threading.Lock()


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    # PyStemmer: the Snowball algorithms compiled; the pure-Python port is forty times slower.
    return Stemmer.Stemmer(_SNOWBALL_NAMES[language])


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The Snowball stem of one folded word in `language` (en, de or fr)."""
    # Snowball stemmers keep state between calls; the action server and web app call from threads.
    with _stemmer_lock:
        return str(_stemmer(language).stemWord(word))


def stem_words(words: tuple[str, ...], language: str) -> str:
    """The stems of several words, joined as a matching key is ("medecin generalist")."""
    return " ".join(stem(word, language) for word in words)


# ----- German compounds -----


def compound_splits(word: str) -> Iterator[tuple[str, str]]:
    """(first part, head) for each way `word` ends in a department head, longest head first.

    A linking "s" or "n" ("Frauen-s-", "Kinder-n-") is offered both kept and dropped.
    """
    for head in sorted(GERMAN_COMPOUND_HEADS, key=len, reverse=True):
        if not word.endswith(head):
            continue
        first = word[: -len(head)].rstrip("-")
        if len(first) < SHORTEST_COMPOUND_PART:
            continue
        yield first, head
        for letter in _LINKING_LETTERS:
            if first.endswith(letter) and len(first) - 1 >= SHORTEST_COMPOUND_PART:
                yield first[:-1], head


def department_modifier(word: str) -> str | None:
    """The part of a German department word before its head: "haut" of "hautarzt", else None."""
    for head in sorted(_DEPARTMENT_HEADS, key=len, reverse=True):
        first = word.removesuffix(head).rstrip("-")
        if first != word and len(first) >= SHORTEST_COMPOUND_PART and " " not in first:
            return first
    return None


# ----- Japanese -----


@dataclass(frozen=True, slots=True)
class JapaneseWord:
    """One word of Japanese text as MeCab reads it; `start`/`end` index the analysed string."""

    start: int
    end: int
    surface: str
    reading: str | None
    #: The dictionary form as MeCab writes it ("話す" of "話せる", "皮膚" of "ひふ"), else the surface.
    lemma: str
    part_of_speech: str

    @property
    def continues_into_kana(self) -> bool:
        return self.part_of_speech in _CONTINUED_BY_KANA


_tagger_lock = threading.Lock()


@cache
def _tagger() -> fugashi.Tagger:
    return fugashi.Tagger()


def to_katakana(text: str) -> str:
    """Hiragana as katakana: "しょうにか" and "ショウニカ" are one reading."""
    return "".join(chr(ord(char) + 0x60) if 0x3041 <= ord(char) <= 0x3096 else char for char in text)


def reading_key(reading: str) -> str:
    """A katakana reading without its long-vowel marks: loanwords and foreign names are written with
    them or without (ブパ and ブーパ, コンピュータ and コンピューター), and native words are read without
    them (ショウニカ), so the mark tells nothing apart."""
    return reading.replace("ー", "")


def has_katakana(text: str) -> bool:
    return any(0x30A1 <= ord(char) <= 0x30FA for char in text)


def _is_kana(text: str) -> bool:
    return all(0x3041 <= ord(char) <= 0x30FF for char in text)


def japanese_words(text: str) -> list[JapaneseWord]:
    """The words of `text` with their katakana readings (None where MeCab knows none)."""
    with _tagger_lock:
        parsed = [
            (word.white_space, word.surface, word.feature.kana, word.feature.lemma, word.feature.pos1)
            for word in _tagger()(text)
        ]
    words, position = [], 0
    for white_space, surface, kana, lemma, part_of_speech in parsed:
        position += len(white_space)
        # A kana word reads as it is written; MeCab's reading only helps where kanji stand.
        reading = to_katakana(surface) if _is_kana(surface) else kana
        # UniDic writes a loanword's lemma with its origin ("シグナ-signa"): the part before is the word.
        dictionary_form = lemma.split("-", 1)[0] if lemma else surface
        words.append(
            JapaneseWord(
                position, position + len(surface), surface, reading, dictionary_form, part_of_speech or ""
            )
        )
        position += len(surface)
    return words


def lemma(text: str) -> str:
    """The dictionary forms of the words of `text`, joined ("日本語が話せる" -> "日本語が話す")."""
    return "".join(word.lemma for word in japanese_words(text))


# How many of MeCab's best parses are looked through for another reading of the same words.
_READINGS_LOOKED_AT: Final = 4


def readings(text: str) -> list[str]:
    """Every katakana reading of `text` MeCab gives the same words, best first: 日本語 is read
    ニッポンゴ and ニホンゴ, and people write it in kana either way. Empty when a word has none."""
    with _tagger_lock:
        parses = [
            [((node.surface, node.feature.lemma, node.pos), node.feature.kana) for node in nodes]
            for nodes in _tagger().nbestToNodeList(text, _READINGS_LOOKED_AT)
        ]
    best_words = [word for word, _ in parses[0]] if parses else []
    found: list[str] = []
    for parse in parses:
        if [word for word, _ in parse] != best_words:
            continue  # other words (日 + 本 + 語, 科 as a noun read トガ), not another reading of these
        parts = [to_katakana(word[0]) if _is_kana(word[0]) else kana for word, kana in parse]
        if None in parts:
            continue
        joined = "".join(part or "" for part in parts)
        if joined not in found:
            found.append(joined)
    return found
