"""Switching the reply language on request ("auf Deutsch bitte", "日本語でお願いします").

"Do they speak Japanese?" names a language too, but asks about the hospital in focus: without words
that address the assistant itself, a question with a hospital in focus is answered about it.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import MedNavAction
from actions.criteria import MessageReading
from actions.hospital_detail import HospitalQuestion
from actions.phrases import asks_to_switch_language
from actions.turn import Turn
from directory.vocabulary.terms import TermKind
from locales import REPLY_LANGUAGES


def _about_the_hospital_in_focus(text: str, tracker: Tracker) -> bool:
    return tracker.get_slot("focused_hospital") is not None and not asks_to_switch_language(text)


class ActionSwitchLanguage(MedNavAction):
    action_name = "action_switch_language"

    def choose_language(
        self, text: str, tracker: Tracker, current: str | None, reading: MessageReading
    ) -> str:
        if not _about_the_hospital_in_focus(text, tracker):
            for term in reading.all(TermKind.LANGUAGE):
                if term.id in REPLY_LANGUAGES:
                    return term.id
        return super().choose_language(text, tracker, current, reading)

    def respond(self, turn: Turn) -> None:
        if _about_the_hospital_in_focus(turn.text, turn.tracker) and HospitalQuestion().answer(turn):
            return
        wanted = [term for term in turn.reading.all(TermKind.LANGUAGE) if term.id not in REPLY_LANGUAGES]
        if wanted:
            turn.say(
                turn._(
                    "Sorry, I can only write in English, Japanese, German and French. "
                    "The hotline can help in other languages."
                )
            )
        else:
            turn.say(turn._("Sure, I will answer in English from now on. How can I help?"))
