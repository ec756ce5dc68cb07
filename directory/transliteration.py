"""Foreign names written in katakana ("ナウヘルス" for Now Health), matched by their sound.

An administrator imports an insurer as "Now Health" or "Allianz Care"; a Japanese patient writes it as
they hear it, in katakana, and no alias lists that. Both spellings are reduced to the skeleton of their
consonants as Japanese hears them: English `l` and `r` are one sound, `th` and `z` are heard as `s`,
a vowel-final `r` is silent ("Henner" is ヘナー), and vowels, which katakana adds after every consonant,
do not count. Two spellings with the same skeleton of three consonants or more sound alike; shorter
skeletons ("AXA", "Bupa") say too little and are left to written aliases.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: Fewer consonants than this say too little to tell two names apart by sound.
SHORTEST_SKELETON: Final = 3

# Katakana syllables as their consonant class (vowels are dropped; ン is n; ッ and ー add nothing).
_ROWS: Final = {
    "K": "カキクケコ",
    "G": "ガギグゲゴ",
    "S": "サシスセソザズゼゾツ",
    "T": "タテト",
    "D": "ダヂヅデド",
    "C": "チ",
    "N": "ナニヌネノン",
    "H": "ハヒヘホ",
    "F": "フ",
    "B": "バビブベボヴ",
    "P": "パピプペポ",
    "M": "マミムメモ",
    "R": "ラリルレロ",
    "W": "ワヲ",
}
_KATAKANA_CLASS: Final = {kana: row for row, kanas in _ROWS.items() for kana in kanas}
# ジ is "ji": the same class as a soft English g and j.
_KATAKANA_CLASS["ジ"] = "J"
_KATAKANA_CLASS["ヂ"] = "J"
_SILENT: Final = set("アイウエオャュョァィゥェォヤユヨッー・ヽヾ")
_SMALL_VOWELS: Final = set("ァィゥェォ")
KATAKANA_WORD: Final = re.compile("[\u30a1-\u30fa\u30fc\u30fb]{3,}")

# English letters (and a few pairs) as the consonant class Japanese hears, in the order they are tried.
_LATIN_RULES: Final = (
    ("sch", "S"),
    ("sh", "S"),
    ("ch", "C"),
    ("th", "S"),
    ("ph", "F"),
    ("ck", "K"),
    ("ts", "S"),
    ("ng", "N"),
    ("qu", "K"),
    ("x", "KS"),
    ("q", "K"),
    ("z", "S"),
    ("s", "S"),
    ("l", "R"),
    ("r", "R"),
    ("v", "B"),
    ("b", "B"),
    ("p", "P"),
    ("f", "F"),
    ("k", "K"),
    ("d", "D"),
    ("t", "T"),
    ("m", "M"),
    ("n", "N"),
    ("h", "H"),
    ("j", "J"),
)
_VOWELS: Final = set("aeiouy")


def katakana_skeleton(word: str) -> tuple[str, ...]:
    """The consonant classes of a katakana word ("ナウヘルス" -> N H R S)."""
    classes: list[str] = []
    kanas = unicodedata.normalize("NFKC", word)
    for position, kana in enumerate(kanas):
        if kana == "ウ" and kanas[position + 1 : position + 2] in _SMALL_VOWELS:
            classes.append("W")  # ウィ, ウェ: "wi", "we"
            continue
        if kana in _SILENT:
            continue
        cls = _KATAKANA_CLASS.get(kana)
        if cls is None:
            return ()
        classes.append(cls)
    return _collapsed(classes)


def latin_skeleton(name: str) -> tuple[str, ...]:
    """The consonant classes of a name in Latin letters as Japanese hears it ("Now Health" -> N H R S)."""
    classes: list[str] = []
    for word in re.findall(r"[a-z]+", _ascii(name)):
        classes += _latin_word(word)
    return _collapsed(classes)


def _latin_word(word: str) -> list[str]:
    classes: list[str] = []
    position = 0
    while position < len(word):
        letter = word[position]
        following = word[position + 1] if position + 1 < len(word) else ""
        if letter in _VOWELS:
            position += 1
            continue
        if letter == "w":
            # A w before a vowel at the start of a syllable is heard (ウィ, ワ); after a vowel it only
            # rounds it ("now" is ナウ).
            if following in _VOWELS and (position == 0 or word[position - 1] not in _VOWELS):
                classes.append("W")
            position += 1
            continue
        if letter == "r" and position > 0 and word[position - 1] in _VOWELS:
            final_e = word[position + 1 :] == "e"
            if not following or following not in _VOWELS or final_e:
                position += 1  # "Henner", "Nord", "care": a vowel's r is silent (ヘナー, ケア)
                continue
        if letter == "t" and following == "u":
            classes.append("C")  # "mutual", "future": チュ
            position += 1
            continue
        if letter in "cg":
            soft = following in ("e", "i", "y")
            classes.append(("S" if letter == "c" else "J") if soft else ("K" if letter == "c" else "G"))
            position += 1
            continue
        for spelling, cls in _LATIN_RULES:
            if word.startswith(spelling, position):
                classes.extend(["K", "S"] if cls == "KS" else [cls])
                position += len(spelling)
                break
        else:
            position += 1
    return classes


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if char.isascii())


def _collapsed(classes: list[str]) -> tuple[str, ...]:
    """Doubled consonants are one ("Russell", ラッセル)."""
    return tuple(cls for position, cls in enumerate(classes) if not position or classes[position - 1] != cls)
