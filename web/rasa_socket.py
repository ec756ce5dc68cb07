"""The widget's socket.io connection, passed through to Rasa's channel.

The widget then needs one address, the one that served it: no second port to open in a firewall,
nothing for a page's URL to point elsewhere, and long-polling and WebSocket both work behind a proxy.
Engine.IO is forwarded byte for byte (polling requests as HTTP, the WebSocket frame by frame); the
conversation rules (signed session tokens) live in Rasa's channel, so they hold here unchanged. This app
is the gate for its own pass-through: a page from an origin outside MEDINAV_ALLOWED_ORIGINS is refused
here, and the Origin header is not passed on (Rasa checks the origins of the pages that reach it directly).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Final

import httpx
import websockets
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from web.settings import WebSettings

logger = logging.getLogger(__name__)

#: Longer than a long-polling GET may wait (Engine.IO's pingInterval 25 s + pingTimeout 20 s).
POLL_TIMEOUT_S: Final = 60.0
_FORWARDED_REQUEST_HEADERS: Final = ("content-type", "user-agent")


class RasaSocketPassThrough:
    """An ASGI app for the mount `/socket.io`, forwarding to `{rasa}/socket.io/`."""

    def __init__(self, settings: WebSettings) -> None:
        self._settings = settings
        self._clients: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}

    def _http_client(self) -> httpx.AsyncClient:
        # One pooled client per event loop: a test client runs each app on a loop of its own.
        loop = asyncio.get_running_loop()
        if loop not in self._clients:
            self._clients[loop] = httpx.AsyncClient(timeout=POLL_TIMEOUT_S)
        return self._clients[loop]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        settings = self._settings
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        origin = headers.get("origin")
        if origin is not None and origin.rstrip("/") not in settings.origins:
            logger.warning("refused a widget socket from the origin %s", origin)
            if scope["type"] == "websocket":
                await WebSocket(scope, receive, send).close(code=1008)
            else:
                await Response("Not an accepted origin.", 403)(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        upstream = f"{settings.rasa_base_url}/socket.io/" + (f"?{query}" if query else "")
        forwarded = {name: headers[name] for name in _FORWARDED_REQUEST_HEADERS if name in headers}
        if scope["type"] == "websocket":
            await self._websocket(WebSocket(scope, receive, send), upstream, forwarded)
        elif scope["type"] == "http":
            await self._http(scope, receive, send, upstream, forwarded)

    async def _http(
        self, scope: Scope, receive: Receive, send: Send, upstream: str, headers: dict[str, str]
    ) -> None:
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            answer = await self._http_client().request(
                scope["method"], upstream, content=bytes(body), headers=headers
            )
        except httpx.HTTPError as error:
            logger.warning("Rasa's socket.io did not answer: %s", error)
            await Response("The assistant is not reachable.", 502)(scope, receive, send)
            return
        await Response(answer.content, answer.status_code, media_type=answer.headers.get("content-type"))(
            scope, receive, send
        )

    async def _websocket(self, client: WebSocket, upstream: str, headers: dict[str, str]) -> None:
        url = "ws" + upstream.removeprefix("http")
        try:
            rasa = await websockets.connect(
                url,
                additional_headers=headers,
                ping_interval=None,  # Engine.IO pings on its own
                max_size=None,
            )
        except (OSError, websockets.exceptions.WebSocketException) as error:
            logger.warning("Rasa's socket.io refused or did not answer: %s", error)
            await client.close(code=1011)
            return
        await client.accept()

        async def to_rasa() -> None:
            with contextlib.suppress(WebSocketDisconnect):
                while True:
                    message = await client.receive()
                    if message["type"] == "websocket.disconnect":
                        return
                    frame = message.get("text")
                    await rasa.send(frame if frame is not None else message.get("bytes") or b"")

        async def to_client() -> None:
            with contextlib.suppress(websockets.exceptions.ConnectionClosed):
                async for frame in rasa:
                    if isinstance(frame, str):
                        await client.send_text(frame)
                    else:
                        await client.send_bytes(frame)

        pumps = [asyncio.create_task(to_rasa()), asyncio.create_task(to_client())]
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pump in pumps:
                pump.cancel()
            await rasa.close()
            with contextlib.suppress(RuntimeError):
                await client.close()
