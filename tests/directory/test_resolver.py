"""From what a person types to vocabulary codes: one value (`resolve`) or a whole sentence (`scan`)."""

from __future__ import annotations

import json

import pytest

from directory.live import static_terms
from directory.resolver import MatchQuality, Resolved, TermIndex, Unresolved
from directory.vocabulary.districts import DEFAULT_DISTRICTS
from directory.vocabulary.insurers import DEFAULT_INSURERS
from directory.vocabulary.terms import Term, TermKind
from tests.conftest import SAMPLE_FILE

LANGUAGE, SPECIALTY, INSURER, DISTRICT, HOSPITAL = (
    TermKind.LANGUAGE,
    TermKind.SPECIALTY,
    TermKind.INSURER,
    TermKind.DISTRICT,
    TermKind.HOSPITAL,
)


@pytest.fixture(scope="module")
def index() -> TermIndex:
    """Every term of a directory holding the Chengdu sample."""
    hospitals = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))["hospitals"]
    return TermIndex(
        [
            *static_terms(),
            *DEFAULT_INSURERS,
            *DEFAULT_DISTRICTS,
            *(Term(HOSPITAL, record["id"], record["name"]) for record in hospitals),
        ]
    )


def resolved(index: TermIndex, kind: TermKind, typed: str) -> Resolved:
    outcome = index.resolve(kind, typed)
    assert isinstance(outcome, Resolved), outcome
    return outcome


@pytest.mark.parametrize(
    ("kind", "typed", "code"),
    [
        (SPECIALTY, "cardiology", "cardiology"),
        (SPECIALTY, "Cardiology", "cardiology"),
        (SPECIALTY, "Kardiologie", "cardiology"),
        (SPECIALTY, "心脏内科", "cardiology"),
        (LANGUAGE, "ja", "ja"),
        (LANGUAGE, "日本語", "ja"),
        (LANGUAGE, "Japanisch", "ja"),
        (LANGUAGE, "japonais", "ja"),
        (LANGUAGE, "English-speaking", "en"),
        (LANGUAGE, "Mandarin", "zh"),
        (INSURER, "Cigna", "cigna"),
        (INSURER, "シグナ", "cigna"),
        (DISTRICT, "武侯区", "wuhou"),
        (DISTRICT, "Wuhou", "wuhou"),
        (HOSPITAL, "West China Hospital of Sichuan University", "west-china-hospital"),
    ],
)
def test_a_code_name_or_alias_resolves_exactly(
    index: TermIndex, kind: TermKind, typed: str, code: str
) -> None:
    outcome = resolved(index, kind, typed)
    assert (outcome.term.id, outcome.exact) == (code, True)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("CARDIOLOGY", "cardiology"),
        ("ＣＡＲＤＩＯＬＯＧＹ", "cardiology"),
        ("  cardiology  ", "cardiology"),
        ("kardiologie", "cardiology"),
        ("dermatologie", "dermatology"),
        ("Dermatologie", "dermatology"),
        ("pédiatrie", "pediatrics"),
        ("pediatrie", "pediatrics"),
        ("PÉDIATRIE", "pediatrics"),
    ],
)
def test_case_width_spaces_and_accents_do_not_matter(index: TermIndex, typed: str, code: str) -> None:
    assert resolved(index, SPECIALTY, typed).term.id == code


@pytest.mark.parametrize(
    ("kind", "typed", "code"),
    [
        (SPECIALTY, "Kardiologen", "cardiology"),
        (SPECIALTY, "cardiologues", "cardiology"),
        (SPECIALTY, "cardiologists", "cardiology"),
        (SPECIALTY, "Zahnärzten", "dentistry"),
        (LANGUAGE, "englischsprachigen", "en"),
    ],
)
def test_inflected_words_resolve(index: TermIndex, kind: TermKind, typed: str, code: str) -> None:
    assert resolved(index, kind, typed).term.id == code


@pytest.mark.parametrize(
    ("kind", "typed", "code"),
    [
        (SPECIALTY, "dermatologst", "dermatology"),
        (SPECIALTY, "cardiolgy", "cardiology"),
        (SPECIALTY, "opthalmology", "ophthalmology"),
        (LANGUAGE, "Japanes", "ja"),
        (INSURER, "Alianz", "allianz-care"),
    ],
)
def test_small_typos_are_forgiven(index: TermIndex, kind: TermKind, typed: str, code: str) -> None:
    outcome = resolved(index, kind, typed)
    assert (outcome.term.id, outcome.exact) == (code, False)


