"""A large, deterministic directory file for benchmarks: realistic mixes of every field."""

from __future__ import annotations

import json
import random
from typing import Any

from directory.vocabulary.districts import DEFAULT_DISTRICTS
from directory.vocabulary.insurers import DEFAULT_INSURERS
from directory.vocabulary.specialties import SPECIALTIES

_LANGUAGES = ["en", "ja", "de", "fr", "ko", "ru", "es", "it", "ar", "pt"]
_WORDS = [
    "Lotus",
    "Maple",
    "Golden",
    "River",
    "Harbor",
    "Summit",
    "Jade",
    "Bamboo",
    "Cedar",
    "Panda",
    "Sunrise",
    "Silver",
    "Tianfu",
    "Orchid",
    "Willow",
    "Phoenix",
    "Cloud",
    "Pearl",
    "Azure",
    "Crane",
]
_KINDS = ["Hospital", "Clinic", "Medical Center", "International Clinic", "Health Center"]


def generated_directory(hospitals: int, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    records = []
    for number in range(hospitals):
        name = f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {rng.choice(_KINDS)} {number}"
        records.append(
            {
                "id": f"hospital-{number:05d}",
                "name": {"en": name, "zh": f"测试医院{number}", "ja": f"テスト病院{number}"},
                "district": rng.choice(DEFAULT_DISTRICTS).id,
                "address": {"en": f"{number} Test Road, Chengdu", "zh": f"成都市测试路{number}号"},
                "phone": f"+86 28 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "languages": sorted({"zh", *rng.sample(_LANGUAGES, rng.randint(0, 4))}),
                "specialties": sorted(s.id for s in rng.sample(SPECIALTIES, rng.randint(1, 8))),
                "emergency_24h": rng.random() < 0.3,
                "direct_billing": sorted(i.id for i in rng.sample(DEFAULT_INSURERS, rng.randint(0, 4))),
                "website": f"https://hospital{number}.example",
                "location": {"lat": 30.5 + rng.random() / 5, "lon": 104.0 + rng.random() / 5},
                "verified_on": "2026-11-01",
            }
        )
    return {"version": 1, "hospitals": records}


def generated_file(hospitals: int) -> bytes:
    return json.dumps(generated_directory(hospitals), ensure_ascii=False).encode()
