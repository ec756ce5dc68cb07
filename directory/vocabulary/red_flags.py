"""Red-flag symptoms (emergencies) found as words in a message, and the matcher behind every symptom lexicon.

The Rasa runtime (Python 3.10) loads this file by path, because it cannot import the `directory` package,
which needs Python 3.11 or later:

    spec = importlib.util.spec_from_file_location("red_flags", ".../directory/vocabulary/red_flags.py")

So this module imports only the standard library and `yaml`, and `fugashi` lazily for Japanese. The
everyday-complaint lexicon (`complaints.py`) reuses its tokenizer and matcher: one matcher for both.

Phrases are written in the lexicon files `red_flags/<lang>.yml` and `complaints/<lang>.yml` (a summary
heads each file) and read by `compile_phrase`. A phrase is a sequence of words matched on the message's
words, never on substrings: "stroke" does not match "backstroke".

- Words are compared folded: case, accents and character width do not count (`hemorragie` = Hémorragie,
  `ｂａｃｋ` = back, `ﾉﾄﾞ` = ノド).
- `word` matches that word only; `stem*` the stem with any ending (`bleed*`: bleed, bleeds, bleeding);
  `*word` a word ending in it (a German compound's last part: `*vergiftung` matches Vergiftung and
  Alkoholvergiftung; quote it in YAML). Wildcards only where every completion means the same thing.
- `a|b|c` is a small set of explicit forms of one word (`bled|bleed*`); `heavy bleed*|blood` is heavy,
  then bleed* or blood. Alternatives of several words are written as phrases of their own.
- `a+b` is a compound: its parts written as one word, hyphenated, or as adjacent words (`rücken+schmerz*`
  matches Rückenschmerzen, Rücken-Schmerzen, Rücken Schmerzen). `|` binds tighter than `+`.
- A space means the words are adjacent; `...` between two words lets up to MAX_GAP other words stand
  between them, within one sentence (`back ... hurt*`: "my back hurts", "back has been hurting").
- Apostrophes and hyphens split words, in messages and phrases alike (`j'ai` is j, ai), except English
  contractions, which lose the apostrophe (`can't` is cant).
- Japanese words are cut by MeCab (UniDic) and compared by lemma, so `歯 ... 痛い` matches 歯が痛い,
  歯が痛くて, 歯がすごく痛かった; a Japanese word that MeCab cuts in several (`死にたい`) needs them
  adjacent. No `*` or `+` in Japanese: list other spellings with `|` or as further phrases.
- `unless:` lists an entry's near misses: a hit overlapping one of them is not a hit ("a stroke of luck").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

LEXICON_LANGUAGES = ("en", "ja", "de", "fr")
RED_FLAGS_FOLDER = Path(__file__).resolve().parent / "red_flags"
COMPLAINTS_FOLDER = Path(__file__).resolve().parent / "complaints"

# How many other words "..." lets through: enough for "pain in my lower back" or "back has been hurting",
# few enough that a word from the next clause is not taken for part of the phrase.
MAX_GAP = 3

# --- folding ---------------------------------------------------------------------------------------
# The same folding as `directory.text.fold`, repeated here because this module must not import the
# `directory` package (see above). Latin diacritics go, so "hemorragie" finds "hémorragie"; kana voicing
# marks are outside this block, so Japanese keeps its meaning.
_LATIN_COMBINING = re.compile("[\u0300-\u036f]")
_NO_APOSTROPHES = str.maketrans("", "", "'’ʼ")
# French writes "cœur" and, on many keyboards, "coeur": the ligatures are spelt out (NFKC keeps them).
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def _has_accent(word: str) -> bool:
    return bool(_LATIN_COMBINING.search(unicodedata.normalize("NFD", word)))


def fold_word(word: str) -> str:
    word = word.translate(_NO_APOSTROPHES)
    compatible = unicodedata.normalize("NFKC", word).casefold()
    stripped = _LATIN_COMBINING.sub("", unicodedata.normalize("NFD", compatible))
    return unicodedata.normalize("NFC", stripped).translate(_LIGATURES)


# --- tokens ----------------------------------------------------------------------------------------
# Japanese script, half-width katakana included (MeCab reads it only after NFKC widens it).
_JAPANESE_RUN = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u31f0-\u31ff\u3005-\u3007\uff65-\uff9f]+"
)
# Words elsewhere: letters and digits with their combining accents. Apostrophes and hyphens separate
# words ("j'ai" -> j, ai; "Rücken-Schmerzen" -> rücken, schmerzen), except in English contractions, which
# stay one word without the apostrophe ("can't" -> cant). Patterns are split the same way.
_APOSTROPHES = "'’ʼ"
_CONTRACTION = rf"[{_APOSTROPHES}](?=(?:t|s|re|ll|ve|d|m)\b)"
_WORD = re.compile(rf"(?:[^\W_]|[\u0300-\u036f]|{_CONTRACTION})+", re.IGNORECASE)
# A gap between the words of a phrase never crosses the end of a sentence.
_SENTENCE_END = re.compile(r"[.!?;。！？；\n]")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a message: folded text, the dictionary form for Japanese, and where it is."""

    text: str
    lemma: str | None
    start: int
    end: int
    sentence: int
    #: Typed with an accent ("goût"): then no English word, whatever its folded form ("gout").
    accented: bool = False


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import fugashi  # imported lazily: messages without Japanese never need MeCab

    return fugashi.Tagger()


