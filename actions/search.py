"""Hospital search and its follow-ups ("which of them speak German?", "and in Wuhou?")."""

from __future__ import annotations

from actions.criteria import SearchCriteria
from actions.hospital_list import (
    count,
    describe_criteria,
    describe_criterion,
    find,
    hospital_list_payload,
    remember_listing,
    written_list,
)
from actions.turn import Turn

REFINE_INTENT = "refine_search"
# Where dropping two criteria finds as many hospitals, suggest the one a patient minds least:
# the department is usually why they are asking.
_DROP_FIRST = ("district", "direct_billing", "insurer", "languages", "emergency_24h", "specialty")


def answer_search(turn: Turn) -> None:
    """A new search, or a follow-up that refines the last one; always one hospital_list payload."""
    asked = turn.reading.criteria()
    previous = SearchCriteria.from_slot(turn.tracker.get_slot("search_criteria"))
    criteria = previous.refined_by(asked) if turn.intent == REFINE_INTENT else asked
    result = find(turn, criteria)
    if result.total == 0:
        turn.say(_no_match(turn, criteria))
    elif criteria.is_empty:
        turn.say(
            turn.n_(
                "Here is the {count} hospital I know for foreign patients.",
                "Here are the {count} hospitals I know for foreign patients, those serving your "
                "language first. Tell me a specialty, a language, your insurer or a district to narrow "
                "it down.",
                result.total,
            ).format(count=result.total)
            + "\n"
            + written_list(turn, result)
        )
    else:
        turn.say(
            turn.n_(
                "I found {count} hospital for: {criteria}.",
                "I found {count} hospitals for: {criteria}.",
                result.total,
            ).format(count=result.total, criteria=describe_criteria(turn, criteria))
            + "\n"
            + written_list(turn, result)
        )
    turn.show(hospital_list_payload(result, criteria, turn))
    remember_listing(turn, criteria, result)


def _no_match(turn: Turn, criteria: SearchCriteria) -> str:
    text = turn._("No hospital in the directory matches all of: {criteria}.").format(
        criteria=describe_criteria(turn, criteria)
    )
    relaxed = sorted(
        (-count(turn, criteria.without(name)), _DROP_FIRST.index(name), name) for name in criteria.present()
    )
    if relaxed and relaxed[0][0] < 0:
        found, name = -relaxed[0][0], relaxed[0][2]
        text += " " + turn.n_(
            "Drop “{criterion}” and {count} hospital matches.",
            "Drop “{criterion}” and {count} hospitals match.",
            found,
        ).format(criterion=describe_criterion(turn, criteria, name), count=found)
    else:
        text += " " + turn._("Try asking with fewer criteria at once.")
    return text
