"""Words in the forms people write them: stems, German compounds, Japanese readings, typos.

Each language has its hits (a form that names the term) and its near misses (a form that looks alike
but names nothing): the matcher reads whole words and morphemes, never letters inside other words.
"""

from __future__ import annotations

import json

import pytest
from babel.messages.pofile import read_po

from directory import morphology
from directory.live import static_terms
from directory.resolver import MatchQuality, Resolved, TermIndex
from directory.vocabulary.districts import DEFAULT_DISTRICTS
from directory.vocabulary.insurers import DEFAULT_INSURERS
from directory.vocabulary.terms import Term, TermKind
from locales import CATALOGS
from tests.conftest import SAMPLE_FILE

SPECIALTY, LANGUAGE = TermKind.SPECIALTY, TermKind.LANGUAGE


@pytest.fixture(scope="module")
def index() -> TermIndex:
    hospitals = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))["hospitals"]
    return TermIndex(
        [
            *static_terms(),
            *DEFAULT_INSURERS,
            *DEFAULT_DISTRICTS,
            *(Term(TermKind.HOSPITAL, record["id"], record["name"]) for record in hospitals),
        ]
    )


def named(index: TermIndex, text: str) -> list[tuple[str, str, str, MatchQuality]]:
    return [(m.kind.value, m.term.id, m.typed, m.quality) for m in index.scan(text) if len(m.terms) == 1]


def test_snowball_stems_each_language_by_its_own_rules() -> None:
    assert morphology.stem("kardiologen", "de") == morphology.stem("kardiologe", "de")
    assert morphology.stem("dermatologiques", "fr") == morphology.stem("dermatologie", "fr")
    assert morphology.stem("pediatricians", "en") == morphology.stem("pediatrician", "en")


@pytest.mark.parametrize(
    ("text", "code", "typed"),
    [
        # "Facharzt" heads the department as "Abteilung" does: the whole phrase names it.
        ("Wo finde ich einen orthopädischen Facharzt?", "orthopedics", "orthopädischen Facharzt"),
        ("Ich suche eine Lungenfachärztin", "respiratory", "Lungenfachärztin"),
        ("gibt es hier Augenärztinnen?", "ophthalmology", "Augenärztinnen"),
        ("einen Hautfacharzt bitte", "dermatology", "Hautfacharzt"),
        ("Wir brauchen eine Augenarztpraxis", "ophthalmology", "Augenarztpraxis"),
        ("Ich habe seit Tagen Zahnschmerzen", "dentistry", "Zahnschmerzen"),
        ("Herzbeschwerden beim Treppensteigen", "cardiology", "Herzbeschwerden"),
        ("gibt es ein Kinderkrankenhaus", "pediatrics", "Kinderkrankenhaus"),
        ("eine frauenarztpraxis in der Nähe", "obstetrics_gynecology", "frauenarztpraxis"),
        ("ein Lungenklinikum", "respiratory", "Lungenklinikum"),
        ("termin beim zahnarzt", "dentistry", "zahnarzt"),
    ],
)
def test_german_inflections_derivations_and_compounds_name_the_department(
    index: TermIndex, text: str, code: str, typed: str
) -> None:
    [(kind, term_id, found, _quality)] = named(index, text)
    assert (kind, term_id, found) == ("specialty", code, typed)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kinderwagen ist kaputt",
        "Herzlich willkommen",
        "Ich brauche eine neue Zahnbürste",
        "Die Hautcreme ist alle",
        "Ich war letztes Jahr in Japan",
        "Wir fahren durch die Stadt, keine Eile",
    ],
)
def test_german_words_that_only_look_alike_name_nothing(index: TermIndex, text: str) -> None:
    assert named(index, text) == []


@pytest.mark.parametrize(
    ("text", "code", "typed"),
    [
        ("des soins dermatologiques pour mon fils", "dermatology", "dermatologiques"),
        ("un service pédiatrique ouvert le soir", "pediatrics", "pédiatrique"),
        ("les urgences pediatriques", "emergency", "urgences"),
        ("un medecin generaliste", "general_practice", "medecin generaliste"),
    ],
)
def test_french_forms_with_or_without_accents_name_the_department(
    index: TermIndex, text: str, code: str, typed: str
) -> None:
    assert (SPECIALTY.value, code, typed) in [(k, i, t) for k, i, t, _q in named(index, text)]


@pytest.mark.parametrize(
    ("text", "code", "typed"),
    [
        ("two pediatricians who speak Korean", "pediatrics", "pediatricians"),
        ("a cardiac check for my father", "cardiology", "cardiac"),
        ("is there a good dentsit nearby", "dentistry", "dentsit"),
        ("my son needs a pediatrcian", "pediatrics", "pediatrcian"),
    ],
)
def test_english_plurals_adjectives_and_typos_name_the_department(
    index: TermIndex, text: str, code: str, typed: str
) -> None:
    assert (SPECIALTY.value, code, typed) in [(k, i, t) for k, i, t, _q in named(index, text)]


@pytest.mark.parametrize(
    "text",
    ["I'm from Germany", "we flew in from Korea", "see you in April", "the delay was long", "Thailand trip"],
)
def test_english_words_that_run_on_or_differ_by_a_letter_name_nothing(index: TermIndex, text: str) -> None:
    assert named(index, text) == []


def test_a_typo_is_forgiven_only_in_a_long_enough_word(index: TermIndex) -> None:
    assert morphology.typo_budget(4) == 0
    assert morphology.typo_budget(5) == 1
    assert morphology.typo_budget(9) == 2
    assert named(index, "a Thia speaking doctor") == []


