"""The pages in a real browser: Debian's Chromium driven by Playwright, against a real web app.

`stack` serves a directory of its own through a real Rasa, action server and web app (the widget's
socket.io passes through the web app); `host_page` serves a blank page from another origin, as a
hospital's site that embeds the widget. Screenshots go to docs/screenshots/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from directory.db import engine_for, migrate_database, session_scope
from directory.importer import import_directory
from tests.bot.conftest import UNSEEN_DIRECTORY, trained_model
from tests.support.stack import ROOT, Stack, assistant_stack, free_port, wait_until_up

CHROMIUM = Path(os.environ.get("MEDINAV_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / "docs" / "screenshots"
ADMIN_TOKEN = "browser-test-admin-token-0123"

#: What the cards must show: the unseen directory, with one hospital described in full.
MAPLE_LEAF_NOTES = {
    "en": "Direct billing applies to the international ward only.",
    "zh": "直接结算仅适用于国际病房。",
    "ja": "直接請求は国際病棟のみ対象です。",
    "de": "Direktabrechnung gilt nur für die internationale Station.",
    "fr": "La facturation directe ne s'applique qu'au service international.",
}
MAPLE_LEAF_DETAILS: dict[str, Any] = {
    "location": {"lat": 30.6337, "lon": 104.0455},
    "international_desk": {
        "phone": "+86 28 8555 0101",
        "hours": {"en": "Mon–Fri 8:30–17:30", "ja": "月〜金 8:30〜17:30", "de": "Mo–Fr 8:30–17:30"},
    },
    "accreditations": ["JCI"],
    "verified_on": "2026-10-01",
    "notes": MAPLE_LEAF_NOTES,
}


def browser_directory() -> dict[str, Any]:
    directory: dict[str, Any] = json.loads(UNSEEN_DIRECTORY.read_text(encoding="utf-8"))
    for hospital in directory["hospitals"]:
        if hospital["id"] == "maple-leaf-clinic":
            hospital.update(MAPLE_LEAF_DETAILS)
    return directory


def chromium_or_skip() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    reason = f"needs Chromium at {CHROMIUM}: `make test` installs Debian's chromium when run as root"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class WebStack:
    web_url: str
    directory_url: str
    assistant: Stack
    host_url: str
    foreign_url: str


def serve_folder(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# Module scope: Playwright's sync API holds an asyncio loop running in the main thread while it is
# started, which would stop every later async test; it is stopped at the end of each browser module.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_or_skip()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebStack]:
    chromium_or_skip()  # before the minutes it takes to start the assistant
    model = trained_model()
    work = tmp_path_factory.mktemp("browser")
    directory_url = f"sqlite:///{work}/directory.db"
    migrate_database(directory_url)
    with session_scope(engine_for(directory_url)) as session:
        import_directory(session, json.dumps(browser_directory()).encode(), max_bytes=10**7)
    blank = work / "site"
    blank.mkdir()
    host, host_url = serve_folder(blank)
    foreign, foreign_url = serve_folder(blank)
    web_port = free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    with assistant_stack(model, directory_url, work) as assistant:
        environment = {
            **os.environ,
            "MEDINAV_DATABASE_URL": directory_url,
            "MEDINAV_ADMIN_TOKEN": ADMIN_TOKEN,
            "MEDINAV_RASA_URL": assistant.rasa_url,
            "MEDINAV_WEB_PORT": str(web_port),
            # The hospital site embedding the widget; `foreign_url` is a site that is not allowed to.
            "MEDINAV_ALLOWED_ORIGINS": f"{web_url},{host_url}",
        }
        log = work / "web.log"
        with log.open("wb") as out:
            web = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "web.app:app",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(web_port),
                ],
                cwd=ROOT,
                env=environment,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
            try:
                wait_until_up(f"{web_url}/healthz", web, log)
                (blank / "blank.html").write_text(embed_page(web_url, None), encoding="utf-8")
                for language in ("en", "ja", "de", "fr"):
                    (blank / f"blank-{language}.html").write_text(
                        embed_page(web_url, language), encoding="utf-8"
                    )
                yield WebStack(web_url, directory_url, assistant, host_url, foreign_url)
            finally:
                web.terminate()
                web.wait(timeout=20)
                host.shutdown()
                foreign.shutdown()


def embed_page(web_url: str, language: str | None) -> str:
    """A page with nothing but the one script tag of the contract."""
    attribute = f' data-language="{language}"' if language else ""
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>A hospital's site</title></head><body>"
        f'<script src="{web_url}/static/widget.js"{attribute} async></script></body></html>'
    )


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-US")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"the page raised: {errors}"


def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
