"""Words around a name that say what kind of thing it is: "insured with ___", "Bezirk ___", "___区".

A name that two kinds could mean (an insurer typed "Russel" against the language "russe") is read as
the kind whose cue stands next to it. Keyed by the locale the cue is written in; matched as whole words
(Latin scripts) or as characters next to the name (Japanese and Chinese), never inside other words.
"""

from __future__ import annotations

from typing import Final

from directory.vocabulary.terms import TermKind

CUES: Final[dict[TermKind, dict[str, tuple[str, ...]]]] = {
    TermKind.INSURER: {
        "en": (
            "insured with",
            "insured by",
            "insurance",
            "insurer",
            "my insurance is",
            "covered by",
            "takes",
            "take",
            "accepts",
            "accept",
            "bills",
            "direct billing",
        ),
        "de": (
            "versichert bei",
            "versichert",
            "Versicherung",
            "Krankenversicherung",
            "Versicherer",
            "Direktabrechnung",
            "nimmt",
            "akzeptiert",
            "rechnet ab mit",
        ),
        "fr": (
            "assuré chez",
            "assurée chez",
            "assuré par",
            "assurée par",
            "assurance",
            "assureur",
            "mutuelle",
            "accepte",
            "prend",
            "tiers payant",
        ),
        "ja": ("保険", "保険会社", "加入", "直接請求", "キャッシュレス"),
        "zh": ("保险", "直付"),
    },
    TermKind.DISTRICT: {
        "en": ("district", "area", "neighbourhood", "neighborhood", "zone"),
        "de": ("Bezirk", "Stadtbezirk", "Stadtteil", "Viertel", "Gegend"),
        "fr": ("quartier", "district", "arrondissement", "secteur"),
        "ja": ("区", "地区", "エリア", "付近"),
        "zh": ("区", "附近"),
    },
    # Words about a hospital, or about finding or calling one: a hospital's brand alone ("Sweetwater",
    # "ひなた") is read as that hospital only beside one of these.
    TermKind.HOSPITAL: {
        "en": (
            "hospital",
            "clinic",
            "centre",
            "center",
            "practice",
            "phone",
            "number",
            "address",
            "call",
            "where is",
            "located",
        ),
        "de": (
            "Krankenhaus",
            "Klinik",
            "Klinikum",
            "Praxis",
            "Zentrum",
            "Telefon",
            "Telefonnummer",
            "Nummer",
            "Adresse",
            "Anschrift",
            "anrufen",
            "wo ist",
            "wo liegt",
        ),
        "fr": (
            "hôpital",
            "clinique",
            "centre",
            "cabinet",
            "téléphone",
            "numéro",
            "adresse",
            "appeler",
            "où est",
            "où se trouve",
        ),
        "ja": ("病院", "クリニック", "医院", "診療所", "センター", "住所", "電話", "番号", "場所", "どこ"),
        "zh": ("医院", "诊所", "地址", "电话"),
    },
    TermKind.LANGUAGE: {
        "en": ("speaks", "speak", "speaking", "language", "interpreter"),
        "de": ("spricht", "sprechen", "Sprache", "Dolmetscher"),
        "fr": ("parle", "parlent", "langue", "interprète"),
        "ja": ("話せる", "話す", "話せ", "通じ", "通訳"),
        "zh": ("说", "翻译"),
    },
}
