"""What a filter did not understand, said in the reader's language (the operators' page asks in its own)."""

from __future__ import annotations

from typing import Final

from directory.filters import FilterProblem
from directory.vocabulary.terms import Term, TermKind
from locales import N_, gettext

#: Locales the API's messages come in, chosen by Accept-Language.
MESSAGE_LOCALES: Final = ("en", "zh", "ja", "de", "fr")

# One message per kind of term: "unknown" and "more than one" agree with the noun in German and French.
_UNKNOWN: Final = {
    TermKind.LANGUAGE: N_('unknown language "{value}"'),
    TermKind.SPECIALTY: N_('unknown specialty "{value}"'),
    TermKind.INSURER: N_('unknown insurer "{value}"'),
    TermKind.DISTRICT: N_('unknown district "{value}"'),
}
_AMBIGUOUS: Final = {
    TermKind.LANGUAGE: N_('"{value}" could be more than one language: {names}'),
    TermKind.SPECIALTY: N_('"{value}" could be more than one specialty: {names}'),
    TermKind.INSURER: N_('"{value}" could be more than one insurer: {names}'),
    TermKind.DISTRICT: N_('"{value}" could be more than one district: {names}'),
}
_HOW: Final = N_("; give a code, or a name in en, zh, ja, de or fr")
_CLOSEST: Final = N_(" (closest: {names})")
_LIST_SEPARATOR: Final = N_(", ")


def message_locale(accept_language: str | None) -> str:
    """The first of Accept-Language's languages that the messages come in; English otherwise."""
    for part in (accept_language or "").split(","):
        primary = part.split(";")[0].strip().lower().split("-")[0]
        if primary in MESSAGE_LOCALES:
            return primary
    return "en"


def _names(terms: tuple[Term, ...], locale: str) -> str:
    return gettext(locale, _LIST_SEPARATOR).join(f"{term.id} ({term.display_name(locale)})" for term in terms)


def problem_message(problem: FilterProblem, locale: str) -> str:
    if problem.kind not in _UNKNOWN:
        return problem.message
    if problem.candidates:
        template = gettext(locale, _AMBIGUOUS[problem.kind])
        return template.format(value=problem.value, names=_names(problem.candidates, locale))
    message = gettext(locale, _UNKNOWN[problem.kind]).format(value=problem.value) + gettext(locale, _HOW)
    if problem.suggestions:
        message += gettext(locale, _CLOSEST).format(names=_names(problem.suggestions, locale))
    return message