def test_a_typo_in_a_short_word_is_not_guessed(index: TermIndex) -> None:
    outcome = index.resolve(LANGUAGE, "jp")
    assert isinstance(outcome, Unresolved)
    assert outcome.candidates == ()


def test_a_value_naming_several_terms_is_ambiguous_with_its_candidates(index: TermIndex) -> None:
    outcome = index.resolve(LANGUAGE, "isiNdebele")
    assert isinstance(outcome, Unresolved) and outcome.is_ambiguous
    assert sorted(term.id for term in outcome.candidates) == ["nd", "nr"]
    assert (
        outcome.message()
        == '"isiNdebele" could be more than one language: nd (North Ndebele), nr (South Ndebele)'
    )


def test_a_value_naming_nothing_is_reported_unknown(index: TermIndex) -> None:
    outcome = index.resolve(SPECIALTY, "feng shui")
    assert isinstance(outcome, Unresolved) and not outcome.is_ambiguous
    assert outcome.message() == 'unknown specialty "feng shui"'


def test_a_value_is_resolved_only_within_its_kind(index: TermIndex) -> None:
    assert isinstance(index.resolve(INSURER, "Wuhou"), Unresolved)
    assert isinstance(index.resolve(LANGUAGE, "cardiology"), Unresolved)


def test_suggestions_for_an_unknown_value_are_the_closest_terms(index: TermIndex) -> None:
    assert [term.id for term in index.suggestions(LANGUAGE, "jp", limit=1)] == ["ja"]


def test_a_hospitals_short_name_resolves(index: TermIndex) -> None:
    assert resolved(index, HOSPITAL, "Global Doctor").term.id == "global-doctor-chengdu"
    assert resolved(index, HOSPITAL, "Aier Eye Hospital").term.id == "chengdu-aier-eye-hospital"


def mentioned(index: TermIndex, text: str) -> list[tuple[str, str, str]]:
    return [(m.kind.value, m.term.id, m.typed) for m in index.scan(text) if len(m.terms) == 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I need an English-speaking cardiologist in Wuhou who takes Cigna",
            [
                ("language", "en", "English-speaking"),
                ("specialty", "cardiology", "cardiologist"),
                ("district", "wuhou", "Wuhou"),
                ("insurer", "cigna", "Cigna"),
            ],
        ),
        (
            "日本語が話せる皮膚科で、シグナの直接請求ができる武侯区の病院",
            [
                ("language", "ja", "日本語"),
                ("specialty", "dermatology", "皮膚科"),
                ("insurer", "cigna", "シグナ"),
                ("district", "wuhou", "武侯区"),
            ],
        ),
        (
            "Ich suche einen englischsprachigen Kardiologen in Jinjiang, versichert bei Allianz",
            [
                ("language", "en", "englischsprachigen"),
                ("specialty", "cardiology", "Kardiologen"),
                ("district", "jinjiang", "Jinjiang"),
                ("insurer", "allianz-care", "Allianz"),
            ],
        ),
        (
            "Il me faut un dermatologue qui parle japonais à Qingyang, avec AXA",
            [
                ("specialty", "dermatology", "dermatologue"),
                ("language", "ja", "japonais"),
                ("district", "qingyang", "Qingyang"),
                ("insurer", "axa", "AXA"),
            ],
        ),
    ],
    ids=["en", "ja", "de", "fr"],
)
def test_scan_finds_every_kind_of_term_in_one_sentence(
    index: TermIndex, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert mentioned(index, text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [("qui parle espagno", "es"), ("ein Arzt, der Russisc spricht", "ru"), ("speaks Vietnames", "vi")],
)
def test_a_language_name_cut_short_into_no_word_is_a_typo(index: TermIndex, text: str, language: str) -> None:
    [mention] = index.scan(text)

    assert (mention.term.id, mention.quality) == (language, MatchQuality.FUZZY)


@pytest.mark.parametrize("text", ["flying to Korea next week", "ich war in Italia", "a trip to Russia"])
def test_a_language_name_cut_short_into_a_country_names_no_language(index: TermIndex, text: str) -> None:
    assert [mention for mention in index.scan(text) if mention.kind is LANGUAGE] == []


@pytest.mark.parametrize(("typed", "district"), [("Xidu", "xindu"), ("wuhu", "wuhou"), ("Whou", "wuhou")])
def test_a_five_letter_district_name_with_a_letter_left_out_is_found(
    index: TermIndex, typed: str, district: str
) -> None:
    [mention] = [
        mention for mention in index.scan(f"a dentist in {typed} please") if mention.kind is DISTRICT
    ]

    assert (mention.term.id, mention.quality) == (district, MatchQuality.FUZZY)


def test_a_district_name_clipped_into_a_word_or_without_its_first_letter_is_not_that_district() -> None:
    beast = TermIndex([Term(DISTRICT, "beast", {"en": "Beast"})])

    assert beast.scan("a beat up car") == []  # "beat" is a word
    assert beast.scan("an east wing") == []  # the first letter is kept


def test_scan_forgives_a_typo_in_a_long_word(index: TermIndex) -> None:
    assert mentioned(index, "any dermatologst near me?") == [("specialty", "dermatology", "dermatologst")]


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais un rendez-vous de dermatologie à la clinique, et je parle un peu le français",
        "Il me faut un médecin de garde la nuit, je ne parle que le français",
    ],
)
def test_short_words_of_a_french_sentence_are_not_language_codes(index: TermIndex, text: str) -> None:
    languages = [m.term.id for m in index.scan(text) if m.kind is LANGUAGE]
    assert languages == ["fr"]


