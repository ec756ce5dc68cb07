"""From what a person types to vocabulary codes.

One index serves two questions: `resolve` (an API or CLI filter value: one thing, exactly or with a
small typo) and `scan` (a chat message: every term mentioned anywhere in it). Both compare folded text
(see `directory.text.fold`), so case, width and accents never matter. Nothing is guessed silently: a
value that fits several terms equally well is ambiguous, one that fits none is unknown, and both come
back with the candidates so the caller can say what is accepted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from directory.text import fold, is_cjk
from directory.vocabulary.terms import Term, TermKind

# Inflections of German, French and English nouns and adjectives ("Kardiologen", "cardiologues",
# "dentists", "englischsprachigen"): a word still names the term when it ends in one of these.
_INFLECTIONS: Final = ("en", "es", "er", "em", "n", "s", "e", "x")
# German names a department by compounding: "Kardiologieabteilung", "Augenklinik", "HNO-Praxis".
_COMPOUND_TAILS: Final = ("abteilung", "station", "ambulanz", "praxis", "sprechstunde", "zentrum")
_MAX_WORDS_IN_SPELLING: Final = 8
_MAX_CJK_SPELLING: Final = 24
# Short Latin spellings ("Lao", "AXA", "ENT") are ordinary words too often; in free text they count
# only when written with the capitals of the vocabulary.
_SHORTEST_CASELESS: Final = 4
_WORD: Final = re.compile(r"[^\W_]+|[&+]")


def typo_budget(length: int) -> int:
    """How many edits a typed word of `length` characters may be away from a spelling."""
    if length >= 9:
        return 2
    if length >= 5:
        return 1
    return 0


@dataclass(frozen=True, slots=True)
class Resolved:
    term: Term
    typed: str
    exact: bool


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
    """A stretch of a message that names one or more terms (several when the words are ambiguous)."""

    kind: TermKind
    terms: tuple[Term, ...]
    start: int
    end: int
    typed: str

    @property
    def term(self) -> Term:
        return self.terms[0]


@dataclass(frozen=True, slots=True)
class _Token:
    folded: str
    start: int
    end: int


def _words(folded: str) -> tuple[str, ...]:
    return tuple(match.group() for match in _WORD.finditer(folded))


# Words that say what kind of place a hospital is, not which one: "Maple Leaf" names
# "Maple Leaf International Clinic" as well as the whole name does.
_GENERIC_TAIL_WORDS: Final = frozenset(
    (
        "hospital",
        "hospitals",
        "clinic",
        "clinics",
        "center",
        "centre",
        "medical",
        "health",
        "healthcare",
        "international",
        "krankenhaus",
        "klinik",
        "klinikum",
        "zentrum",
        "internationale",
        "hôpital",
        "hopital",
        "clinique",
        # Little words that never name a hospital on their own.
        "of",
        "the",
        "and",
        "de",
        "du",
        "la",
        "der",
        "die",
        "das",
        "des",
    )
)
_GENERIC_CJK_TAILS: Final = ("国际医院", "医院", "诊所", "门诊部", "中心", "病院", "クリニック", "国際")


def _without_generic_tail(name: str) -> str | None:
    if any(map(is_cjk, name)):
        for tail in _GENERIC_CJK_TAILS:
            if name.endswith(tail) and len(name) - len(tail) >= 2:
                return name[: -len(tail)]
        return None
    words = name.split()
    while words and fold(words[-1]) in _GENERIC_TAIL_WORDS:
        words.pop()
    shorter = " ".join(words)
    distinctive = len(words) >= 2 or len(shorter) >= 6
    return shorter if words and shorter != name and distinctive else None


def _hospital_short_forms(name: str) -> Iterator[str]:
    """Shorter names people use for a hospital: without parentheses, 'of ...' tails, the city, or
    the words that only say it is a hospital."""
    plain = re.sub(r"\s*[(（][^)）]*[)）]", "", name).strip()
    forms = [plain]
    for owner in ("Chengdu ", "成都市", "成都", "四川大学", "四川省"):
        if plain.startswith(owner) and len(plain) - len(owner) >= 3:
            forms.append(plain[len(owner) :])
    head, sep, _tail = plain.partition(" of ")
    if sep:
        forms.append(head)
    # The brand before the city: "Global Doctor" of "Global Doctor Chengdu Clinic".
    brand, sep, _place = plain.partition(" Chengdu")
    if sep and " " in brand:
        forms.append(brand)
    for form in list(forms):
        shorter = _without_generic_tail(form)
        if shorter:
            forms.append(shorter)
    yield plain
    # A shorter form must still say which hospital: "Hospital" of "Hospital of Chengdu University
    # of TCM" says nothing.
    yield from (form for form in forms[1:] if _is_distinctive(form))


def _is_distinctive(form: str) -> bool:
    if any(map(is_cjk, form)):
        return len(form) >= 2 and form not in _GENERIC_CJK_TAILS
    return any(fold(word) not in _GENERIC_TAIL_WORDS for word in form.split())


class TermIndex:
    """Every spelling of every term, folded, for exact, inflected, fuzzy and in-text look-ups."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms: dict[tuple[TermKind, str], Term] = {}
        self._by_spelling: dict[str, dict[TermKind, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self._case_sensitive: dict[str, list[Term]] = defaultdict(list)
        self._single_words: dict[TermKind, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        for term in terms:
            self._terms[(term.kind, term.id)] = term
            for spelling in self._spellings(term):
                self._add_spelling(term, spelling, in_text=spelling != term.id)

    @staticmethod
    def _spellings(term: Term) -> Iterator[str]:
        yield from term.spellings()
        if term.kind is TermKind.HOSPITAL:
            for name in term.name.values():
                yield from _hospital_short_forms(name)

    def _add_spelling(self, term: Term, spelling: str, *, in_text: bool) -> None:
        folded = fold(spelling)
        if not folded:
            return
        key = " ".join(_words(folded)) if not any(map(is_cjk, folded)) else folded.replace(" ", "")
        if not key:
            return
        bucket = self._by_spelling[key][term.kind]
        if term not in bucket:
            bucket.append(term)
        # A short code ("de", "ent") is a filter value, not something to spot in a sentence.
        if in_text and len(key) < _SHORTEST_CASELESS and not any(map(is_cjk, key)):
            self._case_sensitive[spelling.strip()].append(term)
        if " " not in key and not any(map(is_cjk, key)):
            words = self._single_words[term.kind][key]
            if term not in words:
                words.append(term)

    # ----- single values (API and CLI filters) -----

    def get(self, kind: TermKind, term_id: str) -> Term | None:
        return self._terms.get((kind, term_id))

    def terms(self, kind: TermKind) -> list[Term]:
        return [term for (term_kind, _), term in self._terms.items() if term_kind is kind]

    def resolve(self, kind: TermKind, typed: str) -> Resolved | Unresolved:
        """The one term of `kind` that `typed` names, allowing inflections and small typos."""
        key = self._key(typed)
        exact = self._lookup(key, kind)
        if len(exact) == 1:
            return Resolved(exact[0], typed, exact=True)
        if exact:
            return Unresolved(kind, typed, tuple(exact))
        for stem in self._stems(key):
            inflected = self._lookup(stem, kind)
            if len(inflected) == 1:
                return Resolved(inflected[0], typed, exact=False)
        fuzzy = self._fuzzy(kind, key)
        if len(fuzzy) == 1:
            return Resolved(fuzzy[0], typed, exact=False)
        if not fuzzy:
            containing = self._containing(kind, key)
            if len(containing) == 1:
                return Resolved(containing[0], typed, exact=False)
        return Unresolved(kind, typed, tuple(fuzzy))

    def _containing(self, kind: TermKind, key: str) -> list[Term]:
        """Terms with a spelling that holds all of `key` ("Global Doctor" in "Global Doctor Clinic")."""
        cjk = any(map(is_cjk, key))
        if len(key) < (2 if cjk else _SHORTEST_CASELESS):
            return []
        padded = f" {key} "
        found: dict[str, Term] = {}
        for spelling_key, kinds in self._by_spelling.items():
            if kind in kinds and (key in spelling_key if cjk else padded in f" {spelling_key} "):
                found.update((term.id, term) for term in kinds[kind])
        return list(found.values())

    def suggestions(self, kind: TermKind, typed: str, limit: int = 3) -> list[Term]:
        """The terms of `kind` closest to `typed`, for an error message that helps."""
        key = self._key(typed)
        scored = sorted(
            (
                (min(Levenshtein.normalized_distance(key, s) for s in self._spellings_of(t)), t.id, t)
                for t in self.terms(kind)
            ),
        )
        return [term for _score, _id, term in scored[:limit]]

    def _spellings_of(self, term: Term) -> list[str]:
        return [self._key(s) for s in self._spellings(term)] or [term.id]

    @staticmethod
    def _key(typed: str) -> str:
        folded = fold(typed)
        if any(map(is_cjk, folded)):
            return folded.replace(" ", "")
        return " ".join(_words(folded))

    def _lookup(self, key: str, kind: TermKind) -> list[Term]:
        entry = self._by_spelling.get(key)
        return list(entry.get(kind, ())) if entry else []

    @staticmethod
    def _stems(key: str) -> Iterator[str]:
        for ending in _INFLECTIONS:
            if key.endswith(ending) and len(key) - len(ending) >= _SHORTEST_CASELESS:
                yield key[: -len(ending)]
        for tail in _COMPOUND_TAILS:
            head = key.removesuffix(tail).rstrip(" -")
            if head != key and len(head) >= 3:
                yield head
                yield head.removesuffix("s")

    def _fuzzy(self, kind: TermKind, key: str) -> list[Term]:
        budget = typo_budget(len(key))
        if budget == 0 or any(map(is_cjk, key)):
            return []
        best: dict[str, tuple[int, Term]] = {}
        for spelling_key, kinds in self._by_spelling.items():
            if kind not in kinds or abs(len(spelling_key) - len(key)) > budget:
                continue
            distance = Levenshtein.distance(key, spelling_key, score_cutoff=budget)
            if distance > budget:
                continue
            for term in kinds[kind]:
                if term.id not in best or distance < best[term.id][0]:
                    best[term.id] = (distance, term)
        if not best:
            return []
        closest = min(distance for distance, _ in best.values())
        return [term for distance, term in best.values() if distance == closest]

    # ----- free text (chat messages) -----

    def scan(self, text: str, kinds: frozenset[TermKind] | None = None) -> list[Mention]:
        """Every term named in `text`, longest stretch first, never two mentions on the same words."""
        mentions: list[Mention] = []
        taken = [False] * len(text)
        for candidate in sorted(self._candidates(text, kinds), key=lambda m: (m.start - m.end, m.start)):
            if any(taken[candidate.start : candidate.end]):
                continue
            taken[candidate.start : candidate.end] = [True] * (candidate.end - candidate.start)
            mentions.append(candidate)
        return sorted(mentions, key=lambda m: m.start)

    def _candidates(self, text: str, kinds: frozenset[TermKind] | None) -> Iterator[Mention]:
        tokens = self._tokens(text)
        yield from self._latin_candidates(text, tokens, kinds)
        yield from self._cjk_candidates(text, kinds)

    @staticmethod
    def _tokens(text: str) -> list[_Token]:
        tokens = []
        for match in _WORD.finditer(text):
            word = match.group()
            if any(map(is_cjk, word)):
                continue
            tokens.append(_Token(" ".join(_words(fold(word))), match.start(), match.end()))
        return tokens

    def _mention(
        self, key: str, text: str, start: int, end: int, kinds: frozenset[TermKind] | None
    ) -> Mention | None:
        entry = self._by_spelling.get(key)
        if not entry:
            return None
        for kind, terms in entry.items():
            if kinds is None or kind in kinds:
                return Mention(kind, self._closest_first(key, terms), start, end, text[start:end])
        return None

    @staticmethod
    def _closest_first(key: str, terms: list[Term]) -> tuple[Term, ...]:
        """Where a short name fits several hospitals ("West China Hospital"), the one whose own name
        it covers clearly best (fewest other words) is meant; otherwise all stay, as ambiguous."""
        if len(terms) < 2 or terms[0].kind is not TermKind.HOSPITAL:
            return tuple(terms)
        cjk = any(map(is_cjk, key))

        def name_length(term: Term) -> int:
            same_script = [name for name in term.name.values() if any(map(is_cjk, name)) == cjk]
            return min(map(len, same_script or list(term.name.values())))

        ranked = sorted(terms, key=name_length)
        margin = name_length(ranked[1]) - name_length(ranked[0])
        if margin >= max(2 if cjk else 8, len(key) // 2):
            return (ranked[0],)
        return tuple(ranked)

    def _latin_candidates(
        self, text: str, tokens: list[_Token], kinds: frozenset[TermKind] | None
    ) -> Iterator[Mention]:
        for first in range(len(tokens)):
            for count in range(min(_MAX_WORDS_IN_SPELLING, len(tokens) - first), 0, -1):
                span = tokens[first : first + count]
                start, end = span[0].start, span[-1].end
                key = " ".join(token.folded for token in span)
                if len(key) < _SHORTEST_CASELESS:
                    found = self._short_mention(text[start:end], start, end, kinds)
                else:
                    found = self._mention(key, text, start, end, kinds) or next(
                        (
                            m
                            for stem in self._stems(key)
                            if (m := self._mention(stem, text, start, end, kinds))
                        ),
                        None,
                    )
                if found:
                    yield found
                    break
            else:
                found = self._fuzzy_mention(tokens[first], text, kinds)
                if found:
                    yield found

    def _short_mention(
        self, typed: str, start: int, end: int, kinds: frozenset[TermKind] | None
    ) -> Mention | None:
        terms = [t for t in self._case_sensitive.get(typed, ()) if kinds is None or t.kind in kinds]
        if not terms:
            return None
        kind = terms[0].kind
        return Mention(kind, tuple(t for t in terms if t.kind is kind), start, end, typed)

    def _fuzzy_mention(self, token: _Token, text: str, kinds: frozenset[TermKind] | None) -> Mention | None:
        # Typos are forgiven only in long words: in a chat message every short word is a candidate
        # for a false match, and a wrong filter is worse than a missed one.
        if typo_budget(len(token.folded)) == 0 or len(token.folded) < 6:
            return None
        budget = typo_budget(len(token.folded))
        for kind, words in self._single_words.items():
            if kinds is not None and kind not in kinds:
                continue
            close = {
                term.id: term
                for word, _distance, _ in process.extract(
                    token.folded, list(words), scorer=Levenshtein.distance, score_cutoff=budget, limit=None
                )
                for term in words[word]
            }
            if len(close) == 1:
                return Mention(
                    kind, tuple(close.values()), token.start, token.end, text[token.start : token.end]
                )
        return None

    def _cjk_candidates(self, text: str, kinds: frozenset[TermKind] | None) -> Iterator[Mention]:
        folded_chars = [fold(char) or char for char in text]
        for start, char in enumerate(text):
            if not is_cjk(char):
                continue
            for end in range(min(len(text), start + _MAX_CJK_SPELLING), start + 1, -1):
                key = "".join(folded_chars[start:end]).replace(" ", "")
                found = self._mention(key, text, start, end, kinds)
                if found:
                    yield found
                    break
