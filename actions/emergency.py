"""Emergencies: 120 first, whatever the conversation was doing (see actions/base.py)."""

from __future__ import annotations

from actions.base import MedNavAction
from actions.emergency_answer import answer_emergency
from actions.turn import Turn


class ActionEmergency(MedNavAction):
    action_name = "action_emergency"
    handles_emergencies = True

    def respond(self, turn: Turn) -> None:
        answer_emergency(turn)
