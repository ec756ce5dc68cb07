"""The web app on port 8000: the operators' API and lookup page, and the patients' chat widget."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from web.api import directory_file, health, hospitals, ui_text, vocabulary
from web.errors import install_error_handlers

STATIC = Path(__file__).resolve().parent / "static"


def create_app() -> FastAPI:
    app = FastAPI(
        title="MedNav",
        summary="Hospitals in Chengdu that serve foreign patients: search, import and export",
        version="1.0",
    )
    for module in (hospitals, directory_file, vocabulary, ui_text, health):
        app.include_router(module.router)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/static/index.html")

    return app


app = create_app()
