"""Hospital search and its changes: a new search, or the last one refined, replaced in part, or trimmed.

"and in Wuhou?" refines, "make that Jinjiang" or "Japanese rather than Korean" replaces, "never mind
the insurer" removes; every answer names the criteria now in force. The emergency answer never touches
the search, so once it is answered "which of those bill Bupa?" goes on from the search before it.
"""

from __future__ import annotations

from typing import Final

from actions.criteria import SearchCriteria
from actions.cues import Cue
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
from directory.text import is_cjk
from directory.vocabulary.terms import TermKind

REFINE_INTENT: Final = "refine_search"
# The criterion to suggest dropping when nothing matches: the first of these that finds hospitals,
# from what a patient minds least to the department, which is usually why they are asking.
_DROP_FIRST: Final = (
    "excluded_districts",
    "district",
    "direct_billing",
    "insurer",
    "languages",
    "emergency_24h",
    "specialty",
)
# A fragment this short ("qui parle anglais", "in Jinjiang", "武侯区で") continues the last search.
_FRAGMENT_WORDS: Final = 4
_FRAGMENT_CJK_CHARACTERS: Final = 12


def _is_fragment(turn: Turn, asked: SearchCriteria, previous: SearchCriteria) -> bool:
    text = turn.text.strip()
    short = (
        len(text) <= _FRAGMENT_CJK_CHARACTERS
        if any(map(is_cjk, text))
        else len(text.split()) <= _FRAGMENT_WORDS
    )
    names_a_new_what = asked.specialty is not None and asked.specialty != previous.specialty
    return short and (not names_a_new_what or not set(asked.present()) & set(previous.present()))


def continues_last_search(turn: Turn, asked: SearchCriteria, previous: SearchCriteria) -> bool:
    """Whether this message changes the last search rather than starting a new one."""
    if previous.is_empty:
        return False
    reading = turn.reading
    # "another question: a GP who speaks Korean?" and "new search: …" start afresh, though the model
    # may call them a refinement; "another question: which of those bill AXA?" still points at the
    # last list.
    if reading.opens_anew() and not asked.is_empty and not _points_at_the_last_search(turn):
        return False
    if turn.intent == REFINE_INTENT or turn.tracker.get_slot("pending_choice"):
        return True
    if _for_someone_else(turn, asked, previous):
        return False
    # "and in Wuhou?", "make that Jinjiang", "never mind the insurer", "not ENT, an eye doctor",
    # "back to my search from before, the cardiologist", "does this clinic also have an eye department?"
    if reading.opens_with(Cue.FOLLOW_UP) or reading.changes_the_search or reading.has(Cue.RESUME):
        return True
    if reading.has(Cue.LISTED) and turn.tracker.get_slot("listed_hospitals"):
        return True
    if asked.is_empty or reading.has(Cue.NEW_SEARCH):
        return False
    # The department (or the complaint that chose it) is what a search is for; a message naming only
    # who, where or how to pay ("is there someone who speaks German?") narrows the search before it.
    # So does a department for a search that had none, unless it names again a kind already there
    # ("hospitals that take AXA", then "with a cardiology department"; not "a dentist in Wuhou" after
    # "hospitals in Jinjiang").
    return (
        asked.specialty is None
        or (previous.specialty is None and not set(asked.present()) & set(previous.present()))
        or _is_fragment(turn, asked, previous)
    )


def _points_at_the_last_search(turn: Turn) -> bool:
    reading = turn.reading
    return reading.has(Cue.RESUME) or (
        reading.has(Cue.LISTED) and bool(turn.tracker.get_slot("listed_hospitals"))
    )


def _for_someone_else(turn: Turn, asked: SearchCriteria, previous: SearchCriteria) -> bool:
    """A new department for another person ("and for me: a GP", "et pour ma femme un dermatologue"):
    a search of its own, though it opens with "and"; the patient says so to keep criteria ("there
    too", "of those")."""
    reading = turn.reading
    return (
        reading.has(Cue.ANOTHER_PERSON)
        and asked.specialty not in (None, previous.specialty)
        and not reading.has(Cue.RESUME)
        and not reading.has(Cue.LISTED)
    )


