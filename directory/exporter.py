"""The whole directory as one directory file (contract section 2)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from directory.directory_file import FORMAT_VERSION
from directory.records import load_records
from directory.terms import known_districts, known_insurers, term_record


def export_directory(session: Session) -> dict[str, Any]:
    """Every hospital and every known insurer and district; importing it back changes nothing."""
    return {
        "version": FORMAT_VERSION,
        "hospitals": list(load_records(session).values()),
        "insurers": [term_record(term) for term in known_insurers(session)],
        "districts": [term_record(term) for term in known_districts(session)],
    }
