"""The one shape of every MedNav action: reply language first, emergencies first, then the job."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.criteria import MessageReading, read_message
from actions.directory_access import directory_session
from actions.emergency_answer import answer_emergency
from actions.phrases import describes_emergency
from actions.reply_language import reply_language
from actions.turn import Turn


class MedNavAction(Action, ABC):
    """Settles the reply language, answers an emergency first, then runs `respond`."""

    #: The action's name in bot/domain.yml.
    action_name: ClassVar[str]
    #: True for the action whose job is the emergency answer itself.
    handles_emergencies: ClassVar[bool] = False

    def name(self) -> str:
        return self.action_name

    @abstractmethod
    def respond(self, turn: Turn) -> None: ...

    def choose_language(
        self, text: str, tracker: Tracker, current: str | None, reading: MessageReading
    ) -> str:
        metadata = tracker.latest_message.get("metadata") or {}
        return reply_language(text, metadata, current, reading.mentions)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        with directory_session() as (session, index):
            reading = read_message(text, tracker.latest_message.get("entities") or [], index)
            language = self.choose_language(text, tracker, tracker.get_slot("reply_language"), reading)
            turn = Turn(dispatcher, tracker, session, index, language, text, reading)
            turn.remember("reply_language", language)
            # Whatever the model made of it, a message that describes an emergency gets 120 first.
            if describes_emergency(text) and not self.handles_emergencies:
                answer_emergency(turn)
            else:
                self.respond(turn)
        return turn.events
