"""The one action of the assistant: read the message once, settle the reply language, route, answer.

Rasa's rules send every message here (`action_answer`), after `utter_emergency` for an emergency, so
that what a message means is decided in one place: the routing table of actions/routing.py. When the
directory database does not answer, an answer from the directory comes from the last copy this process
read and says so; with no copy at all, the patient is told searches are unavailable and given the
hotline, never left without a reply.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlmodel import Session

from actions.cues import cue_lexicons
from actions.directory_access import directory_session
from actions.language_switch import asked_reply_language, named_for_the_staff
from actions.reading import MessageReading, read_message
from actions.reply_language import reply_language, warm_up_language_detector
from actions.routing import route
from actions.turn import Turn
from directory.live import DirectoryUnavailable, DirectoryView
from directory.settings import get_settings
from directory.vocabulary.complaints import complaints
from directory.vocabulary.red_flags import red_flag_lexicon, tokenize
from directory.vocabulary.terms import TermKind
from locales import N_, REPLY_LANGUAGES, gettext

SEARCHES_UNAVAILABLE = N_(
    "Sorry, I cannot search the hospital directory right now. The hotline {hotline} can help you find a "
    "hospital. In an emergency, call 120."
)
ANSWERED_FROM_LAST_COPY = N_(
    "(The hospital directory cannot be reached right now: this answer comes from its last copy, "
    "of {time} UTC.)"
)


def warm_up() -> None:
    """Loads at start-up what the first message would otherwise wait for (about a second): the cue and
    complaint lexicons, MeCab, and the language detector."""
    cue_lexicons()
    complaints()
    red_flag_lexicon()
    tokenize("準備")
    warm_up_language_detector()


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        metadata = tracker.latest_message.get("metadata") or {}
        current = tracker.get_slot("reply_language")
        try:
            with directory_session() as (session, directory):
                turn = read_turn(dispatcher, tracker, session, directory)
                chosen = route(turn)
                chosen.answer(turn)
                if directory.unreachable_since and chosen.from_directory:
                    turn.say(
                        turn._(ANSWERED_FROM_LAST_COPY).format(
                            time=directory.unreachable_since.strftime("%Y-%m-%d %H:%M")
                        )
                    )
                return turn.events
        except DirectoryUnavailable:
            return _without_directory(dispatcher, text, metadata, current)


def read_turn(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, directory: DirectoryView
) -> Turn:
    """The turn as the routing table sees it: the message read once, the reply language settled."""
    text = tracker.latest_message.get("text") or ""
    metadata = tracker.latest_message.get("metadata") or {}
    current = tracker.get_slot("reply_language")
    reading = read_message(text, tracker.latest_message.get("entities") or [], directory.vocabulary)
    searching = bool(tracker.get_slot("search_criteria"))
    switch_to = asked_reply_language(reading, current=current, searching=searching)
    if switch_to is not None and not named_for_the_staff(reading, switch_to):
        # The language asked for is how to answer, not a criterion of the search; named for the staff
        # too ("auf Deutsch weiter: welche haben deutschsprachiges Personal?") it is both.
        reading.terms[TermKind.LANGUAGE].remove(switch_to)
        if not reading.terms[TermKind.LANGUAGE]:
            del reading.terms[TermKind.LANGUAGE]
    language = _language(reading, metadata, current, switch_to.id if switch_to else None)
    turn = Turn(dispatcher, tracker, session, directory, language, text, reading, switch_to)
    turn.remember("reply_language", language)
    return turn


def _language(
    reading: MessageReading, metadata: dict[str, Any], current: str | None, asked: str | None
) -> str:
    if asked in REPLY_LANGUAGES and not metadata.get("language"):
        return asked
    return reply_language(reading, metadata, current)


def _without_directory(
    dispatcher: CollectingDispatcher, text: str, metadata: dict[str, Any], current: str | None
) -> list[EventType]:
    language = reply_language(MessageReading(text=text), metadata, current)
    dispatcher.utter_message(
        text=gettext(language, SEARCHES_UNAVAILABLE).format(hotline=get_settings().hotline)
    )
    return [SlotSet("reply_language", language)] if language != current else []
