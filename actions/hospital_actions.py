"""The two actions that answer from the directory: a search, and a question about one hospital.

The model sometimes takes one for the other ("Is there a heart specialist?" read as a question about
a hospital, "does Golden River have an emergency department?" read as a search). Each action therefore
checks what the message really holds: a question that names no hospital but does name criteria is a
search, and a new "search" that names a hospital, or points into the last list, is a question about
that hospital.
"""

from __future__ import annotations

from actions.base import MedNavAction
from actions.hospital_detail import HospitalQuestion
from actions.phrases import listed_position
from actions.search import REFINE_INTENT, answer_search
from actions.turn import Turn
from directory.vocabulary.terms import TermKind


class ActionSearchHospitals(MedNavAction):
    action_name = "action_search_hospitals"
    answers_from_directory = True

    def respond(self, turn: Turn) -> None:
        names_a_hospital = turn.intent != REFINE_INTENT and turn.reading.first(TermKind.HOSPITAL) is not None
        # "The address of the first one": no criteria, but a place in the last list.
        points_into_the_list = turn.reading.criteria().is_empty and listed_position(turn.text) is not None
        if (names_a_hospital or points_into_the_list) and HospitalQuestion().answer(turn):
            return
        answer_search(turn)


class ActionHospitalDetail(MedNavAction):
    action_name = "action_hospital_detail"
    answers_from_directory = True

    def respond(self, turn: Turn) -> None:
        question = HospitalQuestion()
        if question.answer(turn):
            return
        if turn.reading.criteria().is_empty:
            question.ask_which(turn)
        else:
            answer_search(turn)
