"""Switching the reply language on request ("auf Deutsch bitte", "日本語でお願いします")."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import MedNavAction
from actions.criteria import read_message
from actions.turn import Turn
from directory.resolver import TermIndex
from directory.vocabulary.terms import TermKind
from locales import REPLY_LANGUAGES


class ActionSwitchLanguage(MedNavAction):
    action_name = "action_switch_language"

    def choose_language(self, text: str, tracker: Tracker, current: str | None, index: TermIndex) -> str:
        wanted = read_message(text, tracker.latest_message.get("entities") or [], index).all(
            TermKind.LANGUAGE
        )
        for term in wanted:
            if term.id in REPLY_LANGUAGES:
                return term.id
        return super().choose_language(text, tracker, current, index)

    def respond(self, turn: Turn) -> None:
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
