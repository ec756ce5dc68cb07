"""A message read once: what it names, what it does, and what it asks for.

Everything that decides what to answer reads this: the routing table (actions/routing.py), the search
and its changes (actions/search.py), the reply language (actions/reply_language.py). The message is
read against
- the live vocabulary (`TermIndex.scan`): specialties, languages, insurers, districts and hospitals,
  each mention with its kind, span, match quality and the language of its words;
- the dialogue cues (actions/lexicons/): follow-ups, replacements, removals, switches, details...;
- the everyday complaints (directory/vocabulary/complaints/): "my back hurts" asks for orthopedics;
- the model's entities, for what the vocabulary does not know yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from actions.criteria import EMERGENCY_SPECIALTY, SearchCriteria
from actions.cues import DETAILS, KIND_CRITERIA, POSITIONS, Cue, CueHit, find_cues, mend_cue_slips
from directory.everyday_words import is_everyday_word
from directory.resolver import MatchQuality, Mention, Resolved, TermIndex
from directory.romaji import as_hiragana_if_romaji
from directory.text import has_cjk
from directory.vocabulary.complaints import ComplaintMatch, find_complaints
from directory.vocabulary.languages import names_speakers
from directory.vocabulary.red_flags import FUNCTION_WORDS, Token, language_evidence, tokenize
from directory.vocabulary.terms import Term, TermKind

# The model's entity names for the directory's kinds of term.
ENTITY_KINDS = {
    "specialty": TermKind.SPECIALTY,
    "language": TermKind.LANGUAGE,
    "insurer": TermKind.INSURER,
    "district": TermKind.DISTRICT,
    "hospital": TermKind.HOSPITAL,
}
#: Kinds whose names can be ambiguous in a way worth asking about (two insurers called "Allianz").
ASKABLE_KINDS = frozenset({TermKind.INSURER, TermKind.DISTRICT, TermKind.SPECIALTY, TermKind.LANGUAGE})
# Below this, an entity the vocabulary does not know is the model's guess, not the patient's words.
_SURE_ENTITY = 0.8
#: The criterion each kind of term fills.
CRITERION_OF_KIND = {
    TermKind.SPECIALTY: "specialty",
    TermKind.LANGUAGE: "languages",
    TermKind.INSURER: "insurer",
    TermKind.DISTRICT: "district",
}


@dataclass(frozen=True)
class Unrecognized:
    """Words the model took for a criterion that nothing in the directory is called."""

    kind: TermKind
    typed: str


@dataclass
class MessageReading:
    text: str
    #: Every stretch of the message that names something in the vocabulary.
    mentions: list[Mention] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    complaints: list[ComplaintMatch] = field(default_factory=list)
    terms: dict[TermKind, list[Term]] = field(default_factory=dict)
    #: Names that fit two terms of one kind equally well (asked about, never guessed).
    ambiguous: list[Mention] = field(default_factory=list)
    #: Terms named as not wanted ("not ENT", "statt Deutsch", "韓国語じゃなくて"): out of the search.
    negated: list[Term] = field(default_factory=list)
    unrecognized: list[Unrecognized] = field(default_factory=list)
    wants_emergency_24h: bool = False
    wants_direct_billing: bool = False
    #: The criteria each removal cue (by its span) drops: "any district is fine" the district.
    removals: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    #: Values named beside a removal ("forget Cigna", "streich Deutsch"): out of the last search.
    dropped: list[Term] = field(default_factory=list)

    # ----- what it names

    def first(self, kind: TermKind) -> Term | None:
        found = self.terms.get(kind)
        return found[0] if found else None

    def all(self, kind: TermKind) -> list[Term]:
        return self.terms.get(kind, [])

    def add(self, term: Term) -> None:
        bucket = self.terms.setdefault(term.kind, [])
        if term not in bucket:
            bucket.append(term)

    @property
    def complaint(self) -> ComplaintMatch | None:
        """The complaint that chose the department: when none was named, or only a check-up, since a
        check-up of something ("my heart checked", a pregnancy's check-ups) is that department's."""
        specialty = self.named_department()
        if not self.complaints or (specialty is not None and specialty.id != GENERAL_CHECK_UP):
            return None
        if specialty is None:
            return self.complaints[0]
        # A relative's illness told as the reason ("my father had a heart attack, so I'd like a check-up")
        # leaves the check-up asked for.
        own = [complaint for complaint in self.complaints if not self._told_of_a_relative(complaint)]
        return own[0] if own else None

    def _told_of_a_relative(self, complaint: ComplaintMatch) -> bool:
        return any(
            hit.cue is Cue.FAMILY_HISTORY
            and hit.end <= complaint.start
            and not _sentence_ends(self.text[hit.end : complaint.start])
            and len(self.text[hit.end : complaint.start].split()) <= _FAMILY_HISTORY_REACH
            for hit in self.cues
        )

    def named_department(self) -> Term | None:
        """The department the message names. A check-up beside another department is where something
        was found or what that department is to do ("健診で肝臓の数値が…内科で再検査", "a check-up with a
        cardiologist"): the other one is meant."""
        departments = [term for term in self.all(TermKind.SPECIALTY) if term.id != EMERGENCY_SPECIALTY]
        return next((term for term in departments if term.id != GENERAL_CHECK_UP), None) or next(
            iter(departments), None
        )

    def criteria(self) -> SearchCriteria:
        """Everything the message asks for, as search criteria."""
        specialties = self.all(TermKind.SPECIALTY)
        # "An emergency room" asks for a 24 h emergency department, which is what the flag means,
        # beside any department the message names ("a pediatrician with an ER").
        emergency_department = any(term.id == EMERGENCY_SPECIALTY for term in specialties)
        department = self.named_department()
        specialty_id = department.id if department else None
        if self.complaint is not None:
            specialty_id = self.complaint.specialty
        insurer = self.first(TermKind.INSURER)
        district = self.first(TermKind.DISTRICT)
        return SearchCriteria(
            specialty=specialty_id,
            languages=tuple(term.id for term in self.all(TermKind.LANGUAGE)),
            insurer=insurer.id if insurer else None,
            district=district.id if district else None,
            excluded_districts=tuple(term.id for term in self.negated if term.kind is TermKind.DISTRICT),
            direct_billing=self.wants_direct_billing and insurer is None,
            emergency_24h=self.wants_emergency_24h or emergency_department,
        )

    def term_values(self) -> dict[str, set[str]]:
        """The values the message names in words of the vocabulary, by criterion."""
        values: dict[str, set[str]] = {}
        for kind, criterion in CRITERION_OF_KIND.items():
            ids = {term.id for term in self.all(kind) if term.id != EMERGENCY_SPECIALTY}
            if ids:
                values[criterion] = ids
        return values

    def named_values(self) -> dict[str, set[str]]:
        """Every value the message names, by criterion, for replacing the old ones: its terms, and the
        department its complaint asks for."""
        values = self.term_values()
        complaint = self.complaint
        if complaint is not None:
            values["specialty"] = {complaint.specialty}
        return values

    def negated_values(self) -> dict[str, set[str]]:
        """The values named as not wanted or dropped, by criterion, for taking them out of the last search."""
        values: dict[str, set[str]] = {}
        for term in self.negated + self.dropped:
            criterion = CRITERION_OF_KIND.get(term.kind)
            if criterion is not None:
                values.setdefault(criterion, set()).add(term.id)
        return values

    # ----- what it does

    def has(self, cue: Cue) -> bool:
        return any(hit.cue is cue for hit in self.cues)

    @property
    def replaces(self) -> bool:
        """A replacement word that is not spent on a removal in its own clause: "no wait, Japanese
        rather than Korean" replaces; in "die Versicherung ist doch egal – aber bitte russischsprachig"
        (actually the insurer doesn't matter) the "doch" goes with "egal", and Russian is added."""
        removals = [hit for hit in self.cues if hit.cue is Cue.REMOVE]
        return any(
            hit.cue is Cue.REPLACE and not any(self._same_clause(hit, removal) for removal in removals)
            for hit in self.cues
        )

    def _same_clause(self, one: CueHit, other: CueHit) -> bool:
        start, end = min(one.start, other.start), max(one.end, other.end)
        return _CLAUSE_BREAK.search(self.text[start:end]) is None

    @property
    def changes_the_search(self) -> bool:
        """It drops or replaces a criterion, or names one as not wanted ("forget the insurer"). A
        replacement word with nothing named to replace is none ("Actually, let's continue in English")."""
        replaces = self.replaces and bool(self.terms or self.complaints)
        return self.has(Cue.REMOVE) or replaces or bool(self.negated) or bool(self.dropped)

    def opens_with(self, cue: Cue) -> bool:
        """The message begins with this cue ("and in Wuhou?", "その中で"), or a sentence does after
        sentences that name no criterion ("Je préfère continuer en français. Lequel est un dentiste ?")."""
        sentence_start = 0
        for position, char in enumerate(self.text + "."):
            if char not in _SENTENCE_MARKS:
                continue
            first = next(
                (h for h in self.cues if h.cue is not Cue.FILLER and sentence_start <= h.start < position),
                None,
            )
            opens = first is not None and not self.text[sentence_start : first.start].strip(" ,.!?、。")
            if opens and first is not None and first.cue is cue:
                return True
            if self._names_criteria(sentence_start, position):
                return False
            sentence_start = position + 1
        return False

    def announces_a_new_topic(self) -> bool:
        """The message says, before naming anything, that it is about something else ("another
        question: a dentist in Wuhou?", "Andere Sache: Notaufnahme", "autre chose : ...", "別件で...")."""
        return any(
            hit.cue is Cue.NEW_TOPIC and not any(mention.start < hit.start for mention in self.mentions)
            for hit in self.cues
        )

    def opens_anew(self) -> bool:
        """It announces something else ("another question: …") or opens with a new search ("new
        search: …", "別の検索をお願いします。…"): what it names is a search of its own."""
        return self.announces_a_new_topic() or self.opens_with(Cue.NEW_SEARCH)

    def _names_criteria(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a criterion: a reply language asked for there is none."""
        asks_reply_language = any(h.cue is Cue.ANSWER_IN and start <= h.start < end for h in self.cues)
        return any(
            start <= mention.start < end and not (asks_reply_language and mention.kind is TermKind.LANGUAGE)
            for mention in self.mentions
        )

    def removed_criteria(self) -> set[str]:
        """The criteria a "never mind the insurer" / "any district is fine" message drops: for each
        removal, the kind, wish or value nearest to it; never a complaint's department ("mon cœur bat
        vite, sans douleur" is without pain, not without cardiology)."""
        removed: set[str] = set()
        for hit in self.cues:
            if hit.cue is Cue.REMOVE:
                removed.update(self.removals.get((hit.start, hit.end), ()))
        return removed

    @property
    def detail(self) -> str | None:
        """What a question about one hospital asks (phone, address, website, hours), by its words."""
        return next((DETAILS[hit.cue] for hit in self.cues if hit.cue in DETAILS), None)

    @property
    def list_position(self) -> int | None:
        """The place in the last list the message points at, counting from 1."""
        return next((POSITIONS[hit.cue] for hit in self.cues if hit.cue in POSITIONS), None)

    def content_outside(self, *allowed: Cue, within: tuple[int, int] | None = None) -> str:
        """The message, or its stretch `within`, with its mentions and the allowed cues taken out:
        what else it says."""
        first, last = within or (0, len(self.text))
        spans = [(m.start, m.end) for m in self.mentions if first <= m.start < last]
        spans += [(h.start, h.end) for h in self.cues if h.cue in allowed and first <= h.start < last]
        kept, position = [], first
        for start, end in sorted(spans):
            if start >= position:
                kept.append(self.text[position:start])
                position = end
        kept.append(self.text[position:last])
        return "".join(kept).strip(" \t\n,.!?;:、。！？")


def read_message(text: str, entities: Iterable[Mapping[str, Any]], index: TermIndex) -> MessageReading:
    """The message read against the live vocabulary, the cues, the complaints and the model's entities.

    Japanese typed in Latin letters is read in the hiragana it spells; the model's entities, found in
    the letters, are left out."""
    in_kana = as_hiragana_if_romaji(text)
    if in_kana is not None:
        text, entities = in_kana, ()
    tokens = tokenize(text)
    evidence = language_evidence(tokens)
    mentions = [m for m in index.scan(text) if not _typo_in_another_language(m, evidence)]
    names = [(mention.start, mention.end) for mention in mentions]
    reading = MessageReading(text=text, mentions=mentions, cues=find_cues(mend_cue_slips(tokens, names)))
    # "Zone" of "High-tech Zone" is part of the name, not the word for a district ("forget the
    # language, any dermatologist in the high-tech zone" drops the language only); words a name
    # shares with a "not" are the name's.
    reading.cues = [hit for hit in reading.cues if not _kind_word_of_a_name(hit, mentions)]
    # 救急車, the ambulance, holds 救急 (the emergency room) and names no department.
    reading.mentions = [m for m in reading.mentions if not _inside(m, reading.cues, Cue.AMBULANCE)]
    # "gastro" of "gastro-entérologue" names the department, not a stomach bug; "heart" of "Lotus Heart
    # Center" is part of a name.
    reading.complaints = [
        complaint
        for complaint in find_complaints(text)
        if not any(mention.start <= complaint.start and complaint.end <= mention.end for mention in mentions)
    ]
    if reading.complaints:
        reading.mentions = [m for m in reading.mentions if _plainly_meant(m, reading)]
    # "立替払いなし", "ohne Vorkasse", "without paying up front" wish for direct billing: their "without"
    # belongs to the wish and removes nothing.
    reading.cues = [
        hit for hit in reading.cues if not (hit.cue is Cue.REMOVE and _part_of_a_wish(hit, reading.cues))
    ]
    dropped_values: list[Term] = []
    for hit in reading.cues:
        if hit.cue is Cue.REMOVE:
            criteria, values = _removal_object(hit, reading, tokens)
            if criteria or values:
                reading.removals[(hit.start, hit.end)] = criteria
                dropped_values.extend(values)
    # A removal with nothing beside it to drop is no removal ("sans douleur": without pain).
    reading.cues = [
        hit for hit in reading.cues if hit.cue is not Cue.REMOVE or (hit.start, hit.end) in reading.removals
    ]
    for mention in reading.mentions:
        if len(mention.terms) == 1 and mention.term in dropped_values:
            reading.dropped.append(mention.term)
        elif _is_negated(mention, reading) and len(mention.terms) == 1:
            reading.negated.append(mention.term)
        elif _referred_by(mention, reading):
            continue  # "my cardiologist says he needs a valve replacement": cardiac surgery
        elif mention.kind is TermKind.LANGUAGE and _said_of_someone(mention.start, mention.end, reading):
            continue  # "my German colleague told me to ask you": no wish for German-speaking staff
        elif mention.kind is TermKind.DISTRICT and _names_a_person(mention, reading):
            continue  # "my colleague Jintang recommended …": a person, whatever district shares the name
        elif len(mention.terms) == 1:
            reading.add(mention.term)
        elif mention.kind in ASKABLE_KINDS:
            reading.ambiguous.append(mention)
        # Words that name two hospitals equally ("West China") are left for the question about them.
    _add_model_entities(reading, entities, index)
    reading.wants_emergency_24h |= reading.has(Cue.WANTS_24H) or (
        reading.has(Cue.AT_NIGHT) and not reading.complaints
    )
    reading.wants_direct_billing |= reading.has(Cue.WANTS_DIRECT_BILLING)
    return reading


def _part_of_a_wish(hit: CueHit, cues: list[CueHit]) -> bool:
    """Whether the removal lies inside a wish for direct billing, whose own words say "without"; the
    other wishes only span a removal across a gap ("nachts muss es nicht offen sein" drops one)."""
    return any(
        other.cue is Cue.WANTS_DIRECT_BILLING
        and other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
        for other in cues
    )


GENERAL_CHECK_UP: Final = "health_checkup"
# How many words may stand between a relative's "had" and the illness: "ma mère a eu un cancer du sein".
_FAMILY_HISTORY_REACH: Final = 4

#: The cue that says a word is a criterion of its kind ("speaks", "insured with", "in the district").
_KIND_CUE: Final = {
    TermKind.LANGUAGE: Cue.KIND_LANGUAGE,
    TermKind.INSURER: Cue.KIND_INSURER,
    TermKind.DISTRICT: Cue.KIND_DISTRICT,
}


# Little words that may stand between "not" and the name it denies ("not the", "nicht in", "au lieu de").
_BETWEEN_NOT_AND_NAME: Final = frozenset(
    {
        *("the", "a", "an", "in", "at", "with", "speak", "speaks", "one", "ones", "from"),
        *("der", "die", "das", "den", "dem", "ein", "eine", "einen", "im", "mit", "spricht", "sprechen"),
        *("aus", "bei", "vom"),
        *("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "en", "avec"),
        *("celui", "celle", "ceux", "celles", "dans"),
    }
)
# What may stand between a Japanese name and the じゃなくて after it: a topic or subject particle.
_BETWEEN_NAME_AND_JAPANESE_NOT: Final = ("", "は", "が", "も")
# Names listed before one Japanese "not" share it: 「韓国語もロシア語も苦手」, 「英語とタイ語は話せない」.
_JAPANESE_LIST: Final = re.compile(r"\s*(?:も|と|や|、|,)\s*")


def _is_negated(mention: Mention, reading: MessageReading) -> bool:
    """Whether a `not_this` cue stands right beside the mention: before it in English, German and
    French, after it in Japanese; a comma or a full stop between ("No, Korean") breaks the link."""
    for hit in reading.cues:
        if hit.cue is not Cue.NOT_THIS:
            continue
        if hit.language == "ja":
            if hit.start >= mention.end and _japanese_not_reaches(mention, hit, reading):
                return True
        elif hit.end <= mention.start:
            words = re.sub(r"['’]", " ", reading.text[hit.end : mention.start].lower()).split()
            if all(word in _BETWEEN_NOT_AND_NAME for word in words):
                return True
    return False


def _japanese_not_reaches(mention: Mention, hit: CueHit, reading: MessageReading) -> bool:
    """Whether a Japanese "not" after the mention is said of it: right after it, or after a list of
    names of its kind that it ends (「韓国語もロシア語も苦手」)."""
    position = mention.end
    for other in reading.mentions:
        if position <= other.start and other.end <= hit.start and other.kind is mention.kind:
            joint = _JAPANESE_LIST.fullmatch(reading.text, position, other.start)
            if joint is None:
                return False
            position = other.end
    return reading.text[position : hit.start].strip() in _BETWEEN_NAME_AND_JAPANESE_NOT


# How far after a department its doctor's words may come: "Mein Hausarzt in Deutschland meinte".
_REPORTED_WITHIN: Final = 30
# How far before the doctor "according to" may stand: "laut seinem Kardiologen", "d'après mon médecin".
_ACCORDING_TO_WITHIN: Final = 12


def _referred_by(mention: Mention, reading: MessageReading) -> bool:
    """Whether the department is the doctor who sent the patient, reported beside what they said the
    patient needs: then the complaint of the message, or the department the doctor sends them to ("mein
    Hausarzt meint, ich soll zum Endokrinologen"), chooses the department."""
    if mention.kind is not TermKind.SPECIALTY:
        return False
    sent_to = [
        other
        for other in reading.mentions
        if other.kind is TermKind.SPECIALTY and other.start >= mention.end and other.terms != mention.terms
    ]
    if not reading.complaints and not sent_to:
        return False
    return any(
        hit.cue is Cue.REPORTED
        and (
            (
                0 <= hit.start - mention.end <= _REPORTED_WITHIN
                and not _sentence_ends(reading.text[mention.end : hit.start])
            )
            # "laut seinem Kardiologen", "according to my GP", "selon mon cardiologue": the words come first.
            or (
                0 <= mention.start - hit.end <= _ACCORDING_TO_WITHIN
                and not _sentence_ends(reading.text[hit.end : mention.start])
            )
        )
        and (reading.complaints or any(other.start >= hit.end for other in sent_to))
        for hit in reading.cues
    )


def _said_of_someone(start: int, end: int, reading: MessageReading) -> bool:
    """Whether the language name at text[start:end] is said of someone, as where they are from: right
    beside the word for someone the patient knows ("my German colleague", "ein deutscher Kollege", "nos
    voisins allemands", "ドイツの友人"), or as what someone is ("my wife is Korean", "ich bin
    Deutsche", "nous sommes français", "妻はドイツ人で")."""
    text = reading.text
    return (
        any(
            (
                hit.cue is Cue.ACQUAINTANCE
                and (
                    (hit.start >= end and not text[end : hit.start].strip(" の"))
                    or (start >= hit.end and not text[hit.end : start].strip())
                )
            )
            or (
                hit.cue is Cue.NATIONALITY
                and start >= hit.end
                and (
                    # Japanese says it of a person ("フランス人"), with what else it says in between:
                    # "私はドイツ語が話せる…" is the patient's own language.
                    _PERSON_OF in text[end - 1 : end + 1] and not _sentence_ends(text[hit.end : start])
                    if hit.language == "ja"
                    else not text[hit.end : start].strip()
                )
            )
            for hit in reading.cues
        )
        or _a_person_of_that_nation(text, end)
        or (_speaks_it(start, end, reading) and _someone_is_said_to_be_of_a_nation(reading))
    )


# A person of a nation, said as what someone is: 〜人です, 〜人で, 〜人だ, 〜人なので.
_JAPANESE_PERSON_IS: Final = re.compile(r"人(?:です|でして|で|だ|なので|なんです)")


def _a_person_of_that_nation(text: str, end: int) -> bool:
    """Whether the country name ending at `end` is said as what someone is, with no one named:
    「イタリア人です。…」 (the patient says what they are)."""
    return _JAPANESE_PERSON_IS.match(text, end - 1 if text[end - 1 : end] == _PERSON_OF else end) is not None


# What follows a person's name in Japanese: 金堂さん, 金堂様.
_JAPANESE_HONORIFICS: Final = ("さん", "ちゃん", "くん", "君", "様", "さま", "氏")


def _names_a_person(mention: Mention, reading: MessageReading) -> bool:
    """Whether a district's name is a person's here: right after a word for someone the patient knows
    ("my colleague Jintang", "mon voisin Jintang", "meine Freundin Jintang"), or with a Japanese honorific
    ("金堂さん")."""
    text = reading.text
    if text.startswith(_JAPANESE_HONORIFICS, mention.end):
        return True
    return any(
        hit.cue is Cue.ACQUAINTANCE
        and hit.language != "ja"
        and hit.end <= mention.start
        and not text[hit.end : mention.start].strip()
        for hit in reading.cues
    )


def _speaks_it(start: int, end: int, reading: MessageReading) -> bool:
    """Whether the language name at text[start:end] is what the patient or someone they name speaks
    ("nous parlons bien anglais", "er spricht Deutsch", "母は英語も話せます")."""
    text = reading.text
    return any(
        hit.cue is Cue.SPEAKS
        and (
            hit.start >= end
            and text[end : hit.start].strip() in _JAPANESE_OBJECT_MARKS
            and _JAPANESE_PREDICATE_END.match(text, hit.end) is not None
            if hit.language == "ja"
            else start >= hit.end and len(text[hit.end : start].split()) <= 1
        )
        for hit in reading.cues
    )


def _someone_is_said_to_be_of_a_nation(reading: MessageReading) -> bool:
    """Whether the message says what someone is ("nous sommes allemands", "母は韓国人"): a language someone
    speaks, said beside that, tells about them too ("… mais nous parlons bien anglais"), where alone ("I
    speak only English") it may well be a wish."""
    return any(
        mention.kind is TermKind.LANGUAGE
        and not _speaks_it(mention.start, mention.end, reading)
        and _said_of_someone(mention.start, mention.end, reading)
        for mention in reading.mentions
    ) or any(
        # Japanese names the nation, not the language: 「夫はドイツ人です」.
        hit.cue is Cue.NATIONALITY
        and hit.language == "ja"
        and _JAPANESE_NATIONALITY.match(reading.text, hit.end) is not None
        for hit in reading.cues
    )


# A person of a nation, as Japanese says it: ドイツ人で, フランス人です, 韓国人だ.
_JAPANESE_NATIONALITY: Final = re.compile(r"[^。！？.!?]*?[\u30a0-\u30ff\u4e00-\u9fff]人(?:で|だ|な)")


_JAPANESE_OBJECT_MARKS: Final = frozenset({"", "が", "も", "は", "を"})
# The verb ends the clause: 「英語も話せます」 says it of the person; 「英語が話せる皮膚科」 of the clinic.
_JAPANESE_PREDICATE_END: Final = re.compile(
    r"[るす]?(?:ます|ません|ない|です|けど|ので|から|よ|ね|[。、！？!?,.\s]|$)"
)


# The Japanese suffix of a nationality: フランス人 is a French person, フランス語 the language.
_PERSON_OF: Final = "人"


def _sentence_ends(text: str) -> bool:
    return any(mark in text for mark in ".!?。！？")


_KIND_WORDS: Final = frozenset({Cue.KIND_INSURER, Cue.KIND_DISTRICT, Cue.KIND_LANGUAGE, Cue.KIND_SPECIALTY})
# What a removal can drop besides a named value: a kind ("the insurer") or a wish ("open at night").
_REMOVABLE_CUES: Final = _KIND_WORDS | {Cue.WANTS_24H, Cue.AT_NIGHT, Cue.WANTS_DIRECT_BILLING}
# How many words may stand between a removal and what it drops: "forget about the insurer",
# "Allianz ist mir egal", "保険の条件は外して".
_REMOVAL_REACH: Final = 3
_SENTENCE_MARKS: Final = ".!?。！？"
# What ends a clause: punctuation, or a dash between spaces.
_CLAUSE_BREAK: Final = re.compile(r"[,;:.!?、。！？，；]|\s[-–—]\s")
# What joins the items of a list: "the insurer and the district", "l'assurance et le quartier".
_COORDINATION: Final = re.compile(
    r"[\s,、]*(?:and|or|und|oder|et|ou|と|や|も|、|,)?[\s,、]*(?:(?:the|der|die|das|den|le|la|les|l['’])\s*)?"
)


def _words_between(
    cue: CueHit, start: int, end: int, reading: MessageReading, tokens: Sequence[Token]
) -> int | None:
    """How many words stand between a cue and a stretch of the message; None across a sentence end."""
    if start < cue.end and cue.start < end:
        return -1  # the wish inside the removal: "nachts muss es nicht offen sein"
    gap_start, gap_end = (cue.end, start) if start >= cue.end else (end, cue.start)
    if any(mark in reading.text[gap_start:gap_end] for mark in _SENTENCE_MARKS):
        return None
    return sum(1 for token in tokens if gap_start <= token.start and token.end <= gap_end)


def _removal_object(
    hit: CueHit, reading: MessageReading, tokens: Sequence[Token]
) -> tuple[tuple[str, ...], tuple[Term, ...]]:
    """What a removal cue drops: the criteria of the nearest kind or wish beside it, or the value
    named beside it, with the list it heads.

    "forget Cigna, any district is fine" drops the insurer and the district; "streich Deutsch, lieber
    Russisch" drops German and keeps the other languages; "sans douleur" (without pain) and "irgendein
    Krankenhaus" (any hospital) drop nothing. Inside a fresh search's words ("irgendein Krankenhaus")
    it is part of them.
    """
    if any(o.cue is Cue.NEW_SEARCH and o.start <= hit.start and hit.end <= o.end for o in reading.cues):
        return (), ()
    objects: list[_Removable] = [
        _Removable(other.start, other.end, KIND_CRITERIA[other.cue])
        for other in reading.cues
        if other.cue in _REMOVABLE_CUES
    ]
    for mention in reading.mentions:
        if hit.start < mention.start and mention.end < hit.end:
            continue  # "any dentist is fine", "any Japanese speaker will do": the one wanted, any of them
        if mention.kind in CRITERION_OF_KIND:
            if mention.kind is TermKind.SPECIALTY and mention.term.id == EMERGENCY_SPECIALTY:
                objects.append(_Removable(mention.start, mention.end, ("emergency_24h",)))
            elif len(mention.terms) == 1:
                objects.append(_Removable(mention.start, mention.end, (), mention.term))
            else:
                objects.append(_Removable(mention.start, mention.end, (CRITERION_OF_KIND[mention.kind],)))
    reachable = []
    for removable in objects:
        distance = _words_between(hit, removable.start, removable.end, reading, tokens)
        if distance is not None and distance <= _REMOVAL_REACH:
            wrong_side = (removable.start < hit.start) != (hit.language == "ja")
            # Japanese puts what is dropped before the removal (保険の条件は外して, 保険はいらない、武侯区で);
            # the other languages put it on either side, and equally near, after. In every language a
            # clause of its own comes last: "der Bezirk ist eigentlich egal, Hauptsache Japanisch".
            in_another_clause = _across_a_clause(hit, removable, reading)
            if hit.language == "ja":
                rank: tuple[bool | int, ...] = (in_another_clause, wrong_side, distance)
            else:
                rank = (in_another_clause, distance, wrong_side)
            reachable.append((rank, removable.start, removable))
    if not reachable:
        return (), ()
    # "der Bezirk ist egal, die Versicherung auch": what "too" follows is one more, not the object.
    own = [
        c for c in reachable if not (c[2].start >= hit.end and _TOO.match(reading.text[c[2].end :].lower()))
    ]
    nearest = min(own or reachable, key=lambda candidate: candidate[:2])[2]
    dropped = [nearest]
    # "forget the insurer and the district", "l'assurance et le quartier": the list it heads.
    before = nearest.start < hit.start
    start, end = nearest.start, nearest.end
    for other in sorted(objects, key=lambda item: item.start, reverse=before):
        if (other.end <= start) if before else (other.start >= end):
            gap = reading.text[other.end : start] if before else reading.text[end : other.start]
            if not _COORDINATION.fullmatch(gap.lower()) or _followed_by(other.end, Cue.REPLACE, reading):
                break  # "drop Korean, Japanese instead": the new value, not one more to drop
            dropped.append(other)
            start, end = min(start, other.start), max(end, other.end)
    # "die Versicherung ist egal, und der Bezirk auch": one more, after the removal, with "too".
    for other in objects:
        if other.start >= hit.end and other not in dropped:
            gap = reading.text[max(hit.end, end) : other.start]
            after = reading.text[other.end :]
            if _COORDINATION.fullmatch(gap.lower()) and _TOO.match(after.lower()):
                dropped.append(other)
    criteria = tuple(sorted({criterion for item in dropped for criterion in item.criteria}))
    return criteria, tuple(item.term for item in dropped if item.term is not None)


def _across_a_clause(hit: CueHit, removable: _Removable, reading: MessageReading) -> bool:
    """Whether a comma, a semicolon, a colon, 、 or a dash between spaces stands between a removal and
    what it might drop ("die Versicherung ist egal – aber bitte russischsprachig")."""
    if removable.start < hit.end and hit.start < removable.end:
        return False
    gap = (
        reading.text[hit.end : removable.start]
        if removable.start >= hit.end
        else reading.text[removable.end : hit.start]
    )
    return _CLAUSE_BREAK.search(gap) is not None


def _followed_by(position: int, cue: Cue, reading: MessageReading) -> bool:
    return any(hit.cue is cue and not reading.text[position : hit.start].strip() for hit in reading.cues)


@dataclass(frozen=True)
class _Removable:
    """Something a removal can drop: a kind or wish (its criteria), or a value named (its term)."""

    start: int
    end: int
    criteria: tuple[str, ...]
    term: Term | None = None


# "and the district too": what adds one more to the removals before it.
_TOO: Final = re.compile(
    r"[\s,]*(?:too|as well|also|either|neither|auch|ebenfalls|aussi|non plus|également|も)\b"
)


def _inside(mention: Mention, cues: Sequence[CueHit], cue: Cue) -> bool:
    return any(hit.cue is cue and hit.start <= mention.start and mention.end <= hit.end for hit in cues)


def _kind_word_of_a_name(hit: CueHit, mentions: list[Mention]) -> bool:
    if hit.cue is Cue.NOT_THIS:
        # "で ないか" of "せいようく で ないか": ないか is 内科 in kana, and no "is not".
        return any(m.start < hit.end and hit.start < m.end for m in mentions)
    return hit.cue in _KIND_WORDS and any(m.start <= hit.start and hit.end <= m.end for m in mentions)


def _typo_in_another_language(mention: Mention, evidence: dict[str, int]) -> bool:
    """A name read only through a typo allowance, of one language, in a message plainly written in
    another: "sterbe" in a German sentence is the verb, not the French "serbe". People mistype the
    words of the language they are writing."""
    if mention.quality is not MatchQuality.FUZZY or mention.language not in FUNCTION_WORDS:
        return False
    written_in = max(FUNCTION_WORDS, key=lambda language: evidence[language])
    return written_in != mention.language and evidence[written_in] >= 2 and not evidence[mention.language]


def _plainly_meant(mention: Mention, reading: MessageReading) -> bool:
    """In a story of what hurts, a language, insurer or district read only through a typo or another
    word form ("when I chew" as Chewa) counts when a cue names its kind; exact names always count."""
    cue = _KIND_CUE.get(mention.kind)
    # "mit deutschsprachigen Therapeuten": a language's "-speaking" form says who speaks it, in any form.
    speakers = mention.kind is TermKind.LANGUAGE and names_speakers(mention.typed)
    return (
        cue is None
        or mention.quality is MatchQuality.EXACT
        or speakers
        or reading.has(cue)
        or _a_name_mistyped(mention)
    )


# From this frequency in English, German or French on, a word is a word of the story, not a name's slip.
_EVERYDAY_WORD_ZIPF: Final = 2.0


def _a_name_mistyped(mention: Mention) -> bool:
    """A district's or insurer's name typed with a slip that makes no word at all ("Jinjaing", "Wuhuo
    Distric"): no word of a story is such a name by accident, as an everyday word can be."""
    words = re.findall(r"[^\W\d_]+", mention.typed)
    return (
        mention.kind in (TermKind.DISTRICT, TermKind.INSURER)
        and not has_cjk(mention.typed)  # the word lists are of English, German and French
        and any(not is_everyday_word(word, _EVERYDAY_WORD_ZIPF) for word in words)
    )


def _add_model_entities(
    reading: MessageReading, entities: Iterable[Mapping[str, Any]], index: TermIndex
) -> None:
    covered = [(mention.start, mention.end) for mention in reading.mentions]
    # A patient telling what hurts writes a long story, where the model finds criteria in words that
    # are none ("when I chew" read as a language, "at rest" as direct billing). There, only what the
    # vocabulary and the cues recognized counts, and the model's own values only when they match a
    # name as written or in another form of its words, never through a typo allowance.
    telling_a_complaint = bool(reading.complaints)
    # Words whose meaning the cues know better: "人と直接話したい" (talk to a person directly) asks for no
    # direct billing, "救急車" for no emergency department.
    spoken_for = [(hit.start, hit.end) for hit in reading.cues if hit.cue in (Cue.HUMAN, Cue.AMBULANCE)]
    # Beside a request for a person, "directly" is how to talk ("担当者と直接話せますか", "direkt mit
    # jemandem sprechen"): a wish only the model saw there is none.
    asks_for_a_person = reading.has(Cue.HUMAN)
    for entity in entities:
        name, value = entity.get("entity"), entity.get("value")
        if float(entity.get("confidence_entity") or 1.0) < _SURE_ENTITY:
            continue
        start = entity.get("start")
        if isinstance(start, int) and any(s <= start < e for s, e in spoken_for):
            continue
        if name in ("emergency_24h", "direct_billing"):
            if not telling_a_complaint and not asks_for_a_person:
                reading.wants_emergency_24h |= name == "emergency_24h"
                reading.wants_direct_billing |= name == "direct_billing"
        elif name in ENTITY_KINDS and isinstance(value, str):
            kind = ENTITY_KINDS[name]
            inside_a_mention = isinstance(start, int) and any(s <= start < e for s, e in covered)
            if inside_a_mention or reading.all(kind) or any(m.kind is kind for m in reading.ambiguous):
                continue
            end = entity.get("end")
            if (
                kind is TermKind.LANGUAGE
                and isinstance(start, int)
                and isinstance(end, int)
                and _said_of_someone(start, end, reading)
            ):
                continue
            resolved = index.resolve(kind, value)
            if isinstance(resolved, Resolved):
                # Japanese names a language with 語: ドイツ of 「ドイツに住んでいた」 is the country.
                close = resolved.quality >= MatchQuality.STEMMED
                country = kind is TermKind.LANGUAGE and has_cjk(value) and not close
                if not country and (not telling_a_complaint or resolved.quality >= MatchQuality.STEMMED):
                    reading.add(resolved.term)
            elif kind is not TermKind.HOSPITAL and not telling_a_complaint:
                reading.unrecognized.append(Unrecognized(kind, value))
