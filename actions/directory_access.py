"""The action server's door to the live directory: one engine, one view of the directory per turn."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

from directory.db import engine_for
from directory.live import DirectoryView, directory_view
from directory.settings import get_settings


@contextmanager
def directory_session() -> Iterator[tuple[Session, DirectoryView]]:
    """A session on the directory and the directory as of now (an import is seen at once).

    Raises directory.live.DirectoryUnavailable when the database does not answer and no earlier
    copy is at hand.
    """
    with Session(engine_for(get_settings().database_url), expire_on_commit=False) as session:
        yield session, directory_view(session)
