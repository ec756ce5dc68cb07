"""Japanese typed in Latin letters is read in the hiragana it spells; other languages never are."""

from __future__ import annotations

import pytest

from directory.romaji import as_hiragana_if_romaji, word_to_hiragana


@pytest.mark.parametrize(
    ("word", "kana"),
    [
        ("ganka", "がんか"),
        ("shounika", "しょうにか"),
        ("kitte", "きって"),
        ("tsuujiru", "つうじる"),
        ("kinkou-ku", "きんこうく"),
        ("kyuukyuu", "きゅうきゅう"),
    ],
)
def test_a_romaji_word_spells_its_hiragana(word: str, kana: str) -> None:
    assert word_to_hiragana(word) == kana


@pytest.mark.parametrize("word", ["dentist", "Zahnarzt", "xindu", "clinic"])
def test_a_word_that_spells_no_japanese_syllables_is_none(word: str) -> None:
    assert word_to_hiragana(word) is None


def test_a_romaji_message_is_turned_into_hiragana_with_its_particles_and_names() -> None:
    assert as_hiragana_if_romaji("ganka wa doko desu ka? AXA ga tsukaeru tokoro") == (
        "がんか は どこ です か? AXA が つかえる ところ"
    )


@pytest.mark.parametrize(
    "text",
    [
        "a dentist in Wuhou please",
        "Kinderarzt in Jinjiang, bitte",
        "je cherche un dentiste à Wuhou",
        "Tokyo Sakura Clinic",  # Japanese names alone are no Japanese sentence
        "sushi and ramen near the hotel",
    ],
)
def test_a_message_in_another_language_is_not_romaji(text: str) -> None:
    assert as_hiragana_if_romaji(text) is None


@pytest.mark.parametrize(
    ("text", "kana"),
    [("kare no jusho wo oshiete", "かれ の じゅしょ を おしえて"), ("netsu ga aru, byouin wo sagasu", None)],
)
def test_kanji_words_read_in_their_kana_tell_romaji(text: str, kana: str | None) -> None:
    found = as_hiragana_if_romaji(text)
    assert found is not None
    if kana is not None:
        assert found == kana


def test_a_short_syllable_word_alone_is_not_taken_for_japanese() -> None:
    assert as_hiragana_if_romaji("mama to papa") is None