def test_short_spellings_count_in_a_sentence_as_written_or_as_a_name_beside_its_cue(index: TermIndex) -> None:
    assert mentioned(index, "my insurer is AXA") == [("insurer", "axa", "AXA")]
    # A short insurer's name in lower case counts beside a word about insurance; a short code never.
    assert mentioned(index, "my insurer is axa, or is it ent?") == [("insurer", "axa", "axa")]
    assert mentioned(index, "axa or ent, who knows") == []


def test_scan_finds_a_hospital_by_its_short_name(index: TermIndex) -> None:
    assert mentioned(index, "Is Global Doctor open on Sunday?") == [
        ("hospital", "global-doctor-chengdu", "Global Doctor")
    ]
    assert mentioned(index, "How do I get to the Aier Eye Hospital?") == [
        ("hospital", "chengdu-aier-eye-hospital", "Aier Eye Hospital")
    ]


def test_a_short_name_means_the_hospital_whose_name_it_covers_best(index: TermIndex) -> None:
    # "West China Hospital" starts both "... of Sichuan University" and "... of Stomatology, ...".
    [mention] = index.scan("West China Hospital please")
    assert [term.id for term in mention.terms] == ["west-china-hospital"]


def test_words_that_name_two_hospitals_equally_are_one_ambiguous_mention() -> None:
    index = TermIndex(
        [
            Term(HOSPITAL, "lotus-wuhou", {"en": "Lotus Clinic of Wuhou", "zh": "莲花诊所武侯"}),
            Term(HOSPITAL, "lotus-jinjiang", {"en": "Lotus Clinic of Jinjiang", "zh": "莲花诊所锦江"}),
        ]
    )
    [mention] = index.scan("Where is Lotus Clinic?")
    assert sorted(term.id for term in mention.terms) == ["lotus-jinjiang", "lotus-wuhou"]


def test_the_longest_stretch_wins(index: TermIndex) -> None:
    [mention] = index.scan("I was sent to Global Doctor Chengdu Clinic")
    assert (mention.term.id, mention.typed) == ("global-doctor-chengdu", "Global Doctor Chengdu Clinic")


# ----- what each mention says about itself: how close, and in which language -----


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("Kardiologe gesucht", MatchQuality.EXACT),
        ("zwei Kardiologen gesucht", MatchQuality.STEMMED),
        ("ひふかの予約", MatchQuality.READING),
        ("billed to Russell directly", MatchQuality.PARTIAL),
        ("a dermatolgist for my rash", MatchQuality.FUZZY),
    ],
)
def test_a_mention_says_how_closely_it_matched(index: TermIndex, text: str, quality: MatchQuality) -> None:
    [mention] = index.scan(text)
    assert mention.quality is quality


