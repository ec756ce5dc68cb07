"""What the routes need, as `Annotated` dependencies."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, status
from sqlmodel import Session

from directory.db import engine_for
from directory.live import current_vocabulary
from directory.resolver import TermIndex
from directory.settings import Settings, get_settings

SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_session(settings: SettingsDep) -> Iterator[Session]:
    with Session(engine_for(settings.database_url), expire_on_commit=False) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_vocabulary(session: SessionDep) -> TermIndex:
    return current_vocabulary(session)


VocabularyDep = Annotated[TermIndex, Depends(get_vocabulary)]


def require_admin(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer $MEDINAV_ADMIN_TOKEN`; without a configured token, none pass."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this needs an 'Authorization: Bearer <admin token>' header",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if settings.admin_token is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "HTTP writes are off: MEDINAV_ADMIN_TOKEN is not set")
    if not secrets.compare_digest(token.encode(), settings.admin_token.get_secret_value().encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the admin token is not right")


AdminDep = Depends(require_admin)
