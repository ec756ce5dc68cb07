"""One turn of the conversation as an action sees it: the message, the reply language, the directory.

Words are looked up in the catalogs here (`turn._`), so no action writes a sentence that a
translator cannot see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlmodel import Session

from actions.reading import MessageReading
from directory.live import DirectoryView
from directory.resolver import TermIndex
from directory.vocabulary.terms import Term
from locales import gettext, ngettext


@dataclass
class Turn:
    dispatcher: CollectingDispatcher
    tracker: Tracker
    session: Session
    #: The directory as of this turn: one revision for everything the turn looks up.
    directory: DirectoryView
    language: str
    text: str
    #: What the message names, read once per turn.
    reading: MessageReading
    #: The language the message asks the assistant to answer in ("auf Deutsch bitte"), if it asks.
    switch_to: Term | None = None
    events: list[EventType] = field(default_factory=list)

    @property
    def index(self) -> TermIndex:
        return self.directory.vocabulary

    @property
    def intent(self) -> str | None:
        return (self.tracker.latest_message.get("intent") or {}).get("name")

    @property
    def unconfirmed_emergency(self) -> bool:
        """Whether the model took the message for an emergency that no red flag confirms
        (bot/nlu_components/red_flags.py): Rasa has not said 120, and the routing decides."""
        return bool(self.tracker.latest_message.get("unconfirmed_emergency"))

    def _(self, message: str) -> str:
        return gettext(self.language, message)

    def n_(self, singular: str, plural: str, count: int) -> str:
        return ngettext(self.language, singular, plural, count)

    def say(self, text: str) -> None:
        self.dispatcher.utter_message(text=text)

    def show(self, payload: dict[str, Any]) -> None:
        """A message that carries only a custom payload (the hospital list)."""
        self.dispatcher.utter_message(json_message=payload)

    def remember(self, slot: str, value: Any) -> None:
        # Only changes become events: a conversation's history, which Rasa re-reads every turn,
        # then grows with what happened, not with what stayed the same.
        if self.tracker.get_slot(slot) != value:
            self.events.append(SlotSet(slot, value))
