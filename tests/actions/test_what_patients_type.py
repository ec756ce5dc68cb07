"""Messages as patients write them: names two terms share, symptoms for departments, short messages in
their own language, a language of service beside a department, criteria beside the word insurance."""

from __future__ import annotations

import json
from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from directory.db import engine_for, session_scope
from directory.importer import import_directory
from tests.actions.conftest import TrackerFactory, payloads, texts


async def answer(
    tracker_for: TrackerFactory, message: str, intent: str = "search_hospital", **slots: object
) -> tuple[CollectingDispatcher, list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswer().run(dispatcher, tracker_for(message, intent, **slots), domain={})
    return dispatcher, events


@pytest.mark.usefixtures("shared_insurer_name")
async def test_a_name_two_insurers_share_is_asked_about_with_a_button_for_each(
    tracker_for: TrackerFactory,
) -> None:
    dispatcher, events = await answer(tracker_for, "Ich suche einen Kardiologen, versichert bei Zenith")

    [question] = dispatcher.messages
    assert question["text"] == "„Zenith“ kann mehr als ein Versicherer sein. Welchen meinen Sie?"
    assert question["buttons"] == [
        {"title": "Zenith Care International", "payload": "Zenith Care International"},
        {"title": "Zenith Direct", "payload": "Zenith Direct"},
    ]
    assert SlotSet("search_criteria", {"specialty": "cardiology"}) in events


@pytest.mark.usefixtures("shared_insurer_name")
async def test_the_button_answers_the_question_and_keeps_the_other_criteria(
    tracker_for: TrackerFactory,
) -> None:
    waiting = {
        "reply_language": "de",
        "search_criteria": {"specialty": "cardiology"},
        "pending_choice": {"kind": "insurer", "ids": ["zenith-care", "zenith-direct"]},
    }
    dispatcher, events = await answer(tracker_for, "Zenith Direct", **waiting)

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "insurer": "zenith-direct"}
    assert [hospital["id"] for hospital in listing["hospitals"]] == ["lotus-heart-center"]
    assert SlotSet("pending_choice", None) in events


@pytest.mark.parametrize(
    ("message", "language", "specialty", "reason"),
    [
        ("I chipped a tooth this morning", "en", "dentistry", "For a chipped tooth, Dentistry:"),
        ("Mein Rücken tut weh, seit ich Kisten getragen habe", "de", "orthopedics", "Bei "),
        ("j'ai des brûlures d'estomac après les repas", "fr", "gastroenterology", "Pour "),
        ("子供の咳が止まりません", "ja", "pediatrics", "には"),
    ],
)
async def test_a_complaint_chooses_the_department_and_says_why_in_one_line(
    tracker_for: TrackerFactory, message: str, language: str, specialty: str, reason: str
) -> None:
    dispatcher, events = await answer(tracker_for, message)

    [listing] = payloads(dispatcher)
    assert listing["criteria"]["specialty"] == specialty
    assert SlotSet("reply_language", language) in events
    assert reason in texts(dispatcher)[0].splitlines()[0]


