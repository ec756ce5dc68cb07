"""The insurers and districts in force: the built-in ones, overlaid by those that imports named."""

from __future__ import annotations

from sqlmodel import Session, select

from directory.models import District, Insurer
from directory.vocabulary.districts import DEFAULT_DISTRICTS
from directory.vocabulary.insurers import DEFAULT_INSURERS
from directory.vocabulary.terms import Term, TermKind


def _overlay(
    defaults: tuple[Term, ...], stored: list[District] | list[Insurer], kind: TermKind
) -> list[Term]:
    terms = {term.id: term for term in defaults}
    for row in stored:
        terms[row.id] = Term(kind, row.id, dict(row.name), tuple(row.aliases))
    return sorted(terms.values(), key=lambda term: term.id)


def known_insurers(session: Session) -> list[Term]:
    return _overlay(DEFAULT_INSURERS, list(session.exec(select(Insurer))), TermKind.INSURER)


def known_districts(session: Session) -> list[Term]:
    return _overlay(DEFAULT_DISTRICTS, list(session.exec(select(District))), TermKind.DISTRICT)


def term_record(term: Term) -> dict[str, object]:
    """A term as the directory file writes it."""
    record: dict[str, object] = {"id": term.id, "name": dict(term.name)}
    if term.aliases:
        record["aliases"] = list(term.aliases)
    return record
