"""Rasa's socket.io channel, with custom payloads delivered whole to the web widget.

Rasa 3.6's SocketIOOutput passes a custom payload to `sio.emit` as keyword arguments, so a payload
like {"type": "hospital_list", ...} fails. This output sends it as {"custom": payload} on the bot
event, the same shape the REST channel answers with.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint


class WidgetSocketIOOutput(SocketIOOutput):
    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class WidgetSocketIOInput(SocketIOInput):
    """Serves socket.io at /socket.io like Rasa's own channel."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def with_widget_output(message: UserMessage) -> None:
            assert self.sio is not None
            message.output_channel = WidgetSocketIOOutput(self.sio, self.bot_message_evt)
            await on_new_message(message)

        return super().blueprint(with_widget_output)