async def test_a_complaint_keeps_the_other_criteria_of_the_message(tracker_for: TrackerFactory) -> None:
    dispatcher, _ = await answer(
        tracker_for, "my chest feels fluttery and my heart races, somewhere in Wuhou"
    )

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Neurologe in Jinjiang", "de"),
        ("Augenarzt im Bezirk Wuhou", "de"),
        ("Hallo", "de"),
        ("dentiste à Wuhou", "fr"),
    ],
)
async def test_a_short_message_is_answered_in_the_language_of_its_words(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital")

    assert SlotSet("reply_language", language) in events


async def test_a_department_beside_a_bare_language_name_is_a_search_not_a_switch(
    tracker_for: TrackerFactory,
) -> None:
    dispatcher, events = await answer(
        tracker_for, "しょうにか　フランス語", "switch_language", reply_language="en"
    )

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "pediatrics", "languages": ["fr"]}
    assert SlotSet("reply_language", "ja") in events


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("I need heart surgery and my insurance is Cigna", "en"),
        ("Herzchirurgie mit Cigna-Versicherung", "de"),
        ("chirurgie cardiaque, mon assurance est Cigna", "fr"),
        ("心臓外科、保険はシグナです", "ja"),
    ],
)
async def test_criteria_beside_the_word_insurance_are_a_search(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    dispatcher, _ = await answer(tracker_for, message, "ask_insurance_info")

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiac_surgery", "insurer": "cigna"}


async def criteria_after(tracker_for: TrackerFactory, message: str, **slots: object) -> dict[str, Any]:
    dispatcher, _ = await answer(tracker_for, message, reply_language="en", **slots)
    [listing] = payloads(dispatcher)
    return dict(listing["criteria"])


@pytest.mark.parametrize(
    ("message", "specialty"),
    [
        ("my 45 year old husband says it burns when he pees", "urology"),
        ("my 4-year-old has been coughing for days", "pediatrics"),
        ("Unser Sohn (3) hustet seit einer Woche", "pediatrics"),
        ("mon fils de 15 ans a de l'acné sur tout le visage", "dermatology"),
        ("主人は50代で、最近咳が止まりません", "respiratory"),
    ],
)
async def test_a_stated_age_says_whether_the_patient_is_a_child(
    tracker_for: TrackerFactory, message: str, specialty: str
) -> None:
    assert (await criteria_after(tracker_for, message))["specialty"] == specialty


async def test_in_a_story_of_what_hurts_the_models_guesses_at_criteria_are_left_out(
    tracker_for: TrackerFactory,
) -> None:
    guesses = [
        {"entity": "direct_billing", "value": "at rest", "start": 40, "end": 47, "confidence_entity": 0.9},
        {"entity": "language", "value": "chewing", "start": 20, "end": 27, "confidence_entity": 0.95},
    ]
    dispatcher, _ = await answer(
        tracker_for, "my molar aches when chewing, even at rest", entities=guesses, reply_language="en"
    )

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "dentistry"}


async def test_night_tells_when_a_complaint_is_worse_but_asks_for_a_night_service_otherwise(
    tracker_for: TrackerFactory,
) -> None:
    assert await criteria_after(tracker_for, "a dry cough that gets worse at night") == {
        "specialty": "respiratory"
    }
    assert await criteria_after(tracker_for, "a dentist at night") == {
        "specialty": "dentistry",
        "emergency_24h": True,
    }
    assert await criteria_after(tracker_for, "toothache, which dentist is open at night?") == {
        "specialty": "dentistry",
        "emergency_24h": True,
    }