def criteria_now(turn: Turn) -> SearchCriteria:
    """The criteria this message leaves in force."""
    reading = turn.reading
    previous = SearchCriteria.from_slot(turn.tracker.get_slot("search_criteria"))
    removed = reading.removed_criteria()
    asked = reading.criteria().without(*removed)
    if not continues_last_search(turn, reading.criteria(), previous):
        return asked
    kept = previous.without(*removed).dropping(reading.negated_values())
    # A district left out and named again is let back in, not required ("Wuhou is fine after all").
    # "Wuhou is fine too" (武侯区でもいい) is one; forgetting a district left out is another.
    named_districts = reading.named_values().get("district", set()) | {
        term.id for term in reading.dropped if term.kind is TermKind.DISTRICT
    }
    let_in = named_districts & set(previous.excluded_districts)
    if let_in:
        kept = kept.letting_in(let_in)
        asked = asked.without("district")
        removed = removed | {"district"}
    if reading.replaces:
        named = {
            criterion: ids for criterion, ids in reading.named_values().items() if criterion not in removed
        }
        if "languages" in reading.negated_values() and "languages" in named:
            # "streich Koreanisch, lieber Japanisch": the language named replaces the one dropped,
            # and the others stay.
            kept = kept.refined_by(SearchCriteria(languages=tuple(sorted(named.pop("languages")))))
        replaced = kept.replacing(named)
        wishes = SearchCriteria(
            excluded_districts=asked.excluded_districts,
            direct_billing=asked.direct_billing,
            emergency_24h=asked.emergency_24h,
        )
        return replaced.refined_by(wishes)
    return kept.refined_by(asked)


def answer_search(turn: Turn) -> None:
    """A search, always with one hospital_list payload, and the criteria in force named."""
    criteria = criteria_now(turn)
    result = find(turn, criteria)
    lines = _preamble(turn, criteria)
    if result.total == 0:
        lines.append(_no_match(turn, criteria))
    elif criteria.is_empty:
        lines.append(
            turn.n_(
                "Here is the {count} hospital I know for foreign patients.",
                "Here are the {count} hospitals I know for foreign patients, those serving your "
                "language first. Tell me a specialty, a language, your insurer or a district to narrow "
                "it down.",
                result.total,
            ).format(count=result.total)
        )
    else:
        lines.append(
            turn.n_(
                "I found {count} hospital for: {criteria}.",
                "I found {count} hospitals for: {criteria}.",
                result.total,
            ).format(count=result.total, criteria=describe_criteria(turn, criteria))
        )
    if result.total:
        lines.append(written_list(turn, result))
    turn.say("\n".join(lines))
    turn.show(hospital_list_payload(result, criteria, turn))
    remember_listing(turn, criteria, result)
    turn.remember("pending_choice", None)


def _preamble(turn: Turn, criteria: SearchCriteria) -> list[str]:
    """Why the department is the one it is, and what could not be used: said before the answer."""
    lines = []
    complaint = turn.reading.complaint
    named = turn.reading.first(TermKind.SPECIALTY)
    # Said only when the complaint chose the department, not when the message named it as well.
    if (
        complaint is not None
        and criteria.specialty == complaint.specialty
        and (named is None or named.id != complaint.specialty)
    ):
        reason = complaint.reason.get(turn.language) or complaint.reason["en"]
        specialty = turn.index.get(TermKind.SPECIALTY, complaint.specialty)
        name = specialty.display_name(turn.language) if specialty else complaint.specialty
        lines.append(turn._("For {complaint}, {specialty}:").format(complaint=reason, specialty=name))
    for unknown in turn.reading.unrecognized:
        lines.append(
            turn._("I do not know “{typed}” as {kind}, so I searched without it.").format(
                typed=unknown.typed, kind=kind_name(turn, unknown.kind)
            )
        )
    return lines


def kind_name(turn: Turn, kind: TermKind) -> str:
    """A kind of criterion as a sentence names it ("an insurer", "einen Bezirk")."""
    names = {
        TermKind.SPECIALTY: turn._("a department"),
        TermKind.LANGUAGE: turn._("a language"),
        TermKind.INSURER: turn._("an insurer"),
        TermKind.DISTRICT: turn._("a district"),
        TermKind.HOSPITAL: turn._("a hospital"),
    }
    return names[kind]


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
