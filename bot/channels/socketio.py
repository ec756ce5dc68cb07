"""Rasa's socket.io channel, fixed for the web widget.

Two things differ from Rasa 3.6's own SocketIOInput:
- A custom payload goes out whole as {"custom": payload} on the bot event, the same shape the REST
  channel answers with; Rasa's output passes it to `sio.emit` as keyword arguments, which fails.
- `session_request` awaits `enter_room`, a coroutine in the python-socketio that Rasa 3.6 installs;
  Rasa's handler does not await it, so the socket never joins the session's room and, with
  session persistence on, every reply is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint


class WidgetSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class WidgetSocketIOInput(SocketIOInput):
    """Serves socket.io at /socket.io like Rasa's own channel."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def with_widget_output(message: UserMessage) -> None:
            assert self.sio is not None
            message.output_channel = WidgetSocketIOOutput(self.sio, self.bot_message_evt)
            await on_new_message(message)

        blueprint = super().blueprint(with_widget_output)
        sio = self.sio
        assert sio is not None

        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            session_id = (data or {}).get("session_id") or uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        # Registering the event again replaces Rasa's handler.
        sio.on("session_request", handler=session_request, namespace=self.namespace)
        return blueprint