# Negation is one thing to a phrase: できない, できません (ん is the auxiliary ず) and 意識が無い.
_NEGATION = {"ず": "ない", "無い": "ない"}


def _lemma(word: Any) -> str:
    lemma = getattr(word.feature, "lemma", None)
    if not lemma:
        return str(word.surface)
    # UniDic writes loanwords' lemmas with their origin ("アレルギー-allergie"): keep the Japanese part.
    japanese = str(lemma).split("-", 1)[0] or str(word.surface)
    return _NEGATION.get(japanese, japanese)


def _original_offsets(run: str, normalized: str) -> Callable[[int, int], tuple[int, int]]:
    """Maps a span of NFKC(run) back to run, whose half-width kana may have been merged on the way."""
    if len(run) == len(normalized):
        return lambda start, end: (start, end)
    lengths = [len(unicodedata.normalize("NFKC", run[:i])) for i in range(len(run) + 1)]

    def original(start: int, end: int) -> tuple[int, int]:
        first = max(i for i, n in enumerate(lengths) if n <= start)
        last = max(i for i, n in enumerate(lengths) if n <= end)
        return first, max(first, last)

    return original


def _japanese_tokens(run: str, offset: int, sentence: int) -> list[Token]:
    normalized = unicodedata.normalize("NFKC", run)
    original = _original_offsets(run, normalized)
    tokens = []
    cursor = 0
    for word in _tagger()(normalized):
        surface = str(word.surface)
        found = normalized.find(surface, cursor)
        if not surface or found < 0:
            continue
        cursor = found + len(surface)
        start, end = original(found, cursor)
        tokens.append(
            Token(fold_word(surface), fold_word(_lemma(word)), offset + start, offset + end, sentence)
        )
    return tokens


class MessageTokens(tuple[Token, ...]):
    """A message's tokens, with what every lexicon asks of them worked out once per message.

    A message is matched against a hundred lexicons and more (every cue of every language, the
    complaints, the red flags); each needs the message's language evidence and the first letters of
    its words, which do not change from one lexicon to the next.
    """

    @cached_property
    def evidence(self) -> dict[str, int]:
        return language_evidence(self)

    @cached_property
    def probe_keys(self) -> tuple[frozenset[str], ...]:
        """The index keys each token may start a phrase under."""
        return tuple(frozenset(_probe_keys(token)) for token in self)

    @cached_property
    def all_probe_keys(self) -> frozenset[str]:
        return frozenset().union(*self.probe_keys)


