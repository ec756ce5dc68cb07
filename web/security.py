"""Headers that tell the browser what the pages may do: their own scripts and styles, nothing inline.

Everything the pages show comes from the directory, which administrators import; the scripts insert it
as text only, and this policy makes a slip harmless too (an injected <script> or onload= does not run).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.settings import WebSettings


def content_security_policy(settings: WebSettings) -> str:
    images = ["'self'", "data:"]
    if settings.map_tiles:
        tiles = urlsplit(settings.map_tiles.replace("{s}", "a"))
        images.append(f"{tiles.scheme}://{tiles.netloc}")
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {' '.join(images)}",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


class PagePolicy:
    """Adds the content security policy to the pages and scripts under /static and to `/`."""

    def __init__(self, app: ASGIApp, settings: WebSettings) -> None:
        self.app = app
        self.policy = content_security_policy(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == "/" or path.startswith("/static/")):
            await self.app(scope, receive, send)
            return
        policy = self.policy

        async def with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = policy
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
            await send(message)

        await self.app(scope, receive, with_policy)
