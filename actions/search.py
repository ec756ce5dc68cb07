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
from actions.phrases import opens_a_follow_up
from actions.turn import Turn
from directory.text import is_cjk

REFINE_INTENT = "refine_search"
# The criterion to suggest dropping when nothing matches: the first of these that finds hospitals,
# from what a patient minds least to the department, which is usually why they are asking.
_DROP_FIRST = ("district", "direct_billing", "insurer", "languages", "emergency_24h", "specialty")
# A fragment this short that adds a new kind of criterion ("qui parle anglais") continues the search.
_FRAGMENT_WORDS = 4
_FRAGMENT_CHARACTERS = 12


def is_follow_up(turn: Turn, asked: SearchCriteria, previous: SearchCriteria) -> bool:
    """Whether this message narrows the last search rather than starting a new one."""
    if turn.intent == REFINE_INTENT:
        return True
    if previous.is_empty or asked.is_empty:
        return False
    if opens_a_follow_up(turn.text):
        return True
    short = len(turn.text.split()) <= _FRAGMENT_WORDS and len(turn.text) <= _FRAGMENT_CHARACTERS * 3
    if any(map(is_cjk, turn.text)):
        short = len(turn.text) <= _FRAGMENT_CHARACTERS
    return short and not set(asked.present()) & set(previous.present())


def answer_search(turn: Turn) -> None:
    """A new search, or a follow-up that refines the last one; always one hospital_list payload."""
    asked = turn.reading.criteria()
    previous = SearchCriteria.from_slot(turn.tracker.get_slot("search_criteria"))
    criteria = previous.refined_by(asked) if is_follow_up(turn, asked, previous) else asked
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
    relaxed = (
        (name, count(turn, criteria.without(name)))
        for name in sorted(criteria.present(), key=_DROP_FIRST.index)
    )
    name, found = next(((name, found) for name, found in relaxed if found), ("", 0))
    if found:
        text += " " + turn.n_(
            "Drop “{criterion}” and {count} hospital matches.",
            "Drop “{criterion}” and {count} hospitals match.",
            found,
        ).format(criterion=describe_criterion(turn, criteria, name), count=found)
    else:
        text += " " + turn._("Try asking with fewer criteria at once.")
    return text
