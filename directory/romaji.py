"""Japanese typed in Latin letters ("shika wo sagashite imasu"), turned into the hiragana it spells, so
that it is read as Japanese: by MeCab, the vocabulary's readings and the Japanese cues.

A patient on a keyboard without a Japanese input method writes romaji, Hepburn or Kunrei-shiki. A
message counts as romaji only when most of its words spell Japanese syllables and it holds two words
that only Japanese has: the particles and endings of its grammar ("desu", "imasu", "wo"), or words whose
kana MeCab reads as one Japanese word written in kanji ("denwa" is でんわ, 電話; "oshiete" is 教える
and て). "a dentist in Wuhou" or "Kinderarzt in Jinjiang" never do, whatever their syllables.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from directory.vocabulary.red_flags import tokenize

_VOWELS: Final = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お"}
# Consonant (or cluster) -> the kana of each vowel after it ("" where the syllable does not exist).
_ROWS: Final[dict[str, tuple[str, str, str, str, str]]] = {
    "k": ("か", "き", "く", "け", "こ"),
    "g": ("が", "ぎ", "ぐ", "げ", "ご"),
    "s": ("さ", "し", "す", "せ", "そ"),
    "z": ("ざ", "じ", "ず", "ぜ", "ぞ"),
    "t": ("た", "ち", "つ", "て", "と"),
    "d": ("だ", "ぢ", "づ", "で", "ど"),
    "n": ("な", "に", "ぬ", "ね", "の"),
    "h": ("は", "ひ", "ふ", "へ", "ほ"),
    "b": ("ば", "び", "ぶ", "べ", "ぼ"),
    "p": ("ぱ", "ぴ", "ぷ", "ぺ", "ぽ"),
    "m": ("ま", "み", "む", "め", "も"),
    "y": ("や", "", "ゆ", "いぇ", "よ"),
    "r": ("ら", "り", "る", "れ", "ろ"),
    "w": ("わ", "うぃ", "", "うぇ", "を"),
    "f": ("ふぁ", "ふぃ", "ふ", "ふぇ", "ふぉ"),
    "j": ("じゃ", "じ", "じゅ", "じぇ", "じょ"),
    "v": ("ゔぁ", "ゔぃ", "ゔ", "ゔぇ", "ゔぉ"),
    "sh": ("しゃ", "し", "しゅ", "しぇ", "しょ"),
    "ch": ("ちゃ", "ち", "ちゅ", "ちぇ", "ちょ"),
    "ts": ("", "", "つ", "", ""),
    "ky": ("きゃ", "", "きゅ", "", "きょ"),
    "gy": ("ぎゃ", "", "ぎゅ", "", "ぎょ"),
    "sy": ("しゃ", "", "しゅ", "", "しょ"),
    "zy": ("じゃ", "", "じゅ", "", "じょ"),
    "jy": ("じゃ", "", "じゅ", "", "じょ"),
    "ty": ("ちゃ", "", "ちゅ", "", "ちょ"),
    "cy": ("ちゃ", "", "ちゅ", "", "ちょ"),
    "ny": ("にゃ", "", "にゅ", "", "にょ"),
    "hy": ("ひゃ", "", "ひゅ", "", "ひょ"),
    "by": ("びゃ", "", "びゅ", "", "びょ"),
    "py": ("ぴゃ", "", "ぴゅ", "", "ぴょ"),
    "my": ("みゃ", "", "みゅ", "", "みょ"),
    "ry": ("りゃ", "", "りゅ", "", "りょ"),
}
_VOWEL_INDEX: Final = {vowel: index for index, vowel in enumerate("aiueo")}
# Particles written as they sound: the kana Japanese writes them in.
_PARTICLES: Final = {"wa": "は", "wo": "を", "o": "を", "he": "へ", "e": "へ"}
# Words only Japanese has: two of them make a message romaji.
_JAPANESE_ONLY: Final = frozenset(
    (
        *("wo", "ga", "wa", "desu", "desuka", "masu", "imasu", "arimasu", "arimasuka", "kudasai"),
        *("onegai", "onegaishimasu", "shimasu", "sagashite", "sagashiteimasu", "tokoro", "byouin"),
        *("byoin", "doko", "dokodesuka", "hanaseru", "tsuujiru", "tsukaeru", "iitai", "ikitai"),
    )
)
_WORD: Final = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_REQUIRED_JAPANESE_WORDS: Final = 2
# The share of a romaji message's words that must spell Japanese syllables (a pinyin name may not).
_SPELLED_SHARE: Final = 0.7


def word_to_hiragana(word: str) -> str | None:
    """The hiragana that `word` spells, or None where it is not Japanese syllables ("dentist")."""
    letters, kana, position = word.lower().replace("-", ""), [], 0
    while position < len(letters):
        rest = letters[position:]
        if rest[0] in _VOWELS:
            kana.append(_VOWELS[rest[0]])
            position += 1
            continue
        if rest[0] == "n" and (len(rest) == 1 or (rest[1] not in _VOWELS and rest[1] != "y")):
            kana.append("ん")
            position += 1 + (len(rest) > 1 and rest[1] == "'")
            continue
        if len(rest) > 1 and rest[0] == rest[1] and rest[0] not in "n":
            kana.append("っ")  # a doubled consonant: "kitte"
            position += 1
            continue
        for length in (2, 1):
            consonant = rest[:length]
            row = _ROWS.get(consonant)
            if row and len(rest) > length and rest[length] in _VOWEL_INDEX:
                syllable = row[_VOWEL_INDEX[rest[length]]]
                if syllable:
                    kana.append(syllable)
                    position += length + 1
                    break
        else:
            return None
    return "".join(kana)


def as_hiragana_if_romaji(text: str) -> str | None:
    """`text` in hiragana when it is Japanese typed in Latin letters, else None. Capitalized words are
    names ("Bupa", "Wuhou") and stay as typed, and so does a word that spells no Japanese syllables."""
    words = _WORD.findall(text)
    spelled = {
        word: None if not word.islower() else _PARTICLES.get(word) or word_to_hiragana(word) for word in words
    }
    lower = [word for word in words if word.islower()]
    if not lower or sum(spelled[word] is not None for word in lower) < _SPELLED_SHARE * len(lower):
        return None
    if sum(_is_japanese(word.lower(), spelled[word]) for word in words) < _REQUIRED_JAPANESE_WORDS:
        return None
    return _WORD.sub(lambda match: spelled[match.group()] or match.group(), text)


# A word read as a kanji word must spell this many kana: "ni", "to" or "ha" are as likely English.
_KANJI_WORD_KANA: Final = 3


@lru_cache(maxsize=4096)  # the same few words come back in message after message
def _is_japanese(word: str, kana: str | None) -> bool:
    """A word of Japanese grammar, or kana MeCab reads as one kanji word, maybe with the kana of its
    inflection after it (教え + て)."""
    if word in _JAPANESE_ONLY:
        return True
    if kana is None or len(kana) < _KANJI_WORD_KANA:
        return False
    head, *inflection = tokenize(kana)
    return _has_kanji(head.lemma) and len(head.text) >= 2 and not any(_has_kanji(t.lemma) for t in inflection)


def _has_kanji(text: str | None) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text or "")