def test_match_qualities_are_ordered_closest_first() -> None:
    assert MatchQuality.EXACT > MatchQuality.STEMMED > MatchQuality.READING > MatchQuality.FUZZY
    assert not MatchQuality.FUZZY.is_close and MatchQuality.PARTIAL.is_close


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hautärztin", "de"),
        ("dermatologist", "en"),
        ("dermatologue", "fr"),
        ("皮膚科", "ja"),
        ("ひふか", "ja"),
        ("Japanisch", "de"),
        ("japonais", "fr"),
        ("日本語", "ja"),
        ("Japanese-speaking", "en"),
        # Spelled alike in German and French, or alike in Japanese and Chinese: tells nothing.
        ("Dermatologie", None),
        ("眼科", None),
        # Names of things say nothing about the writer's language.
        ("Cigna", None),
        ("Wuhou", None),
        ("Bezirk Jinjiang", None),
        ("Global Doctor", None),
    ],
)
def test_a_mention_tells_the_language_of_its_spelling_only_when_it_is_one_languages(
    index: TermIndex, text: str, language: str | None
) -> None:
    [mention] = index.scan(text)
    assert mention.language == language


def test_words_never_match_inside_other_words(index: TermIndex) -> None:
    assert index.scan("swimming backstroke and basketball in Thailand") == []
    assert index.scan("an Englishman's portrait") == []


# ----- one kind of thing read as another -----

CONTESTED_TERMS = [
    *static_terms(),
    Term(INSURER, "tamil-mutual", {"en": "Tamil Mutual"}, ("Tamil",)),
    Term(INSURER, "russan-care", {"en": "Russan Care"}, ("Russan",)),
    Term(INSURER, "poilesh", {"en": "Poilesh Assurance"}),
    Term(INSURER, "meadow-insurance", {"en": "Meadow Insurance", "ja": "メドウ保険"}, ("Meadow", "メドウ")),
    Term(DISTRICT, "meadow", {"en": "Meadow District", "ja": "メドウ区"}, ("Meadow", "メドウ")),
]


@pytest.fixture(scope="module")
def contested() -> TermIndex:
    """A directory whose imported insurers and district are named like languages and like each other."""
    return TermIndex(CONTESTED_TERMS)


def kinds_of(index: TermIndex, text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.term.id) for m in index.scan(text)]


def test_an_exact_name_of_one_kind_beats_a_fuzzy_one_of_another_even_against_a_cue(
    contested: TermIndex,
) -> None:
    # "Russan" is one letter from the language "Russian" but exactly an insurer's alias.
    assert kinds_of(contested, "Russan") == [("insurer", "russan-care")]
    assert kinds_of(contested, "a doctor who speaks Russan") == [("insurer", "russan-care")]


def test_a_cue_word_decides_between_two_kinds_of_the_same_name(contested: TermIndex) -> None:
    assert kinds_of(contested, "insured with Tamil") == [("insurer", "tamil-mutual")]
    assert kinds_of(contested, "Ich bin versichert bei Tamil") == [("insurer", "tamil-mutual")]
    assert kinds_of(contested, "a nurse who speaks Tamil") == [("language", "ta")]
    assert kinds_of(contested, "Bezirk Meadow") == [("district", "meadow")]
    assert kinds_of(contested, "un cabinet dans le quartier Meadow") == [("district", "meadow")]
    assert kinds_of(contested, "my insurance is Meadow") == [("insurer", "meadow-insurance")]
    assert kinds_of(contested, "メドウ区の病院") == [("district", "meadow")]
    assert kinds_of(contested, "メドウの保険") == [("insurer", "meadow-insurance")]


def test_a_cue_decides_between_two_typos(contested: TermIndex) -> None:
    # "Poilsh" is one edit from "Polish" and from the insurer "Poilesh".
    assert kinds_of(contested, "does anyone there speak Poilsh") == [("language", "pl")]
    assert kinds_of(contested, "they accept Poilsh") == [("insurer", "poilesh")]


def test_a_cue_counts_only_as_a_whole_word_next_to_the_name(contested: TermIndex) -> None:
    # "takeshi" holds "take", a cue for an insurer: inside another word it is no cue.
    assert kinds_of(contested, "takeshi Tamil") == [("language", "ta")]


# ----- a name two terms share (issue 7, mechanism 1) -----

ZEPHYR = Term(INSURER, "zephyr", {"en": "Zephyr Health"}, ("Zephyr", "ゼファー"))
ZEPHYR_GLOBAL = Term(INSURER, "zephyr-global", {"en": "Zephyr Global"}, ("Zephyr",))
ZEPHYRA = Term(INSURER, "zephyra", {"en": "Zephyra Care"}, ("Zephyra",))


def test_of_two_terms_with_one_name_the_one_hospitals_use_is_meant() -> None:
    index = TermIndex([ZEPHYR, ZEPHYR_GLOBAL], in_use={(INSURER, "zephyr-global")})
    assert resolved(index, INSURER, "Zephyr").term.id == "zephyr-global"
    [mention] = index.scan("do they take Zephyr?")
    assert [term.id for term in mention.terms] == ["zephyr-global"]


