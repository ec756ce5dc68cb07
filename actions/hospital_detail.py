"""Questions about one hospital: phone, address, website, languages, insurers, emergency, departments."""

from __future__ import annotations

from typing import Any

from actions.hospital_list import hospital_card, language_names, single_hospital_payload, term_name
from actions.turn import Turn
from directory.records import Record
from directory.vocabulary.terms import TermKind, in_locale


class HospitalQuestion:
    """Answers a question about one hospital; knows which hospital "it" is from the conversation."""

    def answer(self, turn: Turn) -> None:
        """Answers about the hospital `which_hospital` finds (the routing table checks there is one)."""
        hospital = self.which_hospital(turn)
        if hospital is None:
            self.ask_which(turn)
            return
        card = hospital_card(hospital, turn)
        detail = self._asked_detail(turn)
        answer = {
            "phone": self._phone,
            "address": self._address,
            "website": self._website,
            "languages": self._languages,
            "insurers": self._insurers,
            "emergency": self._emergency,
            "specialties": self._specialties,
            "hours": self._hours,
        }.get(detail or "", self._overview)
        turn.say(answer(turn, hospital, card))
        turn.show(single_hospital_payload(hospital, turn))
        turn.remember("focused_hospital", hospital["id"])

    @staticmethod
    def which_hospital(turn: Turn) -> Record | None:
        """The hospital named, or at the place in the last list pointed at, or "it" of the conversation."""
        named = turn.reading.first(TermKind.HOSPITAL)
        listed = turn.tracker.get_slot("listed_hospitals") or []
        position = turn.reading.list_position
        hospital_id: str | None
        if named:
            hospital_id = named.id
        elif position is not None and position <= len(listed):
            hospital_id = listed[position - 1]
        else:
            hospital_id = turn.tracker.get_slot("focused_hospital") or (
                listed[0] if len(listed) == 1 else None
            )
        if hospital_id is None:
            return None
        return turn.directory.hospitals.get(hospital_id)

    @staticmethod
    def _asked_detail(turn: Turn) -> str | None:
        tagged = [
            entity.get("value")
            for entity in turn.tracker.latest_message.get("entities") or []
            if entity.get("entity") == "hospital_detail"
        ]
        if tagged and isinstance(tagged[0], str):
            return tagged[0]
        # "Does it take Cigna?", "do they speak German?", "is there an emergency room?",
        # "do they have a dermatologist?"
        asked = turn.reading.criteria()
        if asked.insurer:
            return "insurers"
        if asked.languages:
            return "languages"
        if asked.emergency_24h:
            return "emergency"
        if asked.specialty:
            return "specialties"
        return turn.reading.detail

    @staticmethod
    def ask_which(turn: Turn) -> None:
        listed = turn.tracker.get_slot("listed_hospitals") or []
        records = [record for record in map(turn.directory.hospitals.get, listed[:5]) if record]
        if records:
            names = "\n".join(f"- {in_locale(record['name'], turn.language)}" for record in records)
            turn.say(turn._("Which hospital do you mean? Please tell me its name:") + "\n" + names)
        else:
            turn.say(turn._("Which hospital do you mean? Please tell me its name, or ask me to find one."))

    @staticmethod
    def _phone(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        text = turn._("The phone number of {name} is {phone}.").format(**card)
        if "international_desk_phone" in card:
            text += " " + turn._("Its international patient desk: {international_desk_phone}.").format(**card)
        return text

    @staticmethod
    def _address(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        return turn._("{name} is at {address}.\nFor the taxi driver: {name_zh}, {address_zh}").format(**card)

    @staticmethod
    def _website(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        if "website" in card:
            return turn._("The website of {name} is {website}").format(**card)
        return turn._("I have no website for {name}. You can call {phone}.").format(**card)

    @staticmethod
    def _languages(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        asked = [term.id for term in turn.reading.all(TermKind.LANGUAGE)]
        served = hospital["languages"]
        if asked:
            missing = [code for code in asked if code not in served]
            if not missing:
                return turn._("Yes, {name} serves patients in {languages}.").format(
                    name=card["name"], languages=language_names(turn, asked)
                )
            return turn._("No, {name} does not list {languages}. It serves patients in: {served}.").format(
                name=card["name"],
                languages=language_names(turn, missing),
                served=language_names(turn, served),
            )
        return turn._("{name} serves patients in: {served}.").format(
            name=card["name"], served=language_names(turn, served)
        )

    @staticmethod
    def _insurers(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        billed = hospital["direct_billing"]
        names = turn._(", ").join(term_name(turn, TermKind.INSURER, code) for code in billed)
        asked = turn.reading.first(TermKind.INSURER)
        if asked:
            insurer = asked.display_name(turn.language)
            if asked.id in billed:
                return turn._("Yes, {name} bills {insurer} directly: you do not pay up front.").format(
                    name=card["name"], insurer=insurer
                )
            text = turn._(
                "No, {name} does not bill {insurer} directly: you would pay and claim it back."
            ).format(name=card["name"], insurer=insurer)
            if billed:
                text += " " + turn._("It bills these insurers directly: {insurers}.").format(insurers=names)
            return text
        if billed:
            return turn._("{name} bills these insurers directly: {insurers}.").format(
                name=card["name"], insurers=names
            )
        return turn._(
            "{name} bills no insurer directly: you pay and claim it back from your insurer."
        ).format(name=card["name"])

    @staticmethod
    def _emergency(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        if hospital["emergency_24h"]:
            return turn._("Yes, {name} has a 24-hour emergency department.").format(**card)
        return turn._("No, {name} has no 24-hour emergency department. In an emergency call 120.").format(
            **card
        )

    @staticmethod
    def _specialties(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        asked = turn.reading.first(TermKind.SPECIALTY)
        if asked:
            specialty = asked.display_name(turn.language)
            if asked.id in hospital["specialties"]:
                return turn._("Yes, {name} has {specialty}.").format(name=card["name"], specialty=specialty)
            return turn._("No, {name} does not list {specialty}.").format(
                name=card["name"], specialty=specialty
            )
        departments = turn._(", ").join(
            term_name(turn, TermKind.SPECIALTY, code) for code in hospital["specialties"]
        )
        return turn._("{name} has: {departments}.").format(name=card["name"], departments=departments)

    @staticmethod
    def _hours(turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        hours = (hospital.get("international_desk") or {}).get("hours")
        text = (
            turn._("The international patient desk of {name} is open: {hours}.").format(
                name=card["name"], hours=in_locale(hours, turn.language)
            )
            if hours
            else turn._("I have no opening hours for {name}; please call {phone}.").format(**card)
        )
        if hospital["emergency_24h"]:
            text += " " + turn._("Its emergency department is open 24 hours.")
        return text

    def _overview(self, turn: Turn, hospital: Record, card: dict[str, Any]) -> str:
        return "\n".join(
            (
                self._address(turn, hospital, card),
                self._phone(turn, hospital, card),
                self._languages(turn, hospital, card),
            )
        )
