"""From what a person types to vocabulary codes.

One index serves two questions: `resolve` (an API or CLI filter value: one thing, exactly or with a
small typo) and `scan` (a chat message: every term mentioned anywhere in it). Both compare folded text
(see `directory.text.fold`), so case, width and accents never matter, and both look through the forms
of `directory.morphology`: Snowball stems, German compounds, Japanese readings, small typos, and foreign
names written in katakana by their sound (`directory.transliteration`).

Nothing is guessed silently: a value that fits several terms equally well is ambiguous, one that fits
none is unknown, and both come back with the candidates so the caller can say what is accepted. Where
several terms fit, an exact spelling beats a changed one, and an insurer or district that hospitals
use beats one that none uses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache
from itertools import pairwise
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from directory import morphology
from directory.everyday_words import is_everyday_word
from directory.hospital_names import hospital_brands, hospital_short_forms
from directory.romaji import word_to_hiragana
from directory.text import NON_CJK_RUN, fold, fold_chars, has_cjk, has_kana, is_cjk
from directory.transliteration import KATAKANA_WORD, SHORTEST_SKELETON, katakana_skeleton, latin_skeleton
from directory.vocabulary.cues import CUES
from directory.vocabulary.terms import Term, TermKind

_MAX_WORDS_IN_SPELLING: Final = 8
_MAX_CJK_SPELLING: Final = 24
_MAX_JAPANESE_WORDS: Final = 8
# Short Latin spellings ("Lao", "AXA", "ENT") are ordinary words too often; in free text they count
# only when written with the capitals of the vocabulary.
_SHORTEST_CASELESS: Final = 4
# A district name this long or longer may be typed in syllables ("Wu Hou", "Jin Jiang").
_SHORTEST_SYLLABLE_NAME: Final = 5
# Typos are forgiven only in words this long: in a chat message every short word is a candidate for a
# false match, and a wrong filter is worse than a missed one (see `_may_be_a_typo`).
_SHORTEST_FUZZY: Final = 5
# Spellings of this many words may be typed with a slip in more than one of their words.
_FUZZY_RUN_LENGTHS: Final = (3, 4)
# Proper names a typo leaves equally near two of ("Jinjang"), which the chat asks about with buttons.
_ASKED_WHEN_EQUALLY_NEAR: Final = frozenset({TermKind.DISTRICT, TermKind.INSURER})
_MOST_TO_ASK_ABOUT: Final = 3
# Below this length a typo in the first letter, or one letter changed, is not forgiven.
_FIRST_LETTER_KEPT_BELOW: Final = 7
_WORD: Final = re.compile(r"[^\W_]+|[&+]")
#: The locales a matched spelling can tell as the language a message is written in.
TELLING_LANGUAGES: Final = frozenset(("en", "ja", "de", "fr"))
# Names of these kinds are proper names: "Allianz" or "Wuhou" say nothing about the writer's language.
_PROPER_NAMES: Final = frozenset((TermKind.INSURER, TermKind.DISTRICT, TermKind.HOSPITAL))
# Kinds whose words take inflections and derivations; proper names are matched as written.
_INFLECTED_KINDS: Final = frozenset((TermKind.SPECIALTY, TermKind.LANGUAGE))
# Kinds where "which one do hospitals use" decides between two terms of one name (issue 7).
_USE_DECIDES: Final = frozenset((TermKind.INSURER, TermKind.DISTRICT))
# Words of an insurer's name that do not say which insurer ("Global", "Health", "International").
_GENERIC_NAME_WORDS: Final = frozenset(
    (
        "health",
        "healthcare",
        "global",
        "international",
        "intl",
        "care",
        "insurance",
        "assurance",
        "assurances",
        "group",
        "groupe",
        "medical",
        "benefits",
        "employee",
        "worldwide",
        "partners",
        "online",
        "expat",
        "china",
        "world",
        "services",
        "assistance",
        # The word for an insurer in German and French, and what kind of cover a name says it is:
        # "Versicherung" of "Horizon Monde Versicherung" is every insurer.
        "versicherung",
        "krankenversicherung",
        "versicherer",
        "krankenkasse",
        "kasse",
        "mutuelle",
        "mutual",
        "sante",
        "travel",
        "overseas",
        "reise",
    )
)
# Parts of speech a Japanese reading match may start with: a noun, or a word MeCab does not know.
_READING_STARTS: Final = frozenset(("名詞", "代名詞", "形状詞", "記号", "補助記号", "接頭辞", "接尾辞", ""))
_FUZZY_SEEN: Final = 4096
# "hôpital pour les enfants": a head, two little words, what it is for.
_LONGEST_PHRASE: Final = 4
_KIND_ORDER: Final = {kind: position for position, kind in enumerate(TermKind)}
_HOSPITAL_ONLY: Final = frozenset((TermKind.HOSPITAL,))
_SPECIALTY_ONLY: Final = frozenset((TermKind.SPECIALTY,))
# What ends a kanji name of each kind: 区 (district), 市 (city), 県/县 (county); 科 (department). The
# last character anchors a name with one other character mistyped (金午区, 耳備科).
_CJK_NAME_ENDINGS: Final = {TermKind.DISTRICT: frozenset("区市県县"), TermKind.SPECIALTY: frozenset("科")}
_SHORTEST_CJK_SLIP: Final = 3
_SHORTEST_LONE_READING: Final = 2
# From the French "saigne" (3.4, it bleeds), "signal" (4.6) or "season" (5.5) on, a word is itself and no
# insurer typed by its sound; the literary French "signa" (3.0) or the romaji "siguna" may be Cigna.
_EVERYDAY_SOUND_ZIPF: Final = 3.2
# A language name cut short is a word of its own from this frequency: "Italia" (3.5), "Brasil" (3.2).
_EVERYDAY_CUT_NAME_ZIPF: Final = 3.0
# A district's own name alone ("Tianfu" of "Tianfu New Area") is that district up to this frequency:
# "high-tech" (3.2) is an everyday word.
_EVERYDAY_NAME_ZIPF: Final = 3.0
# A slip in a two-word spelling that is a word of its own ("heart surgeon" typed "heart sturgeon", 3.3) is
# only a guess; below this frequency ("surgry", "docter") it is a slip.
_EVERYDAY_SLIP_ZIPF: Final = 2.0
# A word of an insurer's longer name this common ("heart" 5.3, "April" 5.2) needs a word about insurance
# beside it to name the insurer alone; "Russell" (4.3) does not.
_EVERYDAY_PART_ZIPF: Final = 5.0
# What a patient types in romaji inside a sentence of another language: a department ("any jibika
# around Wuhou", "seikei geka"), a place, a language; up to three words of it.
_ROMAJI_KINDS: Final = frozenset((TermKind.SPECIALTY, TermKind.DISTRICT, TermKind.LANGUAGE))
_LONGEST_ROMAJI_RUN: Final = 3
# A word used this often in English, German or French is itself, whatever kana its letters spell.
_EVERYDAY_ROMAJI_ZIPF: Final = 2.5


def typo_budget(length: int) -> int:
    """How many edits a typed word of `length` characters may be away from a spelling."""
    return morphology.typo_budget(length)


class MatchQuality(IntEnum):
    """How closely the typed words match the spelling they were read as; higher is closer."""

    FUZZY = 1  # a small typo ("dentsit")
    PARTIAL = 2  # a distinctive word of a longer insurer name ("Russell" of "William Russell")
    READING = 3  # the same Japanese reading written otherwise (kana for kanji, a homophone's kanji)
    STEMMED = 4  # another form of the word: inflected, derived, or a German compound holding it
    EXACT = 5

    @property
    def is_close(self) -> bool:
        """Anything but a guess at a typo: an exact or close match wins over a fuzzy one of another kind."""
        return self is not MatchQuality.FUZZY


@dataclass(frozen=True, slots=True)
class Resolved:
    term: Term
    typed: str
    quality: MatchQuality

    @property
    def exact(self) -> bool:
        return self.quality is MatchQuality.EXACT


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A typed value that names no single term: `candidates` empty means unknown, else ambiguous."""

    kind: TermKind
    typed: str
    candidates: tuple[Term, ...]

    @property
    def is_ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def message(self, locale: str = "en") -> str:
        if self.is_ambiguous:
            names = ", ".join(f"{t.id} ({t.display_name(locale)})" for t in self.candidates)
            return f'"{self.typed}" could be more than one {self.kind.value}: {names}'
        return f'unknown {self.kind.value} "{self.typed}"'


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a message that names one or more terms (several when the words are ambiguous).

    `language` is the locale of the matched spelling when it tells one of en, ja, de or fr
    ("Hautarzt" is German); None for names of hospitals, districts and insurers, for codes, and for
    spellings several languages share ("Dermatologie").
    """

    kind: TermKind
    terms: tuple[Term, ...]
    start: int
    end: int
    typed: str
    quality: MatchQuality = MatchQuality.EXACT
    language: str | None = None

    @property
    def term(self) -> Term:
        return self.terms[0]


@dataclass(slots=True)
class _Hit:
    """One term that a key names, with what the index knows about the spelling behind the key."""

    term: Term
    #: The locales of the spellings with this key ("" for one of unknown locale).
    locales: set[str] = field(default_factory=set)
    all_capitals: bool = False

    @property
    def language(self) -> str | None:
        if self.term.kind in _PROPER_NAMES or len(self.locales) != 1:
            return None
        [locale] = self.locales
        return locale if locale in TELLING_LANGUAGES else None


# key -> kind -> term id -> hit
_Table = dict[str, dict[TermKind, dict[str, _Hit]]]


def _table() -> _Table:
    return defaultdict(lambda: defaultdict(dict))


def _words(folded: str) -> tuple[str, ...]:
    return tuple(match.group() for match in _WORD.finditer(folded))


def match_key(typed: str) -> str:
    """The form two spellings share when a person would call them the same name."""
    folded = fold(typed)
    if has_cjk(folded):
        return folded.replace(" ", "")
    return " ".join(_words(folded))


@dataclass(frozen=True, slots=True)
class _Token:
    folded: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: TermKind
    hits: tuple[_Hit, ...]
    start: int
    end: int
    quality: MatchQuality
    similarity: float = 1.0
    #: Counts only beside a cue of its kind: a hospital's brand alone, a short name typed in lower case.
    needs_cue: bool = False


class TermIndex:
    """Every spelling of every term, folded, stemmed and read, for single values and chat messages.

    Built once per directory revision (see `directory.live`): all the morphology of the vocabulary is
    computed here, so a message costs only the analysis of its own words.
    """

    def __init__(self, terms: Iterable[Term], in_use: Collection[tuple[TermKind, str]] = ()) -> None:
        self._terms: dict[tuple[TermKind, str], Term] = {}
        self._in_use = frozenset(in_use)
        self._exact = _table()
        self._case_sensitive: dict[str, list[_Hit]] = defaultdict(list)
        # Short names of insurers and districts ("AXA", "IMG") as typed in any case, for beside a cue.
        self._short_caseless: dict[str, list[_Hit]] = defaultdict(list)
        self._stemmed: dict[str, _Table] = {language: _table() for language in morphology.STEMMED_LANGUAGES}
        # (language, stem, term id) -> the folded spellings behind that stem, to check what was typed
        # against what the vocabulary writes (see `_stem_hits`).
        self._stemmed_from: dict[tuple[str, str, str], set[tuple[str, ...]]] = defaultdict(set)
        # Every leading run of words of a multi-word key (written or stemmed), to stop extending a
        # stretch of a message as soon as no spelling can begin with it.
        self._prefixes: set[str] = set()
        self._modifiers = _table()
        # (locale, stem of the word) -> specialties named by "<it> doctor", "médecin de <it>".
        self._phrase_modifiers = _table()
        self._readings = _table()
        self._lemmas = _table()
        self._parts = _table()
        self._single_words: dict[TermKind, _Table] = defaultdict(_table)
        # Districts by their one-word pinyin name, for the name typed in syllables ("Jin Jiang",
        # "Long Quan Yi"), and every beginning of those names, to keep joining words while one may match.
        self._syllable_names = _table()
        self._syllable_prefixes: set[str] = set()
        for term in terms:
            self._terms[(term.kind, term.id)] = term
            for spelling, locale in self._spellings_with_locales(term):
                self._add_spelling(term, spelling, locale, in_text=spelling != term.id)
        self._drop_shared_modifiers()
        self._brands = self._hospital_brands(self._terms.values())
        # Districts and departments written in kanji, by kind and length: one character mistyped
        # ("金午区", "内分沁科"), which an IME gives for a homophone or a character of the same shape.
        self._cjk_names: dict[tuple[TermKind, int], list[tuple[str, _Hit]]] = defaultdict(list)
        for key, kinds in self._exact.items():
            if len(key) < _SHORTEST_CJK_SLIP or not all(map(is_cjk, key)):
                continue
            for kind, endings in _CJK_NAME_ENDINGS.items():
                if key[-1] in endings:
                    for hit in kinds[kind].values():
                        self._cjk_names[(kind, len(key))].append((key, hit))
        self._fuzzy_choices: dict[TermKind, dict[int, list[str]]] = {}
        for kind, table in self._single_words.items():
            by_length: dict[int, list[str]] = defaultdict(list)
            for word in table:
                by_length[len(word)].append(word)
            self._fuzzy_choices[kind] = dict(by_length)
        # Two-word spellings ("eye doctor", "heart surgeon"), for one of their words mistyped.
        self._word_pairs: dict[tuple[str, str], list[tuple[TermKind, str]]] = defaultdict(list)
        for key, kinds in self._exact.items():
            pair = key.split(" ")
            if len(pair) == 2 and not has_cjk(key):
                for kind in kinds:
                    if kind is not TermKind.HOSPITAL:
                        self._word_pairs[(pair[0], pair[1])].append((kind, key))
        # Insurers by the sound of their Latin names, for the katakana a Japanese patient writes them in.
        self._sounds: dict[tuple[str, ...], dict[str, _Hit]] = defaultdict(dict)
        for term in terms:
            if term.kind is TermKind.INSURER:
                for spelling in term.spellings():
                    skeleton = latin_skeleton(spelling) if not has_cjk(spelling) else ()
                    if len(skeleton) >= SHORTEST_SKELETON:
                        self._sounds[skeleton][term.id] = _Hit(term, {""})
        self._clipped_names = self._clipped_district_names()
        # Spellings of three or four words ("traditional chinese medicine"), by each word and its place,
        # for a run typed with a slip or two in some of its words (see `_fuzzy_run_candidates`).
        self._word_runs: dict[tuple[str, ...], list[tuple[TermKind, str]]] = defaultdict(list)
        self._runs_by_word: dict[tuple[int, int, str], list[tuple[str, ...]]] = defaultdict(list)
        for key, kinds in self._exact.items():
            run = tuple(key.split(" "))
            if len(run) in _FUZZY_RUN_LENGTHS and not has_cjk(key):
                for kind in kinds:
                    if kind is not TermKind.HOSPITAL:
                        self._word_runs[run].append((kind, key))
        for run in self._word_runs:
            for position, word in enumerate(run):
                self._runs_by_word[(len(run), position, word)].append(run)
        self._pair_firsts: dict[str, list[str]] = defaultdict(list)
        self._pair_seconds: dict[str, list[str]] = defaultdict(list)
        for first, second in self._word_pairs:
            self._pair_firsts[first].append(second)
            self._pair_seconds[second].append(first)
        # Typo look-ups by word: chat messages repeat words. A plain dict, not lru_cache on a bound
        # method, so the index holds no reference cycle and is freed as soon as a new revision replaces it.
        self._fuzzy_seen: dict[str, list[tuple[TermKind, tuple[str, ...], int]]] = {}

    # ----- building -----

    @staticmethod
    def _spellings_with_locales(term: Term) -> Iterator[tuple[str, str]]:
        """Every spelling of `term` with the locale it is written in ("" where not known)."""
        yield term.id, ""
        for locale, name in term.name.items():
            yield name, locale
        for alias in term.aliases:
            yield alias, term.alias_languages.get(alias) or ("ja" if has_kana(alias) else "")
        if term.kind is TermKind.HOSPITAL:
            for locale, name in term.name.items():
                for form in hospital_short_forms(name):
                    yield form, locale
        if term.kind is TermKind.DISTRICT:
            for locale, name in term.name.items():
                for form in _district_forms(name, locale):
                    yield form, locale
        if term.kind is TermKind.INSURER:
            # "bei der Deutschen Expat": an insurer's German adjective declined, whatever locale its
            # name is filed under (insurers keep their German names abroad).
            for name in (*term.name.values(), *term.aliases):
                for form in _declined_german_forms(name):
                    yield form, "de"

    def _clipped_district_names(self) -> dict[str, tuple[_Hit, ...]]:
        """A district's one-word name of five letters with a letter other than its first left out
        ("Wuho", "Xidu"): a word too short for the typo budget, but a pinyin name with a letter missing
        is seldom a word. Forms that are a word, or another term's spelling, are left out."""
        clipped: dict[str, dict[str, _Hit]] = defaultdict(dict)
        for word, kinds in self._single_words[TermKind.DISTRICT].items():
            if len(word) != _SHORTEST_FUZZY or not word.isalpha():
                continue
            for position in range(1, len(word)):
                form = word[:position] + word[position + 1 :]
                if form not in self._exact and not is_everyday_word(form, _EVERYDAY_CUT_NAME_ZIPF):
                    clipped[form].update(kinds[TermKind.DISTRICT])
        return {form: tuple(hits.values()) for form, hits in clipped.items() if len(hits) == 1}

    def _hospital_brands(self, terms: Iterable[Term]) -> _Table:
        """Each hospital's brand (`hospital_brands`), where it names that hospital alone and no other
        term begins with it: "Panda" of two hospitals, or "Wuhou" of "Wuhou Community Hospital", says
        nothing a brand could add."""
        owners: dict[str, dict[str, tuple[Term, str]]] = defaultdict(dict)
        for term in terms:
            if term.kind is TermKind.HOSPITAL:
                for locale, name in term.name.items():
                    for brand in hospital_brands(name):
                        owners[match_key(brand)][term.id] = (term, locale)
        other_beginnings = {
            key.split(" ")[0]
            for key, kinds in self._exact.items()
            if " " in key and any(kind is not TermKind.HOSPITAL for kind in kinds)
        }
        table = _table()
        for key, by_hospital in owners.items():
            if len(by_hospital) == 1 and key not in self._exact and key not in other_beginnings:
                ((term, locale),) = by_hospital.values()
                self._hit(table, key, term, locale)
        return table

    def _add_spelling(self, term: Term, spelling: str, locale: str, *, in_text: bool) -> None:
        key = match_key(spelling)
        if not key:
            return
        is_id = not in_text
        cjk = has_cjk(key)
        self._hit(self._exact, key, term, "" if is_id else locale)
        if is_id:
            return
        if len(key) < _SHORTEST_CASELESS and not cjk:
            # A short code ("de", "ent") is a filter value, not something to spot in a sentence.
            self._case_sensitive[spelling.strip()].append(_Hit(term, {locale}))
            if term.kind in _PROPER_NAMES and term.kind is not TermKind.HOSPITAL:
                self._short_caseless[key].append(_Hit(term, {locale}))
        if cjk:
            # Hospitals are found by their written names; reading thousands of them through MeCab would
            # make each directory revision seconds slower to load for a way of writing no one uses.
            # A district's Chinese name is read too: a Japanese patient reads 高新区 as こうしんく.
            if term.kind is not TermKind.HOSPITAL and (
                locale == "ja" or has_kana(key) or term.kind is TermKind.DISTRICT
            ):
                self._add_reading(term, spelling, locale)
            return
        words = key.split(" ")
        if len(words) == 1:
            self._hit(self._single_words[term.kind], key, term, locale)
        # "Jinjiang" of "Jinjiang District": the pinyin name, which may come in syllables.
        if term.kind is TermKind.DISTRICT and len(words[0]) >= _SHORTEST_SYLLABLE_NAME and key.isascii():
            self._hit(self._syllable_names, words[0], term, locale)
            self._syllable_prefixes.update(words[0][:length] for length in range(2, len(words[0]) + 1))
        if term.kind in _INFLECTED_KINDS:
            self._add_stems(term, tuple(words), locale)
        if term.kind is TermKind.INSURER and len(words) > 1:
            self._add_parts(term, spelling, words)

    def _hit(self, table: _Table, key: str, term: Term, locale: str) -> _Hit:
        if " " in key:
            words = key.split(" ")
            self._prefixes.update(" ".join(words[:count]) for count in range(1, len(words) + 1))
        hits = table[key][term.kind]
        hit = hits.get(term.id)
        if hit is None:
            hit = hits[term.id] = _Hit(term)
        hit.locales.add(locale)
        return hit

    def _add_stems(self, term: Term, words: tuple[str, ...], locale: str) -> None:
        for language in morphology.STEMMED_LANGUAGES:
            # A spelling of a known locale is stemmed by its own language's rules only: French rules on
            # the German "Chirurg" would make it "chirurgie".
            if locale not in ("", language):
                continue
            stemmed = morphology.stem_words(words, language)
            if len(stemmed) >= morphology.SHORTEST_STEM:
                self._hit(self._stemmed[language], stemmed, term, locale)
                self._stemmed_from[(language, stemmed, term.id)].add(words)
        if term.kind is TermKind.SPECIALTY:
            for language in ("en", "fr"):
                modifier = morphology.phrase_modifier(words, language) if locale in ("", language) else None
                if modifier and len(modifier) >= morphology.SHORTEST_COMPOUND_PART:
                    self._hit(
                        self._phrase_modifiers,
                        f"{language}:{morphology.stem(modifier, language)}",
                        term,
                        locale,
                    )
        if len(words) == 1 and locale in ("", "de") and term.kind is TermKind.SPECIALTY:
            modifier = morphology.department_modifier(words[0])
            if modifier:
                self._hit(self._modifiers, modifier, term, locale)

    def _drop_shared_modifiers(self) -> None:
        # "herz" comes from the cardiologist and the heart surgeon alike: a "Herzproblem" names neither.
        for table in (self._modifiers, self._phrase_modifiers):
            for modifier in [key for key, kinds in table.items() if len(kinds[TermKind.SPECIALTY]) > 1]:
                del table[modifier]

    def _add_reading(self, term: Term, spelling: str, locale: str) -> None:
        written = fold(spelling).replace(" ", "")
        words = morphology.japanese_words(written)
        # Each reading of the same words: 日本語 is にほんご and にっぽんご.
        # Readings shorter than SHORTEST_READING (シカ, 歯科) are looked up only for a word standing alone.
        for reading in morphology.readings(written):
            for form in (reading, *_without_district_suffix(term, written, reading)):
                if len(form) >= _SHORTEST_LONE_READING:
                    self._hit(self._readings, morphology.reading_key(form), term, locale)
        # Katakana is how loanwords and foreign names are written; MeCab's dictionary forms of their
        # pieces are other words ("Komi" becomes 込み), so those spellings are matched by reading only.
        lemma = "".join(word.lemma for word in words)
        if lemma != written and not morphology.has_katakana(written):
            self._hit(self._lemmas, lemma, term, locale)

    def _add_parts(self, term: Term, spelling: str, words: list[str]) -> None:
        written = spelling.split()
        for word in words:
            if len(word) < _SHORTEST_FUZZY or word in _GENERIC_NAME_WORDS or not word.isalpha():
                continue
            hit = self._hit(self._parts, word, term, "")
            # "APRIL" counts only in capitals: "in April" is a month.
            hit.all_capitals = any(fold(w) == word and w.isupper() for w in written)

    def _shares_a_character(self, term: Term, written: str) -> bool:
        return any(char in spelling for spelling in term.spellings() for char in written if is_cjk(char))

    # ----- single values (API and CLI filters) -----

    def get(self, kind: TermKind, term_id: str) -> Term | None:
        return self._terms.get((kind, term_id))

    def terms(self, kind: TermKind) -> list[Term]:
        return [term for (term_kind, _), term in self._terms.items() if term_kind is kind]

    def is_in_use(self, term: Term) -> bool:
        """True when a hospital of the directory names this insurer or district."""
        return (term.kind, term.id) in self._in_use

    def _preferred(self, kind: TermKind, terms: list[Term]) -> list[Term]:
        """Of several terms one name fits, those hospitals use, when some are used and some not."""
        if len(terms) < 2 or kind not in _USE_DECIDES:
            return terms
        used = [term for term in terms if self.is_in_use(term)]
        return used or terms

    def resolve(self, kind: TermKind, typed: str) -> Resolved | Unresolved:
        """The one term of `kind` that `typed` names, allowing other word forms and small typos."""
        key = match_key(typed)
        for quality, terms in self._resolve_stages(kind, key):
            terms = self._preferred(kind, list({term.id: term for term in terms}.values()))
            if len(terms) == 1:
                return Resolved(terms[0], typed, quality)
            if terms:
                return Unresolved(kind, typed, tuple(terms))
        return Unresolved(kind, typed, ())

    def _resolve_stages(self, kind: TermKind, key: str) -> Iterator[tuple[MatchQuality, list[Term]]]:
        """Ever looser readings of `key`, closest first; the first that names anything decides."""
        yield MatchQuality.EXACT, self._lookup(self._exact, key, kind)
        if has_cjk(key):
            yield MatchQuality.READING, self._reading_terms(key, kind)
            yield MatchQuality.PARTIAL, self._containing(kind, key)
            return
        words = tuple(key.split(" "))
        if kind in _INFLECTED_KINDS:
            yield MatchQuality.STEMMED, [hit.term for hit in self._inflected_hits(words, kind)]
        fuzzy = self._fuzzy(kind, key)
        yield MatchQuality.FUZZY, fuzzy
        if not fuzzy:
            yield MatchQuality.PARTIAL, self._containing(kind, key)

    def _reading_terms(self, key: str, kind: TermKind) -> list[Term]:
        """Terms whose reading is that of all of `key` ("しょうにか" -> 小児科)."""
        return [
            hit.term
            for candidate in self._japanese_candidates(key, frozenset((kind,)))
            if candidate.start == 0 and candidate.end == len(key)
            for hit in candidate.hits
        ]

    def _containing(self, kind: TermKind, key: str) -> list[Term]:
        """Terms with a spelling that holds all of `key` ("Global Doctor" in "Global Doctor Clinic")."""
        cjk = has_cjk(key)
        if len(key) < (2 if cjk else _SHORTEST_CASELESS):
            return []
        padded = f" {key} "
        found: dict[str, Term] = {}
        for spelling_key, kinds in self._exact.items():
            if kind in kinds and (key in spelling_key if cjk else padded in f" {spelling_key} "):
                found.update((term_id, hit.term) for term_id, hit in kinds[kind].items())
        return list(found.values())

    def suggestions(self, kind: TermKind, typed: str, limit: int = 3) -> list[Term]:
        """The terms of `kind` closest to `typed`, for an error message that helps."""
        key = match_key(typed)
        scored = sorted(
            (
                (min(Levenshtein.normalized_distance(key, s) for s in self._spellings_of(t)), t.id, t)
                for t in self.terms(kind)
            ),
        )
        return [term for _score, _id, term in scored[:limit]]

    def _spellings_of(self, term: Term) -> list[str]:
        return [match_key(s) for s, _locale in self._spellings_with_locales(term)] or [term.id]

    @staticmethod
    def _lookup(table: _Table, key: str, kind: TermKind) -> list[Term]:
        entry = table.get(key)
        return [hit.term for hit in entry[kind].values()] if entry and kind in entry else []

    def _stem_hits(self, words: tuple[str, ...], language: str, kind: TermKind) -> list[_Hit]:
        stemmed = morphology.stem_words(words, language)
        entry = self._stemmed[language].get(stemmed)
        if not entry or kind not in entry:
            return []
        return [
            hit
            for hit in entry[kind].values()
            if any(
                _same_word(words, spelling)
                for spelling in self._stemmed_from[(language, stemmed, hit.term.id)]
            )
        ]

    def _compound_hits(self, word: str, kind: TermKind) -> list[_Hit]:
        """A German compound whose first part names a department ("Kinderarzt|praxis", "Haut|problem")."""
        if kind is not TermKind.SPECIALTY:
            return []
        for first, _head in morphology.compound_splits(word):
            for table in (self._exact, self._modifiers):
                entry = table.get(first)
                if entry and kind in entry:
                    return list(entry[kind].values())
            hits = self._stem_hits((first,), "de", kind)
            if hits:
                return hits
        return []

    def _fuzzy(self, kind: TermKind, key: str) -> list[Term]:
        budget = typo_budget(len(key))
        if budget == 0 or has_cjk(key):
            return []
        best: dict[str, tuple[int, Term]] = {}
        for spelling_key, kinds in self._exact.items():
            if kind not in kinds or abs(len(spelling_key) - len(key)) > budget:
                continue
            distance = OSA.distance(key, spelling_key, score_cutoff=budget)
            if distance > budget:
                continue
            for hit in kinds[kind].values():
                if hit.term.id not in best or distance < best[hit.term.id][0]:
                    best[hit.term.id] = (distance, hit.term)
        if not best:
            return []
        closest = min(distance for distance, _ in best.values())
        return [term for distance, term in best.values() if distance == closest]

    # ----- free text (chat messages) -----

    def scan(self, text: str, kinds: frozenset[TermKind] | None = None) -> list[Mention]:
        """Every term named in `text`, sorted by position, never two mentions on the same words.

        Where two readings of the same words compete, a close match beats a fuzzy one, then the longer
        stretch, then a name next to a cue of its kind ("insured with", "Bezirk", "区"), then the closer
        match.
        """
        candidates = list(self._candidates(text, kinds))
        if not candidates:
            return []
        cues = _cue_spans(text)
        # A hospital's brand alone counts beside a word about a hospital ("the phone of Sweetwater",
        # "ひなたの住所", never "it's not clear"); an insurer's short name in lower case beside a word
        # about insurance ("who bills axa").
        candidates = [c for c in candidates if not c.needs_cue or _has_cue(text, cues, c)]

        def rank(candidate: _Candidate) -> tuple[bool, int, bool, int, float, int, int]:
            return (
                candidate.quality.is_close,
                candidate.end - candidate.start,
                _has_cue(text, cues, candidate),
                candidate.quality,
                candidate.similarity,
                -_KIND_ORDER[candidate.kind],
                -candidate.start,
            )

        mentions: list[Mention] = []
        taken = [False] * len(text)
        for candidate in sorted(candidates, key=rank, reverse=True):
            if any(taken[candidate.start : candidate.end]):
                continue
            taken[candidate.start : candidate.end] = [True] * (candidate.end - candidate.start)
            mentions.append(self._mention(candidate, text))
        return sorted(mentions, key=lambda m: m.start)

    def _mention(self, candidate: _Candidate, text: str) -> Mention:
        typed = text[candidate.start : candidate.end]
        terms = self._preferred(candidate.kind, [hit.term for hit in candidate.hits])
        hits = [hit for hit in candidate.hits if hit.term in terms]
        languages = {hit.language for hit in hits}
        language = languages.pop() if len(languages) == 1 else None
        if language is not None and candidate.quality is MatchQuality.READING:
            # Kana are Japanese; a Japanese word typed in romaji amid another language is a borrowed
            # word of that language's sentence ("any jibika around…" is written in English).
            language = "ja" if has_kana(typed) else language if has_cjk(typed) else None
        return Mention(
            candidate.kind,
            self._closest_first(typed, terms),
            candidate.start,
            candidate.end,
            typed,
            candidate.quality,
            language,
        )

    def _candidates(self, text: str, kinds: frozenset[TermKind] | None) -> Iterator[_Candidate]:
        tokens = self._tokens(text)
        close = list(self._latin_candidates(text, tokens, kinds))
        yield from close
        covered = {(c.start, c.end) for c in close if c.end - c.start > 0}
        for token in tokens:
            if any(start <= token.start and token.end <= end for start, end in covered):
                continue
            yield from self._fuzzy_candidates(text, token, kinds)
            yield from self._sound_candidates(token, kinds)
            if (kinds is None or TermKind.DISTRICT in kinds) and token.folded in self._clipped_names:
                hits = self._clipped_names[token.folded]
                yield _Candidate(TermKind.DISTRICT, hits, token.start, token.end, MatchQuality.FUZZY, 0.8)
        for first, second in pairwise(tokens):
            yield from self._fuzzy_pair_candidates(first, second, kinds)
        for length in _FUZZY_RUN_LENGTHS:
            for begin in range(len(tokens) - length + 1):
                yield from self._fuzzy_run_candidates(tokens[begin : begin + length], kinds)
        yield from self._romaji_candidates(text, tokens, kinds)
        if has_cjk(text):
            yield from self._cjk_candidates(text, kinds)

    def _romaji_candidates(
        self, text: str, tokens: list[_Token], kinds: frozenset[TermKind] | None
    ) -> Iterator[_Candidate]:
        """Words whose romaji spells the whole reading of a department, a district or a language
        ("shounika" is しょうにか, 小児科; "seikei geka" 整形外科): Japanese typed in Latin letters inside
        a sentence of another language. A whole message in romaji is turned into kana before it is read
        (directory/romaji.py); this reads the words one patient writes among others."""
        wanted = _ROMAJI_KINDS if kinds is None else _ROMAJI_KINDS & kinds
        if not wanted or not self._readings:
            return
        spelled = [_romaji_reading(token.folded) for token in tokens]
        for first in range(len(tokens)):
            kana = ""
            for last in range(first, min(len(tokens), first + _LONGEST_ROMAJI_RUN)):
                between = text[tokens[last - 1].end : tokens[last].start] if last > first else ""
                word = spelled[last]
                if word is None or between.strip():
                    break
                kana += word
                key = morphology.reading_key(morphology.to_katakana(kana))
                for kind, hits in self._select(self._readings, key, wanted):
                    start, end = tokens[first].start, tokens[last].end
                    yield _Candidate(kind, tuple(hits), start, end, MatchQuality.READING)

    @staticmethod
    def _tokens(text: str) -> list[_Token]:
        tokens = []
        for match in _WORD.finditer(text):
            # "Cignaで" is one run of letters to the regex, but two words to a reader: the Latin part
            # is a word of its own (the Japanese part is read by _cjk_candidates).
            for part in NON_CJK_RUN.finditer(match.group()):
                start, end = match.start() + part.start(), match.start() + part.end()
                tokens.append(_Token(" ".join(_words(fold(part.group()))), start, end))
        return tokens

    @staticmethod
    def _closest_first(typed: str, terms: list[Term]) -> tuple[Term, ...]:
        """Where a short name fits several hospitals ("West China Hospital"), the one whose own name
        it covers clearly best (fewest other words) is meant; otherwise all stay, as ambiguous."""
        if len(terms) < 2 or terms[0].kind is not TermKind.HOSPITAL:
            return tuple(terms)
        key = match_key(typed)
        cjk = has_cjk(key)

        def name_length(term: Term) -> int:
            same_script = [name for name in term.name.values() if has_cjk(name) == cjk]
            return min(map(len, same_script or list(term.name.values())))

        ranked = sorted(terms, key=name_length)
        margin = name_length(ranked[1]) - name_length(ranked[0])
        if margin >= max(2 if cjk else 8, len(key) // 2):
            return (ranked[0],)
        return tuple(ranked)

    @staticmethod
    def _select(
        table: _Table, key: str, kinds: frozenset[TermKind] | None
    ) -> Iterator[tuple[TermKind, list[_Hit]]]:
        entry = table.get(key)
        if not entry:
            return
        for kind, hits in entry.items():
            if hits and (kinds is None or kind in kinds):
                yield kind, list(hits.values())

    def _latin_candidates(
        self, text: str, tokens: list[_Token], kinds: frozenset[TermKind] | None
    ) -> Iterator[_Candidate]:
        for first in range(len(tokens)):
            for count in range(1, min(_MAX_WORDS_IN_SPELLING, len(tokens) - first) + 1):
                span = tokens[first : first + count]
                start, end = span[0].start, span[-1].end
                words = tuple(token.folded for token in span)
                joined = "".join(words)
                if count > 1 and not (self._may_name_something(words) or joined in self._syllable_prefixes):
                    break
                if count > 1:
                    for kind, hits in self._select(self._syllable_names, joined, kinds):
                        yield _Candidate(kind, tuple(hits), start, end, MatchQuality.EXACT)
                key = " ".join(words)
                if len(key) < _SHORTEST_CASELESS:
                    yield from self._short_candidates(text[start:end], start, end, kinds)
                    continue
                yield from self._word_candidates(words, start, end, kinds, text)

    def _may_name_something(self, words: tuple[str, ...]) -> bool:
        """Whether these words begin some spelling, as written or stemmed, so a longer stretch may match."""
        if " ".join(words) in self._prefixes or words[-1] in morphology.GERMAN_COMPOUND_HEADS:
            return True
        if len(words) <= _LONGEST_PHRASE and (
            words[0] in morphology.PHRASE_HEADS["fr"] or words[-1] in morphology.PHRASE_HEADS["en"]
        ):
            return True
        return any(
            morphology.stem_words(words, language) in self._prefixes
            for language in morphology.STEMMED_LANGUAGES
        )

    def _word_candidates(
        self,
        words: tuple[str, ...],
        start: int,
        end: int,
        kinds: frozenset[TermKind] | None,
        text: str,
    ) -> Iterator[_Candidate]:
        key = " ".join(words)
        exact_kinds = set()
        for kind, hits in self._select(self._exact, key, kinds):
            exact_kinds.add(kind)
            yield _Candidate(kind, tuple(hits), start, end, MatchQuality.EXACT)
        wanted = _INFLECTED_KINDS if kinds is None else _INFLECTED_KINDS & kinds
        for kind in wanted - exact_kinds:
            hits = self._inflected_hits(words, kind)
            if hits:
                yield _Candidate(kind, tuple(hits), start, end, MatchQuality.STEMMED)
        if len(words) > 1 and words[-1] in morphology.GERMAN_COMPOUND_HEADS:
            # "HNO-Praxis", "Kardiologie Abteilung": the department, then what of it.
            for kind in wanted - exact_kinds:
                inner = self._inflected_hits(words[:-1], kind) or [
                    hit
                    for _kind, hits in self._select(self._exact, " ".join(words[:-1]), frozenset((kind,)))
                    for hit in hits
                ]
                if inner:
                    # The German head makes the whole German, whatever the department's word ("TCM-Klinik").
                    german = tuple(_Hit(hit.term, {"de"}, hit.all_capitals) for hit in inner)
                    yield _Candidate(kind, german, start, end, MatchQuality.STEMMED)
        named = morphology.department_before_head(words)
        if named and TermKind.SPECIALTY in wanted - exact_kinds:
            # "cardiac surgery department": the department's own name, then a word for what of it.
            inner = [
                hit
                for _kind, hits in self._select(self._exact, " ".join(named), _SPECIALTY_ONLY)
                for hit in hits
            ]
            if inner:
                yield _Candidate(TermKind.SPECIALTY, tuple(inner), start, end, MatchQuality.STEMMED)
        if len(words) == 1 and TermKind.HOSPITAL not in exact_kinds:
            for kind, hits in self._select(self._brands, key, _HOSPITAL_ONLY if kinds is None else kinds):
                yield _Candidate(kind, tuple(hits), start, end, MatchQuality.PARTIAL, needs_cue=True)
        if len(words) == 1 and (kinds is None or TermKind.INSURER in kinds):
            for kind, hits in self._select(self._parts, key, frozenset((TermKind.INSURER,))):
                written = text[start:end]
                hits = [hit for hit in hits if not hit.all_capitals or written.isupper()]
                if hits and kind not in exact_kinds:
                    # "heart" of "Heart Well" is first the word itself: the insurer only beside
                    # "insured with", "insurance"; "Russell" of "William Russell" is a name.
                    needs_cue = is_everyday_word(key, _EVERYDAY_PART_ZIPF)
                    yield _Candidate(kind, tuple(hits), start, end, MatchQuality.PARTIAL, needs_cue=needs_cue)

    def _inflected_hits(self, words: tuple[str, ...], kind: TermKind) -> list[_Hit]:
        if len(" ".join(words)) < morphology.SHORTEST_STEM:
            return []
        # A form several languages reduce to the same name ("endocrinologe": English and French stems)
        # tells none of them: the hits of every language, their locales together.
        merged: dict[str, _Hit] = {}
        for language in morphology.STEMMED_LANGUAGES:
            for hit in self._stem_hits(words, language, kind):
                known = merged.setdefault(hit.term.id, _Hit(hit.term, set(), hit.all_capitals))
                known.locales |= hit.locales
        if merged:
            return list(merged.values())
        if len(words) == 1:
            return self._compound_hits(words[0], kind)
        return self._phrase_hits(words, kind)

    def _phrase_hits(self, words: tuple[str, ...], kind: TermKind) -> list[_Hit]:
        """A head and what it is for, as the vocabulary names departments: "skin problem" like "skin
        doctor", "problème de peau" like "médecin de la peau"."""
        if kind is not TermKind.SPECIALTY:
            return []
        for language in ("en", "fr"):
            modifier = morphology.phrase_modifier(words, language)
            if modifier:
                entry = self._phrase_modifiers.get(f"{language}:{morphology.stem(modifier, language)}")
                if entry and kind in entry:
                    return list(entry[kind].values())
        return []

    def _short_candidates(
        self, typed: str, start: int, end: int, kinds: frozenset[TermKind] | None
    ) -> Iterator[_Candidate]:
        by_kind: dict[TermKind, list[_Hit]] = defaultdict(list)
        for hit in self._case_sensitive.get(typed, ()):
            if kinds is None or hit.term.kind in kinds:
                by_kind[hit.term.kind].append(hit)
        for kind, hits in by_kind.items():
            yield _Candidate(kind, tuple(hits), start, end, MatchQuality.EXACT)
        if not by_kind:
            caseless: dict[TermKind, list[_Hit]] = defaultdict(list)
            for hit in self._short_caseless.get(match_key(typed), ()):
                if kinds is None or hit.term.kind in kinds:
                    caseless[hit.term.kind].append(hit)
            for kind, hits in caseless.items():
                yield _Candidate(kind, tuple(hits), start, end, MatchQuality.EXACT, needs_cue=True)

    def _fuzzy_candidates(
        self, text: str, token: _Token, kinds: frozenset[TermKind] | None
    ) -> Iterator[_Candidate]:
        if len(token.folded) < _SHORTEST_FUZZY or not token.folded.isalpha():
            return
        found = self._fuzzy_seen.get(token.folded)
        if found is None:
            if len(self._fuzzy_seen) >= _FUZZY_SEEN:
                self._fuzzy_seen.clear()
            found = self._fuzzy_seen[token.folded] = self._fuzzy_word(token.folded)
        written = text[token.start : token.end]
        for kind, words, distance in found:
            if kinds is not None and kind not in kinds:
                continue
            hits = [
                hit
                for word in words
                for hit in self._word_hits(kind, word)
                if not hit.all_capitals or written.isupper()
            ]
            if not hits:
                continue
            similarity = 1 - distance / max(len(words[0]), len(token.folded))
            yield _Candidate(kind, tuple(hits), token.start, token.end, MatchQuality.FUZZY, similarity)

    def _sound_candidates(self, token: _Token, kinds: frozenset[TermKind] | None) -> Iterator[_Candidate]:
        """An insurer typed as it sounds: "signa" or the romaji "siguna" for Cigna, as the katakana
        シグナ is matched. Only a word that is no everyday word counts ("sign" sounds like Cigna too),
        and only as a guess, which any closer reading of the same words beats."""
        if kinds is not None and TermKind.INSURER not in kinds:
            return
        word = token.folded
        if len(word) < _SHORTEST_FUZZY - 1 or not (word.isalpha() and word.isascii()):
            return
        sounding = self._sounds.get(latin_skeleton(word))
        if sounding and not is_everyday_word(word, _EVERYDAY_SOUND_ZIPF):
            hits = tuple(sounding.values())
            yield _Candidate(TermKind.INSURER, hits, token.start, token.end, MatchQuality.FUZZY, 0.5)

    def _word_hits(self, kind: TermKind, word: str) -> Iterable[_Hit]:
        """The terms of `kind` a one-word spelling, or a distinctive word of a longer name, stands for."""
        table = self._single_words[kind] if word in self._single_words[kind] else self._parts
        return table[word][kind].values()

    def _fuzzy_pair_candidates(
        self, first: _Token, second: _Token, kinds: frozenset[TermKind] | None
    ) -> Iterator[_Candidate]:
        """Two words of which one is a two-word spelling's own and the other its partner mistyped
        ("eye docter", "skin doctr"): one typo in a phrase, as in a word. The word typed right beside it
        makes a changed letter safe to allow even in a short word, which alone could be another word."""
        pairs = [(first.folded, other) for other in self._pair_firsts.get(first.folded, ())]
        pairs += [(other, second.folded) for other in self._pair_seconds.get(second.folded, ())]
        for spelling_first, spelling_second in pairs:
            typed = second.folded if spelling_first == first.folded else first.folded
            spelling = spelling_second if spelling_first == first.folded else spelling_first
            if typed == spelling or len(typed) < _SHORTEST_FUZZY or not typed.isalpha():
                continue
            distance = OSA.distance(typed, spelling)
            if typed[0] != spelling[0] or distance > max(1, typo_budget(len(typed))):
                continue
            # As in a longer run: the word typed right would otherwise be read alone ("cardiac surgry"
            # as cardiology), so a slip that is no word of its own makes the pair a close reading.
            slip_is_a_word = is_everyday_word(typed, _EVERYDAY_SLIP_ZIPF)
            quality = MatchQuality.FUZZY if slip_is_a_word else MatchQuality.STEMMED
            for kind, key in self._word_pairs[(spelling_first, spelling_second)]:
                if kinds is None or kind in kinds:
                    hits = tuple(self._exact[key][kind].values())
                    similarity = 1 - distance / max(len(typed), len(spelling))
                    yield _Candidate(kind, hits, first.start, second.end, quality, similarity)

    def _fuzzy_run_candidates(
        self, tokens: list[_Token], kinds: frozenset[TermKind] | None
    ) -> Iterator[_Candidate]:
        """Three or four words that are a spelling of as many words with a slip in some of them
        ("tradicional chinese medecine"): each slip within its word's budget and keeping its first letter,
        all of them within the budget of the whole spelling, and at least one word typed right. The words
        typed right would otherwise be read alone ("chinese" as a language) and the rest lost, so such a
        run counts as a close reading of the whole."""
        typed = tuple(token.folded for token in tokens)
        runs = {
            run
            for position, word in enumerate(typed)
            for run in self._runs_by_word.get((len(typed), position, word), ())
        }
        for run in runs:
            if run == typed:
                continue
            distance = 0
            for typed_word, word in zip(typed, run, strict=True):
                if typed_word == word:
                    continue
                if typed_word[:1] != word[:1] or len(typed_word) < _SHORTEST_FUZZY:
                    break
                slip = OSA.distance(typed_word, word)
                if slip > max(1, typo_budget(len(word))):
                    break
                distance += slip
            else:
                if distance > typo_budget(len(" ".join(run))):
                    continue
                for kind, key in self._word_runs[run]:
                    if kinds is None or kind in kinds:
                        hits = tuple(self._exact[key][kind].values())
                        yield _Candidate(kind, hits, tokens[0].start, tokens[-1].end, MatchQuality.STEMMED)

    def _fuzzy_word(self, word: str) -> list[tuple[TermKind, tuple[str, ...], int]]:
        """Per kind, the one spelling (of one term) closest to `word` within its typo budget."""
        budget = typo_budget(len(word))
        found: list[tuple[TermKind, tuple[str, ...], int]] = []
        for kind in TermKind:
            choices = [
                choice
                for length in range(len(word) - budget, len(word) + budget + 1)
                for choice in self._fuzzy_choices.get(kind, {}).get(length, ())
            ]
            if kind is TermKind.INSURER:
                choices += [part for part in self._parts if abs(len(part) - len(word)) <= budget]
            close = [
                (choice, distance)
                for choice, distance, _ in process.extract(
                    word, choices, scorer=OSA.distance, score_cutoff=budget, limit=None
                )
                if _may_be_a_typo(word, choice, kind)
            ]
            if not close:
                continue
            nearest = min(distance for _, distance in close)
            best = [choice for choice, distance in close if distance == nearest]
            table_terms = {
                term_id
                for choice in best
                for table in (self._single_words[kind], self._parts)
                if choice in table and kind in table[choice]
                for term_id in table[choice][kind]
            }
            # Two terms equally near is a guess between them: no mention rather than a wrong one; but two
            # places or insurers ("Jinjang": Jinjiang or Jintang?) are one mention of both, asked about.
            if len(table_terms) == 1:
                found.append((kind, (best[0],), nearest))
            elif kind in _ASKED_WHEN_EQUALLY_NEAR and len(table_terms) <= _MOST_TO_ASK_ABOUT:
                found.append((kind, tuple(best), nearest))
        return found

    def _cjk_candidates(self, text: str, kinds: frozenset[TermKind] | None) -> Iterator[_Candidate]:
        folded, origins = fold_chars(text)

        def original(start: int, end: int) -> tuple[int, int]:
            return origins[start], origins[end] if end < len(origins) else len(text)

        for start, char in enumerate(folded):
            if not is_cjk(char):
                continue
            for end in range(min(len(folded), start + _MAX_CJK_SPELLING), start + 1, -1):
                key = folded[start:end].replace(" ", "")
                for kind, hits in self._select(self._exact, key, kinds):
                    yield _Candidate(kind, tuple(hits), *original(start, end), MatchQuality.EXACT)
                for kind, hits in self._select(self._brands, key, kinds):
                    begin, finish = original(start, end)
                    yield _Candidate(kind, tuple(hits), begin, finish, MatchQuality.PARTIAL, needs_cue=True)
        for candidate in self._cjk_slips(folded, kinds):
            yield _Candidate(
                candidate.kind, candidate.hits, *original(candidate.start, candidate.end), candidate.quality
            )
        for candidate in self._japanese_candidates(folded, kinds):
            begin, finish = original(candidate.start, candidate.end)
            yield _Candidate(candidate.kind, candidate.hits, begin, finish, candidate.quality)
        if kinds is None or TermKind.INSURER in kinds:
            for word in KATAKANA_WORD.finditer(folded):
                sounding = self._sounds.get(katakana_skeleton(word.group()))
                if sounding:
                    begin, finish = original(word.start(), word.end())
                    yield _Candidate(
                        TermKind.INSURER, tuple(sounding.values()), begin, finish, MatchQuality.READING
                    )

    def _cjk_slips(self, folded: str, kinds: frozenset[TermKind] | None) -> Iterator[_Candidate]:
        """A kanji name of a district or department with one character other than its last mistyped
        (金午区 for 金牛区, 耳備科 for 耳鼻科), unless the character typed begins a name of its own
        (小児眼科 holds 眼科: another department, no slip for 小児外科)."""
        for (kind, length), names in self._cjk_names.items():
            if kinds is not None and kind not in kinds:
                continue
            endings = _CJK_NAME_ENDINGS[kind]
            for end, char in enumerate(folded, start=1):
                typed = folded[end - length : end]
                if char not in endings or len(typed) < length or not all(map(is_cjk, typed)):
                    continue
                hits: dict[str, _Hit] = {}  # by term: 皮府科 is one slip from both 皮膚科 and 皮フ科
                for name, hit in names:
                    differing = [
                        index for index, (a, b) in enumerate(zip(typed, name, strict=True)) if a != b
                    ]
                    if len(differing) == 1 and not self._names_from(typed, differing[0], kind):
                        hits.setdefault(hit.term.id, hit)
                if hits:
                    yield _Candidate(kind, tuple(hits.values()), end - length, end, MatchQuality.FUZZY, 0.6)

    def _names_from(self, typed: str, position: int, kind: TermKind) -> bool:
        """Whether the characters of `typed` from `position` on (or from before it) are a name of `kind`."""
        return any(
            kind in self._exact.get(typed[start:], {})
            for start in range(position + 1)
            if len(typed) - start >= 2
        )

    def _japanese_candidates(self, folded: str, kinds: frozenset[TermKind] | None) -> Iterator[_Candidate]:
        """Stretches of Japanese whose reading ("しょうにか", "ﾋﾌｶ", 小二科) or dictionary form is a
        vocabulary term's."""
        if not self._readings or not has_cjk(folded):
            return
        words = morphology.japanese_words(folded)
        for first, word in enumerate(words):
            if word.reading is None or not has_cjk(word.surface):
                continue
            # Kana that open the message or follow a space or a comma begin a word, whatever MeCab
            # makes of them ("はいしゃ" as はい + しゃ, "きんぎゅうく" as adverbs): only after other
            # Japanese can they be a particle or an ending.
            opens_a_run = word.start == 0 or not has_cjk(folded[word.start - 1])
            if word.part_of_speech not in _READING_STARTS and not opens_a_run:
                continue
            previous = words[first - 1] if first else None
            if (
                previous is not None
                and previous.end == word.start
                and previous.continues_into_kana
                and has_kana(word.surface[0])
            ):
                continue
            reading, lemma = "", ""
            for last in range(first, min(len(words), first + _MAX_JAPANESE_WORDS)):
                part = words[last].reading
                if part is None or not has_cjk(words[last].surface):
                    break
                reading += part
                lemma += words[last].lemma
                # Another form of the same words: an inflected verb, or kana for a kanji word ("ひふ科").
                if lemma != folded[word.start : words[last].end]:
                    for table in (self._lemmas, self._exact):
                        for kind, hits in self._select(table, lemma, kinds):
                            end = words[last].end
                            yield _Candidate(kind, tuple(hits), word.start, end, MatchQuality.STEMMED)
                if len(reading) < morphology.SHORTEST_READING and not _stands_alone(
                    folded, word.start, words[last].end
                ):
                    continue
                lone_word = _is_a_kanji_word(word, words[last])
                for kind, hits in self._select(self._readings, morphology.reading_key(reading), kinds):
                    if lone_word:
                        # 視界 (the field of vision) sounds like 歯科医 but shares none of its characters;
                        # the IME slip 眼下 for 眼科 shares 眼.
                        hits = [hit for hit in hits if self._shares_a_character(hit.term, word.surface)]
                    if hits:
                        yield _Candidate(kind, tuple(hits), word.start, words[last].end, MatchQuality.READING)


_CITY_NAMES: Final = ("Chengdu", "成都")
# A German adjective's endings: "Östliches Neugebiet" is "im östlichen Neugebiet".
_GERMAN_ADJECTIVE: Final = re.compile(r"^(\w+(?:lich|sch|ig|er))(e|es|er|en|em)$", re.IGNORECASE)
_GERMAN_ENDINGS: Final = ("e", "es", "er", "en", "em")


# What an English district name calls it, after the place's own name: "Tianfu New Area", "Wuhou District".
_DISTRICT_WORDS: Final = re.compile(r"\s+(?:new\s+)?(?:district|area|zone|county|city)$", re.IGNORECASE)


def _district_forms(name: str, locale: str) -> Iterator[str]:
    """A district's name without the city's ("Eastern New Area" of "Chengdu Eastern New Area"), its own
    name alone when that is one word that is no everyday word ("Tianfu" of "Tianfu New Area", never
    "High-tech" of "High-tech Zone"), and in German with its adjective declined ("im östlichen
    Neugebiet")."""
    if locale == "en":
        own = _DISTRICT_WORDS.sub("", name)
        if (
            own != name
            and " " not in own
            and own.isalpha()
            and not is_everyday_word(own, _EVERYDAY_NAME_ZIPF)
        ):
            yield own
    forms = [name]
    for city in _CITY_NAMES:
        shorter = name.removeprefix(city).removesuffix(city).strip()
        if shorter != name and len(shorter) >= (3 if has_cjk(shorter) else 6):
            forms.append(shorter)
            yield shorter
    if locale != "de":
        return
    for form in forms:
        yield from _declined_german_forms(form)


# A district's name ends in 区 (district), 市 (city) or 県 (county), which people leave out when they
# write it in kana as in kanji: おんこう is 温江区 as 温江 is.
_DISTRICT_SUFFIXES: Final = {"区": "ク", "く": "ク", "市": "シ", "県": "ケン", "县": "ケン"}


def _without_district_suffix(term: Term, written: str, reading: str) -> Iterator[str]:
    """The reading of a district's name without the reading of the suffix it is written with."""
    suffix_reading = _DISTRICT_SUFFIXES.get(written[-1:])
    if term.kind is TermKind.DISTRICT and suffix_reading and reading.endswith(suffix_reading):
        yield reading.removesuffix(suffix_reading)


def _declined_german_forms(name: str) -> Iterator[str]:
    """The name with each German adjective in it declined otherwise ("Östliches Neugebiet" as
    "östlichen Neugebiet", "Deutsche Expat" as "Deutschen Expat")."""
    words = name.split()
    for position, word in enumerate(words):
        adjective = _GERMAN_ADJECTIVE.match(word)
        if adjective:
            for ending in _GERMAN_ENDINGS:
                declined = adjective.group(1) + ending
                if declined != word:
                    yield " ".join([*words[:position], declined, *words[position + 1 :]])


@lru_cache(maxsize=4096)  # the same few words come back in message after message
def _romaji_reading(word: str) -> str | None:
    """The hiragana a word of romaji spells; None for a word that spells none, or that is an everyday
    word of English, German or French ("sake", "tonic")."""
    if not (word.isascii() and word.isalpha()):
        return None
    kana = word_to_hiragana(word)
    if kana is None or is_everyday_word(word, _EVERYDAY_ROMAJI_ZIPF):
        return None
    return kana


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of its own between spaces, as romaji read in kana is ("しか を
    さがして"): then even a two-kana reading (しか, 歯科) is that word, not a particle."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isspace() and (after.isspace() or after in ".,!?、。")


def _is_a_kanji_word(first: morphology.JapaneseWord, last: morphology.JapaneseWord) -> bool:
    """Whether the stretch is one word of kanji that MeCab knows, which may be a word of its own that
    happens to sound like a department (視界 and 歯科医), unlike kana or pieces (小二科 of 小児科)."""
    return first is last and not has_kana(first.surface) and first.part_of_speech == "名詞"


def _may_be_a_typo(typed: str, spelling: str, kind: TermKind) -> bool:
    """Whether `typed`, within the typo budget of `spelling`, is plausibly that spelling mistyped."""
    if len(typed) < _FIRST_LETTER_KEPT_BELOW:
        if typed[0] != spelling[0]:
            return False
        swapped = sorted(typed) == sorted(spelling)
        # In short words one letter changed is another word ("person" and "persan", "durch" and "Dutch"),
        # and in a word of five letters even one left out ("keine" and "kiné"): only a swap is a typo there.
        if len(typed) == len(spelling) and not swapped:
            return False
        if len(typed) == _SHORTEST_FUZZY and not swapped:
            return False
    # A language name running on into another word is that word: "Germany" is not "German", "Korea"
    # not "Korean". A language name cut short into no word at all is a typo ("anglai", "spanis"), as is
    # a name of an insurer or hospital with its last letter missing ("Russel").
    if kind is TermKind.LANGUAGE and typed.startswith(spelling):
        return False
    return not (
        kind is TermKind.LANGUAGE
        and spelling.startswith(typed)
        and is_everyday_word(typed, _EVERYDAY_CUT_NAME_ZIPF)
    )


# A typed word is a form of a spelling when it keeps all of the spelling but this many last letters:
# "Kardiologen" of "Kardiologe", "pédiatrique" of "pédiatre"; but "généralement" is not a form of
# "généraliste", nor "Japan" of "Japanisch", though Snowball gives each pair one stem.
_LETTERS_A_FORM_MAY_CHANGE: Final = 2


def _same_word(typed: tuple[str, ...], spelling: tuple[str, ...]) -> bool:
    if len(typed) != len(spelling):
        return False
    for typed_word, spelling_word in zip(typed, spelling, strict=True):
        kept = len(spelling_word) - _LETTERS_A_FORM_MAY_CHANGE
        if typed_word[:kept] != spelling_word[:kept]:
            return False
    return True


def _cue_spans(text: str) -> list[tuple[TermKind, int, int]]:
    """Where the cue words of each kind stand in `text` (whole words; CJK cues as characters)."""
    spans = []
    folded, origins = fold_chars(text)
    for kind, cue_words in _cue_patterns().items():
        for match in cue_words.finditer(folded):
            end = origins[match.end()] if match.end() < len(origins) else len(text)
            spans.append((kind, origins[match.start()], end))
    return spans


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[TermKind, re.Pattern[str]]:
    patterns = {}
    for kind, by_locale in CUES.items():
        cues = sorted(
            {fold(cue) for cue_words in by_locale.values() for cue in cue_words}, key=len, reverse=True
        )
        alternatives = [
            re.escape(cue) if has_cjk(cue) else rf"(?<![^\W_]){re.escape(cue)}(?![^\W_])" for cue in cues
        ]
        patterns[kind] = re.compile("|".join(alternatives))
    return patterns


# How far a cue may stand from its name: two words before it ("versichert bei der Allianz"), one word
# after it ("Allianz Versicherung"), or two characters of Japanese ("アリアンツの保険").
_WORDS_BEFORE: Final = 2
_WORDS_AFTER: Final = 1
_CJK_GAP: Final = 2


# A name set off at the head of a message, as its topic: "Sweetwater : quelle adresse ?".
_TOPIC_HEAD: Final = re.compile(r"\s*[,:;–—-]")


def _has_cue(text: str, cues: list[tuple[TermKind, int, int]], candidate: _Candidate) -> bool:
    """Whether a cue of the candidate's kind stands right beside it, or anywhere in the sentence that
    the candidate heads as its topic ("Sweetwater, what's their number?")."""
    heads_the_message = not text[: candidate.start].strip() and _TOPIC_HEAD.match(text, candidate.end)
    for kind, start, end in cues:
        if kind is not candidate.kind:
            continue
        if heads_the_message and start >= candidate.end and not _sentence_ends(text[candidate.end : start]):
            return True
        if end <= candidate.start:
            gap, allowed = text[end : candidate.start], _WORDS_BEFORE
        elif start >= candidate.end:
            gap, allowed = text[candidate.end : start], _WORDS_AFTER
        else:
            continue
        cjk = sum(map(is_cjk, gap))
        latin = len([w for w in _WORD.findall(gap) if not has_cjk(w)])
        if latin <= allowed and cjk <= _CJK_GAP and not (latin and cjk):
            return True
    return False


def _sentence_ends(text: str) -> bool:
    return any(mark in text for mark in ".!?。！？")
