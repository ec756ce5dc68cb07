"""The criteria of a search, as the `search_criteria` slot keeps them, and how a follow-up changes them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Final

from directory.search import HospitalQuery

EMERGENCY_SPECIALTY: Final = "emergency"
#: The criteria in the order answers name them.
CRITERIA: Final = (
    "specialty",
    "languages",
    "insurer",
    "district",
    "excluded_districts",
    "direct_billing",
    "emergency_24h",
)


@dataclass(frozen=True)
class SearchCriteria:
    """The filters of one search, in directory codes."""

    specialty: str | None = None
    languages: tuple[str, ...] = ()
    insurer: str | None = None
    district: str | None = None
    #: Districts the patient does not want ("not in the High-tech Zone", "双流区以外で").
    excluded_districts: tuple[str, ...] = ()
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
            excluded_districts=tuple(value.get("excluded_districts") or ()),
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

    def present(self) -> list[str]:
        """Names of the criteria in force, in a fixed order."""
        return [name for name, value in asdict(self).items() if value]

    def values(self, criterion: str) -> set[str]:
        value = getattr(self, criterion)
        if isinstance(value, tuple):
            return set(value)
        return {value} if isinstance(value, str) else set()

    def refined_by(self, other: SearchCriteria) -> SearchCriteria:
        """These criteria with what `other` adds ("and in Wuhou?", "only direct billing"): a new value of
        a one-value criterion replaces the old, a language is one more that must be served."""
        insurer = other.insurer or self.insurer
        district = other.district or self.district
        excluded = tuple(dict.fromkeys(self.excluded_districts + other.excluded_districts))
        return SearchCriteria(
            specialty=other.specialty or self.specialty,
            languages=tuple(dict.fromkeys(self.languages + other.languages)),
            insurer=insurer,
            # A district named as not wanted is no longer the one searched ("but not in Wuhou"), and
            # one district required leaves no others to leave out.
            district=None if district in other.excluded_districts else district,
            excluded_districts=() if other.district else excluded,
            direct_billing=(self.direct_billing or other.direct_billing) and insurer is None,
            emergency_24h=self.emergency_24h or other.emergency_24h,
        )

    def replacing(self, named: Mapping[str, set[str]]) -> SearchCriteria:
        """These criteria with the values `named` in place of the old ones: "Japanese rather than
        Korean" names both, and the one already in force is the one replaced."""
        changed = self
        for criterion, values in named.items():
            new = values - self.values(criterion) or values
            if criterion == "languages":
                # The old languages stay but for the one named beside the new ("rather than Korean");
                # with none of the old named, the new languages are the whole set ("make that Japanese").
                named_old = values & self.values(criterion)
                kept = tuple(code for code in self.languages if code not in values) if named_old else ()
                changed = replace(changed, languages=tuple(dict.fromkeys(kept + tuple(sorted(new)))))
            else:
                one_value: dict[str, Any] = {criterion: sorted(new)[0]}
                changed = replace(changed, **one_value)
        # One district required leaves no others to leave out ("make that Jinjiang").
        return replace(changed, excluded_districts=()) if "district" in named else changed

    def letting_in(self, districts: set[str]) -> SearchCriteria:
        """These criteria with `districts` no longer left out ("the High-tech Zone is fine after all")."""
        kept_out = tuple(code for code in self.excluded_districts if code not in districts)
        return replace(self, excluded_districts=kept_out)

    def dropping(self, named: Mapping[str, set[str]]) -> SearchCriteria:
        """These criteria without the values `named` ("not ENT", "statt Deutsch"); other values stay."""
        changed = self
        for criterion, values in named.items():
            if criterion == "languages":
                changed = replace(changed, languages=tuple(c for c in self.languages if c not in values))
            elif self.values(criterion) & values:
                changed = changed.without(criterion)
        return changed

    def without(self, *criteria: str) -> SearchCriteria:
        empty: dict[str, Any] = {
            "languages": (),
            "excluded_districts": (),
            "direct_billing": False,
            "emergency_24h": False,
        }
        dropped: dict[str, Any] = {criterion: empty.get(criterion) for criterion in criteria}
        return replace(self, **dropped)

    def query(self, preferred_language: str, limit: int) -> HospitalQuery:
        return HospitalQuery(
            languages=self.languages,
            specialty=self.specialty,
            insurer=self.insurer,
            direct_billing=self.direct_billing,
            district=self.district,
            excluded_districts=self.excluded_districts,
            emergency_24h=self.emergency_24h,
            preferred_language=preferred_language,
            limit=limit,
        )