async def test_a_message_naming_only_who_or_where_narrows_the_last_search(
    tracker_for: TrackerFactory,
) -> None:
    after_cardiology = {"search_criteria": {"specialty": "cardiology"}}

    narrowed = await criteria_after(
        tracker_for, "is there anybody there who speaks German?", **after_cardiology
    )
    fresh = await criteria_after(tracker_for, "any hospital in Wuhou then?", **after_cardiology)

    assert narrowed == {"specialty": "cardiology", "languages": ["de"]}
    assert fresh == {"district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("gastro near Wuhou please", "en"),
        ("Check-up-Termin mit Abrechnung über Cigna", "de"),
        ("un check-up avec Cigna", "fr"),
        ("TCM-Praxis im Bezirk Jinjiang", "de"),
    ],
)
async def test_a_word_several_languages_borrow_leaves_the_language_to_the_rest_of_the_message(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital")

    assert SlotSet("reply_language", language) in events


@pytest.mark.parametrize(
    ("message", "language"),
    [
        # "a" before a place that ends the clause is the French "à", whatever the department's word.
        ("gastroenterologe a Jinjiang", "fr"),
        ("pédiatre a Wuhou, svp", "fr"),
        ("I need a Wuhou dentist", "en"),
        # A few words the detector would guess at: the cues' and little words' language.
        ("adresse et numero", "fr"),
        ("numero de telephone", "fr"),
        ("Telefonnummer bitte", "de"),
        # A form several languages' stemmers share tells none; the rest of the message does.
        ("endocrinologe germanophone", "fr"),
        # A word German and English share leaves the language to the other words.
        ("Internist Koreanisch", "de"),
        # A word typed with a slip says less of its language than one typed right.
        ("Kinderarzt, dermatologgist", "de"),
    ],
)
async def test_a_few_words_are_answered_in_the_language_their_grammar_and_cues_say(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital")

    assert SlotSet("reply_language", language) in events


@pytest.mark.parametrize(
    ("message", "conversation"),
    [
        # The conversation's little words hold the sentence; the other language's words are borrowed.
        ("their Adresse?", "en"),
        ("leur address ?", "fr"),
        ("habt ihr auch was in Jinniu?", "de"),
        ("also in Jinniu", "de"),
        # A department's word the conversation's language uses too says nothing against it.
        ("Rehabilitation Jinniu", "de"),
    ],
)
async def test_words_borrowed_into_the_conversations_language_keep_it(
    tracker_for: TrackerFactory, message: str, conversation: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital", reply_language=conversation)

    assert not [event for event in events if event.get("name") == "reply_language"]


@pytest.mark.parametrize(
    ("message", "conversation", "language"),
    [
        ("Hallo, ich suche einen Zahnarzt in Jinniu", "en", "de"),
        ("bonjour, un dentiste à Jinniu svp", "de", "fr"),
        ("Neurologe Jinniu", "fr", "de"),
    ],
)
async def test_a_message_in_another_language_still_switches(
    tracker_for: TrackerFactory, message: str, conversation: str, language: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital", reply_language=conversation)

    assert SlotSet("reply_language", language) in events


async def test_a_typo_allowance_reads_no_name_of_another_language_into_a_sentence(
    tracker_for: TrackerFactory,
) -> None:
    # "sterbe" is one letter from the French "serbe" (Serbian), and a German verb.
    dispatcher, _ = await answer(tracker_for, "Ich sterbe fast vor Juckreiz, wo gibt es einen Hautarzt?")

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "dermatology"}


@pytest.mark.parametrize(
    "message",
    [
        "I'd like a GP, the ambulance took my neighbour already but I need a doctor for myself",
        "Kinderarzt bitte, der Rettungswagen ist wieder weg",
        "un pédiatre, les pompiers sont repartis",
        "救急車で運ばれた友人のお見舞いの後、小児科を探しています",
    ],
)
async def test_words_saying_help_has_come_are_no_emergency(tracker_for: TrackerFactory, message: str) -> None:
    dispatcher, _ = await answer(tracker_for, message)

    assert len(payloads(dispatcher)) == 1
    assert not any("120" in text for text in texts(dispatcher))


@pytest.mark.parametrize(
    ("message", "specialty"),
    [
        ("my GP said the rash on my arm should be seen by a specialist", "dermatology"),
        ("Mein Hausarzt meint, mein Ausschlag muss angeschaut werden", "dermatology"),
        ("Mon généraliste dit que mon mal de dos doit être examiné", "orthopedics"),
        ("内科の先生に、胸やけがひどいなら専門に行くように言われました", "gastroenterology"),
        ("the GP back home mentioned my itchy rash needs a closer look", "dermatology"),
        ("Mein Hausarzt erwähnte, dass meine Rückenschmerzen untersucht werden sollten", "orthopedics"),
        ("Mon généraliste a mentionné que mon mal de dos doit être vu", "orthopedics"),
        ("according to my family doctor, this itchy rash needs a specialist", "dermatology"),
        ("Laut meinem Hausarzt sollte mein Ausschlag angeschaut werden", "dermatology"),
        ("d'après mon généraliste, mon mal de dos doit être examiné", "orthopedics"),
        # The complaint told first, or the department the doctor sends the patient to.
        ("my knees hurt all the time and my GP says it's time to see someone", "orthopedics"),
        ("my GP says I should see a dermatologist", "dermatology"),
        ("Mein Hausarzt meint, ich soll zum Hautarzt", "dermatology"),
        ("Mon généraliste dit que je dois voir un dermatologue", "dermatology"),
    ],
)
async def test_the_doctor_who_referred_the_patient_is_not_the_department_asked_for(
    tracker_for: TrackerFactory, message: str, specialty: str
) -> None:
    assert (await criteria_after(tracker_for, message))["specialty"] == specialty


async def test_a_department_asked_for_beside_a_complaint_is_kept(tracker_for: TrackerFactory) -> None:
    assert (await criteria_after(tracker_for, "a dermatologist please, and my back hurts too"))[
        "specialty"
    ] == ("dermatology")


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("Could you find me a 循環器内科 near Jinjiang?", "en"),
        ("Is there a Zahnarzt around here who bills Cigna?", "en"),
        ("Haben Sie eine emergency room für mich in Jinjiang?", "de"),
        ("Wo ist ein cardiologist, der Cigna nimmt?", "de"),
        ("Je cherche un dentist pour ma fille, please", "fr"),
        ("Est-ce qu'on trouve un 小児科 dans le quartier de Jinjiang ?", "fr"),
        ("cardiologyの先生を探しています", "ja"),
    ],
)
async def test_a_word_set_into_a_sentence_of_another_language_keeps_the_sentence_language(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    _, events = await answer(tracker_for, message, "search_hospital")

    assert SlotSet("reply_language", language) in events


@pytest.mark.parametrize("current", ["en", "de", "fr"])
async def test_a_name_written_in_katakana_does_not_switch_to_japanese(
    tracker_for: TrackerFactory, current: str
) -> None:
    sentence = {
        "en": "which hospital takes シグナ directly?",
        "de": "welches Krankenhaus rechnet direkt mit シグナ ab?",
        "fr": "quel hôpital accepte シグナ en tiers payant ?",
    }[current]
    _, events = await answer(tracker_for, sentence, "search_hospital", reply_language=current)

    assert [event["value"] for event in events if event.get("name") == "reply_language"] in ([], [current])


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("il me faut un gastro-entérologue, quartier Wuhou si possible", "fr"),
        ("a gastro doctor in Wuhou", "en"),
    ],
)
async def test_a_complaint_word_inside_a_department_name_is_the_department(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    dispatcher, _events = await answer(tracker_for, message, reply_language=language)

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "gastroenterology", "district": "wuhou"}
    assert not any(text.startswith(("For ", "Pour ")) for text in texts(dispatcher))


