"""The small talk around a search: greetings, thanks, who I am, what I cannot do, where to get a human."""

from __future__ import annotations

from actions.criteria import SearchCriteria
from actions.hospital_list import count, term_name
from actions.turn import Turn
from directory.settings import get_settings
from directory.vocabulary.terms import TermKind


def greet(turn: Turn) -> None:
    turn.say(
        turn._(
            "Hello! I am MedNav. I help foreign patients find a hospital in Chengdu: "
            "tell me what you need, for example a department, the language you speak, "
            "your insurer or a district. "
            "In an emergency, call 120."
        )
    )


def goodbye(turn: Turn) -> None:
    turn.say(turn._("Goodbye, and get well soon. In an emergency, call 120."))


def thank(turn: Turn) -> None:
    turn.say(turn._("You are welcome. Is there anything else I can find for you?"))


def bot_challenge(turn: Turn) -> None:
    turn.say(
        turn._(
            "I am MedNav, an automated assistant, not a person and not a doctor. "
            "To talk to a person, call the hotline {hotline}."
        ).format(hotline=get_settings().hotline)
    )


def handoff(turn: Turn) -> None:
    turn.say(
        turn._(
            "You can talk to a person on the hotline {hotline} (ask for the foreign-language service). "
            "In an emergency, call 120."
        ).format(hotline=get_settings().hotline)
    )


def decline_medical_advice(turn: Turn) -> None:
    text = turn._(
        "I am sorry, I cannot give medical advice, a diagnosis or a dose: a doctor has to answer that."
    )
    specialty = turn.index.get(TermKind.SPECIALTY, turn.reading.criteria().specialty or "")
    if specialty:
        text += " " + turn._("I can find you a hospital with {specialty}: just ask.").format(
            specialty=specialty.display_name(turn.language)
        )
    else:
        text += " " + turn._(
            "I can find you the right department and a hospital that speaks your language: "
            "tell me what kind of doctor you need, or where it hurts."
        )
    turn.say(text)


def out_of_scope(turn: Turn) -> None:
    turn.say(
        turn._(
            "I can only help with finding hospitals and doctors in Chengdu, and with direct billing by "
            "insurers. For anything else, the hotline {hotline} can help."
        ).format(hotline=get_settings().hotline)
    )


def fallback(turn: Turn) -> None:
    turn.say(
        turn._(
            "Sorry, I did not understand. You can ask me, for example: “a dentist who speaks English”, "
            "“hospitals that bill Cigna directly” or “a 24-hour emergency department in Wuhou”."
        )
    )


def explain_direct_billing(turn: Turn) -> None:
    text = turn._(
        "With direct billing, the hospital sends the bill to your insurer, so you do not pay up front. "
        "Bring your passport and insurance card, and call your insurer before a planned visit: they "
        "usually send the hospital a guarantee of payment. Where there is no direct billing, you pay "
        "and claim the money back from your insurer with the receipts and the medical report."
    )
    insurer = turn.reading.first(TermKind.INSURER)
    if insurer:
        found = count(turn, SearchCriteria(insurer=insurer.id))
        text += "\n" + turn.n_(
            "{count} hospital in the directory bills {insurer} directly: ask me to show it.",
            "{count} hospitals in the directory bill {insurer} directly: ask me to show them.",
            found,
        ).format(count=found, insurer=term_name(turn, TermKind.INSURER, insurer.id))
    else:
        text += "\n" + turn._("Tell me your insurer and I will find the hospitals that bill it directly.")
    turn.say(text)
