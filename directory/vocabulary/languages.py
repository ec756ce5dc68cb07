"""Languages of service: every ISO 639-1 code, named by CLDR (through Babel) in the product's locales."""

from __future__ import annotations

from functools import cache
from typing import Final

from babel import Locale, UnknownLocaleError

from directory.text import fold
from directory.vocabulary.terms import LOCALES, Term, TermKind

# Words people type for a language that are not its CLDR name: adjectives of "-speaking" and the
# everyday names of Chinese. Derived forms (English-speaking, englischsprachig) are generated below.
# Keyed by language code, then by the locale the alias is written in.
_EXTRA_ALIASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "zh": {
        "en": ("Mandarin", "Mandarin Chinese", "Chinese speaking"),
        "zh": ("普通话", "汉语", "華語"),
        "ja": ("国語", "マンダリン", "北京語", "普通話"),
        "de": ("Mandarin", "Hochchinesisch"),
        "fr": ("sinophone", "mandarin"),
    },
    "en": {"fr": ("anglophone",), "zh": ("英文",), "ja": ("英会話",)},
    "fr": {"fr": ("francophone",)},
    "de": {"fr": ("germanophone",), "de": ("deutschsprachig",)},
    "es": {"fr": ("hispanophone",), "": ("hispanohablante",)},
    "pt": {"fr": ("lusophone",)},
    "ar": {"fr": ("arabophone",)},
    "ru": {"fr": ("russophone",)},
    "ja": {"fr": ("japonophone",), "zh": ("日文",)},
    "ko": {"zh": ("韩文",)},
}


@cache
def iso_639_1_codes() -> tuple[str, ...]:
    """The two-letter language codes CLDR knows: ISO 639-1, as the contract asks."""
    return tuple(sorted(code for code in Locale("en").languages if isinstance(code, str) and len(code) == 2))


def _autonym(code: str) -> str | None:
    """The language's name for itself ("Deutsch", "日本語"), where CLDR has a locale for it."""
    try:
        return Locale(code).get_display_name(code)
    except (UnknownLocaleError, ValueError):
        return None


# The endings of a language name that describe people who speak it ("English-speaking",
# "deutschsprachig", "francophone", "日本語対応"), as opposed to the language itself. Folded.
_SPEAKER_ENDINGS: Final = (
    "-speaking",
    " speaking",
    "sprachig",
    "sprachige",
    "sprachigen",
    "sprachiger",
    "sprachiges",
    "sprachigem",
    "phone",
    "phones",
    "対応",
    "服务",
    "hablante",
)


def names_speakers(typed: str) -> bool:
    """Whether a language name as typed describes staff who speak it, not a way to answer."""
    return fold(typed).endswith(_SPEAKER_ENDINGS)


def _derived_aliases(names: dict[str, str]) -> dict[str, str]:
    """Adjectival forms that people write instead of the bare name, with the locale of each."""
    english, german = names["en"], names["de"]
    return {
        f"{english}-speaking": "en",
        f"{english} speaking": "en",
        f"{german.lower()}sprachig": "de",
        f"{names['ja']}対応": "ja",
        f"{names['zh']}服务": "zh",
    }


@cache
def language_terms() -> tuple[Term, ...]:
    """One term per ISO 639-1 code, with CLDR names in en, zh, ja, de and fr."""
    terms = []
    for code in iso_639_1_codes():
        names = {locale: Locale(locale).languages.get(code) or code for locale in LOCALES}
        written_in = _derived_aliases(names)
        for locale, extra in _EXTRA_ALIASES.get(code, {}).items():
            written_in.update(dict.fromkeys(extra, locale))
        autonym = _autonym(code)
        if autonym and autonym not in written_in:
            # "Deutsch" is German, "español" a language none of the four locales writes.
            written_in[autonym] = code if code in LOCALES else ""
        languages = {alias: locale for alias, locale in written_in.items() if locale}
        terms.append(Term(TermKind.LANGUAGE, code, names, tuple(written_in), languages))
    return tuple(terms)
