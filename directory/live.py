"""The directory as it is right now, per process: its vocabulary and a searchable snapshot.

Both are built from the database and kept until an import advances the directory revision; one cheap
query per use tells whether another process (the CLI, the API, the action server) imported since.
That is how an import is live at once everywhere, with no restart and no retraining.
"""

from __future__ import annotations

import gc
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from directory.models import DirectBilling, DirectoryRevision, Hospital
from directory.records import load_records
from directory.resolver import TermIndex
from directory.search import HospitalQuery, HospitalSnapshot, SearchResult
from directory.terms import known_districts, known_insurers
from directory.vocabulary.languages import language_terms
from directory.vocabulary.specialties import SPECIALTIES
from directory.vocabulary.terms import Term, TermKind

logger = logging.getLogger(__name__)


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


def terms_in_use(session: Session) -> set[tuple[TermKind, str]]:
    """The districts hospitals lie in and the insurers they bill: where two terms share a name, the one
    in use is the one meant (an import that adds "allianz" next to the built-in "allianz-care")."""
    districts = session.execute(select(Hospital.district_id).distinct()).scalars()  # type: ignore[call-overload]
    insurers = session.execute(select(DirectBilling.insurer_id).distinct()).scalars()  # type: ignore[call-overload]
    return {(TermKind.DISTRICT, district) for district in districts} | {
        (TermKind.INSURER, insurer) for insurer in insurers
    }


def build_vocabulary(terms: list[Term], in_use: set[tuple[TermKind, str]]) -> TermIndex:
    """The index of one directory revision, settled in memory before the first message reads it."""
    index = TermIndex(terms, in_use)
    # The index is a few hundred thousand long-lived objects, all new: left alone, the garbage
    # collector's older generations would walk them during the next chat turns (pauses of 4 ms, then
    # one of 200 ms on 10,000 hospitals, measured with bench/matcher_bench.py). One collection here,
    # while the revision loads, moves them out of the young generations for good.
    gc.collect()
    return index


def current_revision(session: Session) -> int:
    return session.execute(select(DirectoryRevision.revision)).scalar() or 0  # type: ignore[call-overload]


class DirectoryUnavailable(Exception):
    """The database did not answer, and this process has no earlier copy of the directory to use."""


@dataclass
class _Revision:
    number: int
    vocabulary: TermIndex | None = None
    hospitals: HospitalSnapshot | None = None


@dataclass(frozen=True)
class DirectoryView:
    """The directory as one use of it sees it: the vocabulary and the hospitals of one revision.

    `unreachable_since` is set when the database did not answer and this is the last revision this
    process read: answers from it are still right as of then, and should say so.
    """

    revision: int
    vocabulary: TermIndex
    hospitals: HospitalSnapshot
    unreachable_since: datetime | None = None


class LiveDirectory:
    """The vocabulary and hospital snapshot of one database, rebuilt lazily after each import."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current = _Revision(-1)
        self._unreachable_since: datetime | None = None

    def _revision(self, session: Session) -> _Revision:
        number = current_revision(session)
        with self._lock:
            self._unreachable_since = None
            if number != self._current.number:
                self._current = _Revision(number)
            return self._current

    def vocabulary(self, session: Session) -> TermIndex:
        revision = self._revision(session)
        if revision.vocabulary is None:
            revision.vocabulary = build_vocabulary(directory_terms(session), terms_in_use(session))
        return revision.vocabulary

    def hospitals(self, session: Session) -> HospitalSnapshot:
        revision = self._revision(session)
        if revision.hospitals is None:
            revision.hospitals = HospitalSnapshot(load_records(session).values())
        return revision.hospitals

    def view(self, session: Session) -> DirectoryView:
        """The current revision, or the last one read when the database does not answer."""
        try:
            vocabulary = self.vocabulary(session)
            hospitals = self.hospitals(session)
            return DirectoryView(self._current.number, vocabulary, hospitals)
        except SQLAlchemyError as error:
            logger.error("the directory database did not answer: %s", getattr(error, "orig", None) or error)
            session.rollback()
            with self._lock:
                last = self._current
                if last.vocabulary is None or last.hospitals is None:
                    raise DirectoryUnavailable(type(error).__name__) from error
                self._unreachable_since = self._unreachable_since or datetime.now(UTC)
                return DirectoryView(last.number, last.vocabulary, last.hospitals, self._unreachable_since)


_by_database: dict[str, LiveDirectory] = {}
_registry_lock = threading.Lock()


def live_directory(session: Session) -> LiveDirectory:
    """The live directory of the database this session is bound to."""
    key = str(session.get_bind().engine.url)
    with _registry_lock:
        return _by_database.setdefault(key, LiveDirectory())


def current_vocabulary(session: Session) -> TermIndex:
    return live_directory(session).vocabulary(session)


def search_hospitals(session: Session, query: HospitalQuery) -> SearchResult:
    return live_directory(session).hospitals(session).search(query)


def count_hospitals(session: Session, query: HospitalQuery) -> int:
    return live_directory(session).hospitals(session).count(query)


def directory_view(session: Session) -> DirectoryView:
    return live_directory(session).view(session)