@pytest.mark.parametrize(
    "message",
    [
        "the check-up at work flagged my kidneys, internal medicine to recheck please",
        "Beim Gesundheitscheck fiel meine Niere auf, ich brauche die Innere Medizin",
        "au bilan de santé on m'a parlé de mes reins, je cherche la médecine interne",
        "健康診断で腎臓を指摘されたので内科を探しています",
    ],
)
async def test_a_check_up_beside_another_department_is_where_it_was_found(
    tracker_for: TrackerFactory, message: str
) -> None:
    assert (await criteria_after(tracker_for, message))["specialty"] == "internal_medicine"


async def test_japanese_typed_in_latin_letters_is_read_and_answered_in_japanese(
    tracker_for: TrackerFactory,
) -> None:
    dispatcher, events = await answer(tracker_for, "shinzounaika wo sagashite imasu, eigo ga tsuujiru tokoro")

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "languages": ["en"]}
    assert SlotSet("reply_language", "ja") in events


@pytest.mark.parametrize(
    ("message", "languages"),
    [
        ("a cardiologist who speaks Korean, my French colleague sent me", ["ko"]),
        ("ein Kardiologe, der Koreanisch spricht, meine englische Freundin hat euch empfohlen", ["ko"]),
        ("un cardiologue qui parle coréen, mes voisins allemands m'ont parlé de vous", ["ko"]),
        ("韓国語が通じる循環器科、フランス人の同僚に聞きました", ["ko"]),
        # The language beside a person the patient knows, but said of the doctor: a wish.
        ("a German-speaking cardiologist for my colleague", ["de"]),
    ],
)
async def test_a_language_said_of_someone_the_patient_knows_is_no_wish_for_staff(
    tracker_for: TrackerFactory, message: str, languages: list[str]
) -> None:
    dispatcher, _ = await answer(tracker_for, message)

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "languages": languages}