def tokenize(text: str) -> MessageTokens:
    """The words of `text` in order, each with its span in `text` and the number of its sentence."""
    tokens: list[Token] = []
    sentence_ends = [match.start() for match in _SENTENCE_END.finditer(text)]

    def sentence_of(position: int) -> int:
        return bisect.bisect_left(sentence_ends, position)

    def latin(start: int, end: int) -> None:
        for match in _WORD.finditer(text, start, end):
            tokens.append(
                Token(
                    fold_word(match.group()),
                    None,
                    match.start(),
                    match.end(),
                    sentence_of(match.start()),
                    accented=_has_accent(match.group()),
                )
            )

    position = 0
    for run in _JAPANESE_RUN.finditer(text):
        latin(position, run.start())
        # A run can hold 。 only if it is in the range above, which it is not; one sentence per run.
        tokens.extend(_japanese_tokens(run.group(), run.start(), sentence_of(run.start())))
        position = run.end()
    latin(position, len(text))
    return MessageTokens(tokens)


# --- phrases ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenPattern:
    """What one token of a message must be: a folded-word regex (Latin) or a lemma (Japanese)."""

    regex: re.Pattern[str] | None
    # A Japanese word's lemma and the form the phrase writes it in: MeCab reads a word alone and in a
    # sentence differently at times (ない alone is the adjective 無い, after a verb the auxiliary ない).
    lemma: frozenset[str] | None
    # A kanji word's reading written in kana (ひまん of 肥満) matches kana only: MeCab cuts the reading
    # into other words (ひま + ん) whose lemmas are kanji words of their own (暇), which it must not match.
    kana_only: bool = False

    def matches(self, token: Token) -> bool:
        if self.kana_only and not _is_kana(token.text):
            return False
        if self.lemma is not None:
            return token.lemma in self.lemma or token.text in self.lemma
        assert self.regex is not None
        return token.lemma is None and self.regex.fullmatch(token.text) is not None


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a phrase, as the ways it may be spelt over consecutive tokens, and the gap before it."""

    spellings: tuple[tuple[TokenPattern, ...], ...]
    gap_before: int
    keys: frozenset[str] | None  # first letters a token must start with; None: any token


@dataclass(frozen=True, slots=True)
class Phrase:
    source: str
    words: tuple[Word, ...]


_SYNTAX = re.compile(rf"(?:[^\W_]|[\u0300-\u036f]|[*|+]|{_CONTRACTION})+", re.IGNORECASE)
_GAP = "..."
_KEY_LENGTH = 3
_SHORTEST_READING = 3


def _part_regex(part: str, phrase: str) -> str:
    alternatives = []
    for alternative in part.split("|"):
        if not alternative.strip("*"):
            raise ValueError(f"empty word in {phrase!r}")
        head, tail = alternative.startswith("*"), alternative.endswith("*")
        core = fold_word(alternative.strip("*"))
        alternatives.append(("\\w*" if head else "") + re.escape(core) + ("\\w*" if tail else ""))
    return "(?:" + "|".join(alternatives) + ")"


def _part_keys(part: str) -> set[str] | None:
    keys = set()
    for alternative in part.split("|"):
        if alternative.startswith("*"):
            return None
        keys.add(fold_word(alternative.rstrip("*"))[:_KEY_LENGTH])
    return keys


def _latin_word(raw: str, gap: int, phrase: str) -> Word:
    parts = raw.split("+")
    regexes = [_part_regex(part, phrase) for part in parts]
    spellings = []
    # "a+b+c" may be written as one word, or with some parts as separate adjacent words: every way of
    # cutting the parts into consecutive groups is a spelling ("Rückenschmerzen", "Rücken-Schmerzen").
    for cuts in range(2 ** (len(parts) - 1)):
        groups: list[str] = [regexes[0]]
        for index, regex in enumerate(regexes[1:]):
            if cuts >> index & 1:
                groups.append(regex)
            else:
                groups[-1] += regex
        spellings.append(tuple(TokenPattern(re.compile(group), None) for group in groups))
    keys = _part_keys(parts[0])
    return Word(tuple(spellings), gap, frozenset(keys) if keys is not None else None)


def _japanese_word(raw: str, gap: int, phrase: str) -> Word:
    if "*" in raw or "+" in raw:
        raise ValueError(f"'*' and '+' are for Latin words; MeCab's lemmas cover Japanese forms: {phrase!r}")
    spellings = []
    keys: set[str] = set()
    for alternative in raw.split("|"):
        hiragana, katakana = _kana_readings(alternative)
        for spelling in {alternative, hiragana} - {""}:
            tokens = _japanese_tokens(spelling, 0, 0)
            forms = [frozenset({token.lemma or token.text, token.text}) for token in tokens]
            reading_of_kanji = spelling == hiragana and not _is_kana(alternative)
            spellings.append(tuple(TokenPattern(None, form, reading_of_kanji) for form in forms))
            keys.update(form[:_KEY_LENGTH] for form in forms[0])
        if katakana:
            # As written only: MeCab gives katakana the lemma of a kanji word of the same sound (キュウ
            # is 急), which would make every homophone of the word match it.
            forms = [frozenset({token.text}) for token in _japanese_tokens(katakana, 0, 0)]
            spellings.append(tuple(TokenPattern(None, form) for form in forms))
            keys.update(form[:_KEY_LENGTH] for form in forms[0])
    return Word(tuple(spellings), gap, frozenset(keys))


def _is_kana(text: str) -> bool:
    return bool(text) and all("\u3041" <= char <= "\u30ff" or char in "ｦ-ﾟ" for char in text)


def _kana_readings(word: str) -> tuple[str, str]:
    """The word in hiragana and in katakana, as written by someone whose IME stayed in kana (痛い ->
    いたい) or typed half-width katakana (ｼﾞｭｳｼｮ, which NFKC makes ジュウショ, for 住所).

    MeCab cuts such kana differently (いたい -> い + たい), so each reading is cut and matched as a
    spelling of its own. Readings shorter than three kana are left out: は (歯) and め (目) are particles
    and everyday syllables far more often than teeth and eyes.
    """
    katakana = "".join(str(getattr(w.feature, "kana", None) or w.surface) for w in _tagger()(word))
    hiragana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)
    if len(hiragana) < _SHORTEST_READING:
        return "", ""
    return (hiragana if hiragana != word else ""), (katakana if katakana != word else "")


def compile_phrase(phrase: str) -> Phrase:
    """Reads one lexicon phrase: words separated by spaces, `...` allowing up to MAX_GAP other words."""
    words: list[Word] = []
    gap = 0
    for chunk in phrase.split():
        if chunk == _GAP:
            gap = MAX_GAP
            continue
        # Apostrophes and hyphens split a chunk into adjacent words, as they split a message.
        raws = _SYNTAX.findall(chunk)
        if len(raws) > 1 and "|" in chunk:
            # "24h|24-hour" would read as the words "24h|24" then "hour": never what was meant.
            raise ValueError(
                f"{phrase!r}: {chunk!r} joins forms of several words with '|'; "
                "write each form that has a hyphen, slash or apostrophe as a phrase of its own"
            )
        for raw in raws:
            is_japanese = _JAPANESE_RUN.search(raw) is not None
            words.append((_japanese_word if is_japanese else _latin_word)(raw, gap if words else 0, phrase))
            gap = 0
    if not words:
        raise ValueError(f"phrase without words: {phrase!r}")
    return Phrase(phrase, tuple(words))


def _match_word(word: Word, tokens: Sequence[Token], index: int) -> int | None:
    """The index after `word` when it starts at tokens[index], else None."""
    for spelling in word.spellings:
        end = index + len(spelling)
        if end > len(tokens):
            continue
        run = tokens[index:end]
        if run[-1].sentence == run[0].sentence and all(
            p.matches(t) for p, t in zip(spelling, run, strict=True)
        ):
            return end
    return None


def _match_from(words: Sequence[Word], tokens: Sequence[Token], index: int) -> int | None:
    """The index after the last word when `words` match from tokens[index] on, else None."""
    end = _match_word(words[0], tokens, index)
    if end is None:
        return None
    if len(words) == 1:
        return end
    following = words[1]
    for start in range(end, min(len(tokens), end + following.gap_before + 1)):
        if tokens[start].sentence != tokens[end - 1].sentence:
            break
        last = _match_from(words[1:], tokens, start)
        if last is not None:
            return last
    return None


def _probe_keys(token: Token) -> set[str]:
    keys = {token.text[:n] for n in range(1, _KEY_LENGTH + 1)}
    if token.lemma is not None:
        keys |= {token.lemma[:n] for n in range(1, _KEY_LENGTH + 1)}
    return keys


# --- lexicons --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a lexicon recognizes (a red-flag sign, an everyday complaint) in one language."""

    id: str
    language: str
    phrases: tuple[Phrase, ...]
    unless: tuple[Phrase, ...]  # near misses: a hit overlapping one (in any language) is not a hit


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    start: int  # character offsets into the message
    end: int


