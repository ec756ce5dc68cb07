"""The widget's channel: socket.io on the Rasa port carries the same conversation as REST."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import socketio

from tests.bot.conftest import Assistant, found_prefix
from tests.support.stand_in import serving
from web.app import create_app
from web.settings import WebSettings

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


class Widget:
    """One browser tab's socket, as the widget opens it."""

    def __init__(self, url: str, origin: str | None = None) -> None:
        self.url = url
        self.headers = {"Origin": origin} if origin else {}
        self.client = socketio.AsyncClient(reconnection=False)
        self.replies: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.confirmations: asyncio.Queue[str] = asyncio.Queue()
        self.client.on("session_confirm", self.confirmations.put_nowait)
        self.client.on("bot_uttered", self.replies.put_nowait)

    async def open(self, token: str | None, transport: str = "websocket") -> str:
        await self.client.connect(self.url, headers=self.headers, transports=[transport])
        await self.client.emit("session_request", {"session_id": token})
        return await asyncio.wait_for(self.confirmations.get(), 10)

    async def say(self, message: str, session_id: str, language: str = "en") -> None:
        await self.client.emit(
            "user_uttered", {"message": message, "session_id": session_id, "metadata": {"language": language}}
        )

    async def close(self) -> None:
        await self.client.disconnect()


@pytest.mark.parametrize("transport", ["websocket", "polling"])
async def test_a_page_from_a_foreign_origin_cannot_open_the_widget_socket(
    assistant: Assistant, transport: str
) -> None:
    foreign = Widget(assistant.url, origin="https://phishing.example")
    with pytest.raises(socketio.exceptions.ConnectionError):
        await foreign.client.connect(assistant.url, headers=foreign.headers, transports=[transport])
    own = Widget(assistant.url, origin="http://localhost:8000")
    assert await own.open(None, transport)
    await own.close()


@pytest.fixture(scope="module")
def web_app(assistant: Assistant) -> Iterator[str]:
    """The web app, passing the socket through to this Rasa, as the widget reaches it."""
    with serving(create_app(WebSettings(rasa_url=assistant.url))) as url:
        yield url


@pytest.fixture(params=["rasa", "web app"])
def socket_url(request: pytest.FixtureRequest, assistant: Assistant) -> str:
    if request.param == "rasa":
        return assistant.url
    url: str = request.getfixturevalue("web_app")
    return url


async def test_a_guessed_conversation_id_gets_a_new_conversation_and_none_of_the_other_patients_replies(
    socket_url: str,
) -> None:
    patient = Widget(socket_url)
    token = await patient.open(None)
    conversation_id = token.split(".")[0]
    assert len(conversation_id) == 32 and token.count(".") == 1

    intruder = Widget(socket_url)
    for guess in ("patient-1001", conversation_id, f"{conversation_id}.forged-signature"):
        await intruder.client.connect(socket_url, transports=["websocket"])
        await intruder.client.emit("session_request", {"session_id": guess})
        given = await asyncio.wait_for(intruder.confirmations.get(), 10)
        assert given.split(".")[0] not in {guess, conversation_id, "patient-1001"}
        # Naming the patient's conversation in the message does not put it there either.
        await intruder.say("a cardiologist who speaks German", session_id=conversation_id)
        assert "text" in await asyncio.wait_for(intruder.replies.get(), 30)
        await intruder.client.disconnect()
    await asyncio.sleep(1)
    assert patient.replies.empty(), "the patient's tab received replies to another person's messages"
    await patient.close()


async def test_a_reloaded_tab_presenting_its_token_continues_its_own_conversation(
    assistant: Assistant,
) -> None:
    first_tab = Widget(assistant.url)
    token = await first_tab.open(None)
    reloaded = Widget(assistant.url)
    assert await reloaded.open(token) == token
    await first_tab.say("a cardiologist who speaks German", session_id=token)
    # Both sockets are in the one conversation, so the reloaded tab sees the answer too.
    reply = await asyncio.wait_for(reloaded.replies.get(), 30)
    assert reply["text"].startswith(found_prefix("en", 1))
    await first_tab.close()
    await reloaded.close()
