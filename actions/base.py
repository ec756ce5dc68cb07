"""The one shape of every MedNav action: read the message, settle the reply language, then the job.

Emergencies are Rasa's own first answer (bot/domain.yml `utter_emergency`, before `action_emergency`),
so they never wait on this server. When the directory database does not answer, a search answers from
the last copy this process read and says so; with no copy at all, the patient is told that searches are
unavailable right now and given the hotline, never left without a reply.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.criteria import MessageReading, read_message
from actions.directory_access import directory_session
from actions.reply_language import reply_language
from actions.turn import Turn
from directory.live import DirectoryUnavailable
from directory.settings import get_settings
from locales import N_, gettext

SEARCHES_UNAVAILABLE = N_(
    "Sorry, I cannot search the hospital directory right now. The hotline {hotline} can help you find a "
    "hospital. In an emergency, call 120."
)
ANSWERED_FROM_LAST_COPY = N_(
    "(The hospital directory cannot be reached right now: this answer comes from its last copy, "
    "of {time} UTC.)"
)


class MedNavAction(Action, ABC):
    """Settles the reply language, then runs `respond` on the directory as of this turn."""

    #: The action's name in bot/domain.yml.
    action_name: ClassVar[str]
    #: True for actions whose answer comes from the directory (and so can be out of date).
    answers_from_directory: ClassVar[bool] = False

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
        current = tracker.get_slot("reply_language")
        try:
            with directory_session() as (session, directory):
                reading = read_message(
                    text, tracker.latest_message.get("entities") or [], directory.vocabulary
                )
                language = self.choose_language(text, tracker, current, reading)
                turn = Turn(dispatcher, tracker, session, directory, language, text, reading)
                turn.remember("reply_language", language)
                self.respond(turn)
                if directory.unreachable_since and self.answers_from_directory:
                    turn.say(
                        turn._(ANSWERED_FROM_LAST_COPY).format(
                            time=directory.unreachable_since.strftime("%Y-%m-%d %H:%M")
                        )
                    )
                return turn.events
        except DirectoryUnavailable:
            return self._without_directory(dispatcher, tracker, text, current)

    @staticmethod
    def _without_directory(
        dispatcher: CollectingDispatcher, tracker: Tracker, text: str, current: str | None
    ) -> list[EventType]:
        language = reply_language(text, tracker.latest_message.get("metadata") or {}, current, ())
        dispatcher.utter_message(
            text=gettext(language, SEARCHES_UNAVAILABLE).format(hotline=get_settings().hotline)
        )
        return [SlotSet("reply_language", language)] if language != current else []
