"""Import a directory file: check all of it, then write all of it in one transaction, or nothing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from itertools import batched
from typing import Any, Final

from psycopg.errors import LockNotAvailable
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from directory.directory_file import TermRecord, parse_directory_file
from directory.models import (
    DirectBilling,
    DirectoryRevision,
    District,
    Hospital,
    HospitalLanguage,
    HospitalSpecialty,
    Insurer,
)
from directory.records import Record, canonical_record, hospital_row, link_rows, load_records
from directory.resolver import match_key
from directory.terms import known_districts, known_insurers, term_record
from directory.vocabulary.terms import Term, TermKind

_CHUNK: Final = 500
Progress = Callable[[int, int], None]


class ImportMode(StrEnum):
    UPSERT = "upsert"
    REPLACE = "replace"


@dataclass
class Changes:
    """Ids by what an import does to them."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class DuplicateName:
    """A name, alias or id of an insurer or district in the file that another term of its kind also
    has (built in, imported before, or elsewhere in the file). The import still succeeds, but people
    typing that name would mean two terms: the administrator should merge them under one id."""

    #: Where in the file: `insurers[0].aliases[1]`.
    path: str
    kind: TermKind
    #: As the file writes it.
    name: str
    #: The id of the file's entry.
    term_id: str
    #: The other terms of the same kind that already answer to this name.
    other_ids: tuple[str, ...]

    @property
    def message(self) -> str:
        others = ", ".join(self.other_ids)
        return (
            f'{self.path}: "{self.name}" of {self.kind.value} {self.term_id} is also a name of {others}; '
            f"merge them under one id, or the name stays ambiguous"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind.value,
            "name": self.name,
            "id": self.term_id,
            "other_ids": list(self.other_ids),
            "message": self.message,
        }


@dataclass
class ImportReport:
    mode: ImportMode
    dry_run: bool
    hospitals: Changes
    insurers: Changes
    districts: Changes
    #: The directory revision after the import; unchanged when nothing changed or on a dry run.
    revision: int
    #: Warnings, not errors: names the file gives an insurer or district that another one has.
    duplicate_names: list[DuplicateName] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.hospitals.changed or self.insurers.changed or self.districts.changed

    def as_dict(self) -> dict[str, Any]:
        report = asdict(self)
        report["changed"] = self.changed
        report["duplicate_names"] = [duplicate.as_dict() for duplicate in self.duplicate_names]
        return report


class ImportInProgress(Exception):
    """Another import holds the directory; this one wrote nothing and may be tried again."""


def _is_lock_conflict(error: OperationalError) -> bool:
    # PostgreSQL: FOR UPDATE NOWAIT found the revision row locked; SQLite: the busy timeout ran out.
    return isinstance(error.orig, LockNotAvailable) or "database is locked" in str(error.orig)


def import_directory(
    session: Session,
    raw: bytes,
    *,
    mode: ImportMode = ImportMode.UPSERT,
    dry_run: bool = False,
    max_bytes: int,
    progress: Progress | None = None,
    wait_for_others: bool = True,
) -> ImportReport:
    """Check `raw`, then apply it; raises `InvalidDirectoryFile` (nothing written) when it has errors.

    An import waits for one already running (the CLI, two replicas loading the sample at once), unless
    `wait_for_others` is False (the API): then it raises `ImportInProgress`, having written nothing.
    """
    try:
        return _import(
            session,
            raw,
            mode=mode,
            dry_run=dry_run,
            max_bytes=max_bytes,
            progress=progress,
            wait=wait_for_others,
        )
    except OperationalError as error:
        session.rollback()
        if _is_lock_conflict(error):
            raise ImportInProgress("another import is running; try again when it has finished") from None
        raise


def _import(
    session: Session,
    raw: bytes,
    *,
    mode: ImportMode,
    dry_run: bool,
    max_bytes: int,
    progress: Progress | None,
    wait: bool,
) -> ImportReport:
    revision = _lock_revision(session, wait)
    insurers, districts = known_insurers(session), known_districts(session)
    parsed = parse_directory_file(
        raw,
        known_insurers=[term.id for term in insurers],
        known_districts=[term.id for term in districts],
        max_bytes=max_bytes,
    )
    incoming = {hospital.id: canonical_record(hospital) for hospital in parsed.hospitals}
    current = load_records(session)
    report = ImportReport(
        mode=mode,
        dry_run=dry_run,
        hospitals=_hospital_changes(incoming, current, mode),
        insurers=_term_changes(parsed.insurers, insurers),
        districts=_term_changes(parsed.districts, districts),
        revision=revision.revision,
        duplicate_names=[
            *_duplicate_names("insurers", TermKind.INSURER, parsed.insurers, insurers),
            *_duplicate_names("districts", TermKind.DISTRICT, parsed.districts, districts),
        ],
    )
    if dry_run or not report.changed:
        session.rollback()
        return report
    _write_terms(session, Insurer, parsed.insurers, report.insurers)
    _write_terms(session, District, parsed.districts, report.districts)
    _write_hospitals(session, incoming, report.hospitals, progress)
    report.revision = revision.revision + 1
    session.execute(
        update(DirectoryRevision)
        .where(DirectoryRevision.id == 1)  # type: ignore[arg-type]
        .values(revision=report.revision, changed_at=datetime.now(UTC))
    )
    session.commit()
    return report


