"""The vocabulary as the directory holds it right now, so that an import is understood at once."""

from __future__ import annotations

import threading
from functools import cache

from sqlalchemy import select
from sqlmodel import Session

from directory.models import DirectoryRevision, Hospital
from directory.resolver import TermIndex
from directory.terms import known_districts, known_insurers
from directory.vocabulary.languages import language_terms
from directory.vocabulary.specialties import SPECIALTIES
from directory.vocabulary.terms import Term, TermKind


@cache
def static_terms() -> tuple[Term, ...]:
    """The terms no import changes: specialties and languages."""
    return (*SPECIALTIES, *language_terms())


def directory_terms(session: Session) -> list[Term]:
    """Every term in force: the static ones, the known insurers and districts, and hospital names."""
    hospitals = [
        Term(TermKind.HOSPITAL, hospital_id, name)
        for hospital_id, name in session.execute(select(Hospital.id, Hospital.name))  # type: ignore[call-overload]
    ]
    return [*static_terms(), *known_insurers(session), *known_districts(session), *hospitals]


def current_revision(session: Session) -> int:
    return session.execute(select(DirectoryRevision.revision)).scalar() or 0  # type: ignore[call-overload]


class LiveVocabulary:
    """A `TermIndex` kept in step with the directory revision that imports advance.

    One cheap query per use tells whether another process imported since the index was built.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._revision: int | None = None
        self._index: TermIndex | None = None

    def index(self, session: Session) -> TermIndex:
        revision = current_revision(session)
        with self._lock:
            if self._index is None or revision != self._revision:
                self._index = TermIndex(directory_terms(session))
                self._revision = revision
            return self._index
