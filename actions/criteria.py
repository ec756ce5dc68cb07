"""What a message asks for, in directory codes.

The message text is read against the live vocabulary (so a hospital, insurer or district imported
today is understood today), and the model's entities add what the vocabulary alone would miss
(a misspelled or unseen form that the model tagged).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from actions.phrases import DIRECT_BILLING_WISHES, EMERGENCY_24H_WISHES, mentions_any
from directory.resolver import Mention, Resolved, TermIndex
from directory.search import HospitalQuery
from directory.vocabulary.terms import Term, TermKind

# The model's entity names for the directory's kinds of term.
ENTITY_KINDS = {
    "specialty": TermKind.SPECIALTY,
    "language": TermKind.LANGUAGE,
    "insurer": TermKind.INSURER,
    "district": TermKind.DISTRICT,
    "hospital": TermKind.HOSPITAL,
}
EMERGENCY_SPECIALTY = "emergency"


@dataclass(frozen=True)
class SearchCriteria:
    """The filters of one search, as the `search_criteria` slot keeps them."""

    specialty: str | None = None
    languages: tuple[str, ...] = ()
    insurer: str | None = None
    district: str | None = None
    direct_billing: bool = False
    emergency_24h: bool = False

    @classmethod
    def from_slot(cls, value: Mapping[str, Any] | None) -> SearchCriteria:
        if not value:
            return cls()
        return cls(
            specialty=value.get("specialty"),
            languages=tuple(value.get("languages") or ()),
            insurer=value.get("insurer"),
            district=value.get("district"),
            direct_billing=bool(value.get("direct_billing")),
            emergency_24h=bool(value.get("emergency_24h")),
        )

    def as_slot(self) -> dict[str, Any]:
        return {
            name: list(value) if isinstance(value, tuple) else value
            for name, value in asdict(self).items()
            if value
        }

    @property
    def is_empty(self) -> bool:
        return not self.as_slot()

    def refined_by(self, other: SearchCriteria) -> SearchCriteria:
        """These criteria with what `other` adds or changes ("and in Wuhou?", "only direct billing")."""
        return SearchCriteria(
            specialty=other.specialty or self.specialty,
            languages=tuple(dict.fromkeys(self.languages + other.languages)),
            insurer=other.insurer or self.insurer,
            district=other.district or self.district,
            direct_billing=self.direct_billing or other.direct_billing,
            emergency_24h=self.emergency_24h or other.emergency_24h,
        )

    def query(self, preferred_language: str, limit: int) -> HospitalQuery:
        return HospitalQuery(
            languages=self.languages,
            specialty=self.specialty,
            insurer=self.insurer,
            direct_billing=self.direct_billing,
            district=self.district,
            emergency_24h=self.emergency_24h,
            preferred_language=preferred_language,
            limit=limit,
        )

    def without(self, criterion: str) -> SearchCriteria:
        empty: dict[str, Any] = {"languages": (), "direct_billing": False, "emergency_24h": False}
        dropped: dict[str, Any] = {criterion: empty.get(criterion)}
        return replace(self, **dropped)

    def present(self) -> list[str]:
        """Names of the criteria in force, in a fixed order."""
        return [name for name, value in asdict(self).items() if value]


@dataclass
class MessageReading:
    """Everything a message names: terms by kind, and the wishes for 24 h and direct billing."""

    #: Every stretch of the message that names something, for telling names from prose.
    mentions: list[Mention] = field(default_factory=list)
    terms: dict[TermKind, list[Term]] = field(default_factory=dict)
    wants_emergency_24h: bool = False
    wants_direct_billing: bool = False

    def first(self, kind: TermKind) -> Term | None:
        found = self.terms.get(kind)
        return found[0] if found else None

    def all(self, kind: TermKind) -> list[Term]:
        return self.terms.get(kind, [])

    def add(self, term: Term) -> None:
        bucket = self.terms.setdefault(term.kind, [])
        if term not in bucket:
            bucket.append(term)

    def criteria(self) -> SearchCriteria:
        specialty = self.first(TermKind.SPECIALTY)
        # "An emergency room" asks for a 24 h emergency department, which is what the flag means.
        emergency_department = specialty is not None and specialty.id == EMERGENCY_SPECIALTY
        insurer = self.first(TermKind.INSURER)
        district = self.first(TermKind.DISTRICT)
        return SearchCriteria(
            specialty=None if emergency_department or specialty is None else specialty.id,
            languages=tuple(term.id for term in self.all(TermKind.LANGUAGE)),
            insurer=insurer.id if insurer else None,
            district=district.id if district else None,
            direct_billing=self.wants_direct_billing and insurer is None,
            emergency_24h=self.wants_emergency_24h or emergency_department,
        )


def read_message(text: str, entities: Iterable[Mapping[str, Any]], index: TermIndex) -> MessageReading:
    """The terms and wishes in a message: vocabulary matches first, then the model's entities."""
    reading = MessageReading(mentions=index.scan(text))
    for mention in reading.mentions:
        # Words that name two things of one kind ("Yi") are left out rather than guessed.
        if len(mention.terms) == 1:
            reading.add(mention.term)
    for entity in entities:
        name = entity.get("entity")
        value = entity.get("value")
        if name == "emergency_24h":
            reading.wants_emergency_24h = True
        elif name == "direct_billing":
            reading.wants_direct_billing = True
        elif name in ENTITY_KINDS and isinstance(value, str) and not reading.all(ENTITY_KINDS[name]):
            resolved = index.resolve(ENTITY_KINDS[name], value)
            if isinstance(resolved, Resolved):
                reading.add(resolved.term)
    reading.wants_emergency_24h |= mentions_any(text, EMERGENCY_24H_WISHES)
    reading.wants_direct_billing |= mentions_any(text, DIRECT_BILLING_WISHES)
    return reading