@pytest.mark.parametrize(
    ("message", "languages"),
    [
        ("my partner is Korean and we need a cardiologist", []),
        ("I'm German, looking for a cardiologist who speaks Korean", ["ko"]),
        ("Mein Mann ist Koreaner, wir brauchen einen Kardiologen", []),
        ("Nous sommes coréens, nous cherchons un cardiologue", []),
        # The patient's own language in Japanese is a language, not a nationality: a wish.
        ("私は韓国語が話せる循環器科を探しています", ["ko"]),
        # Said of the doctor it is still a wish.
        ("a cardiologist who is Korean-speaking", ["ko"]),
    ],
)
async def test_a_nationality_said_of_someone_is_no_wish_for_staff(
    tracker_for: TrackerFactory, message: str, languages: list[str]
) -> None:
    dispatcher, _ = await answer(tracker_for, message)

    [listing] = payloads(dispatcher)
    wanted = {"specialty": "cardiology"} | ({"languages": languages} if languages else {})
    assert listing["criteria"] == wanted


@pytest.mark.parametrize(
    ("message", "entity", "languages"),
    [
        ("妻はドイツ人で、循環器科を探しています", "ドイツ", []),
        ("ドイツ語が通じる循環器科を探しています、夫はドイツ人です", "ドイツ語", ["de"]),
    ],
)
async def test_a_nationality_the_model_took_for_a_language_is_no_wish_either(
    tracker_for: TrackerFactory, message: str, entity: str, languages: list[str]
) -> None:
    start = message.index(entity)
    language = {"entity": "language", "value": entity, "start": start, "end": start + len(entity)}
    dispatcher = CollectingDispatcher()
    await ActionAnswer().run(dispatcher, tracker_for(message, "search_hospital", [language]), domain={})

    [listing] = payloads(dispatcher)
    wanted = {"specialty": "cardiology"} | ({"languages": languages} if languages else {})
    assert listing["criteria"] == wanted


async def test_simplified_chinese_in_an_english_sentence_does_not_switch_to_japanese(
    tracker_for: TrackerFactory,
) -> None:
    message = "is there a 医疗 centre for foreigners in Wuhou"
    _, events = await answer(tracker_for, message, reply_language="en")

    assert [event["value"] for event in events if event.get("name") == "reply_language"] in ([], ["en"])