@pytest.mark.parametrize(
    "in_use", [set(), {(INSURER, "zephyr"), (INSURER, "zephyr-global")}], ids=["neither", "both"]
)
def test_a_name_two_terms_share_equally_stays_ambiguous(in_use: set[tuple[TermKind, str]]) -> None:
    index = TermIndex([ZEPHYR, ZEPHYR_GLOBAL], in_use=in_use)
    outcome = index.resolve(INSURER, "Zephyr")
    assert isinstance(outcome, Unresolved) and outcome.is_ambiguous
    assert outcome.message() == (
        '"Zephyr" could be more than one insurer: zephyr (Zephyr Health), zephyr-global (Zephyr Global)'
    )
    [mention] = index.scan("do they take Zephyr?")
    assert sorted(term.id for term in mention.terms) == ["zephyr", "zephyr-global"]


def test_an_exact_name_beats_a_near_one_even_when_only_the_near_one_is_used() -> None:
    index = TermIndex([ZEPHYR, ZEPHYRA], in_use={(INSURER, "zephyra")})
    assert resolved(index, INSURER, "Zephyr").term.id == "zephyr"
    assert [m.term.id for m in index.scan("insured with Zephyr")] == ["zephyr"]
    assert resolved(index, INSURER, "Zephyra").term.id == "zephyra"


def test_use_decides_only_between_insurers_and_districts() -> None:
    index = TermIndex(static_terms(), in_use={(LANGUAGE, "nd")})
    assert isinstance(index.resolve(LANGUAGE, "isiNdebele"), Unresolved)


@pytest.mark.parametrize(
    ("text", "insurer"), [("Cignaで直接払いできる病院", "cigna"), ("AXAの保険です", "axa")]
)
def test_a_latin_name_written_against_japanese_is_found(text: str, insurer: str) -> None:
    [mention] = TermIndex(DEFAULT_INSURERS).scan(text)

    assert mention.term.id == insurer
    assert text[mention.start : mention.end] == mention.typed


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("a dentist in Jin Jiang", "jinjiang"),
        ("Wu Hou district", "wuhou"),
        ("long quan yi please", "longquanyi"),
    ],
)
def test_a_district_typed_in_syllables_is_found(index: TermIndex, text: str, district: str) -> None:
    assert [m.term.id for m in index.scan(text) if m.kind is TermKind.DISTRICT] == [district]


def test_syllables_that_only_begin_a_district_name_are_no_district(index: TermIndex) -> None:
    assert [m for m in index.scan("jin is a friend of mine") if m.kind is TermKind.DISTRICT] == []


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("gynéco", "obstetrics_gynecology"),
        ("cardio", "cardiology"),
        ("peds", "pediatrics"),
        ("psychiatrische", "psychiatry"),
        ("pädiatrische", "pediatrics"),
        ("soins dentaires", "dentistry"),
    ],
)
def test_clipped_forms_and_adjectives_of_departments_resolve(index: TermIndex, typed: str, code: str) -> None:
    assert resolved(index, TermKind.SPECIALTY, typed).term.id == code


# ----- foreign names in katakana, phrases with a typo, kana that begin a message -----

IMPORTED_INSURERS = [
    Term(INSURER, "northwind-health", {"en": "Northwind Health"}),
    Term(INSURER, "globe-guard", {"en": "GlobeGuard Assurance"}),
    Term(INSURER, "meridian-mutual", {"en": "Meridian Mutual"}),
]


@pytest.mark.parametrize(
    ("text", "insurer"),
    [
        ("ノースウィンドヘルスに入っています", "northwind-health"),
        ("グローブガードが使える病院", "globe-guard"),
        ("保険はメリディアン・ミューチュアルです", "meridian-mutual"),
    ],
)
def test_an_imported_insurer_written_in_katakana_is_found_by_its_sound(text: str, insurer: str) -> None:
    [mention] = TermIndex(IMPORTED_INSURERS).scan(text)

    assert mention.term.id == insurer
    assert mention.quality is MatchQuality.READING


@pytest.mark.parametrize("text", ["べーらで払えますか", "ベーラの病院", "べら", "ベーラ保険"])
def test_a_short_katakana_name_is_found_in_hiragana_and_with_or_without_long_vowels(text: str) -> None:
    vela = Term(INSURER, "vela", {"en": "Vela"}, aliases=("ベラ",))

    [mention] = TermIndex([vela]).scan(text)

    assert mention.term.id == "vela"
    assert mention.quality is MatchQuality.READING


