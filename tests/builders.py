"""Directory files for tests: small, valid, and full of names the bundled sample never mentions.

Whatever a test proves about "Maple Leaf International Clinic", the insurer "Zenith Care" or the
district "East Lake", it proves about data that only an import can have taught the directory.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from directory.exporter import export_directory

ZENITH_CARE: dict[str, Any] = {
    "id": "zenith-care",
    "name": {"en": "Zenith Care International", "zh": "天顶国际保险", "ja": "ゼニスケア"},
    "aliases": ["Zenith", "ZenCare", "天顶保险"],
}

EAST_LAKE: dict[str, Any] = {
    "id": "east-lake",
    "name": {"en": "East Lake District", "zh": "东湖区", "de": "Bezirk Donghu"},
    "aliases": ["Donghu", "东湖"],
}

MAPLE_LEAF: dict[str, Any] = {
    "id": "maple-leaf-clinic",
    "name": {
        "en": "Maple Leaf International Clinic",
        "zh": "枫叶国际诊所",
        "ja": "メープルリーフ国際クリニック",
        "fr": "Clinique internationale Feuille d'érable",
    },
    "district": "east-lake",
    "address": {"en": "8 Lakeside Road, East Lake District", "zh": "东湖区湖滨路8号"},
    "phone": "+86 28 5555 0101",
    "international_desk": {
        "phone": "+86 28 5555 0102",
        "email": "desk@maple-leaf.example",
        "hours": {"en": "Mon-Sat 8:00-18:00"},
    },
    "website": "https://maple-leaf.example/en",
    "location": {"lat": 30.51, "lon": 104.12},
    "languages": ["en", "fr", "ja"],
    "specialties": ["dermatology", "pediatrics"],
    "emergency_24h": False,
    "direct_billing": ["zenith-care"],
    "accreditations": ["JCI"],
    "verified_on": "2025-03-01",
    "notes": {"en": "Walk-ins welcome in the morning."},
}


def hospital(**overrides: Any) -> dict[str, Any]:
    """A valid hospital (Maple Leaf by default); keyword arguments replace its keys."""
    record = copy.deepcopy(MAPLE_LEAF)
    record.update(copy.deepcopy(overrides))
    return record


def make_directory(**overrides: Any) -> dict[str, Any]:
    """A valid directory file with Maple Leaf, the insurer it bills and the district it is in."""
    document: dict[str, Any] = {
        "version": 1,
        "hospitals": [hospital()],
        "insurers": [copy.deepcopy(ZENITH_CARE)],
        "districts": [copy.deepcopy(EAST_LAKE)],
    }
    document.update(copy.deepcopy(overrides))
    return document


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def exported(engine: Engine) -> dict[str, Any]:
    """The whole directory as an export sees it, read in a session of its own."""
    with Session(engine) as session:
        return export_directory(session)


# An administrator's file that, not knowing the built-in ids, adds a second Bupa and a second Jinjiang.
BUPA_CHINA: dict[str, Any] = {
    "id": "bupa-china",
    "name": {"en": "Bupa China Plan", "zh": "保柏中国"},
    "aliases": ["Bupa", "保柏", "BCP"],
}
JINJIANG_EAST: dict[str, Any] = {
    "id": "jinjiang-east",
    "name": {"en": "Jinjiang East"},
    "aliases": ["Jinjiang"],
}


def file_with_shared_names() -> dict[str, Any]:
    """Maple Leaf billing the new Bupa; the new Jinjiang has no hospital."""
    return make_directory(
        hospitals=[hospital(direct_billing=["zenith-care", "bupa-china"])],
        insurers=[copy.deepcopy(ZENITH_CARE), copy.deepcopy(BUPA_CHINA)],
        districts=[copy.deepcopy(EAST_LAKE), copy.deepcopy(JINJIANG_EAST)],
    )
