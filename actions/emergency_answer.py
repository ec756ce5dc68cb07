"""The answer to an emergency, after Rasa has given the number 120 itself (bot/domain.yml,
`utter_emergency`): the 24 h emergency departments, those serving the patient's language first. An
emergency only the model saw gets no word from Rasa (bot/nlu_components/red_flags.py), so the number
comes first from here, in the words of Rasa's response.

The search the patient was making before stays as it was (no `search_criteria` change), so that once
the emergency is answered "which of those bill Bupa?" refines that search.
"""

from __future__ import annotations

from actions.criteria import SearchCriteria
from actions.hospital_list import count, find, hospital_list_payload, written_list
from actions.turn import Turn
from locales import N_

# The text of `utter_emergency` in bot/domain.yml (tests/actions/test_routing.py keeps them equal).
CALL_THE_EMERGENCY_NUMBER = N_(
    "If this is an emergency, call {number} now for an ambulance (free, 24 hours a day). Say the "
    "address slowly, or hand the phone to someone who speaks Chinese."
)
EMERGENCY_NUMBER = "120"


def list_emergency_departments(turn: Turn) -> None:
    if turn.intent != "emergency":
        turn.say(turn._(CALL_THE_EMERGENCY_NUMBER).format(number=EMERGENCY_NUMBER))
    in_your_language = SearchCriteria(emergency_24h=True, languages=(turn.language,))
    criteria = in_your_language if count(turn, in_your_language) else SearchCriteria(emergency_24h=True)
    result = find(turn, criteria)
    if result.total:
        turn.say(
            turn._("24-hour emergency departments nearby that can help:") + "\n" + written_list(turn, result)
        )
    turn.show(hospital_list_payload(result, criteria, turn))
