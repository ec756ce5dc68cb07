"""Liveness that means something: the app answers and so does its database."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from directory.live import current_revision
from directory.models import Hospital
from web.deps import SessionDep

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="200 when the app and its database answer")
def healthz(session: SessionDep) -> dict[str, Any]:
    try:
        hospitals = session.execute(select(func.count()).select_from(Hospital)).scalar_one()
        revision = current_revision(session)
    except SQLAlchemyError as error:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"database unavailable: {error}") from None
    return {"status": "ok", "hospitals": hospitals, "directory_revision": revision}
