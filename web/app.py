"""The web app on port 8000: the operators' API and lookup page, and the patients' chat widget."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from web.api import directory_file, health, hospitals, page_config, ui_text, vocabulary
from web.errors import install_error_handlers
from web.rasa_socket import RasaSocketPassThrough
from web.security import PagePolicy
from web.settings import WebSettings, get_web_settings

STATIC = Path(__file__).resolve().parent / "static"


def create_app(web_settings: WebSettings | None = None) -> FastAPI:
    app = FastAPI(
        title="MedNav",
        summary="Hospitals in Chengdu that serve foreign patients: search, import and export",
        version="1.0",
    )
    for module in (hospitals, directory_file, vocabulary, ui_text, page_config, health):
        app.include_router(module.router)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # The widget's chat: one address for the page, passed through to Rasa's socket.io channel.
    settings = web_settings or get_web_settings()
    app.mount("/socket.io", RasaSocketPassThrough(settings))
    # Pages of the allowed origins (sites embedding the widget) may read the API; nobody else's may.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
    )
    app.add_middleware(PagePolicy, settings=settings)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/static/index.html")

    return app


app = create_app()
