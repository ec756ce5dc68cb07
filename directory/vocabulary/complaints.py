"""Everyday complaints ("my back hurts", "歯が痛い") and the department that sees each.

The phrases live in `complaints/<lang>.yml`, one source for this matcher and the tests; they are matched as
words and MeCab lemmas by the same matcher as the red flags (`red_flags.py`). They are patterns (stems, gaps,
compounds), not literal strings, so they do not feed the NLU lookup tables as written. A complaint is never
a diagnosis: it says where to start, and its `reason` names it in the reply ("For back pain, orthopedics:").
Emergencies are not here: check `find_red_flag` first. The first call loads the lexicons (about 0.7 s with
MeCab); call `complaints()` at start-up to pay it there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Final

from directory.vocabulary.red_flags import (
    COMPLAINTS_FOLDER,
    LEXICON_LANGUAGES,
    Entry,
    Lexicon,
    grouped_entries,
    lexicon_entry,
    read_lexicon_file,
    tokenize,
)
from directory.vocabulary.specialties import SPECIALTIES

# For a child, a paediatrician sees what a general practitioner or an organ specialist would see for an
# adult (a cough, a rash, a stomach upset); teeth, eyes, bones and the rest keep their own department.
SEEN_BY_PEDIATRICS_FOR_A_CHILD: Final = frozenset(
    {
        "general_practice",
        "internal_medicine",
        "respiratory",
        "ent",
        "dermatology",
        "gastroenterology",
        "infectious_diseases",
        "neurology",
        "endocrinology",
        "urology",
    }
)
_PEDIATRICS: Final = "pediatrics"
# The first doors for what has no department of its own. A message telling two complaints ("a low fever,
# and I want a malaria test") goes to the department of the telling one, not to the general door.
# How general each door is: own departments 0, internal medicine and check-ups 1, general practice 2
# ("high blood sugar at the company check-up" is for endocrinology; "a check-up, I am always tired" for
# the check-up asked first).
# The departments of a kind of care (acupuncture, physiotherapy) come first of all: a patient names that
# care only to ask for it, and the complaint beside it says why ("a stiff shoulder, so I'd like to try
# acupuncture" is for traditional Chinese medicine).
GENERALITY: Final = MappingProxyType(
    {
        "traditional_chinese_medicine": -1,
        "rehabilitation": -1,
        "internal_medicine": 1,
        "health_checkup": 1,
        "general_practice": 2,
    }
)


# Chengdu's hospitals see children in paediatrics until their 14th birthday.
CHILD_UNTIL_AGE: Final = 14
# An age as the four languages write it: "45 year old", "4-year-old", "50-jährig", "10 Jahre alt", "16 ans",
# "3歳", "50代" (in one's fifties), "(2)" after a child's word; months are a baby's age when they say so
# ("8 months old", "8 Monate alt", "bébé de 8 mois", "生後8ヶ月", "8ヶ月の赤ちゃん"). A number of months or
# years that says how long ("for 8 months", "1か月以上", "depuis 3 ans") is no age. Read on the NFKC form,
# so full-width digits count.
_AGE_IN_YEARS: Final = re.compile(
    r"(\d{1,3})\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b"
    r"|(\d{1,3})\s*-?\s*(?:jährig\w*|jahre?\s+alt)"
    r"|(\d{1,3})\s*ans\b"
    r"|(\d{1,3})\s*(?:歳|才)"
    r"|(\d)0\s*代"
    r"|(?:son|daughter|child|kid|sohn|tochter|kind|fils|fille|enfant)\s*\((\d{1,2})\)",
    re.IGNORECASE,
)
_AGE_IN_MONTHS: Final = re.compile(
    r"\d{1,2}\s*-?\s*months?\s*-?\s*old\b"
    r"|\d{1,2}\s*-?\s*monate?\s+alt"
    r"|(?:bébé|bebe|nourrisson|enfant|fils|fille)\s+de\s+\d{1,2}\s*mois\b"
    r"|生後\s*\d{1,2}"
    r"|\d{1,2}\s*(?:ヶ月|か月|カ月)\s*の\s*(?:赤ちゃん|赤ん坊|子|娘|息子|男の子|女の子|乳児)",
    re.IGNORECASE,
)
# "depuis 3 ans", "il y a 2 ans": how long, not how old.
_DURATION_BEFORE: Final = re.compile(r"(?:depuis|pendant|il\s+y\s+a|dans|durant)\s*$", re.IGNORECASE)


def stated_age(text: str) -> int | None:
    """The patient's age when the message says it, in years (a baby's months count as 0), else None."""
    folded = unicodedata.normalize("NFKC", text)
    for years in _AGE_IN_YEARS.finditer(folded):
        if _DURATION_BEFORE.search(folded, 0, years.start()):
            continue
        digits = next(group for group in years.groups() if group)
        return int(digits) * (10 if years.group(5) else 1)
    return 0 if _AGE_IN_MONTHS.search(folded) else None


@dataclass(frozen=True, slots=True)
class Complaint:
    """One everyday complaint: the department that sees it and its name in each language."""

    id: str
    specialty: str
    reason: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ComplaintMatch:
    """A complaint found in a message: where, in which language's words, and which department sees it."""

    complaint: str
    specialty: str
    reason: Mapping[str, str]  # the complaint's name per language, for "For back pain, orthopedics:"
    language: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    complaints: Mapping[str, Complaint]
    lexicon: Lexicon
    child: Lexicon


