"""The web app's side of the widget: the socket.io pass-through to Rasa, CORS and the pages' policy."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import socketio
from fastapi.testclient import TestClient

from tests.support.stand_in import Heard, serving, stand_in_app
from web.app import STATIC, create_app
from web.security import content_security_policy
from web.settings import WebSettings

SITE = "https://hospital.example"


@pytest.fixture(scope="module")
def stand_in() -> Iterator[tuple[str, Heard]]:
    heard = Heard()
    with serving(stand_in_app(heard)) as url:
        yield url, heard


@pytest.fixture(scope="module")
def web(stand_in: tuple[str, Heard]) -> Iterator[str]:
    settings = WebSettings(
        rasa_url=stand_in[0], web_port=8000, allowed_origins=f"http://localhost:8000,{SITE}"
    )
    with serving(create_app(settings)) as url:
        yield url


async def converse(url: str, transport: str, origin: str | None) -> list[dict[str, Any]]:
    client = socketio.AsyncClient(reconnection=False)
    confirmed: asyncio.Queue[str] = asyncio.Queue()
    replies: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    client.on("session_confirm", confirmed.put_nowait)
    client.on("bot_uttered", replies.put_nowait)
    await client.connect(url, transports=[transport], headers={"Origin": origin} if origin else {})
    try:
        await client.emit("session_request", {"session_id": None})
        token = await asyncio.wait_for(confirmed.get(), 10)
        await client.emit("user_uttered", {"message": "hello through the app", "session_id": token})
        return [await asyncio.wait_for(replies.get(), 10)]
    finally:
        await client.disconnect()


async def test_the_widget_reaches_rasa_through_the_app_that_served_it(web: str) -> None:
    replies = await converse(web, "websocket", origin=SITE)
    assert replies == [{"text": "You said: hello through the app"}]


def test_long_polling_reaches_rasa_through_the_app_too(web: str) -> None:
    # Engine.IO by hand: python-socketio's client takes a whole ping interval to close a polling session.
    poll = f"{web}/socket.io/?EIO=4&transport=polling"
    with httpx.Client(headers={"Origin": SITE}, timeout=10) as http:
        opened = http.get(poll)
        assert opened.text.startswith("0")
        session = f"{poll}&sid={json.loads(opened.text[1:])['sid']}"
        assert http.post(session, content="40").text == "OK"
        assert http.get(session).text.startswith("40")
        http.post(session, content='42["session_request",{"session_id":null}]')
        assert http.get(session).text == '42["session_confirm","stand-in-token"]'


@pytest.mark.parametrize("transport", ["websocket", "polling"])
async def test_a_page_from_an_origin_not_allowed_is_refused_by_the_pass_through(
    web: str, stand_in: tuple[str, Heard], transport: str
) -> None:
    before = len(stand_in[1].messages)
    with pytest.raises(socketio.exceptions.ConnectionError):
        await converse(web, transport, origin="https://phishing.example")
    assert len(stand_in[1].messages) == before


def test_without_rasa_the_pass_through_says_so_with_a_502() -> None:
    settings = WebSettings(rasa_url="http://127.0.0.1:9", allowed_origins=SITE)
    with TestClient(create_app(settings)) as client:
        assert client.get("/socket.io/?EIO=4&transport=polling").status_code == 502


def test_only_allowed_sites_may_read_the_labels_across_origins() -> None:
    with TestClient(create_app(WebSettings(allowed_origins=SITE))) as client:
        allowed = client.get("/api/ui-text?locale=ja", headers={"Origin": SITE})
        foreign = client.get("/api/ui-text?locale=ja", headers={"Origin": "https://phishing.example"})
    assert allowed.headers["access-control-allow-origin"] == SITE
    assert "access-control-allow-origin" not in foreign.headers


def test_the_pages_run_only_their_own_scripts() -> None:
    settings = WebSettings()
    with TestClient(create_app(settings)) as client:
        for page in ("/static/chat.html", "/static/lookup.html", "/static/index.html", "/static/widget.js"):
            policy = client.get(page).headers["content-security-policy"]
            assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "content-security-policy" not in client.get("/docs").headers
    for page in ("chat.html", "lookup.html", "index.html"):
        html = (STATIC / page).read_text(encoding="utf-8")
        assert "<script>" not in html and " on" + "load=" not in html, f"{page} has inline code"


def test_a_configured_tile_source_is_the_one_other_image_origin() -> None:
    policy = content_security_policy(WebSettings(map_tiles="https://tiles.example.org/{z}/{x}/{y}.png"))
    assert "img-src 'self' data: https://tiles.example.org" in policy


def test_default_origins_are_the_web_apps_own_on_its_port() -> None:
    assert WebSettings(web_port=8123).origins == ["http://localhost:8123", "http://127.0.0.1:8123"]
    assert WebSettings(allowed_origins=" https://a.example/ , https://b.example").origins == [
        "https://a.example",
        "https://b.example",
    ]
