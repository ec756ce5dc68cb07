"""The one vocabulary: the contract's specialty codes, and every ISO 639-1 language named by CLDR."""

from __future__ import annotations

import re
from collections import defaultdict

from babel import Locale

from directory.text import fold
from directory.vocabulary.languages import iso_639_1_codes, language_terms
from directory.vocabulary.specialties import SPECIALTIES
from directory.vocabulary.terms import LOCALES

# The contract's list, in its order (section 2).
CONTRACT_SPECIALTIES = [
    "general_practice",
    "internal_medicine",
    "emergency",
    "pediatrics",
    "obstetrics_gynecology",
    "cardiology",
    "cardiac_surgery",
    "orthopedics",
    "dermatology",
    "ophthalmology",
    "ent",
    "dentistry",
    "psychiatry",
    "neurology",
    "gastroenterology",
    "oncology",
    "urology",
    "general_surgery",
    "respiratory",
    "endocrinology",
    "infectious_diseases",
    "traditional_chinese_medicine",
    "rehabilitation",
    "health_checkup",
]

# ISO 639-1 as the Library of Congress publishes it (183 codes).
ISO_639_1 = re.findall(
    r"[a-z]{2}",
    """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el
en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt
my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo
za zh zu
""",
)


def test_the_specialty_codes_are_exactly_the_contracts_24() -> None:
    assert len(CONTRACT_SPECIALTIES) == 24
    assert [term.id for term in SPECIALTIES] == CONTRACT_SPECIALTIES


def test_every_specialty_is_named_in_every_locale() -> None:
    unnamed = [(term.id, locale) for term in SPECIALTIES for locale in LOCALES if not term.name.get(locale)]
    assert unnamed == []


def test_no_spelling_names_two_specialties() -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    for term in SPECIALTIES:
        for spelling in term.spellings():
            meanings[fold(spelling)].add(term.id)
    shared = {spelling: sorted(ids) for spelling, ids in meanings.items() if len(ids) > 1}
    assert shared == {}


def test_every_iso_639_1_code_is_a_language_of_service() -> None:
    codes = set(iso_639_1_codes())
    assert set(ISO_639_1) <= codes
    assert all(len(code) == 2 for code in codes)
    assert [term.id for term in language_terms()] == sorted(codes)


def test_every_language_is_named_by_cldr_in_en_zh_ja_de_fr() -> None:
    for term in language_terms():
        for locale in LOCALES:
            cldr_name = Locale(locale).languages.get(term.id)
            assert cldr_name, f"CLDR has no {locale} name for {term.id}"
            assert term.name[locale] == cldr_name


def test_japanese_is_nihongo_in_japanese_and_japanisch_in_german() -> None:
    japanese = next(term for term in language_terms() if term.id == "ja")
    assert japanese.name["ja"] == "日本語"
    assert japanese.name["de"] == "Japanisch"
    assert japanese.name["fr"] == "japonais"
    assert japanese.name["zh"] == "日语"
    assert japanese.name["en"] == "Japanese"


def test_japanese_asks_for_a_fields_doctor_of_every_department_named_by_its_field() -> None:
    aliases = {term.id: set(term.aliases) for term in SPECIALTIES}
    assert {"皮膚の専門医", "皮膚の先生"} <= aliases["dermatology"]
    assert "感染症の専門医" in aliases["infectious_diseases"]
    # A surgery's field is another department's, and "general" is no field.
    assert not any(alias.endswith(("の専門医", "の先生")) for alias in aliases["cardiac_surgery"])
    assert not any(alias.startswith(("一般の", "総合の")) for names in aliases.values() for alias in names)