@cache
def _vocabulary() -> _Vocabulary:
    known_specialties = {term.id for term in SPECIALTIES}
    specialty_of: dict[str, str] = {}
    reasons: dict[str, dict[str, str]] = {}
    entries: list[Entry] = []
    child: list[Entry] = []
    for language in LEXICON_LANGUAGES:
        path = COMPLAINTS_FOLDER / f"{language}.yml"
        document = read_lexicon_file(path)
        child.append(lexicon_entry("child", language, {"phrases": document["child"]}, str(path)))
        for specialty, complaint_id, record, entry in grouped_entries(path, "complaints", language):
            if specialty not in known_specialties:
                raise ValueError(f"{path}: unknown specialty code {specialty!r}")
            if specialty_of.setdefault(complaint_id, specialty) != specialty:
                other = specialty_of[complaint_id]
                raise ValueError(f"{path}: {complaint_id} is under {specialty}, elsewhere under {other}")
            reasons.setdefault(complaint_id, {})[language] = str(record["reason"])
            entries.append(entry)
    complaints_by_id = {
        complaint_id: Complaint(complaint_id, specialty, MappingProxyType(reasons[complaint_id]))
        for complaint_id, specialty in specialty_of.items()
    }
    return _Vocabulary(MappingProxyType(complaints_by_id), Lexicon(entries), Lexicon(child))


def complaints() -> Mapping[str, Complaint]:
    """Every complaint of the lexicon by id."""
    return _vocabulary().complaints


def find_complaints(text: str) -> list[ComplaintMatch]:
    """The everyday complaints in `text`, each once, the most telling first: a department's own
    complaint before those of the general doors (general practice, then internal medicine), and in the
    order written among equals.

    Where two phrases overlap, the longer one wins ("a fever after my trip" is a travel fever, not a
    fever). When the message says the patient is a child, the complaints a paediatrician sees for a
    child go to pediatrics.
    """
    vocabulary = _vocabulary()
    tokens = tokenize(text)
    age = stated_age(text)
    for_a_child = age < CHILD_UNTIL_AGE if age is not None else bool(vocabulary.child.hits(tokens))
    found: list[ComplaintMatch] = []
    seen: set[str] = set()
    for hit in vocabulary.lexicon.hits(tokens):
        complaint = vocabulary.complaints[hit.entry.id]
        if complaint.id in seen:
            continue
        seen.add(complaint.id)
        specialty = complaint.specialty
        if for_a_child and specialty in SEEN_BY_PEDIATRICS_FOR_A_CHILD:
            specialty = _PEDIATRICS
        found.append(
            ComplaintMatch(complaint.id, specialty, complaint.reason, hit.entry.language, hit.start, hit.end)
        )
    # Sorted by the complaint's own department: a child's cough is as telling as an adult's.
    return sorted(
        found, key=lambda match: GENERALITY.get(vocabulary.complaints[match.complaint].specialty, 0)
    )
