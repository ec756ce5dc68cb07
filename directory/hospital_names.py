"""The shorter names people use for a hospital ("Global Doctor", "Aier Eye Hospital", "华西")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from directory.everyday_words import is_everyday_word
from directory.text import fold, has_cjk

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
    if has_cjk(name):
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


def hospital_short_forms(name: str) -> Iterator[str]:
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


# Kana that open a Japanese name before its kanji, the brand people say:
# "ひなた" of "ひなた日本人クリニック".
_LEADING_KANA: Final = re.compile(r"^[\u3040-\u30ffｦ-ﾟ]{3,}")
_SHORTEST_BRAND: Final = 4
# From "harmony" (4.1) on, a brand is an everyday word; "riverside" (3.7) and "lotus" (3.6) are not.
_EVERYDAY_ZIPF: Final = 4.0


def hospital_brands(name: str) -> Iterator[str]:
    """The brand a hospital is called by alone, in its name's first word ("Sweetwater" of "Sweetwater
    Endocrine and Metabolism Clinic") or its leading kana ("リバーサイド" of "リバーサイド国際病院").

    A brand that is an everyday word ("Little" of "Little Sprout Children's Hospital", "Clear" of "Clear
    Vision Eye Hospital") says nothing alone; and the resolver counts the others only beside a word that
    speaks of a hospital (see `directory.vocabulary.cues`)."""
    plain = re.sub(r"\s*[(（][^)）]*[)）]", "", name).strip()
    if has_cjk(plain):
        kana = _LEADING_KANA.match(plain)
        if kana and kana.group() != plain:
            yield kana.group().rstrip("・")
        return
    words = plain.removeprefix("Chengdu ").split()
    if (
        len(words) >= 2
        and words[0].isalpha()
        and len(words[0]) >= _SHORTEST_BRAND
        and fold(words[0]) not in _GENERIC_TAIL_WORDS
        and not is_everyday_word(words[0], _EVERYDAY_ZIPF)
    ):
        yield words[0]


def _is_distinctive(form: str) -> bool:
    if has_cjk(form):
        return len(form) >= 2 and form not in _GENERIC_CJK_TAILS
    return any(fold(word) not in _GENERIC_TAIL_WORDS for word in form.split())