def test_katakana_words_that_sound_like_no_insurer_name_none() -> None:
    assert TermIndex(IMPORTED_INSURERS).scan("クリニックでインフルエンザの検査") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("an eye docter", "ophthalmology"),
        ("a skin doctr nearby", "dermatology"),
        ("heart surgen", "cardiac_surgery"),
    ],
)
def test_one_mistyped_word_of_a_two_word_spelling_is_forgiven(index: TermIndex, text: str, code: str) -> None:
    [mention] = index.scan(text)

    # The slip is no word of its own, so the pair is a close reading, beside a word read alone.
    assert (mention.term.id, mention.quality) == (code, MatchQuality.STEMMED)


def test_a_pair_with_a_slip_wins_over_its_right_word_read_alone(index: TermIndex) -> None:
    # "cardiac" alone is cardiology; with "surgry" beside it, cardiac surgery.
    [mention] = index.scan("need cardiac surgry with Bupa")[:1]

    assert (mention.term.id, mention.typed) == ("cardiac_surgery", "cardiac surgry")


def test_a_slip_that_is_a_word_of_its_own_keeps_the_pair_a_guess(index: TermIndex) -> None:
    [mention] = index.scan("heart sturgeon")

    assert (mention.term.id, mention.quality) == ("cardiac_surgery", MatchQuality.FUZZY)


@pytest.mark.parametrize(("text", "code"), [("はいしゃさん", "dentistry"), ("ひふか、どこ？", "dermatology")])
def test_kana_that_open_a_message_are_read_as_a_word_whatever_mecab_cuts(
    index: TermIndex, text: str, code: str
) -> None:
    [mention] = index.scan(text)

    assert mention.term.id == code


def test_a_typo_equally_near_two_districts_names_both_to_be_asked_about(index: TermIndex) -> None:
    [mention] = index.scan("somewhere in Jinjang")

    assert mention.kind is DISTRICT
    assert {term.id for term in mention.terms} == {"jinjiang", "jintang"}


# ----- names as patients shorten, sound out and mistype them -----


@pytest.fixture(scope="module")
def branded() -> TermIndex:
    """The built-in vocabulary and three hospitals people call by the first word or kana of their name."""
    return TermIndex(
        [
            *static_terms(),
            *DEFAULT_INSURERS,
            *DEFAULT_DISTRICTS,
            Term(
                HOSPITAL, "moonbay-family", {"en": "Moonbay Family Clinic", "ja": "ムーンベイ家庭クリニック"}
            ),
            Term(HOSPITAL, "little-oak", {"en": "Little Oak Children's Hospital"}),
            Term(
                HOSPITAL, "pinegate-heart", {"en": "Pinegate Heart Centre", "ja": "ぱいんげーと心臓センター"}
            ),
        ]
    )


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("could you give me the number for moonbay", "moonbay-family"),
        ("Telefonnummer von Moonbay bitte", "moonbay-family"),
        ("l'adresse de la clinique Pinegate ?", "pinegate-heart"),
        ("ムーンベイの電話番号", "moonbay-family"),
        ("ぱいんげーとの場所は", "pinegate-heart"),
    ],
)
def test_a_hospitals_brand_beside_a_word_about_a_hospital_names_it(
    branded: TermIndex, text: str, hospital: str
) -> None:
    [mention] = [m for m in branded.scan(text) if m.kind is HOSPITAL]

    assert (mention.term.id, mention.quality) == (hospital, MatchQuality.PARTIAL)


def test_a_brand_with_no_word_about_a_hospital_beside_it_is_no_hospital(branded: TermIndex) -> None:
    assert [
        m for m in branded.scan("we stayed at moonbay last year, sunny all week") if m.kind is HOSPITAL
    ] == []


def test_a_brand_that_is_an_everyday_word_never_names_a_hospital_alone(branded: TermIndex) -> None:
    assert [m for m in branded.scan("the little hospital near our flat") if m.kind is HOSPITAL] == []


@pytest.mark.parametrize(
    ("text", "insurer"), [("my insurer is cygna", "cigna"), ("shigunaで払えますか", "cigna")]
)
def test_an_insurer_typed_as_it_sounds_is_found(index: TermIndex, text: str, insurer: str) -> None:
    [mention] = index.scan(text)

    assert (mention.term.id, mention.quality) == (insurer, MatchQuality.FUZZY)


