"""What to do with a message, decided in one place: the first row of ROUTES whose condition holds.

Each row is (name, condition, answer). The conditions read the message as `actions/reading.py` read
it, the model's intent where it helps, and the conversation's slots; tests/actions/test_routing.py
tests them row by row. Emergencies are answered with 120 by Rasa before this runs (bot/domain.yml).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from actions import conversation
from actions.choices import ask_which_term
from actions.cues import Cue
from actions.emergency_answer import list_emergency_departments
from actions.hospital_detail import HospitalQuestion
from actions.language_switch import switch_language
from actions.search import REFINE_INTENT, answer_search
from actions.turn import Turn
from directory.vocabulary.terms import TermKind

SEARCH_INTENTS: Final = frozenset({"search_hospital", REFINE_INTENT})


@dataclass(frozen=True)
class Route:
    name: str
    applies: Callable[[Turn], bool]
    answer: Callable[[Turn], None]
    #: Whether the answer comes from the directory (and so may come from its last copy).
    from_directory: bool = False


def intent_is(*intents: str) -> Callable[[Turn], bool]:
    return lambda turn: turn.intent in intents


def is_an_emergency(turn: Turn) -> bool:
    """A red flag (Rasa has answered 120 already), or the model's emergency when the message plainly
    asks for nothing else: when nothing recognizes it, 120 first stays safest."""
    return turn.intent == "emergency" or (turn.unconfirmed_emergency and not asks_for_something(turn))


def asks_for_something(turn: Turn) -> bool:
    """The message names criteria or changes the search, asks about a hospital, a reply language, a
    person or billing: "ひふか こうしんく", "answer in English please", "denwa bangou oshiete"."""
    reading = turn.reading
    return (
        names_or_changes_criteria(turn, by_words_alone=True)
        or reading.detail is not None
        or reading.list_position is not None
        or turn.switch_to is not None
        or reading.has(Cue.HUMAN)
        or reading.has(Cue.BILLING_QUESTION)
    )


def asks_to_switch_language(turn: Turn) -> bool:
    """Only that: with a question beside it ("in English, please: their phone number?") the question is
    answered, in the language asked for."""
    reading = turn.reading
    asks_something_else = reading.detail is not None or reading.list_position is not None
    return (
        turn.switch_to is not None
        and reading.criteria().is_empty
        and not reading.ambiguous
        and not asks_something_else
    )


def names_an_ambiguous_criterion(turn: Turn) -> bool:
    return bool(turn.reading.ambiguous)


def asks_about_one_hospital(turn: Turn) -> bool:
    reading = turn.reading
    if HospitalQuestion.which_hospital(turn) is None:
        return False
    if reading.first(TermKind.HOSPITAL) is not None:
        return turn.intent != REFINE_INTENT
    if reading.opens_anew() and not reading.criteria().is_empty and not reading.has(Cue.LISTED):
        return False  # "another question: an ENT that bills Cigna?" is a search, not about the last one
    if reading.has(Cue.HUMAN) and reading.list_position is None and not reading.has(Cue.LISTED):
        return False  # "can I talk to one of your team, by phone?" asks for the hotline, not a number
    # "and in Wuhou?" follows up the search; "and the address?" the hospital just asked about.
    asks_a_detail_only = reading.detail is not None and reading.criteria().is_empty
    if (reading.opens_with(Cue.FOLLOW_UP) and not asks_a_detail_only) or reading.changes_the_search:
        return False
    if reading.list_position is not None:
        return True
    asks = reading.detail is not None or turn.intent in ("ask_hospital_detail", "switch_language")
    return asks and turn.tracker.get_slot("focused_hospital") is not None


def asks_how_billing_works(turn: Turn) -> bool:
    criteria = turn.reading.criteria()
    if set(criteria.present()) - {"insurer", "direct_billing"}:
        return False  # "heart surgery, and my insurance is AXA": a search
    if turn.reading.has(Cue.BILLING_QUESTION):
        return True
    # "oublie l'assurance et le quartier" speaks of the insurer to drop it from the search.
    return turn.intent == "ask_insurance_info" and criteria.is_empty and not turn.reading.changes_the_search


def asks_for_medical_advice(turn: Turn) -> bool:
    """Medicines and doses are for a doctor, unless the message asks for the doctor too; a complaint
    told without asking about them ("a rash for a week, the cream does nothing") is a search for the
    department that sees it, and so is a message that names or changes criteria ("しょうにか 武侯区",
    "avec prise en charge Nordlicht")."""
    if turn.intent != "ask_medical_advice":
        return False
    if turn.reading.has(Cue.MEDICATION):
        # "my insulin doses need adjusting: a hormone specialist in Jinniu?" asks for the specialist.
        return not turn.reading.all(TermKind.SPECIALTY)
    return not turn.reading.complaints and not names_or_changes_criteria(turn, by_words_alone=True)


def names_or_changes_criteria(turn: Turn, *, by_words_alone: bool = False) -> bool:
    """The message names criteria, changes or goes back to the last search, or the model calls it a
    search (unless `by_words_alone`: then only what the words say counts)."""
    reading = turn.reading
    return (
        not reading.criteria().is_empty
        or reading.changes_the_search
        or bool(reading.unrecognized)
        or (reading.has(Cue.RESUME) and bool(turn.tracker.get_slot("search_criteria")))
        or (turn.intent in SEARCH_INTENTS and not by_words_alone)
    )


def asks_for_a_person_in_words(turn: Turn) -> bool:
    """ "オペレーターにつないで", "talk to a real person": whatever the model guessed, unless the message
    names criteria too ("a cardiologist, the hotline said you would know")."""
    reading = turn.reading
    return reading.has(Cue.HUMAN) and reading.criteria().is_empty and not reading.changes_the_search


ROUTES: Final[tuple[Route, ...]] = (
    Route("emergency: the emergency departments", is_an_emergency, list_emergency_departments, True),
    Route("asks to switch the reply language", asks_to_switch_language, switch_language),
    Route("a name that fits two terms", names_an_ambiguous_criterion, ask_which_term),
    Route("a question about one hospital", asks_about_one_hospital, HospitalQuestion().answer, True),
    Route("asks for a person in so many words", asks_for_a_person_in_words, conversation.handoff),
    Route("how direct billing works", asks_how_billing_works, conversation.explain_direct_billing, True),
    Route("medical advice", asks_for_medical_advice, conversation.decline_medical_advice),
    Route("a search, or a change to the last one", names_or_changes_criteria, answer_search, True),
    Route("a person", intent_is("request_human"), conversation.handoff),
    Route("greeting", intent_is("greet"), conversation.greet),
    Route("thanks", intent_is("thank"), conversation.thank),
    Route("goodbye", intent_is("goodbye"), conversation.goodbye),
    Route("who am I talking to", intent_is("bot_challenge"), conversation.bot_challenge),
    Route("out of scope", intent_is("out_of_scope"), conversation.out_of_scope),
    Route(
        "a question about a hospital in the last list",
        intent_is("ask_hospital_detail"),
        HospitalQuestion.ask_which,
    ),
    Route("not understood", lambda turn: True, conversation.fallback),
)


def route(turn: Turn) -> Route:
    return next(row for row in ROUTES if row.applies(turn))
