"""Follow-ups change the last search: add to it, replace a criterion, drop one, or go back to it after
an emergency; every answer names the criteria in force. In all four languages."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from tests.actions.conftest import TrackerFactory, payloads, texts

CARDIOLOGY_IN_WUHOU = {"search_criteria": {"specialty": "cardiology", "district": "wuhou"}}
CARDIOLOGY_KOREAN_SPEAKERS = {"search_criteria": {"specialty": "cardiology", "languages": ["ko"]}}
CARDIOLOGY_BILLING_CIGNA_AT_NIGHT = {
    "search_criteria": {"specialty": "cardiology", "insurer": "cigna", "emergency_24h": True}
}


async def criteria_after(tracker_for: TrackerFactory, message: str, language: str, **slots: Any) -> Any:
    dispatcher = CollectingDispatcher()
    tracker = tracker_for(message, "search_hospital", reply_language=language, **slots)
    await ActionAnswer().run(dispatcher, tracker, domain={})
    [listing] = payloads(dispatcher)
    return listing["criteria"]


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("make that Jinjiang", "en"),
        ("lieber in Jinjiang", "de"),
        ("plutôt à Jinjiang", "fr"),
        ("やっぱり錦江区で", "ja"),
    ],
)
async def test_a_new_district_replaces_the_old_one(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "cardiology", "district": "jinjiang"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("no wait, Japanese rather than Korean", "en"),
        ("nein, lieber Japanisch statt Koreanisch", "de"),
        ("non, plutôt le japonais que le coréen", "fr"),
        ("韓国語じゃなくて日本語で", "ja"),
    ],
)
async def test_the_language_named_beside_the_old_one_replaces_it(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_KOREAN_SPEAKERS)

    assert criteria == {"specialty": "cardiology", "languages": ["ja"]}


@pytest.mark.parametrize(
    ("message", "language", "left"),
    [
        ("never mind the insurer", "en", {"specialty": "cardiology", "emergency_24h": True}),
        ("die Versicherung ist egal", "de", {"specialty": "cardiology", "emergency_24h": True}),
        ("peu importe l'assurance", "fr", {"specialty": "cardiology", "emergency_24h": True}),
        ("保険はいらないです", "ja", {"specialty": "cardiology", "emergency_24h": True}),
        ("it needn't be open at night", "en", {"specialty": "cardiology", "insurer": "cigna"}),
        ("nachts muss es nicht offen sein", "de", {"specialty": "cardiology", "insurer": "cigna"}),
        ("pas besoin que ce soit ouvert la nuit", "fr", {"specialty": "cardiology", "insurer": "cigna"}),
        ("夜間はいらないです", "ja", {"specialty": "cardiology", "insurer": "cigna"}),
        ("シグナの条件は外してください", "ja", {"specialty": "cardiology", "emergency_24h": True}),
    ],
)
async def test_a_criterion_named_as_not_needed_is_dropped(
    tracker_for: TrackerFactory, message: str, language: str, left: dict[str, Any]
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_BILLING_CIGNA_AT_NIGHT)

    assert criteria == left


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("any district is fine", "en"),
        ("der Bezirk ist egal", "de"),
        ("n'importe quel quartier", "fr"),
        ("どこの区でもいいです", "ja"),
    ],
)
async def test_any_district_drops_the_district(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "cardiology"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("the district is really not important, only Korean", "en"),
        ("der Bezirk ist mir wirklich egal, Koreanisch", "de"),
        ("le quartier n'est vraiment pas important, surtout le coréen", "fr"),
        ("区は本当にどこでもいい、韓国語で", "ja"),
    ],
)
async def test_what_a_removal_drops_is_in_its_own_clause_not_the_wish_after_the_comma(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "cardiology", "languages": ["ko"]}


async def test_after_an_emergency_which_of_those_refines_the_search_from_before(
    tracker_for: TrackerFactory,
) -> None:
    before = {"search_criteria": {"specialty": "cardiology"}, "listed_hospitals": ["golden-river-hospital"]}
    emergency = CollectingDispatcher()
    await ActionAnswer().run(emergency, tracker_for("he collapsed", "emergency", **before), domain={})

    criteria = await criteria_after(tracker_for, "now which of those bill Cigna?", "en", **before)

    assert payloads(emergency)[0]["criteria"] == {"languages": ["en"], "emergency_24h": True}
    assert criteria == {"specialty": "cardiology", "insurer": "cigna"}


CARDIOLOGY_IN_WUHOU_SPEAKING_GERMAN = {
    "search_criteria": {"specialty": "cardiology", "district": "wuhou", "languages": ["de"]}
}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("The paramedics have him. Let's see the earlier list again, the cardiologist please", "en"),
        ("Der Rettungswagen hat sie mitgenommen. Weiter mit der Suche, also der Kardiologe", "de"),
        ("Les pompiers sont là. Reprenons la recherche d'avant : le cardiologue", "fr"),
        ("救急隊に引き継ぎました。前の検索に戻って、循環器内科を", "ja"),
    ],
)
async def test_going_back_to_the_search_naming_its_department_keeps_its_other_criteria(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU_SPEAKING_GERMAN)

    # The ambulance is how the patient got there: no wish for an emergency department.
    assert criteria == {"specialty": "cardiology", "district": "wuhou", "languages": ["de"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("back to the earlier search", "en"),
        ("bitte zurück zur Liste von eben", "de"),
        ("reprenons la recherche", "fr"),
        ("前の検索に戻って", "ja"),
    ],
)
async def test_going_back_to_the_search_alone_shows_it_again(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = tracker_for(message, "out_of_scope", reply_language=language, **CARDIOLOGY_IN_WUHOU)

    await ActionAnswer().run(dispatcher, tracker, domain={})

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("but not the one in Wuhou", "en"),
        ("aber nicht in Wuhou", "de"),
        ("mais pas ceux de Wuhou", "fr"),
        ("武侯区以外で", "ja"),
    ],
)
async def test_a_district_named_as_not_wanted_leaves_its_hospitals_out(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = tracker_for(
        message, "refine_search", reply_language=language, search_criteria={"specialty": "cardiology"}
    )

    await ActionAnswer().run(dispatcher, tracker, domain={})

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "excluded_districts": ["wuhou"]}
    assert sorted(card["id"] for card in listing["hospitals"]) == [
        "golden-river-hospital",
        "lotus-heart-center",
    ]


async def test_the_answer_names_the_district_left_out(tracker_for: TrackerFactory) -> None:
    dispatcher = CollectingDispatcher()
    tracker = tracker_for("a cardiologist, not in Wuhou", "search_hospital", reply_language="en")

    await ActionAnswer().run(dispatcher, tracker, domain={})

    assert texts(dispatcher)[0].startswith("I found 2 hospitals for: Cardiology, not in Wuhou District.")


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Wuhou is fine after all", "en"),
        ("Wuhou geht doch auch", "de"),
        ("finalement Wuhou, ça va aussi", "fr"),
        ("やっぱり武侯区でもいいです", "ja"),
    ],
)
async def test_a_district_left_out_and_named_again_is_let_back_in(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    left_out = {"search_criteria": {"specialty": "cardiology", "excluded_districts": ["wuhou"]}}

    criteria = await criteria_after(tracker_for, message, language, **left_out)

    assert criteria == {"specialty": "cardiology"}


async def test_each_answer_names_the_criteria_in_force(tracker_for: TrackerFactory) -> None:
    dispatcher = CollectingDispatcher()
    tracker = tracker_for("make that Jinjiang", "refine_search", reply_language="en", **CARDIOLOGY_IN_WUHOU)

    await ActionAnswer().run(dispatcher, tracker, domain={})

    assert texts(dispatcher)[0].startswith("I found 1 hospital for: Cardiology, Jinjiang District.")


async def test_a_new_department_starts_a_new_search(tracker_for: TrackerFactory) -> None:
    criteria = await criteria_after(
        tracker_for, "I am looking for a dentist who speaks German", "en", **CARDIOLOGY_IN_WUHOU
    )

    assert criteria == {"specialty": "dentistry", "languages": ["de"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("sorry, not cardiology, a dermatologist then", "en"),
        ("Entschuldigung, nicht Kardiologie, ich brauche einen Hautarzt", "de"),
        ("pardon, pas la cardiologie, il me faut un dermatologue", "fr"),
        ("循環器内科じゃなくて皮膚科をお願いします", "ja"),
    ],
)
async def test_a_department_named_as_not_wanted_gives_way_to_the_one_named_beside_it(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "dermatology", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("they don't speak Korean, English then", "en"),
        ("kein Koreanisch, Englisch bitte", "de"),
        ("pas coréen, anglais alors", "fr"),
        ("韓国語ではなく英語", "ja"),
    ],
)
async def test_a_language_named_as_not_wanted_leaves_the_search(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_KOREAN_SPEAKERS)

    assert criteria == {"specialty": "cardiology", "languages": ["en"]}


async def test_the_word_for_a_kind_inside_a_name_is_part_of_the_name(tracker_for: TrackerFactory) -> None:
    # "zone" of "High-tech Zone" does not ask to drop the district along with the language.
    criteria = await criteria_after(
        tracker_for,
        "forget the language, a cardiologist in the High-tech Zone",
        "en",
        **CARDIOLOGY_KOREAN_SPEAKERS,
    )

    assert criteria == {"specialty": "cardiology", "district": "high-tech-zone"}


async def test_without_beside_a_complaint_keeps_the_department_the_complaint_asks_for(
    tracker_for: TrackerFactory,
) -> None:
    # "sans douleur" is without pain: no criterion to drop.
    criteria = await criteria_after(
        tracker_for,
        "j'ai des brûlures d'estomac après chaque repas, sans fièvre",
        "fr",
        **CARDIOLOGY_IN_WUHOU,
    )

    assert criteria["specialty"] == "gastroenterology"


async def test_a_kind_that_does_not_matter_is_dropped(tracker_for: TrackerFactory) -> None:
    criteria = await criteria_after(
        tracker_for, "the language doesn't matter, but in Jinjiang", "en", **CARDIOLOGY_KOREAN_SPEAKERS
    )

    assert criteria == {"specialty": "cardiology", "district": "jinjiang"}


CARDIOLOGY_BILLING_CIGNA_IN_WUHOU = {
    "search_criteria": {"specialty": "cardiology", "insurer": "cigna", "district": "wuhou"}
}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        # A list after one removal.
        ("please drop the insurer and the district", "en"),
        ("bitte ignoriere die Versicherung und den Bezirk", "de"),
        ("enlève l'assureur et le quartier, merci", "fr"),
        ("保険と地域の条件は外してください", "ja"),
        # Each removal with what stands beside it.
        ("skip Cigna, but any district is fine", "en"),
        ("vergiss Cigna, und der Bezirk ist egal", "de"),
        ("oublie Cigna, et peu importe le quartier", "fr"),
        # One more added after the removal with "too".
        ("the insurer doesn't matter, and the district neither", "en"),
        ("der Bezirk ist egal, die Versicherung auch", "de"),
        ("l'assurance, peu importe, et le quartier aussi", "fr"),
        ("保険は気にしない、地域も", "ja"),
    ],
)
async def test_every_criterion_a_removal_reaches_is_dropped(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_BILLING_CIGNA_IN_WUHOU)

    assert criteria == {"specialty": "cardiology"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("drop Korean, Japanese instead", "en"),
        ("Koreanisch streichen, dafür lieber Japanisch", "de"),
        ("oublie le coréen, plutôt le japonais", "fr"),
        ("韓国語はいらない、日本語にして", "ja"),
    ],
)
async def test_a_language_dropped_by_name_gives_way_to_the_one_named_after(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    speakers = {"search_criteria": {"specialty": "cardiology", "languages": ["ko", "fr"]}}

    criteria = await criteria_after(tracker_for, message, language, **speakers)

    # Only the language named is dropped; the other stays.
    assert criteria == {"specialty": "cardiology", "languages": ["fr", "ja"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("No fever, nothing urgent, never mind. Any cardiologist in Jinjiang billing Cigna?", "en"),
        ("Kommt irgendein Krankenhaus in Jinjiang mit Cigna in Frage? Ich suche einen Kardiologen.", "de"),
        ("Toujours sans rendez-vous. Un cardiologue à Jinjiang qui prend Cigna ?", "fr"),
    ],
)
async def test_a_removal_with_no_criterion_beside_it_leaves_the_message_criteria(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language)

    assert criteria == {"specialty": "cardiology", "insurer": "cigna", "district": "jinjiang"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("A cardiologist, I have Cigna, can I go without paying upfront?", "en"),
        ("Kardiologe gesucht, ich bin bei Cigna, klappt das ohne Vorkasse?", "de"),
        ("Un cardiologue, je suis chez Cigna, c'est faisable sans avance de frais ?", "fr"),
        ("循環器内科で、シグナです。立替払いなしでいけますか", "ja"),
    ],
)
async def test_the_without_of_a_wish_for_direct_billing_removes_nothing(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language)

    assert criteria["specialty"] == "cardiology"
    assert criteria["insurer"] == "cigna"


async def test_a_department_in_kana_that_holds_a_not_is_the_department(tracker_for: TrackerFactory) -> None:
    # ないか is 内科 (internal medicine) in kana, and also "isn't it?": beside a district, the department.
    criteria = await criteria_after(tracker_for, "きんこうく の ないか", "ja")

    assert criteria == {"specialty": "internal_medicine", "district": "jinjiang"}


async def test_any_district_alone_drops_the_district(tracker_for: TrackerFactory) -> None:
    criteria = await criteria_after(
        tracker_for, "fine, any district, as long as they speak Korean", "en", **CARDIOLOGY_IN_WUHOU
    )

    assert criteria == {"specialty": "cardiology", "languages": ["ko"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("not Wuhou, nor Jinjiang", "en"),
        ("ni à Wuhou, ni à Jinjiang", "fr"),
    ],
)
async def test_a_district_denied_after_nor_is_left_out_too(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(
        tracker_for, message, language, search_criteria={"specialty": "cardiology"}
    )

    assert criteria == {"specialty": "cardiology", "excluded_districts": ["wuhou", "jinjiang"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("and a dermatologist there too?", "en"),
        ("Gibt es dort auch einen Hautarzt?", "de"),
        ("un dermatologue là aussi ?", "fr"),
        ("そこにも皮膚科はありますか", "ja"),
    ],
)
async def test_a_new_department_asked_for_in_the_same_place_keeps_the_place(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "dermatology", "district": "wuhou"}


INSURER_ONLY = {"search_criteria": {"insurer": "cigna"}}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("the ones that have a cardiology department", "en"),
        ("nur die mit einer Kardiologie-Abteilung", "de"),
        ("ceux qui ont un service de cardiologie", "fr"),
        ("循環器内科があるところだけ教えて", "ja"),
    ],
)
async def test_a_department_for_a_search_without_one_narrows_it(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **INSURER_ONLY)

    assert criteria == {"specialty": "cardiology", "insurer": "cigna"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("and for my husband a dermatologist", "en"),
        ("und für meinen Mann einen Hautarzt", "de"),
        ("et pour mon mari un dermatologue", "fr"),
        ("それから夫のために皮膚科も", "ja"),
    ],
)
async def test_a_new_department_for_someone_else_is_a_search_of_its_own(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_KOREAN_SPEAKERS)

    assert criteria == {"specialty": "dermatology"}


async def test_any_department_of_a_kind_is_fine_keeps_the_department(tracker_for: TrackerFactory) -> None:
    criteria = await criteria_after(
        tracker_for, "forget the language, any cardiologist is fine", "en", **CARDIOLOGY_KOREAN_SPEAKERS
    )

    assert criteria == {"specialty": "cardiology"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("another question: a 24h emergency room in Jinjiang?", "en"),
        ("Noch etwas anderes: eine Notaufnahme in Jinjiang", "de"),
        ("autre question : des urgences à Jinjiang ?", "fr"),
        ("話は変わりますが、錦江区の救急外来は？", "ja"),
    ],
)
async def test_a_message_announcing_another_matter_starts_a_search_of_its_own(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    # A district and a wish alone would narrow the last search; said to be about something else,
    # they are a search of their own, even when the model calls the message a refinement.
    dispatcher = CollectingDispatcher()
    tracker = tracker_for(message, "refine_search", reply_language=language, **CARDIOLOGY_IN_WUHOU)
    await ActionAnswer().run(dispatcher, tracker, domain={})

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"district": "jinjiang", "emergency_24h": True}


async def test_another_matter_about_the_hospitals_just_listed_still_narrows_them(
    tracker_for: TrackerFactory,
) -> None:
    criteria = await criteria_after(
        tracker_for,
        "another question: which of them take Zenith?",
        "en",
        listed_hospitals=["maple-leaf-clinic"],
        **CARDIOLOGY_IN_WUHOU,
    )

    assert criteria == {"specialty": "cardiology", "district": "wuhou", "insurer": "zenith-care"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("and Korean-speaking, anywhere", "en"),
        ("und Koreanisch, egal wo", "de"),
        ("et qui parle coréen, n'importe où", "fr"),
        ("韓国語で、どこでもいいです", "ja"),
    ],
)
async def test_anywhere_drops_the_district_not_the_language_beside_it(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "cardiology", "languages": ["ko"]}


async def test_anywhere_in_a_district_asks_for_that_district(tracker_for: TrackerFactory) -> None:
    message = "is there anywhere in Jinjiang?"
    criteria = await criteria_after(tracker_for, message, "en", **CARDIOLOGY_IN_WUHOU)

    assert criteria == {"specialty": "cardiology", "district": "jinjiang"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("actually the insurer doesn't matter - but Korean-speaking please", "en"),
        ("die Versicherung ist doch egal – aber bitte koreanischsprachig", "de"),
        ("en fait peu importe l'assurance ; mais qui parle coréen", "fr"),
        ("やっぱり保険はいらない。でも韓国語が通じるところ", "ja"),
    ],
)
async def test_a_replacement_word_spent_on_a_removal_leaves_the_next_clause_adding(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    japanese_speakers_billing_cigna = {
        "search_criteria": {"specialty": "cardiology", "insurer": "cigna", "languages": ["ja"]}
    }

    criteria = await criteria_after(tracker_for, message, language, **japanese_speakers_billing_cigna)

    assert criteria == {"specialty": "cardiology", "languages": ["ja", "ko"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("oops, I meant Japanese", "en"),
        ("oh, ich meinte natürlich Japanisch", "de"),
        ("ah non, je voulais dire le japonais", "fr"),
        ("すみません、日本語のつもりでした", "ja"),
    ],
)
async def test_saying_what_was_meant_replaces_the_language(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_KOREAN_SPEAKERS)

    assert criteria == {"specialty": "cardiology", "languages": ["ja"]}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("anotehr question: a dentist in Jinjiang", "en"),
        ("Andree Frage: ein Zahnarzt in Jinjiang", "de"),
        ("autre questoin : un dentiste à Jinjiang", "fr"),
    ],
)
async def test_a_new_topic_typed_with_a_slip_still_starts_a_search_of_its_own(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    criteria = await criteria_after(tracker_for, message, language, **CARDIOLOGY_KOREAN_SPEAKERS)

    assert criteria == {"specialty": "dentistry", "district": "jinjiang"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("new search please. a dentist in Jinjiang", "en"),
        ("Neue Suche bitte. Zahnärztin in Jinjiang", "de"),
        ("nouvelle recherche svp : dentiste à Jinjiang", "fr"),
        ("別の検索で：錦江区の歯科", "ja"),
    ],
)
async def test_a_message_opening_with_a_new_search_starts_afresh_whatever_the_model_guessed(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = tracker_for(message, "refine_search", reply_language=language, **CARDIOLOGY_KOREAN_SPEAKERS)
    await ActionAnswer().run(dispatcher, tracker, domain={})

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "dentistry", "district": "jinjiang"}
