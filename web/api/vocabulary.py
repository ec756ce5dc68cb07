"""The filter choices, named in a display locale: what the lookup page offers in its menus."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter

from directory.vocabulary.terms import TermKind
from web.deps import VocabularyDep

router = APIRouter(prefix="/api/vocabulary", tags=["vocabulary"])


@router.get("", summary="Specialties, languages, insurers and districts with display names")
def vocabulary(index: VocabularyDep, locale: Literal["en", "zh", "ja", "de", "fr"] = "en") -> dict[str, Any]:
    def listed(kind: TermKind) -> list[dict[str, str]]:
        return sorted(
            ({"id": term.id, "name": term.display_name(locale)} for term in index.terms(kind)),
            key=lambda entry: entry["name"].casefold(),
        )

    return {
        "specialties": listed(TermKind.SPECIALTY),
        "languages": listed(TermKind.LANGUAGE),
        "insurers": listed(TermKind.INSURER),
        "districts": listed(TermKind.DISTRICT),
    }