@pytest.mark.parametrize(
    "message",
    [
        "Nous sommes allemands, mais nous parlons bien anglais. On cherche un dermatologue, quartier Wuhou.",
        "My husband is French and he also speaks English; we need a dermatologist in Wuhou",
        "母は韓国人ですが英語も話せます。武侯区の皮膚科はありますか",
    ],
)
async def test_a_language_someone_speaks_said_beside_where_they_are_from_is_no_wish(
    tracker_for: TrackerFactory, message: str
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": "dermatology", "district": "wuhou"}


@pytest.mark.parametrize(
    "message",
    [
        "I'm German but I only speak English: a dermatologist in Wuhou",
        "私は韓国人です。英語が話せる皮膚科を武侯区で探しています",
    ],
)
async def test_a_language_someone_only_speaks_or_the_hospital_speaks_is_a_wish(
    tracker_for: TrackerFactory, message: str
) -> None:
    assert await criteria_after(tracker_for, message) == {
        "specialty": "dermatology",
        "district": "wuhou",
        "languages": ["en"],
    }


@pytest.mark.parametrize(
    "message",
    [
        "my colleague Jintang recommended a dentist in Wuhou",
        "mon voisin Jintang cherche un dentiste à Wuhou",
        "同僚の金堂さんに聞きました。武侯区の歯医者を探しています",
    ],
)
async def test_a_district_name_borne_by_a_person_is_not_the_district(
    tracker_for: TrackerFactory, message: str
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": "dentistry", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "specialty"),
    [
        ("onco with Bupa?", "oncology"),
        ("Ortho mit Bupa", "orthopedics"),
        ("uro Bupa svp", "urology"),
        ("Vorsorgecheck mit Bupa", "health_checkup"),
    ],
)
async def test_the_clipped_names_patients_type_name_the_department(
    tracker_for: TrackerFactory, message: str, specialty: str
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": specialty, "insurer": "bupa-global"}


@pytest.mark.parametrize(
    ("message", "specialty"),
    [
        ("Gibt es wirklich keinen Augenarzt mit Bupa?", "ophthalmology"),
        ("Il n'y a aucun ophtalmologue avec Bupa ?", "ophthalmology"),
    ],
)
async def test_asking_whether_none_exists_is_a_search(
    tracker_for: TrackerFactory, message: str, specialty: str
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": specialty, "insurer": "bupa-global"}


async def test_not_this_department_still_drops_it(tracker_for: TrackerFactory) -> None:
    criteria = await criteria_after(tracker_for, "keinen Augenarzt, lieber einen Hautarzt mit Bupa")

    assert criteria == {"specialty": "dermatology", "insurer": "bupa-global"}


async def test_a_complaint_word_inside_a_hospital_name_is_the_name(tracker_for: TrackerFactory) -> None:
    # "Heart" of Lotus Heart Center is the hospital's name, not a heart complaint to search for.
    dispatcher, _ = await answer(tracker_for, "where exactly is Lotus Heart Center?", "ask_hospital_detail")

    assert [listing["criteria"] for listing in payloads(dispatcher)] == [{"hospital": "lotus-heart-center"}]
    assert "3 Lotus Lane" in " ".join(texts(dispatcher))


@pytest.mark.usefixtures("shared_insurer_name")
async def test_a_button_sends_a_name_that_reads_back_as_its_insurer_alone(
    tracker_for: TrackerFactory, directory: str
) -> None:
    # Its Japanese name holds the shared "Zenith": read as a message, it would be asked about again.
    named_in_japanese = {
        "version": 1,
        "insurers": [
            {
                "id": "zenith-direct",
                "name": {"en": "Zenith Direct", "ja": "Zenithダイレクト"},
                "aliases": ["Zenith"],
            }
        ],
        "hospitals": [],
    }
    with session_scope(engine_for(directory)) as session:
        import_directory(session, json.dumps(named_in_japanese).encode(), max_bytes=10**7)
    question, _ = await answer(tracker_for, "Zenithで払える循環器内科はありますか", reply_language="ja")
    [asked] = question.messages
    [button] = [button for button in asked["buttons"] if "Zenithダイレクト" in button["title"]]

    waiting = {
        "reply_language": "ja",
        "search_criteria": {"specialty": "cardiology"},
        "pending_choice": {"kind": "insurer", "ids": ["zenith-care", "zenith-direct"]},
    }
    dispatcher, _ = await answer(tracker_for, button["payload"], **waiting)

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology", "insurer": "zenith-direct"}


@pytest.mark.parametrize(
    "message",
    [
        "My grandfather had bowel cancer, so I'd like a check-up in Wuhou",
        "Mon père a eu un diabète, je voudrais un bilan de santé à Wuhou",
        "Meine Mutter hatte Brustkrebs, deshalb möchte ich einen Gesundheitscheck in Wuhou",
    ],
)
async def test_a_relatives_illness_told_as_the_reason_leaves_the_check_up_asked_for(
    tracker_for: TrackerFactory, message: str
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": "health_checkup", "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "specialty"),
    [
        # A check-up of something is that department's.
        ("I'd like my heart checked at a check-up in Wuhou", "cardiology"),
        # With no department asked for, the relative's illness still says where to look.
        ("My grandfather had bowel cancer, which hospital in Wuhou?", "oncology"),
    ],
)
async def test_a_complaint_of_the_patients_own_or_alone_chooses_the_department(
    tracker_for: TrackerFactory, message: str, specialty: str
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": specialty, "district": "wuhou"}


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("any jibika around Wuhou?", {"specialty": "ent", "district": "wuhou"}),
        ("Wir brauchen einen hifuka in Jinjiang", {"specialty": "dermatology", "district": "jinjiang"}),
        ("un seikei geka à Wuhou, svp", {"specialty": "orthopedics", "district": "wuhou"}),
        ("a pediatrician in Kinkouku", {"specialty": "pediatrics", "district": "jinjiang"}),
    ],
)
async def test_a_department_or_place_in_romaji_inside_another_language_is_read(
    tracker_for: TrackerFactory, message: str, wanted: dict[str, Any]
) -> None:
    assert await criteria_after(tracker_for, message) == wanted


@pytest.mark.parametrize(
    ("message", "languages"),
    [
        # A list of languages before one "cannot": none of them is wished for.
        ("英語対応の皮膚科、父はフランス語もスペイン語もダメです", ["en"]),
        ("英語対応の皮膚科を。祖母は韓国語とロシア語は話せないので", ["en"]),
        ("my mother doesn't speak Chinese, a dermatologist who speaks English", ["en"]),
    ],
)
async def test_languages_someone_cannot_speak_are_no_wish_for_staff(
    tracker_for: TrackerFactory, message: str, languages: list[str]
) -> None:
    assert await criteria_after(tracker_for, message) == {"specialty": "dermatology", "languages": languages}


async def test_saying_of_oneself_what_nation_one_is_is_no_wish_even_as_the_model_read_it(
    tracker_for: TrackerFactory,
) -> None:
    message = "イタリア人です。皮膚科を探しています"
    entity = {"entity": "language", "value": "イタリア", "start": 0, "end": 4}
    dispatcher = CollectingDispatcher()
    await ActionAnswer().run(dispatcher, tracker_for(message, "search_hospital", [entity]), domain={})

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "dermatology"}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("we're Korean, after a dermatologist in a ward where they speak Korean", "ko"),
        ("nous sommes coréens, un dermatologue où l'on parle anglais", "en"),
    ],
)
async def test_a_language_spoken_where_the_patient_goes_is_a_wish_beside_a_nationality(
    tracker_for: TrackerFactory, message: str, language: str
) -> None:
    wanted = {"specialty": "dermatology", "languages": [language]}
    assert await criteria_after(tracker_for, message) == wanted


