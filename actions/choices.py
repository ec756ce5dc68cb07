"""A name that fits two terms ("Allianz": Allianz Care or Allianz Direct) is asked about, never guessed.

The other criteria of the message stay in force as the last search, so that the answer, a click on one
of the buttons or the name typed, continues it. Each button sends a name that resolves to exactly its
term, in plain text like anything a patient types.
"""

from __future__ import annotations

from typing import Any

from actions.search import criteria_now
from actions.turn import Turn
from directory.resolver import Mention, Resolved
from directory.vocabulary.terms import Term, TermKind
from locales import N_

#: The question for each kind, whole sentences so that every language can say it its own way.
_WHICH_ONE = {
    TermKind.INSURER: N_("“{typed}” could be more than one insurer. Which one do you mean?"),
    TermKind.DISTRICT: N_("“{typed}” could be more than one district. Which one do you mean?"),
    TermKind.SPECIALTY: N_("“{typed}” could be more than one department. Which one do you mean?"),
    TermKind.LANGUAGE: N_("“{typed}” could be more than one language. Which one do you mean?"),
}
#: The search criterion each askable kind fills.
_CRITERION = {"insurer": "insurer", "district": "district", "specialty": "specialty", "language": "languages"}


def ask_which_term(turn: Turn) -> None:
    mention = turn.reading.ambiguous[0]
    criterion = _CRITERION[mention.kind.value]
    waiting = criteria_now(turn).without(criterion)
    turn.dispatcher.utter_message(
        text=turn._(_WHICH_ONE[mention.kind]).format(typed=mention.typed),
        buttons=[_button(turn, mention, term) for term in mention.terms],
    )
    turn.remember("search_criteria", waiting.as_slot())
    turn.remember("pending_choice", {"kind": mention.kind.value, "ids": [term.id for term in mention.terms]})


def _button(turn: Turn, mention: Mention, term: Term) -> dict[str, Any]:
    shown = term.display_name(turn.language)
    english = term.display_name("en")
    title = shown if shown == english else f"{shown} ({english})"
    return {"title": title, "payload": _unambiguous_name(turn, mention, term)}


def _unambiguous_name(turn: Turn, mention: Mention, term: Term) -> str:
    """A name that reads as this term and no other, both as a value and as a message is read (where
    "Zenithダイレクト" may hold the shared "Zenith" and nothing else): its name, else its code."""
    for name in (term.display_name(turn.language), term.display_name("en"), *term.name.values()):
        resolved = turn.index.resolve(mention.kind, name)
        read = turn.index.scan(name)
        if (
            isinstance(resolved, Resolved)
            and resolved.term == term
            and [found.terms for found in read] == [(term,)]
        ):
            return name
    return term.id