@pytest.mark.parametrize(
    ("text", "code", "typed"),
    [
        ("ひふかを探しています", "dermatology", "ひふか"),
        ("近くのじびかはどこ", "ent", "じびか"),
        ("ｼｮｳﾆｶに行きたい", "pediatrics", "ｼｮｳﾆｶ"),
        ("循環気内科の予約", "cardiology", "循環気内科"),
    ],
    ids=["hiragana", "hiragana-after-particle", "half-width-katakana", "homophone-kanji"],
)
def test_japanese_by_reading_finds_the_kanji_department(
    index: TermIndex, text: str, code: str, typed: str
) -> None:
    [mention] = index.scan(text)
    assert (mention.term.id, mention.typed, mention.quality) == (code, typed, MatchQuality.READING)
    assert mention.language == "ja"


@pytest.mark.parametrize(
    ("text", "code"),
    [("にほんごが はなせる", "ja"), ("ニホンゴ OK", "ja"), ("にっぽんご", "ja"), ("ﾆﾎﾝｺﾞ ﾉ ｲｼｬ", "ja")],
)
def test_a_word_with_two_readings_is_found_by_either(index: TermIndex, text: str, code: str) -> None:
    """日本語 is read にほんご and にっぽんご; people write it in kana either way."""
    [mention] = index.scan(text)
    assert (mention.term.id, mention.quality) == (code, MatchQuality.READING)


@pytest.mark.parametrize(
    ("text", "code"), [("せいようくで", "qingyang"), ("ｾｲﾖｳｸ", "qingyang"), ("ひとく", "pidu")]
)
def test_a_district_is_found_by_its_sino_japanese_reading(index: TermIndex, text: str, code: str) -> None:
    """People read 青羊区 せいようく, as Japanese reads Chinese place names, not as MeCab does."""
    [mention] = index.scan(text)
    assert mention.term.id == code


def test_another_reading_is_of_the_same_words_not_of_another_cut() -> None:
    # 日本語 read as 日 + 本 + 語, or 科 as the noun トガ, would be other words.
    assert morphology.readings("日本語") == ["ニッポンゴ", "ニホンゴ"]
    assert morphology.readings("小児科") == ["ショウニカ"]


@pytest.mark.parametrize("text", ["痛くないかな", "行かないか", "しかたがない"])
def test_japanese_kana_inside_other_words_is_not_a_department(index: TermIndex, text: str) -> None:
    assert index.scan(text) == []


def test_the_reading_of_a_whole_value_resolves_it(index: TermIndex) -> None:
    outcome = index.resolve(SPECIALTY, "ひふか")
    assert isinstance(outcome, Resolved)
    assert (outcome.term.id, outcome.quality) == ("dermatology", MatchQuality.READING)


def test_the_product_s_own_sentences_hold_no_typo_of_a_term(index: TermIndex) -> None:
    """Every message of the catalogs, in four languages, is a corpus of ordinary words: none of them
    may be read as a misspelled department, language, insurer, district or hospital."""
    sentences = set()
    for catalog in CATALOGS.glob("*/LC_MESSAGES/messages.po"):
        with catalog.open("rb") as po_file:
            for message in read_po(po_file):
                for text in (message.id, message.string):
                    sentences.update(t for t in ([text] if isinstance(text, str) else text) if t)
    assert len(sentences) > 100
    guesses = [
        (m.typed, m.term.id) for s in sentences for m in index.scan(s) if m.quality is MatchQuality.FUZZY
    ]
    assert guesses == []


@pytest.mark.parametrize(
    ("text", "code", "typed"),
    [
        ("eye problems since Monday", "ophthalmology", "eye problems"),
        ("is there a children's clinic open late", "pediatrics", "children's clinic"),
        ("heart trouble runs in my family", "cardiology", "heart trouble"),
        ("j'ai un souci de coeur", "cardiology", "souci de coeur"),
        ("une clinique des yeux à Wuhou", "ophthalmology", "clinique des yeux"),
        ("un médecin pour les enfants", "pediatrics", "médecin pour les enfants"),
        ("two hormone specialists in Wuhou", "endocrinology", "hormone specialists"),
        ("ein Hormonspezialist in der Nähe", "endocrinology", "Hormonspezialist"),
        ("un spécialiste des hormones", "endocrinology", "spécialiste des hormones"),
    ],
)
def test_a_head_and_what_it_is_for_names_the_department_as_the_vocabulary_does(
    index: TermIndex, text: str, code: str, typed: str
) -> None:
    # The vocabulary says "eye doctor", "children's doctor", "heart doctor", "médecin du cœur",
    # "médecin des yeux", "médecin pour enfants": other heads with the same word mean the same.
    assert (SPECIALTY.value, code, typed) in [(k, i, t) for k, i, t, _q in named(index, text)]


@pytest.mark.parametrize(
    "text",
    [
        "the main problem is the price",
        "a big problem with the bill",
        "le service de nuit",
        "un problème de taxi",
    ],
)
def test_a_head_without_a_word_of_the_vocabulary_names_nothing(index: TermIndex, text: str) -> None:
    assert named(index, text) == []


def test_japanese_by_dictionary_form_finds_a_kanji_word_written_in_kana(index: TermIndex) -> None:
    # MeCab's dictionary form of "ひふ" is 皮膚: "ひふ科" is 皮膚科 written half in kana.
    [mention] = index.scan("ひふ科の先生")
    assert (mention.term.id, mention.typed, mention.quality) == (
        "dermatology",
        "ひふ科",
        MatchQuality.STEMMED,
    )
