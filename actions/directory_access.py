"""The action server's door to the live directory: one engine, one vocabulary kept current."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

from directory.db import engine_for
from directory.live import current_vocabulary
from directory.resolver import TermIndex
from directory.settings import get_settings


@contextmanager
def directory_session() -> Iterator[tuple[Session, TermIndex]]:
    """A session on the directory and the vocabulary as of now (an import is seen at once)."""
    with Session(engine_for(get_settings().database_url), expire_on_commit=False) as session:
        yield session, current_vocabulary(session)