def test_an_everyday_word_that_sounds_like_an_insurer_is_itself(index: TermIndex) -> None:
    assert index.scan("please sign the form for me") == []
    assert index.scan("mon genou saigne un peu") == []


def test_a_kanji_word_of_its_own_is_not_read_as_the_department_it_sounds_like(index: TermIndex) -> None:
    # 司会 (chairing a meeting) and 歯科医 (a dentist) are both しかい.
    assert index.scan("昨日の会議で司会をしました") == []
    [slip] = index.scan("小二科はどこ")  # an IME slip for 小児科 still reads as it sounds
    assert slip.term.id == "pediatrics"
    # A word of its own that shares a character with the department is a slip for it: 眼下 for 眼科.
    [shared] = index.scan("子供を眼下に連れて行きたい")
    assert shared.term.id == "ophthalmology"


@pytest.mark.parametrize(("text", "district"), [("金斗区の病院", "jinniu"), ("青洋区で歯医者", "qingyang")])
def test_a_districts_chinese_name_with_one_character_mistyped_is_found(
    index: TermIndex, text: str, district: str
) -> None:
    [mention] = [m for m in index.scan(text) if m.kind is DISTRICT]

    assert (mention.term.id, mention.quality) == (district, MatchQuality.FUZZY)


def test_a_districts_chinese_name_is_found_by_its_japanese_reading(index: TermIndex) -> None:
    [mention] = [m for m in index.scan("そうりゅうくの歯医者") if m.kind is DISTRICT]

    assert (mention.term.id, mention.quality) == ("shuangliu", MatchQuality.READING)


@pytest.mark.parametrize(
    ("text", "district"), [("そうりゅうの歯医者", "shuangliu"), ("ｿｳﾘｭｳ 歯医者", "shuangliu")]
)
def test_a_districts_name_read_without_its_ku_is_that_district(
    index: TermIndex, text: str, district: str
) -> None:
    [mention] = [m for m in index.scan(text) if m.kind is DISTRICT]

    assert (mention.term.id, mention.quality) == (district, MatchQuality.READING)


def test_a_districts_kana_name_without_its_ku_needs_the_districts_own_reading() -> None:
    index = TermIndex([Term(DISTRICT, "kaede", {"en": "Kaede District", "ja": "楓区"}, ("かえでく",))])

    assert [m.term.id for m in index.scan("かえでの歯医者")] == ["kaede"]
    assert index.scan("かえの歯医者") == []


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("any tradicional chinese medecine clinic?", "tradicional chinese medecine"),
        ("a clinic for traditionel chinese medicin", "traditionel chinese medicin"),
    ],
)
def test_a_long_name_with_a_slip_in_several_of_its_words_is_that_name(
    index: TermIndex, text: str, typed: str
) -> None:
    assert mentioned(index, text) == [("specialty", "traditional_chinese_medicine", typed)]


def test_a_long_name_with_too_many_slips_or_another_first_letter_is_not_read_as_it(index: TermIndex) -> None:
    assert ("specialty", "traditional_chinese_medicine") not in [
        (kind, code) for kind, code, _ in mentioned(index, "tradicionel chinese medecina")
    ]
    # "chinese medicine" is a name of its own; the word before it, with another first letter, is no part.
    assert mentioned(index, "fraditional chinese medicine") == [
        ("specialty", "traditional_chinese_medicine", "chinese medicine")
    ]


def test_a_hospitals_brand_heading_a_question_about_it_names_it(index: TermIndex) -> None:
    def hospitals(text: str) -> list[str]:
        return [m.term.id for m in index.scan(text) if m.kind is HOSPITAL]

    [arrail] = hospitals("Arrail, what's their phone number?")
    assert hospitals("Arrail : quelle est l'adresse ?") == [arrail]
    # Without a question about it, or with the question in another sentence, a brand alone is no name.
    assert hospitals("Arrail, we drove past it yesterday") == []
    assert hospitals("Arrail was busy. What's the phone number of the first one?") == []


def test_the_word_for_insurance_in_an_insurers_name_names_no_insurer() -> None:
    index = TermIndex(
        [Term(INSURER, "nordsee", {"en": "Nordsee Health", "de": "Nordsee Krankenversicherung"})]
    )

    assert index.scan("die Krankenversicherung ist mir egal") == []
    assert [m.term.id for m in index.scan("ich bin bei der Nordsee")] == ["nordsee"]


