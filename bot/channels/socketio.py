"""Rasa's socket.io channel, made safe and fixed for the web widget.

What differs from Rasa 3.6's own SocketIOInput, and why:
- Origins: only the origins of MEDINAV_ALLOWED_ORIGINS may open a socket (Rasa's channel accepts any,
  so any web page could talk to the assistant in a visitor's name).
- Conversation ids are minted here and handed out signed (`<id>.<HMAC>`). A `session_request` with a
  token this server did not sign ("patient-1001", another patient's bare id) starts a fresh
  conversation; a `user_uttered` always goes to the conversation its socket was confirmed in, whatever
  `session_id` it names. Rasa's channel takes both from the client, so a guessed id read and wrote
  another patient's conversation.
- A custom payload goes out whole as {"custom": payload} on the bot event, the same shape the REST
  channel answers with; Rasa's output passes it to `sio.emit` as keyword arguments, which fails.
- `enter_room` is awaited: it is a coroutine in the python-socketio that Rasa 3.6 installs, and Rasa
  does not await it, so the socket never joined the session's room and every reply was lost.

This module runs inside Rasa (Python 3.10, `.venv-rasa`), which does not have the project package, so it
reads its two settings from the environment itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from runtime.reply_language import reply_language
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels.public_messages import as_text, too_long

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: Where a generated secret is kept when MEDINAV_SESSION_SECRET is unset, so a restart keeps sessions valid.
SECRET_FILE = PROJECT_ROOT / "var" / "session-secret"
_MIN_SECRET_LENGTH = 16


def allowed_origins(environ: dict[str, str] | None = None) -> list[str]:
    """MEDINAV_ALLOWED_ORIGINS (comma-separated), or the web app's own origin on MEDINAV_WEB_PORT."""
    environ = dict(os.environ) if environ is None else environ
    configured = [
        origin.strip().rstrip("/") for origin in environ.get("MEDINAV_ALLOWED_ORIGINS", "").split(",")
    ]
    if any(configured):
        return [origin for origin in configured if origin]
    port = environ.get("MEDINAV_WEB_PORT", "").strip() or "8000"
    return [f"http://localhost:{port}", f"http://127.0.0.1:{port}"]


def session_secret(environ: dict[str, str] | None = None, secret_file: Path = SECRET_FILE) -> bytes:
    """MEDINAV_SESSION_SECRET, or a random secret created once in var/ and read back after a restart."""
    environ = dict(os.environ) if environ is None else environ
    configured = environ.get("MEDINAV_SESSION_SECRET", "")
    if configured:
        if len(configured) < _MIN_SECRET_LENGTH:
            raise ValueError(f"MEDINAV_SESSION_SECRET must be at least {_MIN_SECRET_LENGTH} characters")
        return configured.encode()
    secret_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: two Rasa processes starting together agree on one secret; the loser reads it.
        descriptor = os.open(secret_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # the winner may not have written it yet
            kept = secret_file.read_text(encoding="ascii").strip()
            if len(kept) >= _MIN_SECRET_LENGTH:
                return kept.encode()
            time.sleep(0.1)
        raise RuntimeError(f"{secret_file} holds no usable secret; delete it to generate a new one") from None
    generated = secrets.token_urlsafe(32)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(generated)
    return generated.encode()


class SessionTokens:
    """Conversation ids the server mints, and the signed tokens that let their owner come back."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _signature(self, conversation_id: str) -> str:
        digest = hmac.new(self._secret, conversation_id.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def mint(self) -> tuple[str, str]:
        """A new conversation id (128 random bits) and its token."""
        conversation_id = secrets.token_hex(16)
        return conversation_id, f"{conversation_id}.{self._signature(conversation_id)}"

    def conversation(self, token: object) -> str | None:
        """The conversation a token signed by this server opens; None for anything else."""
        if not isinstance(token, str) or token.count(".") != 1:
            return None
        conversation_id, signature = token.split(".")
        if not conversation_id or not hmac.compare_digest(signature, self._signature(conversation_id)):
            return None
        return conversation_id


class WidgetSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class WidgetSocketIOInput(SocketIOInput):
    """Serves socket.io at /socket.io like Rasa's own channel, for the allowed origins only."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        origins = allowed_origins()
        tokens = SessionTokens(session_secret())
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=origins)
        self.sio = sio
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        namespace = self.namespace
        logger.info("socket.io accepts the origins %s", ", ".join(origins))

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        async def session_request(sid: str, data: object) -> None:
            presented = data.get("session_id") if isinstance(data, dict) else None
            conversation_id = tokens.conversation(presented)
            if conversation_id is None:
                conversation_id, token = tokens.mint()
            else:
                token = str(presented)
            previous = (await sio.get_session(sid, namespace=namespace)).get("conversation_id")
            if previous and previous != conversation_id:
                # "New conversation" on the same socket: the old one's replies no longer come here.
                await sio.leave_room(sid, previous, namespace=namespace)
            await sio.save_session(sid, {"conversation_id": conversation_id}, namespace=namespace)
            await sio.enter_room(sid, conversation_id, namespace=namespace)
            await sio.emit("session_confirm", token, room=sid, namespace=namespace)

        async def handle_message(sid: str, data: dict[str, Any] | None) -> None:
            session = await sio.get_session(sid, namespace=namespace)
            conversation_id = session.get("conversation_id")
            if not conversation_id:
                # No session_request yet: there is no conversation this socket may speak in.
                logger.warning("socket.io message from %s before its session_request; ignored", sid)
                return
            data = data if isinstance(data, dict) else {}
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            text = str(data.get("message", ""))
            output = WidgetSocketIOOutput(sio, self.bot_message_evt)
            refused = too_long(text)
            if refused is not None:
                # Refused before Rasa parses it, like on the REST channel (channels/public_messages.py).
                language = reply_language(metadata, None, text)
                await output.send_text_message(conversation_id, refused.reply(language))
                return
            message = UserMessage(
                as_text(text),
                output,
                conversation_id,
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else {},
            )
            await on_new_message(message)

        sio.on("session_request", handler=session_request, namespace=namespace)
        sio.on(self.user_message_evt, handler=handle_message, namespace=namespace)
        return webhook