class Lexicon:
    """Entries of any languages, matched together on a message's tokens, indexed by their first letters."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        self._by_key: dict[str, list[tuple[Entry, Phrase]]] = {}
        self._unkeyed: list[tuple[Entry, Phrase]] = []
        # A near miss holds for the entry in every language: the lexicons share words ("ambulance"), and
        # "does it have its own ambulance service" is no emergency whichever file the word was found in.
        self._near_misses: dict[str, list[Phrase]] = {}
        for entry in self.entries:
            self._near_misses.setdefault(entry.id, []).extend(entry.unless)
            for phrase in entry.phrases:
                keys = phrase.words[0].keys
                if keys is None:
                    self._unkeyed.append((entry, phrase))
                for key in keys or ():
                    self._by_key.setdefault(key, []).append((entry, phrase))
        self._keys = frozenset(self._by_key)

    def hits(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every phrase occurrence, except near misses and another language's little words."""
        message = tokens if isinstance(tokens, MessageTokens) else MessageTokens(tokens)
        if not self._unkeyed and self._keys.isdisjoint(message.all_probe_keys):
            return []  # no word of the message starts any phrase: most lexicons, most messages
        evidence = message.evidence
        found: list[Hit] = []
        for index, token in enumerate(message):
            candidates = list(self._unkeyed)
            for key in message.probe_keys[index] & self._keys:
                candidates.extend(self._by_key[key])
            for entry, phrase in candidates:
                end = _match_from(phrase.words, tokens, index)
                if end is None or _inside_near_miss(self._near_misses[entry.id], tokens, index, end):
                    continue
                if _function_words_of_another_language(entry.language, tokens[index:end], evidence):
                    continue
                if entry.language == "en" and any(token.accented for token in tokens[index:end]):
                    continue  # accents are optional to match, but a typed one says "not English"
                found.append(Hit(entry, token.start, tokens[end - 1].end))
        return _distinct(found, evidence)


