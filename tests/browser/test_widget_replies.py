"""The widget against a stand-in for Rasa's channel: quick replies, silence, and hostile payloads.

The stand-in speaks the channel's events (session_request / session_confirm, user_uttered /
bot_uttered) through the real web app's pass-through, so these run in seconds and say exactly what
the assistant sent.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import socketio
import uvicorn
from playwright.sync_api import Page, expect

from directory.db import make_engine, migrate
from locales import gettext
from tests.browser.conftest import serve_folder
from tests.support.stack import ROOT, free_port, wait_until_up

HOSTILE = [
    "<script>window.__mednavPwned = 'script'</script>",
    '"><svg onload="window.__mednavPwned = \'svg\'">',
    "<img src=x onerror=\"window.__mednavPwned = 'img'\">",
]


@dataclass
class StandIn:
    """What the stand-in received, and what it answers."""

    received: list[str] = field(default_factory=list)


def stand_in_app(heard: StandIn) -> socketio.ASGIApp:
    sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=[])

    @sio.on("session_request")  # type: ignore[untyped-decorator]
    async def session_request(sid: str, data: dict[str, Any]) -> None:
        await sio.emit("session_confirm", "stand-in-token", room=sid)

    @sio.on("user_uttered")  # type: ignore[untyped-decorator]
    async def user_uttered(sid: str, data: dict[str, Any]) -> None:
        message = data.get("message", "")
        heard.received.append(message)
        if message == "my insurer is Cigna":
            await sio.emit(
                "bot_uttered",
                {
                    "text": "Which insurer did you mean?",
                    "quick_replies": [
                        {"content_type": "text", "title": "Cigna Global", "payload": "Cigna Global"},
                        {
                            "content_type": "text",
                            "title": "Cigna HealthGuard",
                            "payload": "Cigna HealthGuard",
                        },
                    ],
                },
                room=sid,
            )
        elif message == "hostile":
            hospitals = [
                {
                    "id": f"hostile-{position}",
                    "name": text,
                    "name_zh": text,
                    "address": text,
                    "address_zh": text,
                    "notes": text,
                    "phone": text,
                    "website": "javascript:window.__mednavPwned='link'",
                    "map_links": {"amap": "javascript:window.__mednavPwned='map'"},
                    "languages": [],
                    "direct_billing": [],
                    "emergency_24h": False,
                }
                for position, text in enumerate(HOSTILE)
            ]
            await sio.emit("bot_uttered", {"text": HOSTILE[0]}, room=sid)
            await sio.emit(
                "bot_uttered",
                {"custom": {"type": "hospital_list", "total": 3, "hospitals": hospitals}},
                room=sid,
            )
        elif message != "silence":
            await sio.emit("bot_uttered", {"text": f"You said: {message}"}, room=sid)

    return socketio.ASGIApp(sio)


@dataclass
class Served:
    web_url: str
    host_url: str
    heard: StandIn


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    work: Path = tmp_path_factory.mktemp("stand-in")
    heard = StandIn()
    rasa_port, web_port = free_port(), free_port()
    server = uvicorn.Server(
        uvicorn.Config(stand_in_app(heard), host="127.0.0.1", port=rasa_port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    site, host_url = serve_folder(work)
    web_url = f"http://127.0.0.1:{web_port}"
    (work / "slow.html").write_text(
        f'<!doctype html><title>site</title><script src="{web_url}/static/widget.js" data-language="en" '
        'data-reply-timeout="2" async></script>',
        encoding="utf-8",
    )
    environment = {
        **os.environ,
        "MEDINAV_DATABASE_URL": f"sqlite:///{work}/directory.db",
        "MEDINAV_RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "MEDINAV_ALLOWED_ORIGINS": f"{web_url},{host_url}",
    }
    engine = make_engine(environment["MEDINAV_DATABASE_URL"])
    migrate(engine)  # the web app serves a database that is up to date; it does not migrate it
    engine.dispose()
    log = work / "web.log"
    with log.open("wb") as out:
        web = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "web.app:app", "--host", "127.0.0.1", "--port", str(web_port)],
            cwd=ROOT,
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{web_url}/static/widget.js", web, log)
            yield Served(web_url, host_url, heard)
        finally:
            web.terminate()
            web.wait(timeout=20)
            server.should_exit = True
            thread.join(timeout=10)
            site.shutdown()


def open_chat(page: Page, served: Served) -> None:
    page.goto(f"{served.host_url}/slow.html")
    page.locator('button[data-mednav="launcher"]').click()
    expect(page.locator('[data-mednav="status"]')).to_have_attribute(
        "data-state", "connected", timeout=15_000
    )


def say(page: Page, message: str) -> None:
    page.locator('[data-mednav="input"]').fill(message)
    page.locator('[data-mednav="input"]').press("Enter")


def test_a_quick_reply_sends_its_payload_as_text_and_its_set_is_disabled(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "my insurer is Cigna")
    replies = page.locator('[data-mednav="quick-reply"]')
    expect(replies).to_have_count(2)
    replies.first.click()
    expect(page.locator(".mednav-from-bot .mednav-text").last).to_have_text("You said: Cigna Global")
    assert served.heard.received[-1] == "Cigna Global"
    for button in replies.all():
        expect(button).to_be_disabled()


def test_silence_after_a_message_says_the_assistant_is_not_answering(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "silence")
    expect(page.locator('[data-mednav="status"]')).to_have_text(
        gettext("en", "The assistant is not answering. Please try again in a moment, or call the hotline."),
        timeout=6_000,
    )
    expect(page.locator(".mednav-typing")).to_have_count(0)


def test_hostile_names_notes_and_links_are_shown_as_text_and_never_run(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "hostile")
    cards = page.locator('[data-mednav="hospital"]')
    expect(cards).to_have_count(3)
    for position, text in enumerate(HOSTILE):
        card = page.locator(f'[data-mednav="hospital"][data-hospital-id="hostile-{position}"]')
        expect(card.locator("h3")).to_have_text(text)
        expect(card.locator(".mednav-notes")).to_have_text(text)
    assert (
        page.locator(
            '[data-mednav="widget"] script, [data-mednav="widget"] svg, [data-mednav="widget"] img'
        ).count()
        == 0
    )
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.wait_for_timeout(500)  # an onload or onerror would have fired by now
    assert page.evaluate("window.__mednavPwned") is None
