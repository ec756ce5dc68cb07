"""Calls to the action server over kept-alive connections, not a new connection for every call.

Rasa 3.6 opens a new aiohttp session for every request to an endpoint (`EndpointConfig.session`), so
each action call pays for a session, a TCP connection and its teardown on both sides: about 2 ms of
Rasa's event loop and as much of the action server's per message. Here each endpoint keeps one
session per event loop, whose connections are reused. A kept-alive connection can be closed by the
other side just as it is reused (the action server drops idle ones, or it was restarted); such a
call is sent once more on a fresh connection. MedNav's actions only read, so a repeat is harmless.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from functools import wraps
from types import TracebackType
from typing import Any

import aiohttp
from rasa.utils.endpoints import EndpointConfig

#: Errors of a connection the other side closed under us: the request never reached a live server.
STALE_CONNECTION_ERRORS = (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError)


class _KeptSession:
    """What `EndpointConfig.session()` returns here: `async with` uses the endpoint's one session
    and leaves it open."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        return None


def keep_action_connections() -> None:
    original_session: Callable[[EndpointConfig], aiohttp.ClientSession] = EndpointConfig.session
    if getattr(original_session, "keeps_connections", False):
        return
    original_request: Callable[..., Awaitable[Any]] = EndpointConfig.request

    @wraps(original_session)
    def session(self: EndpointConfig) -> Any:
        loop = asyncio.get_running_loop()
        kept: tuple[asyncio.AbstractEventLoop, aiohttp.ClientSession] | None = self.__dict__.get("_kept")
        if kept is None or kept[0] is not loop or kept[1].closed:
            kept = (loop, original_session(self))
            self.__dict__["_kept"] = kept
        return _KeptSession(kept[1])

    @wraps(original_request)
    async def request(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
        try:
            return await original_request(self, *args, **kwargs)
        except STALE_CONNECTION_ERRORS:
            return await original_request(self, *args, **kwargs)

    session.keeps_connections = True  # type: ignore[attr-defined]
    EndpointConfig.session = session  # type: ignore[method-assign]
    EndpointConfig.request = request  # type: ignore[method-assign]