# The little words that tell the four languages apart. The lexicons share words ("asthma", "migraine",
# "hernie") and a content word of one language is a function word of another (the French IST is German
# "ist"): these decide which language's phrase a word belongs to.
# A word two languages share ("in", "was", "am") is each one's: it tells neither apart from the other.
_ENGLISH_LITTLE_WORDS = """
    i my me you your he she his her we our they the a an and or is are was were have has had been with for
    of in on at to from since this that it its not no can please their them there these those what whats
    which who where wheres does do did would could should am us im by about any some but also
"""
_GERMAN_LITTLE_WORDS = """
    ich mein meine meinem meinen meiner mir mich du er sie es wir unser unsere der die das den dem ein eine
    einen einem und oder ist sind war habe hat haben bin seit mit fur von vom zum zur nicht kein keine bitte
    auch was wo wer wie welche welcher welches welchen in im ins an am auf bei beim nach noch aber gibt kann
    konnen konnte konntest dort hier ihr ihre ihren ihrem uns euch dass wenn weil also
"""
_FRENCH_LITTLE_WORDS = """
    je j moi me m mon ma mes tu il elle nous notre on le la les l un une des du de et ou est sont ai as a
    avons suis depuis avec pour dans sur au aux ne n pas plus tres ca c s qu qui que leur leurs votre vos
    ton ta tes sa ses ce cet cette ces quel quelle quels quelles vous lui eux mais donc chez sans y
"""
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(_ENGLISH_LITTLE_WORDS.split()),
    "de": frozenset(_GERMAN_LITTLE_WORDS.split()),
    "fr": frozenset(_FRENCH_LITTLE_WORDS.split()),
}


