"""A stand-in for Rasa's socket.io channel, and servers on free ports in a thread, for web tests.

The stand-in speaks the channel's events (session_request / session_confirm, user_uttered /
bot_uttered) and answers a few fixed messages, so tests of the pass-through and the widget say exactly
what the assistant sent, in seconds, without a model.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import socketio
import uvicorn
from starlette.types import ASGIApp

from tests.support.stack import free_port

HOSTILE = [
    "<script>window.__mednavPwned = 'script'</script>",
    '"><svg onload="window.__mednavPwned = \'svg\'">',
    "<img src=x onerror=\"window.__mednavPwned = 'img'\">",
]


@dataclass
class Heard:
    """Every message the stand-in received, in order."""

    messages: list[str] = field(default_factory=list)


def hostile_hospitals() -> list[dict[str, Any]]:
    return [
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


def stand_in_app(heard: Heard) -> ASGIApp:
    sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=[])

    async def session_request(sid: str, data: dict[str, Any]) -> None:
        await sio.emit("session_confirm", "stand-in-token", room=sid)

    async def user_uttered(sid: str, data: dict[str, Any]) -> None:
        message = str(data.get("message", ""))
        heard.messages.append(message)
        if message == "my insurer is Cigna":
            buttons = [
                {"content_type": "text", "title": name, "payload": name}
                for name in ("Cigna Global", "Cigna HealthGuard")
            ]
            await sio.emit(
                "bot_uttered", {"text": "Which insurer did you mean?", "quick_replies": buttons}, room=sid
            )
        elif message == "hostile":
            await sio.emit("bot_uttered", {"text": HOSTILE[0]}, room=sid)
            listing = {"type": "hospital_list", "total": 3, "hospitals": hostile_hospitals()}
            await sio.emit("bot_uttered", {"custom": listing}, room=sid)
        elif message == "located":
            located = [
                {
                    "id": "north",
                    "name": "North Clinic",
                    "name_zh": "北诊所",
                    "location": {"lat": 30.70, "lon": 104.06},
                },
                {
                    "id": "south",
                    "name": "South Clinic",
                    "name_zh": "南诊所",
                    "location": {"lat": 30.60, "lon": 104.07},
                },
                {"id": "nowhere", "name": "Unlocated Clinic", "name_zh": "诊所"},
            ]
            listing = {"type": "hospital_list", "total": 3, "hospitals": located}
            await sio.emit("bot_uttered", {"custom": listing}, room=sid)
        elif message != "silence":
            await sio.emit("bot_uttered", {"text": f"You said: {message}"}, room=sid)

    sio.on("session_request", handler=session_request)
    sio.on("user_uttered", handler=user_uttered)
    app: ASGIApp = socketio.ASGIApp(sio)
    return app


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """`app` served by uvicorn on a free port in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"the server on port {port} did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
