"""Emergencies: Rasa has said 120 (bot/domain.yml); this lists the 24 h emergency departments."""

from __future__ import annotations

from actions.base import MedNavAction
from actions.emergency_answer import list_emergency_departments
from actions.turn import Turn


class ActionEmergency(MedNavAction):
    action_name = "action_emergency"
    answers_from_directory = True

    def respond(self, turn: Turn) -> None:
        list_emergency_departments(turn)