def language_evidence(tokens: Sequence[Token]) -> dict[str, int]:
    """How many words of the message are each language's: function words, and Japanese tokens for ja."""
    evidence = dict.fromkeys(LEXICON_LANGUAGES, 0)
    for token in tokens:
        if token.lemma is not None:
            evidence["ja"] += 1
        for language, words in FUNCTION_WORDS.items():
            if token.text in words:
                evidence[language] += 1
    return evidence


def _function_words_of_another_language(
    language: str, run: Sequence[Token], evidence: dict[str, int]
) -> bool:
    """True when every word of a hit is a function word of another language the message speaks more."""
    for other, words in FUNCTION_WORDS.items():
        if other == language or not all(token.text in words for token in run):
            continue
        own = FUNCTION_WORDS.get(language, frozenset())
        if evidence[other] - len(run) >= evidence[language] - sum(t.text in own for t in run):
            return True
    return False


def _inside_near_miss(near_misses: Sequence[Phrase], tokens: Sequence[Token], start: int, end: int) -> bool:
    for phrase in near_misses:
        # Only a near miss that can reach the hit is tried: at most each word plus its gap before it.
        reach = sum(1 + word.gap_before + max(map(len, word.spellings)) for word in phrase.words)
        for index in range(max(0, start - reach), end):
            last = _match_from(phrase.words, tokens, index)
            if last is not None and index < end and start < last:
                return True
    return False


