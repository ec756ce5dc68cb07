"""Search filters as people type them (codes, names or aliases in any locale) turned into a query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from directory.resolver import Resolved, TermIndex
from directory.search import HospitalQuery
from directory.vocabulary.terms import Term, TermKind


@dataclass(frozen=True, slots=True)
class FilterProblem:
    """A filter value that names nothing known, or more than one thing.

    `message` is in English; `kind`, `candidates` (when ambiguous) and `suggestions` (the closest terms
    when unknown) let a reader say the same in another language.
    """

    parameter: str
    value: str
    message: str
    kind: TermKind | None = None
    candidates: tuple[Term, ...] = ()
    suggestions: tuple[Term, ...] = ()


class UnknownFilterValue(Exception):
    def __init__(self, problems: Sequence[FilterProblem]) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = list(problems)


def _resolve(
    index: TermIndex, kind: TermKind, parameter: str, value: str, problems: list[FilterProblem]
) -> str:
    outcome = index.resolve(kind, value)
    if isinstance(outcome, Resolved):
        return outcome.term.id
    if outcome.is_ambiguous:
        problems.append(FilterProblem(parameter, value, outcome.message(), kind, outcome.candidates))
        return ""
    close = tuple(index.suggestions(kind, value))
    hint = ", ".join(f"{term.id} ({term.display_name('en')})" for term in close)
    message = f"{outcome.message()}; give a code, or a name in en, zh, ja, de or fr" + (
        f" (closest: {hint})" if hint else ""
    )
    problems.append(FilterProblem(parameter, value, message, kind, suggestions=close))
    return ""


def resolve_query(
    index: TermIndex,
    *,
    languages: Sequence[str] = (),
    specialty: str | None = None,
    insurer: str | None = None,
    district: str | None = None,
    direct_billing: bool = False,
    emergency_24h: bool = False,
    text: str | None = None,
    locale: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> HospitalQuery:
    """The query these typed filters mean, or `UnknownFilterValue` naming every value not understood."""
    problems: list[FilterProblem] = []
    language_codes = tuple(
        dict.fromkeys(_resolve(index, TermKind.LANGUAGE, "language", value, problems) for value in languages)
    )
    query = HospitalQuery(
        languages=language_codes,
        specialty=_resolve(index, TermKind.SPECIALTY, "specialty", specialty, problems)
        if specialty
        else None,
        insurer=_resolve(index, TermKind.INSURER, "insurer", insurer, problems) if insurer else None,
        district=_resolve(index, TermKind.DISTRICT, "district", district, problems) if district else None,
        direct_billing=direct_billing,
        emergency_24h=emergency_24h,
        text=text.strip() or None if text else None,
        preferred_language=locale,
        limit=limit,
        offset=offset,
    )
    if problems:
        raise UnknownFilterValue(problems)
    return query
