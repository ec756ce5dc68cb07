"""Languages of service: every ISO 639-1 code, named by CLDR (through Babel) in the product's locales."""

from __future__ import annotations

from functools import cache
from typing import Final

from babel import Locale, UnknownLocaleError

from directory.vocabulary.terms import LOCALES, Term, TermKind

# Words people type for a language that are not its CLDR name: adjectives of "-speaking" and the
# everyday names of Chinese. Derived forms (English-speaking, englischsprachig) are generated below.
_EXTRA_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "zh": ("Mandarin", "Mandarin Chinese", "普通话", "汉语", "華語", "国語", "Chinese speaking", "sinophone"),
    "en": ("anglophone", "英文", "英会話"),
    "fr": ("francophone",),
    "de": ("germanophone", "deutschsprachig"),
    "es": ("hispanophone", "hispanohablante"),
    "pt": ("lusophone",),
    "ar": ("arabophone",),
    "ru": ("russophone",),
    "ja": ("japonophone", "日文"),
    "ko": ("韩文",),
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


def _derived_aliases(names: dict[str, str]) -> tuple[str, ...]:
    """Adjectival forms that people write instead of the bare name."""
    english, german = names["en"], names["de"]
    return (
        f"{english}-speaking",
        f"{english} speaking",
        f"{german.lower()}sprachig",
        f"{names['ja']}対応",
        f"{names['zh']}服务",
    )


@cache
def language_terms() -> tuple[Term, ...]:
    """One term per ISO 639-1 code, with CLDR names in en, zh, ja, de and fr."""
    terms = []
    for code in iso_639_1_codes():
        names = {locale: Locale(locale).languages.get(code) or code for locale in LOCALES}
        aliases = list(_derived_aliases(names)) + list(_EXTRA_ALIASES.get(code, ()))
        autonym = _autonym(code)
        if autonym:
            aliases.append(autonym)
        terms.append(Term(TermKind.LANGUAGE, code, names, tuple(dict.fromkeys(aliases))))
    return tuple(terms)
