"""Phrases the assistant listens for that are not directory vocabulary: emergencies and wishes.

The trained model recognizes these too (intent `emergency`, entities `emergency_24h` and
`direct_billing`); these lists are the safety net that does not depend on a model's confidence.
Phrases are compared folded (see directory.text.fold) as substrings, so each must be specific enough
never to fire on an ordinary sentence.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from directory.text import fold, is_cjk

EMERGENCY_SIGNS: Final = (
    # en
    "chest pain",
    "pain in my chest",
    "heart attack",
    "can't breathe",
    "cannot breathe",
    "can not breathe",
    "not breathing",
    "stopped breathing",
    "struggling to breathe",
    "unconscious",
    "passed out",
    "won't wake up",
    "wont wake up",
    "not responding",
    "unresponsive",
    "heavy bleeding",
    "bleeding heavily",
    "bleeding a lot",
    "lot of blood",
    "won't stop bleeding",
    "stroke",
    "seizure",
    "overdose",
    "anaphylactic",
    "choking",
    "call an ambulance",
    "need an ambulance",
    "car accident",
    "hit by a car",
    "suicide",
    "kill myself",
    # ja
    "胸が痛",
    "胸の痛み",
    "息ができない",
    "息が出来ない",
    "呼吸ができない",
    "呼吸が出来ない",
    "呼吸していない",
    "息をしていない",
    "意識がない",
    "意識が無い",
    "意識不明",
    "気を失",
    "出血がひどい",
    "血が止まらない",
    "大量出血",
    "脳卒中",
    "けいれん",
    "痙攣",
    "救急車",
    "心臓発作",
    "交通事故",
    "アナフィラキシー",
    "窒息",
    # de
    "brustschmerz",
    "schmerzen in der brust",
    "herzinfarkt",
    "bekomme keine luft",
    "kriege keine luft",
    "keine luft mehr",
    "atmet nicht",
    "bewusstlos",
    "ohnmächtig",
    "starke blutung",
    "blutet stark",
    "hört nicht auf zu bluten",
    "schlaganfall",
    "krampfanfall",
    "krankenwagen",
    "rettungswagen",
    "notarzt",
    "überdosis",
    "autounfall",
    "erstickt",
    # fr
    "douleur thoracique",
    "douleur à la poitrine",
    "mal à la poitrine",
    "mal a la poitrine",
    "crise cardiaque",
    "infarctus",
    "n'arrive pas à respirer",
    "n'arrive plus à respirer",
    "ne respire plus",
    "ne respire pas",
    "inconscient",
    "évanoui",
    "saigne beaucoup",
    "hémorragie",
    "avc",
    "crise d'épilepsie",
    "convulsion",
    "appelez une ambulance",
    "appeler une ambulance",
    "besoin d'une ambulance",
    "surdose",
    "overdose",
    "accident de voiture",
    "s'étouffe",
)

EMERGENCY_24H_WISHES: Final = (
    "24 h",
    "24h",
    "24-hour",
    "24 hour",
    "24/7",
    "around the clock",
    "open at night",
    "at night",
    "overnight",
    "24時間",
    "夜間",
    "夜中",
    "rund um die uhr",
    "nachts",
    "24 stunden",
    "24-stunden",
    "la nuit",
    "24h/24",
    "24 heures",
    "de nuit",
)

DIRECT_BILLING_WISHES: Final = (
    "direct billing",
    "direct-billing",
    "bill directly",
    "bills directly",
    "billed directly",
    "direct pay",
    "without paying",
    "don't want to pay upfront",
    "not pay upfront",
    "cashless",
    "直接請求",
    "キャッシュレス",
    "直接払い",
    "窓口負担なし",
    "立て替え不要",
    "direktabrechnung",
    "direkt abrechnen",
    "direkt abrechnet",
    "ohne vorkasse",
    "ohne vorauszahlung",
    "tiers payant",
    "tiers-payant",
    "facturation directe",
    "paiement direct",
    "sans avancer",
    "sans avance de frais",
    "prise en charge directe",
)


@cache
def _folded(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(phrase) for phrase in phrases)


def mentions_any(text: str, phrases: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(phrase in folded for phrase in _folded(phrases))


def describes_emergency(text: str) -> bool:
    return mentions_any(text, EMERGENCY_SIGNS)


#: What a question about one hospital asks, when the model tagged no `hospital_detail`.
DETAIL_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "phone": (
        "phone",
        "number",
        "call them",
        "電話",
        "telefon",
        "nummer",
        "anrufen",
        "téléphone",
        "telephone",
        "numéro",
        "appeler",
    ),
    "address": (
        "address",
        "where is",
        "how do i get",
        "taxi",
        "住所",
        "場所",
        "どこ",
        "行き方",
        "adresse",
        "wo ist",
        "wo liegt",
        "où est",
        "ou est",
        "comment aller",
    ),
    "website": (
        "website",
        "web site",
        "homepage",
        "url",
        "ウェブサイト",
        "ホームページ",
        "サイト",
        "webseite",
        "internetseite",
        "site web",
        "site internet",
    ),
    "hours": (
        "opening hours",
        "open",
        "hours",
        "when",
        "営業時間",
        "受付時間",
        "何時",
        "öffnungszeiten",
        "geöffnet",
        "offen",
        "horaires",
        "ouvert",
        "heures d'ouverture",
    ),
}


def asked_detail(text: str) -> str | None:
    """The detail a question names by keyword, or None."""
    for detail, words in DETAIL_WORDS.items():
        if mentions_any(text, words):
            return detail
    return None


#: "The second one", "2番目", "die zweite", "le deuxième": a hospital by its place in the last list.
LIST_POSITIONS: Final[dict[int, tuple[str, ...]]] = {
    1: (
        "first",
        "1st",
        "number 1",
        "no. 1",
        "1番目",
        "一番目",
        "最初の",
        "erste",
        "ersten",
        "nummer 1",
        "premier",
        "première",
        "numéro 1",
    ),
    2: (
        "second",
        "2nd",
        "number 2",
        "no. 2",
        "2番目",
        "二番目",
        "zweite",
        "zweiten",
        "nummer 2",
        "deuxième",
        "second",
        "seconde",
        "numéro 2",
    ),
    3: (
        "third",
        "3rd",
        "number 3",
        "no. 3",
        "3番目",
        "三番目",
        "dritte",
        "dritten",
        "nummer 3",
        "troisième",
        "numéro 3",
    ),
    4: (
        "fourth",
        "4th",
        "number 4",
        "4番目",
        "四番目",
        "vierte",
        "vierten",
        "nummer 4",
        "quatrième",
        "numéro 4",
    ),
    5: (
        "fifth",
        "5th",
        "number 5",
        "5番目",
        "五番目",
        "fünfte",
        "fünften",
        "nummer 5",
        "cinquième",
        "numéro 5",
    ),
}


def listed_position(text: str) -> int | None:
    """The place in the last list that the message points at, counting from 1, or None."""
    folded = fold(text)
    for position, words in LIST_POSITIONS.items():
        for word in _folded(words):
            # Japanese has no spaces to mark a word's edges; elsewhere "second" must not match "seconds".
            escaped = re.escape(word)
            pattern = escaped if any(map(is_cjk, word)) else rf"(?<!\w){escaped}(?!\w)"
            if re.search(pattern, folded):
                return position
    return None


#: Words that ask the assistant itself to change language ("answer in German", "auf Deutsch bitte"),
#: as opposed to asking whether a hospital speaks one ("do they speak German?").
SWITCH_CUES: Final = (
    "answer",
    "reply",
    "respond",
    "write",
    "switch",
    "change",
    "you speak",
    "you talk",
    "talk to me",
    "speak to me",
    "in english",
    "in japanese",
    "in german",
    "in french",
    "で話",
    "でお願い",
    "で答え",
    "で返事",
    "で返信",
    "に切り替え",
    "で書い",
    "で会話",
    "auf deutsch",
    "auf englisch",
    "auf japanisch",
    "auf französisch",
    "auf franzosisch",
    "antwort",
    "sprechen sie",
    "sprichst du",
    "schreib",
    "wechsel",
    "en français",
    "en francais",
    "en anglais",
    "en japonais",
    "en allemand",
    "répond",
    "repond",
    "parlez-vous",
    "tu parles",
    "parler avec moi",
    "écri",
    "ecri",
)

#: How a follow-up that narrows the last search begins ("and in Wuhou?", "only direct billing").
REFINE_OPENINGS: Final = (
    "and ",
    "only ",
    "just ",
    "which of",
    "which one",
    "what about",
    "how about",
    "any of",
    "und ",
    "nur ",
    "welche davon",
    "welches davon",
    "welche von",
    "was ist mit",
    "wie wäre es",
    "et ",
    "seulement",
    "uniquement",
    "lesquels",
    "laquelle",
    "lequel",
    "qui ",
    "et pour",
    "その中",
    "そのうち",
    "それで",
    "では",
    "じゃあ",
    "あと",
)


def asks_to_switch_language(text: str) -> bool:
    return mentions_any(text, SWITCH_CUES)


def opens_a_follow_up(text: str) -> bool:
    # fold() trims the space after "and ", so compare with one space added back.
    folded = fold(text) + " "
    return any(
        folded.startswith(fold(opening) + (" " if opening.endswith(" ") else ""))
        for opening in REFINE_OPENINGS
    )
