"""International health insurers and assistance companies that hospitals serving foreigners bill directly.

Names are the brands (Chinese and Japanese where one is in use); aliases are the short forms people type.
No alias is shorter than three letters or a generic word (health, insurance, global, a month, SOS alone).
"""

from __future__ import annotations

from typing import Final

from directory.vocabulary.terms import Term, TermKind, localized

DEFAULT_INSURERS: Final[tuple[Term, ...]] = (
    Term(
        kind=TermKind.INSURER,
        id="cigna",
        name=localized(en="Cigna Global Health", zh="信诺"),
        aliases=(
            "Cigna",
            "Cigna Global",
            "Cigna Healthcare",
            "Cigna International",
            "信诺保险",
            "シグナ",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="allianz-care",
        name=localized(en="Allianz Care", zh="安联"),
        aliases=(
            "Allianz",
            "Allianz Worldwide Care",
            "Allianz Partners",
            "安联保险",
            "アリアンツ",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="axa",
        name=localized(en="AXA Global Healthcare", zh="安盛"),
        aliases=(
            "AXA",
            "AXA PPP",
            "AXA PPP International",
            "AXA Healthcare",
            "安盛保险",
            "アクサ",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="bupa-global",
        name=localized(en="Bupa Global", zh="保柏"),
        aliases=(
            "Bupa",
            "Bupa International",
            "保柏保险",
            "ブパ",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="aetna-international",
        name=localized(en="Aetna International", zh="安泰"),
        aliases=(
            "Aetna",
            "Aetna Global Benefits",
            "安泰保险",
            "エトナ",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="geoblue",
        name=localized(en="GeoBlue"),
        aliases=(
            "Geo Blue",
            "GeoBlue Xplorer",
            "HTH Worldwide",
            "ジオブルー",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="henner",
        name=localized(en="Henner (MSH International)", zh="Henner（万欣和）"),
        aliases=(
            "Henner",
            "MSH",
            "MSH International",
            "MSH China",
            "万欣和",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="april-international",
        name=localized(en="APRIL International"),
        aliases=(
            "APRIL Expat",
            "APRIL Assurances",
            "APRIL Group",
            "APRIL insurance",
            "Groupe APRIL",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="now-health",
        name=localized(en="Now Health International"),
        aliases=(
            "Now Health",
            "NowHealth",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="william-russell",
        name=localized(en="William Russell"),
        aliases=(
            "WilliamRussell",
            "ウィリアム・ラッセル",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="generali",
        name=localized(en="Generali Global Health", zh="忠利"),
        aliases=(
            "Generali",
            "Generali Employee Benefits",
            "忠利保险",
            "ジェネラリ",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="img",
        name=localized(en="IMG (International Medical Group)"),
        aliases=(
            "IMG",
            "International Medical Group",
            "IMG Global",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="international-sos",
        name=localized(en="International SOS", zh="国际SOS", ja="インターナショナルSOS"),
        aliases=(
            "ISOS",
            "Intl SOS",
            "Int'l SOS",
            "国际SOS救援",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="ping-an-health",
        name=localized(en="Ping An Health", zh="平安健康保险", ja="平安健康保険"),
        aliases=(
            "Ping An",
            "PingAn",
            "Ping An Health Insurance",
            "平安健康",
            "平安健康险",
            "平安保险",
            "平安保険",
            "平安",
            "中国平安",
        ),
    ),
    Term(
        kind=TermKind.INSURER,
        id="taikang-online",
        name=localized(en="Taikang Online", zh="泰康在线", ja="泰康オンライン"),
        aliases=(
            "Taikang",
            "Taikang Insurance",
            "泰康",
            "泰康保险",
            "泰康在线财产保险",
        ),
    ),
)
