"""The answer to an emergency: 120 first, then the 24 h emergency departments in the patient's language."""

from __future__ import annotations

from actions.criteria import SearchCriteria
from actions.hospital_list import count, find, hospital_list_payload, remember_listing, written_list
from actions.turn import Turn

EMERGENCY_NUMBER = "120"


def answer_emergency(turn: Turn) -> None:
    turn.say(
        turn._(
            "If this is an emergency, call {number} now for an ambulance (free, 24 hours a day). "
            "Say the address slowly, or hand the phone to someone who speaks Chinese."
        ).format(number=EMERGENCY_NUMBER)
    )
    in_your_language = SearchCriteria(emergency_24h=True, languages=(turn.language,))
    criteria = in_your_language if count(turn, in_your_language) else SearchCriteria(emergency_24h=True)
    result = find(turn, criteria)
    if result.total:
        turn.say(
            turn._("24-hour emergency departments nearby that can help:") + "\n" + written_list(turn, result)
        )
    turn.show(hospital_list_payload(result, criteria, turn))
    remember_listing(turn, criteria, result)
