"""The action server MedNav runs: rasa-sdk's app on the chosen address, and only for callers with the token.

`python -m rasa_sdk --actions actions` listens on every interface (SANIC_HOST, default 0.0.0.0) and
runs any action for anyone who can reach port 5055. Here the same app is bound to MEDINAV_BIND_HOST
(127.0.0.1 unless told) and every request but `/health` must carry
`Authorization: Bearer $MEDINAV_ACTIONS_TOKEN`, which Rasa sends (bot/endpoints.yml). Without a
token set the server refuses to start: an open action server is never the default.

    python -m actions.server [--host H] [--port P]
"""

from __future__ import annotations

import argparse
import logging
import secrets
import sys
from collections.abc import Sequence
from typing import Any, Final

from rasa_sdk import utils
from rasa_sdk.endpoint import create_app
from rasa_sdk.executor import ActionExecutor
from sanic import HTTPResponse, Request, Sanic, response

from actions.answer import warm_up
from directory.settings import get_settings

ACTIONS_PACKAGE: Final = "actions"
# Liveness stays open: it runs nothing and says nothing about a conversation.
_OPEN_PATHS: Final = frozenset({"/health"})


def create_action_app(token: str) -> Sanic[Any, Any]:
    """rasa-sdk's action server app, refusing every call that lacks `token`."""
    executor = ActionExecutor()
    executor.register_package(ACTIONS_PACKAGE)
    warm_up()
    # No CORS: the action server is for Rasa, never for a browser.
    app: Sanic[Any, Any] = create_app(executor, cors_origins=None)
    expected = f"Bearer {token}".encode()

    async def require_token(request: Request) -> HTTPResponse | None:
        if request.path in _OPEN_PATHS:
            return None
        given = (request.headers.get("authorization") or "").encode()
        if not secrets.compare_digest(given, expected):
            return response.json({"error": "this action server needs its bearer token"}, status=401)
        return None

    app.register_middleware(require_token, "request")
    return app


def main(argv: Sequence[str] | None = None) -> int:
    settings = get_settings()
    parser = argparse.ArgumentParser(prog="python -m actions.server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=settings.bind_host, help="address to listen on (MEDINAV_BIND_HOST)")
    parser.add_argument("--port", type=int, default=settings.actions_port, help="(MEDINAV_ACTIONS_PORT)")
    arguments = parser.parse_args(argv)
    if settings.actions_token is None or not settings.actions_token.get_secret_value():
        print(
            "actions.server: MEDINAV_ACTIONS_TOKEN is not set; the action server does not run open "
            "(make run generates one and gives it to Rasa too)",
            file=sys.stderr,
        )
        return 2
    utils.configure_colored_logging("INFO")
    logging.getLogger("sanic.access").setLevel(logging.WARNING)
    app = create_action_app(settings.actions_token.get_secret_value())
    app.run(host=arguments.host, port=arguments.port, single_process=True, motd=False, access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
