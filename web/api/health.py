"""Health that an operator can act on: each part of MedNav (database, action server, Rasa) and its state.

200 when every part answers; 503 "degraded" with the reason per part otherwise, so a load balancer
takes the replica out and a person sees which part is down. Reasons never carry SQL or a traceback.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Final

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from directory.db import schema_problem
from directory.live import current_revision
from directory.models import Hospital
from directory.settings import Settings
from web.deps import SessionDep, SettingsDep

router = APIRouter(tags=["health"])
# A part that takes longer than this to say it is alive is as good as down for a patient.
_PART_TIMEOUT_SECONDS: Final = 2.0

Part = dict[str, Any]


def database_part(session: Session) -> Part:
    try:
        problem = schema_problem(session.connection())
        if problem:
            return {"status": "unavailable", "reason": problem}
        hospitals = session.execute(select(func.count()).select_from(Hospital)).scalar_one()
        return {"status": "ok", "hospitals": hospitals, "directory_revision": current_revision(session)}
    except SQLAlchemyError as error:
        # The driver's first line ("unable to open database file", "connection refused"), not the SQL.
        cause = str(getattr(error, "orig", None) or type(error).__name__).strip().splitlines()[0]
        return {"status": "unavailable", "reason": f"cannot reach the directory database: {cause}"}


def http_part(url: str) -> Part:
    try:
        with urllib.request.urlopen(url, timeout=_PART_TIMEOUT_SECONDS) as answer:
            if answer.status < 400:
                return {"status": "ok"}
            return {"status": "unavailable", "reason": f"{url} answered {answer.status}"}
    except urllib.error.HTTPError as error:
        return {"status": "unavailable", "reason": f"{url} answered {error.code}"}
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return {"status": "unavailable", "reason": f"{url} does not answer: {reason}"}


def _watched_servers(settings: Settings) -> dict[str, str]:
    servers = {}
    if settings.action_endpoint_url:
        servers["action_server"] = settings.action_endpoint_url.rsplit("/webhook", 1)[0] + "/health"
    if settings.rasa_url:
        servers["rasa"] = settings.rasa_url.rstrip("/") + "/"
    return servers


@router.get(
    "/healthz",
    summary="200 when every part answers; 503 'degraded' with the reason per part otherwise",
    responses={503: {"description": "a part is down; `parts` says which and why"}},
)
def healthz(session: SessionDep, settings: SettingsDep) -> JSONResponse:
    servers = _watched_servers(settings)
    with ThreadPoolExecutor(max(len(servers), 1)) as pool:
        answers = pool.map(http_part, servers.values())
        parts: dict[str, Part] = {"database": database_part(session)}
        parts.update(zip(servers, answers, strict=True))
    healthy = all(part["status"] == "ok" for part in parts.values())
    body: dict[str, Any] = {"status": "ok" if healthy else "degraded", "parts": parts}
    if parts["database"]["status"] == "ok":
        # Kept at the top level for the scripts that read them before parts existed.
        body["hospitals"] = parts["database"]["hospitals"]
        body["directory_revision"] = parts["database"]["directory_revision"]
    return JSONResponse(body, status_code=200 if healthy else 503)
