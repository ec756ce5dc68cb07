"""How text is compared: one normalization for names, aliases, filters and chat messages."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Latin diacritics are dropped so that "gynecologie" finds "gynécologie"; the kana voicing
# marks (U+3099, U+309A) are not in this block, so Japanese keeps its meaning.
_LATIN_COMBINING: Final = re.compile("[\u0300-\u036f]")
_SPACES: Final = re.compile(r"\s+")


# Ligatures Unicode does not decompose, written out as people type them on a keyboard without them.
_LIGATURES: Final = str.maketrans({"œ": "oe", "æ": "ae"})


def fold(text: str) -> str:
    """Case-, width- and accent-insensitive form of `text`, with runs of white space collapsed."""
    compatible = unicodedata.normalize("NFKC", text).casefold().translate(_LIGATURES)
    stripped = _LATIN_COMBINING.sub("", unicodedata.normalize("NFD", compatible))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def is_cjk(char: str) -> bool:
    """Han, kana and CJK symbols: scripts written without spaces between words."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x31F0 <= code <= 0x31FF  # katakana phonetic extensions
        or 0x3005 <= code <= 0x3007  # 々 〆 〇
        or 0xFF66 <= code <= 0xFF9F  # half-width katakana
    )


_CJK_RANGES: Final = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u31f0-\u31ff\u3005-\u3007\uff66-\uff9f"
)
_CJK: Final = re.compile(f"[{_CJK_RANGES}]")
#: Stretches of text outside Chinese and Japanese script ("Cigna" of "Cignaで").
NON_CJK_RUN: Final = re.compile(f"[^{_CJK_RANGES}]+")


def has_cjk(text: str) -> bool:
    """True when any character of `text` is one `is_cjk` accepts (one regular-expression search)."""
    return _CJK.search(text) is not None


_CJK_RUN: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+")


def has_japanese(text: str) -> bool:
    """Whether `text` holds a run of Japanese: kana, or kanji all of the JIS character sets. A word
    with a character only simplified Chinese writes (电话, 医疗: Japanese writes 電話, 医療) is Chinese."""
    for run in _CJK_RUN.findall(text):
        if has_kana(run):
            return True
        try:
            run.encode("euc_jis_2004")
        except UnicodeEncodeError:
            continue
        return True
    return False


def has_kana(text: str) -> bool:
    """True when `text` holds hiragana or katakana, which only Japanese uses."""
    return any(0x3040 <= ord(char) <= 0x30FF or 0xFF66 <= ord(char) <= 0xFF9F for char in text)


_VOICING_MARKS: Final = ("\u3099", "\u309a")


def fold_chars(text: str) -> tuple[str, list[int]]:
    """`text` folded character by character, with the index in `text` where each folded character
    starts, so a match in the folded text can be shown as the person typed it.

    Unlike `fold`, white space is kept as it is (one character for one), and a half-width voicing mark
    joins the kana before it ("ｶﾞ" -> "ガ").
    """
    folded: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(text):
        piece = fold(char) if not char.isspace() else " "
        if not piece:
            piece = char
        if piece[0] in _VOICING_MARKS and folded:
            folded[-1] = unicodedata.normalize("NFC", folded[-1] + piece[0])
            piece = piece[1:]
        for part in piece:
            folded.append(part)
            origins.append(position)
    return "".join(folded), origins
