"""Rasa's REST channel (/webhooks/rest/webhook), strict about what it accepts.

Rasa's own channel takes any JSON: without `sender` a message joins the shared conversation "default",
an array or a number as the body fails with a 500, a number as `message` answers `[]` with a traceback.
Here a body must be `{"sender": str, "message": str, "metadata"?: object}`, else 400 says what is wrong;
a message too long is answered without being parsed; and when MEDINAV_REST_TOKEN is set, a script needs
`Authorization: Bearer <token>`; Rasa refuses to start without one when MEDINAV_BIND_HOST puts it
beyond localhost.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from runtime.reply_language import reply_language
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.public_messages import as_text, too_long

_FIELDS = {"sender", "message", "metadata"}
MAX_SENDER_CHARS = 128


def body_problems(body: Any) -> list[str]:
    """What is wrong with a REST body, in words a script's author can act on; empty when it is right."""
    if not isinstance(body, dict):
        return ['the body must be a JSON object {"sender": "...", "message": "...", "metadata": {...}}']
    problems = [f'unknown field "{name}"' for name in sorted(set(body) - _FIELDS)]
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        problems.append('"sender" must be a non-empty string that names the conversation')
    elif len(sender) > MAX_SENDER_CHARS:
        problems.append(f'"sender" must be at most {MAX_SENDER_CHARS} characters')
    if not isinstance(body.get("message"), str):
        problems.append('"message" must be a string')
    if "metadata" in body and not isinstance(body["metadata"], dict):
        problems.append('"metadata" must be a JSON object')
    return problems


_LOOPBACK = ("127.", "localhost", "::1")


def rest_token() -> str | None:
    """MEDINAV_REST_TOKEN; refuses an open REST channel on an address beyond this machine."""
    token = os.environ.get("MEDINAV_REST_TOKEN") or None
    host = os.environ.get("MEDINAV_BIND_HOST") or "127.0.0.1"
    if token is None and not host.startswith(_LOOPBACK):
        raise RuntimeError(f"Rasa listens on {host}: set MEDINAV_REST_TOKEN so scripts must authenticate")
    return token


class GuardedRestInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("mednav_rest", __name__)
        token = rest_token()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if token is not None and not _bearer_matches(request, token):
                return response.json({"error": "this needs 'Authorization: Bearer <REST token>'"}, status=401)
            try:
                body = request.json
            except Exception:
                return response.json({"error": "the body is not valid JSON"}, status=400)
            problems = body_problems(body)
            if problems:
                return response.json({"error": "; ".join(problems)}, status=400)
            sender, text, metadata = body["sender"], body["message"], body.get("metadata")
            refused = too_long(text)
            if refused is not None:
                language = reply_language(metadata, await _conversation_language(request, sender), text)
                return response.json([{"recipient_id": sender, "text": refused.reply(language)}])
            collector = CollectingOutputChannel()
            await on_new_message(
                UserMessage(as_text(text), collector, sender, input_channel=self.name(), metadata=metadata)
            )
            return response.json(collector.messages)

        return webhook


def _bearer_matches(request: Request, token: str) -> bool:
    scheme, _, given = (request.headers.get("Authorization") or "").partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(given.encode(), token.encode())


async def _conversation_language(request: Request, sender: str) -> str | None:
    """The `reply_language` slot of the sender's conversation, when Rasa has one."""
    agent = getattr(request.app.ctx, "agent", None)
    store = getattr(agent, "tracker_store", None)
    if store is None:
        return None
    tracker = await store.retrieve(sender)
    language = tracker.get_slot("reply_language") if tracker else None
    return language if isinstance(language, str) else None
