"""The web app on port 8000: the operators' API and lookup page, and the patients' chat widget."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import OperationalError, ProgrammingError

from web.api import directory_file, health, hospitals, ui_text, vocabulary

STATIC = Path(__file__).resolve().parent / "static"


def create_app() -> FastAPI:
    app = FastAPI(
        title="MedNav",
        summary="Hospitals in Chengdu that serve foreign patients: search, import and export",
        version="1.0",
    )
    for module in (hospitals, directory_file, vocabulary, ui_text, health):
        app.include_router(module.router)

    # A database that is gone or was never migrated is an outage to report (503, see /healthz), not a
    # traceback and never an empty answer.
    @app.exception_handler(OperationalError)
    @app.exception_handler(ProgrammingError)
    async def database_unavailable(_request: Request, _error: Exception) -> JSONResponse:
        return JSONResponse(
            {"detail": "the directory database is unavailable; see /healthz"}, status_code=503
        )

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/static/index.html")

    return app


app = create_app()
