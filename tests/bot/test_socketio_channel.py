"""The widget's channel: socket.io on the Rasa port carries the same conversation as REST."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import socketio

from tests.bot.conftest import Assistant, found_prefix

pytestmark = pytest.mark.rasa


async def test_a_widget_session_gets_text_and_the_hospital_list_in_its_language(assistant: Assistant) -> None:
    client = socketio.AsyncClient()
    received: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    client.on("session_confirm", lambda session_id: confirmed.set_result(session_id))
    client.on("bot_uttered", received.put_nowait)

    await client.connect(assistant.url, transports=["websocket"])
    try:
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(confirmed, 10)
        await client.emit(
            "user_uttered",
            {
                "message": "a cardiologist who speaks German",
                "session_id": session_id,
                "metadata": {"language": "ja"},
            },
        )
        first = await asyncio.wait_for(received.get(), 30)
        second = await asyncio.wait_for(received.get(), 30)
    finally:
        await client.disconnect()

    assert first["text"].startswith(found_prefix("ja", 1))
    listing = second["custom"]
    assert listing["type"] == "hospital_list"
    assert listing["criteria"] == {"specialty": "cardiology", "languages": ["de"]}
    assert listing["hospitals"][0]["name"] == "メープルリーフ国際クリニック"