def _lock_revision(session: Session, wait: bool) -> DirectoryRevision:
    """The revision row, locked so that two imports never interleave (PostgreSQL); without `wait`, a
    second import is refused at once rather than left waiting on the first."""
    statement = select(DirectoryRevision).where(DirectoryRevision.id == 1).with_for_update(nowait=not wait)  # type: ignore[arg-type]
    row = session.execute(statement).scalar_one_or_none()
    if row is None:
        row = DirectoryRevision(id=1, revision=0)
        session.add(row)
        session.flush()
    return row


def _hospital_changes(incoming: dict[str, Record], current: dict[str, Record], mode: ImportMode) -> Changes:
    changes = Changes()
    for hospital_id, record in incoming.items():
        if hospital_id not in current:
            changes.added.append(hospital_id)
        elif current[hospital_id] != record:
            changes.updated.append(hospital_id)
        else:
            changes.unchanged.append(hospital_id)
    if mode is ImportMode.REPLACE:
        changes.removed = sorted(set(current) - set(incoming))
    return changes


def _term_changes(records: Sequence[TermRecord], known: list[Term]) -> Changes:
    by_id = {term.id: term_record(term) for term in known}
    changes = Changes()
    for record in records:
        wanted = record.model_dump(exclude_defaults=True)
        if record.id not in by_id:
            changes.added.append(record.id)
        elif by_id[record.id] != wanted:
            changes.updated.append(record.id)
        else:
            changes.unchanged.append(record.id)
    return changes


def _duplicate_names(
    section: str, kind: TermKind, records: Sequence[TermRecord], known: list[Term]
) -> Iterator[DuplicateName]:
    """Every name of the file's terms that another term of the kind answers to after the import."""
    in_force = {term.id: term for term in known}
    in_force.update(
        (record.id, Term(kind, record.id, {str(k): v for k, v in record.name.items()}, tuple(record.aliases)))
        for record in records
    )
    owners: dict[str, set[str]] = defaultdict(set)
    for term in in_force.values():
        for spelling in term.spellings():
            owners[match_key(spelling)].add(term.id)
    for position, record in enumerate(records):
        where = f"{section}[{position}]"
        written = [
            (f"{where}.id", record.id),
            *((f"{where}.name.{locale}", name) for locale, name in record.name.items()),
            *((f"{where}.aliases[{index}]", alias) for index, alias in enumerate(record.aliases)),
        ]
        for path, name in written:
            others = owners.get(match_key(name), set()) - {record.id}
            if others:
                yield DuplicateName(path, kind, name, record.id, tuple(sorted(others)))


def _write_terms(
    session: Session, table: type[Insurer] | type[District], records: Sequence[TermRecord], changes: Changes
) -> None:
    written = set(changes.added) | set(changes.updated)
    rows = [record.model_dump() for record in records if record.id in written]
    if rows:
        session.execute(delete(table).where(table.id.in_([row["id"] for row in rows])))  # type: ignore[attr-defined]
        session.execute(insert(table), rows)


def _write_hospitals(
    session: Session, incoming: dict[str, Record], changes: Changes, progress: Progress | None
) -> None:
    stale = changes.updated + changes.removed
    for ids in batched(stale, _CHUNK):
        for link in (HospitalLanguage, HospitalSpecialty, DirectBilling):
            session.execute(delete(link).where(link.hospital_id.in_(ids)))  # type: ignore[attr-defined]
        session.execute(delete(Hospital).where(Hospital.id.in_(ids)))  # type: ignore[attr-defined]
    fresh = [incoming[hospital_id] for hospital_id in changes.added + changes.updated]
    done = 0
    for chunk in batched(fresh, _CHUNK):
        session.execute(insert(Hospital), [hospital_row(record) for record in chunk])
        languages, specialties, billing = link_rows(chunk)
        for link, rows in (
            (HospitalLanguage, languages),
            (HospitalSpecialty, specialties),
            (DirectBilling, billing),
        ):
            if rows:
                session.execute(insert(link), rows)
        done += len(chunk)
        if progress:
            progress(done, len(fresh))