@pytest.mark.parametrize(
    ("message", "specialty"),
    [
        ("since my sister passed away I just need someone to talk to", "psychiatry"),
        ("seit dem Tod meines Vaters brauche ich jemanden zum Reden", "psychiatry"),
        ("depuis la mort de mon chat, j'ai besoin de quelqu'un à qui parler", "psychiatry"),
        ("誰かに話を聞いてほしいです", "psychiatry"),
        ("my toddler needs her vaccinations", "pediatrics"),
        ("die Impfungen für unsere Tochter", "pediatrics"),
        ("les vaccins de ma fille, où aller ?", "pediatrics"),
        ("娘の予防接種をしたいです", "pediatrics"),
        ("a maternity ward for my wife", "obstetrics_gynecology"),
        ("eine Geburtsklinik für meine Frau", "obstetrics_gynecology"),
        ("une maternité pour ma femme", "obstetrics_gynecology"),
        ("any good eye doc?", "ophthalmology"),
    ],
)
async def test_everyday_ways_of_saying_what_is_needed_choose_the_department(
    tracker_for: TrackerFactory, message: str, specialty: str
) -> None:
    assert (await criteria_after(tracker_for, message))["specialty"] == specialty


async def test_a_mistyped_district_in_a_story_of_what_hurts_still_counts(tracker_for: TrackerFactory) -> None:
    message = "my knee has been swollen since I fell skiing, somewhere in Jinjaing"

    assert await criteria_after(tracker_for, message) == {"specialty": "orthopedics", "district": "jinjiang"}
