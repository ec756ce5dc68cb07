"""The shape every vocabulary entry shares: a code, its names, and what people type for it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

#: Locales a Localized text may carry (the contract's list); `en` is the fallback.
LOCALES: Final = ("en", "zh", "ja", "de", "fr")
FALLBACK_LOCALE: Final = "en"


class TermKind(StrEnum):
    """What a term names; each kind is one filter of a hospital search."""

    SPECIALTY = "specialty"
    LANGUAGE = "language"
    INSURER = "insurer"
    DISTRICT = "district"
    HOSPITAL = "hospital"


@dataclass(frozen=True, slots=True)
class Term:
    """One thing a person can name: a specialty, a language, an insurer, a district or a hospital.

    `name` holds the display name per locale (`en` always present); `aliases` are the other
    words people really type for it, in any language. Matching treats names and aliases alike.
    `alias_languages` says which locale an alias is written in, where the vocabulary knows it (the
    built-in specialties and languages do; an imported insurer's aliases do not): a matched word
    can then tell the reply language ("Hautarzt" is German).
    """

    kind: TermKind
    id: str
    name: Mapping[str, str]
    aliases: tuple[str, ...] = field(default=())
    alias_languages: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def display_name(self, locale: str) -> str:
        return in_locale(self.name, locale)

    def spellings(self) -> tuple[str, ...]:
        """Every written form that refers to this term: its names, its aliases, its code."""
        return (self.id, *self.name.values(), *self.aliases)


def with_aliases(
    kind: TermKind,
    term_id: str,
    name: Mapping[str, str],
    *,
    en: tuple[str, ...] = (),
    zh: tuple[str, ...] = (),
    ja: tuple[str, ...] = (),
    de: tuple[str, ...] = (),
    fr: tuple[str, ...] = (),
) -> Term:
    """A term whose aliases are grouped by the locale they are written in."""
    groups = {"en": en, "zh": zh, "ja": ja, "de": de, "fr": fr}
    aliases = tuple(dict.fromkeys(alias for group in groups.values() for alias in group))
    languages: dict[str, str] = {}
    for locale, group in groups.items():
        for alias in group:
            # An alias listed under two locales ("francophone" in en and fr) tells neither.
            languages[alias] = locale if languages.get(alias, locale) == locale else ""
    return Term(kind, term_id, dict(name), aliases, {a: code for a, code in languages.items() if code})


def in_locale(texts: Mapping[str, str], locale: str) -> str:
    """The text for `locale`, or the English one where that locale has none (the contract's rule)."""
    return texts.get(locale) or texts[FALLBACK_LOCALE]


def localized(en: str, zh: str = "", ja: str = "", de: str = "", fr: str = "") -> dict[str, str]:
    """A Localized text from keyword parts, leaving out the locales not given."""
    parts = {"en": en, "zh": zh, "ja": ja, "de": de, "fr": fr}
    return {locale: text for locale, text in parts.items() if text}