def test_a_short_insurer_name_in_lower_case_counts_beside_a_word_about_insurance(index: TermIndex) -> None:
    assert [(m.term.id, m.typed) for m in index.scan("a pediatrician who bills img")] == [
        ("pediatrics", "pediatrician"),
        ("img", "img"),
    ]
    assert [m.term.id for m in index.scan("img of the rash attached, a dermatologist please")] == [
        "dermatology"
    ]


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("a dentist in the Harbour New Area", "harbour-new-area"),
        ("Zahnarzt im südlichen Hafengebiet", "harbour-new-area"),
        ("Zahnarzt, südliches Hafengebiet", "harbour-new-area"),
        ("港湾新区の歯医者", "harbour-new-area"),
    ],
)
def test_a_districts_name_is_found_without_the_city_and_with_german_endings(text: str, district: str) -> None:
    index = TermIndex(
        [
            *static_terms(),
            Term(
                DISTRICT,
                "harbour-new-area",
                {
                    "en": "Chengdu Harbour New Area",
                    "de": "Südliches Hafengebiet Chengdu",
                    "ja": "成都港湾新区",
                },
            ),
        ]
    )

    assert [m.term.id for m in index.scan(text) if m.kind is DISTRICT] == [district]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("心臓の専門医", "cardiology"),
        ("spécialiste du cœur", "cardiology"),
        ("chirurgien du cœur", "cardiac_surgery"),
    ],
)
def test_a_heart_specialist_or_surgeon_in_words_resolves(index: TermIndex, typed: str, code: str) -> None:
    assert resolved(index, SPECIALTY, typed).term.id == code


@pytest.mark.parametrize(
    "text",
    [
        "ich bin bei der Französischen Auslandskasse versichert",
        "mit der Französischen Kasse",
        "Französisches Auslandskasse",
    ],
)
def test_an_insurers_german_adjective_declined_is_the_insurer_not_a_language(text: str) -> None:
    insurer = Term(
        INSURER,
        "franzoesische-auslandskasse",
        {"en": "Französische Auslandskasse"},
        aliases=("Französische Kasse",),
    )
    insurer_index = TermIndex([*static_terms(), insurer])

    kinds = [(mention.kind, mention.term.id) for mention in insurer_index.scan(text)]

    assert kinds == [(INSURER, "franzoesische-auslandskasse")]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("耳備科", "ent"),  # a homophone's kanji
        ("内分沁科", "endocrinology"),  # a character of the same shape
        ("武候区", "wuhou"),
    ],
)
def test_a_kanji_name_with_one_character_mistyped_is_found(index: TermIndex, typed: str, code: str) -> None:
    [mention] = index.scan(f"{typed}をさがしています")

    assert mention.term.id == code


def test_a_kanji_slip_that_holds_another_department_is_that_department(index: TermIndex) -> None:
    # 小児眼科 is one character from 小児外科 (pediatric surgery), but 眼科 is ophthalmology itself.
    assert [mention.term.id for mention in index.scan("小児眼科はありますか")] == ["ophthalmology"]


@pytest.mark.parametrize(
    ("message", "kind", "code"),
    [
        ("is there a shounika nearby", SPECIALTY, "pediatrics"),
        ("wir suchen einen sanfujinka", SPECIALTY, "obstetrics_gynecology"),
        ("un seikei geka svp", SPECIALTY, "orthopedics"),
        ("somewhere in Bukouku", DISTRICT, "wuhou"),
    ],
)
def test_romaji_inside_a_sentence_of_another_language_reads_as_the_term(
    index: TermIndex, message: str, kind: TermKind, code: str
) -> None:
    [mention] = [mention for mention in index.scan(message) if mention.kind is kind]

    assert mention.term.id == code
    # A borrowed word says nothing of the language the sentence is written in.
    assert mention.language is None


@pytest.mark.parametrize("message", ["a sake and a tonic", "I take a nap", "Kobe beef in Wuhou"])
def test_everyday_words_whose_letters_spell_kana_stay_themselves(index: TermIndex, message: str) -> None:
    assert {mention.kind for mention in index.scan(message)} <= {DISTRICT}


def test_an_everyday_word_of_an_insurer_name_needs_a_word_about_insurance() -> None:
    insurer = Term(INSURER, "heart-guard", {"en": "Heart Guard Mutual"})
    index = TermIndex([*static_terms(), insurer])

    assert [mention.kind for mention in index.scan("my heart races at night")] == []
    [mention] = index.scan("I'm insured with Heart")
    assert mention.term.id == "heart-guard"
