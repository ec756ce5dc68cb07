"""Errors as JSON that says what happened, never a stack trace or SQL text.

A failing database is a 503 the client can retry; an import that finds another one running is a 409;
anything else unexpected is a plain 500 whose details stay in the server's log.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from directory.importer import ImportInProgress
from directory.live import DirectoryUnavailable

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = "the directory database is unavailable right now; try again shortly"


def _database_unavailable(request: Request, error: Exception) -> JSONResponse:
    logger.error("%s %s: directory database unavailable: %r", request.method, request.url.path, error)
    return JSONResponse({"detail": DATABASE_UNAVAILABLE}, status_code=status.HTTP_503_SERVICE_UNAVAILABLE)


def _import_in_progress(_request: Request, error: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=status.HTTP_409_CONFLICT)


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    logger.exception("%s %s failed", request.method, request.url.path, exc_info=error)
    return JSONResponse({"detail": "internal error"}, status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(SQLAlchemyError, _database_unavailable)
    app.add_exception_handler(DirectoryUnavailable, _database_unavailable)
    app.add_exception_handler(ImportInProgress, _import_in_progress)
    app.add_exception_handler(Exception, _unexpected)
