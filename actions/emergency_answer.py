"""The answer to an emergency, after Rasa has given the number 120 itself (bot/domain.yml,
`utter_emergency`): the 24 h emergency departments, those serving the patient's language first.

The search the patient was making before stays as it was (no `search_criteria` change), so that once
the emergency is answered "which of those bill Bupa?" refines that search.
"""

from __future__ import annotations

from actions.criteria import SearchCriteria
from actions.hospital_list import count, find, hospital_list_payload, written_list
from actions.turn import Turn


def list_emergency_departments(turn: Turn) -> None:
    in_your_language = SearchCriteria(emergency_24h=True, languages=(turn.language,))
    criteria = in_your_language if count(turn, in_your_language) else SearchCriteria(emergency_24h=True)
    result = find(turn, criteria)
    if result.total:
        turn.say(
            turn._("24-hour emergency departments nearby that can help:") + "\n" + written_list(turn, result)
        )
    turn.show(hospital_list_payload(result, criteria, turn))