def _distinct(hits: list[Hit], evidence: dict[str, int]) -> list[Hit]:
    """Longest first, then the language the message speaks most; overlaps dropped; in message order."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), -evidence[h.entry.language], h.start)):
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def read_lexicon_file(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError(f"{path}: a lexicon file is a mapping")
    return document


def lexicon_entry(entry_id: str, language: str, record: dict[str, Any], where: str) -> Entry:
    """One entry from its `phrases` and optional `unless` lists."""
    try:
        phrases = tuple(compile_phrase(str(p)) for p in record.get("phrases") or ())
        unless = tuple(compile_phrase(str(p)) for p in record.get("unless") or ())
    except ValueError as error:
        raise ValueError(f"{where}: {entry_id}: {error}") from error
    if not phrases:
        raise ValueError(f"{where}: {entry_id} has no phrases")
    return Entry(entry_id, language, phrases, unless)


def grouped_entries(
    path: Path, section: str, language: str
) -> Iterator[tuple[str, str, dict[str, Any], Entry]]:
    """The entries of a lexicon file grouped under `section` (complaints by department), each as
    (group, id, record, entry)."""
    for group, records in read_lexicon_file(path)[section].items():
        for entry_id, record in records.items():
            yield str(group), str(entry_id), record, lexicon_entry(str(entry_id), language, record, str(path))


@lru_cache(maxsize=1)
def complaint_lexicon() -> Lexicon:
    """The everyday complaints of `complaints/` (see complaints.py), as one lexicon."""
    return Lexicon(
        entry
        for language in LEXICON_LANGUAGES
        for _, _, _, entry in grouped_entries(COMPLAINTS_FOLDER / f"{language}.yml", "complaints", language)
    )


def names_a_complaint(text: str) -> bool:
    """Whether `text` names an everyday complaint (for Rasa's side, which cannot import complaints.py)."""
    return bool(complaint_lexicon().hits(tokenize(text)))


# --- red flags -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RedFlagMatch:
    """An emergency sign in a message: which sign, in which language's words, and where."""

    sign: str
    language: str
    start: int
    end: int


@lru_cache(maxsize=1)
def red_flag_lexicon() -> Lexicon:
    entries: list[Entry] = []
    for language in LEXICON_LANGUAGES:
        path = RED_FLAGS_FOLDER / f"{language}.yml"
        signs = read_lexicon_file(path)["signs"]
        entries.extend(
            lexicon_entry(str(sign), language, record, str(path)) for sign, record in signs.items()
        )
    return Lexicon(entries)


@cache
def _section_lexicon(section: str) -> Lexicon:
    """The phrases of one section of the red-flag files, as one lexicon (a section may be of one
    language's grammar only: `denied_adjective` is Japanese)."""
    entries = []
    for language in LEXICON_LANGUAGES:
        path = RED_FLAGS_FOLDER / f"{language}.yml"
        phrases = read_lexicon_file(path).get(section)
        if phrases:
            entries.append(lexicon_entry(section, language, {"phrases": phrases}, str(path)))
    return Lexicon(entries)


def help_has_come_lexicon() -> Lexicon:
    """Words saying emergency help has come or is on its way ("the ambulance took her", "der
    Rettungswagen ist da")."""
    return _section_lexicon("help_has_come")


# Words inside a help-has-come phrase that say it has not: "l'ambulance n'est pas encore arrivée",
# "der Krankenwagen ist noch nicht da", "the ambulance still hasn't come", "救急車がまだ来ない"; and
# what is still to be done: "muss ein Rettungswagen gerufen werden?".
_NOT_YET: Final = frozenset(
    ("not", "hasnt", "havent", "isnt", "arent", "wasnt", "yet", "nicht", "noch", "kein", "werden")
)
_NOT_YET_FRENCH: Final = frozenset(("pas", "ne", "n", "toujours"))
_NOT_YET_JAPANESE: Final = frozenset(("まだ", "ない"))


def _help_has_come_hits(tokens: MessageTokens) -> list[Hit]:
    return [
        hit
        for hit in help_has_come_lexicon().hits(tokens)
        if not any(
            token.text in _NOT_YET
            or token.text in _NOT_YET_FRENCH
            or (token.lemma or "") in _NOT_YET_JAPANESE
            for token in tokens
            if hit.start <= token.start < hit.end or 0 <= token.start - hit.end <= 1
        )
    ]


def help_has_come(text: str) -> bool:
    """Whether `text` says the ambulance has come or taken the patient: the emergency is in hand."""
    return bool(_help_has_come_hits(tokenize(text)))


def find_red_flag(text: str) -> RedFlagMatch | None:
    """The first emergency sign in `text`, whatever else it asks, or None.

    Words of a sign that tell that help has come ("the ambulance took her") are no sign: the patient
    is back to finding the care that follows; a sign told beside them ("she is unconscious") still is.
    Nor is a sign told as long-ago history or denied (`_present_signs`).
    """
    tokens = tokenize(text)
    handled = _help_has_come_hits(tokens)
    hits = [
        hit
        for hit in red_flag_lexicon().hits(tokens)
        if not any(h.start < hit.end and hit.start < h.end for h in handled)
    ]
    hits = _present_signs(hits, tokens, text)
    if not hits:
        return None
    first = hits[0]
    return RedFlagMatch(first.entry.id, first.entry.language, first.start, first.end)


# Between a Japanese sign and the ない that denies it: "胸が痛いとかはない", "胸の痛みや息苦しさはありません".
_JAPANESE_LINKS: Final = frozenset(("と", "か", "とか", "や", "など", "、"))
# How many words may name what is listed after や before the denial; anything else between the sign and
# a ない ("胸が痛いと言うけど熱はない": the fever is denied) leaves the sign standing.
_LISTED_WORDS: Final = 3
# A word between a denial and its sign in the other languages ("no real chest pain", "keine starken
# Kopfschmerzen"); a comma or full stop between them breaks the link ("No, chest pain!").
_DENIAL_REACH: Final = 1


def _present_signs(hits: list[Hit], tokens: MessageTokens, text: str) -> list[Hit]:
    """The signs of the patient's present: not one told as history ("a seizure as a teenager, nothing
    since", "3年前に軽い脳梗塞"), nor one denied ("no chest pain", "胸の痛みはありません"). Only the
    words of these sections decide, close to the sign: a sign told otherwise stays an emergency."""
    if not hits:
        return hits
    long_ago: list[Hit | _Span] = [*_section_lexicon("long_ago").hits(tokens), *_past_years(tokens)]
    ongoing = _section_lexicon("still_now").hits(tokens)
    denials = _section_lexicon("denied").hits(tokens)
    adjective_denials = _section_lexicon("denied_adjective").hits(tokens)
    return [
        hit
        for hit in hits
        if not any(_told_as_history(hit, when, ongoing, tokens) for when in long_ago)
        and not any(_denies(denial, hit, tokens, hits, text) for denial in denials)
        and not (
            _ends_in_an_adjective(hit, tokens)
            and any(_denies(denial, hit, tokens, hits, text) for denial in adjective_denials)
        )
    ]


def _ends_in_an_adjective(sign: Hit, tokens: Sequence[Token]) -> bool:
    """Whether a Japanese sign ends in an adjective (痛い, 苦しい), which is denied by a ない of its own
    ("胸は痛くない"); a verb's ない is the sign ("ろれつが回らない"). Only adjectives' dictionary
    forms end in い: verbs' end in the u-row."""
    last = [token for token in tokens if sign.start <= token.start < sign.end][-1]
    return (last.lemma or "").endswith("い")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


# A year gone by places a sign in the past as words do: "a heart attack back in 2015", "2018年に脳梗塞",
# "im Jahr 2019 einen Krampfanfall".
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


def _past_years(tokens: Sequence[Token]) -> list[_Span]:
    this_year = date.today().year
    return [
        _Span(token.start, token.end)
        for token in tokens
        if _YEAR.fullmatch(token.text) and int(token.text) < this_year
    ]


# How many words may stand between a sign and the words placing it long ago: "l'année dernière j'ai eu
# une petite douleur à la poitrine". Further away, or past a "now" or "again", the time is another's:
# "a stroke years ago, and now his face is drooping" is an emergency.
_HISTORY_REACH: Final = 6


def _told_as_history(sign: Hit, when: Hit | _Span, ongoing: list[Hit], tokens: MessageTokens) -> bool:
    first, last = sorted((sign, when), key=lambda hit: hit.start)
    between = [token for token in tokens if first.end <= token.start and token.end <= last.start]
    same_sentence = (
        tokens[_token_at(tokens, sign.start)].sentence == tokens[_token_at(tokens, when.start)].sentence
    )
    now_between = any(first.end <= hit.start and hit.end <= last.start for hit in ongoing)
    return same_sentence and len(between) <= _HISTORY_REACH and not now_between


def _token_at(tokens: Sequence[Token], start: int) -> int:
    return next(index for index, token in enumerate(tokens) if token.end > start)


def _denies(denial: Hit, sign: Hit, tokens: Sequence[Token], signs: list[Hit], text: str) -> bool:
    if tokens[_token_at(tokens, sign.start)].lemma is not None:
        # Japanese denies after the sign, across links and the other signs it lists.
        if denial.start < sign.end:
            return False
        listed_after = 0  # words of the things listed after や: "胸の痛みや息苦しさはない"
        for token in tokens:
            if not sign.end <= token.start < denial.start:
                continue
            if token.text == "や":
                listed_after = _LISTED_WORDS
            elif token.text not in _JAPANESE_LINKS and not any(o.start <= token.start < o.end for o in signs):
                if listed_after == 0:
                    return False
                listed_after -= 1
        return not _SENTENCE_END.search(text[sign.end : denial.start])
    if denial.end > sign.start:
        return False
    between = [token for token in tokens if denial.end <= token.start and token.end <= sign.start]
    return len(between) <= _DENIAL_REACH and not re.search(r"[,;:.!?]", text[denial.end : sign.start])
