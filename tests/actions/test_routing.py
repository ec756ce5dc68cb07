"""The routing table, row by row: which answer a message gets, and the near misses of each row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from actions.emergency_answer import CALL_THE_EMERGENCY_NUMBER
from actions.routing import ROUTES, route
from actions.turn import Turn
from tests.actions.conftest import TrackerFactory, payloads, texts

TurnFactory = Callable[..., Turn]
AFTER_A_LIST: dict[str, Any] = {
    "search_criteria": {"specialty": "cardiology"},
    "listed_hospitals": ["golden-river-hospital", "lotus-heart-center", "maple-leaf-clinic"],
}
FOCUSED: dict[str, Any] = {"listed_hospitals": ["maple-leaf-clinic"], "focused_hospital": "maple-leaf-clinic"}

SEARCH = "a search, or a change to the last one"
ABOUT_ONE = "a question about one hospital"
SWITCH = "asks to switch the reply language"
ROWS = [
    # (message, intent, slots, the row that answers it)
    ("my husband collapsed", "emergency", {}, "emergency: the emergency departments"),
    ("can you answer in German please?", "switch_language", {}, "asks to switch the reply language"),
    ("auf Deutsch bitte", "switch_language", {}, "asks to switch the reply language"),
    ("日本語でお願いします", "switch_language", {}, "asks to switch the reply language"),
    ("a cardiologist who speaks German", "switch_language", {}, SEARCH),
    ("小児科 フランス語", "switch_language", {}, SEARCH),
    ("I want to change my appointment", "switch_language", {}, "not understood"),
    (
        "does Golden River Hospital have an emergency department?",
        "search_hospital",
        {},
        ABOUT_ONE,
    ),
    (
        "what's the address of the second one?",
        "search_hospital",
        AFTER_A_LIST,
        ABOUT_ONE,
    ),
    ("do they speak Japanese?", "switch_language", FOCUSED, ABOUT_ONE),
    # A word of replacement with nothing named to replace changes no search ("actually, in English").
    (
        "oh, and could you write in English from now on? their address please",
        "ask_hospital_detail",
        FOCUSED,
        ABOUT_ONE,
    ),
    (
        "Eigentlich lieber auf Englisch weiter. Welche Telefonnummer haben sie?",
        "ask_hospital_detail",
        FOCUSED,
        ABOUT_ONE,
    ),
    ("En fait, répondez en anglais. Quelle est leur adresse ?", "ask_hospital_detail", FOCUSED, ABOUT_ONE),
    ("やっぱり英語で話してください。電話番号は？", "ask_hospital_detail", FOCUSED, ABOUT_ONE),
    ("and their website?", "refine_search", FOCUSED, ABOUT_ONE),
    ("and in Wuhou?", "refine_search", FOCUSED, SEARCH),
    # A message that opens on something else and names criteria is a search, whatever the model says.
    ("something else: an ENT doctor who takes Cigna?", "ask_hospital_detail", FOCUSED, SEARCH),
    ("Neue Suche: Kinderarzt mit Notaufnahme", "ask_hospital_detail", FOCUSED, SEARCH),
    ("autre question : un dentiste à Wuhou qui parle anglais ?", "ask_hospital_detail", FOCUSED, SEARCH),
    ("別件ですが、武侯区の歯医者はありますか", "ask_hospital_detail", FOCUSED, SEARCH),
    # Opening on something else, with nothing named, it may still be about the hospital in focus.
    ("another question: is it open on Sundays?", "ask_hospital_detail", FOCUSED, ABOUT_ONE),
    # A detail asked in katakana typed in one run, whatever the model guessed.
    ("ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ ｵｼｴﾃ", "search_hospital", FOCUSED, ABOUT_ONE),
    (
        "which of them speak Japanese?",
        "ask_hospital_detail",
        AFTER_A_LIST,
        SEARCH,
    ),
    ("how does direct billing work?", "ask_insurance_info", {}, "how direct billing works"),
    (
        "Wie funktioniert die Direktabrechnung mit Cigna?",
        "ask_insurance_info",
        {},
        "how direct billing works",
    ),
    (
        "I need heart surgery and my insurance is Cigna",
        "ask_insurance_info",
        {},
        SEARCH,
    ),
    (
        "chirurgie cardiaque, je suis assuré chez Cigna",
        "ask_insurance_info",
        {},
        SEARCH,
    ),
    ("what should I take for a toothache?", "ask_medical_advice", {}, "medical advice"),
    ("Wie viele Tabletten Ibuprofen darf ich nehmen?", "ask_medical_advice", {}, "medical advice"),
    ("my gums bleed whenever I brush, the mouthwash changed nothing", "ask_medical_advice", {}, SEARCH),
    ("J'ai des plaques qui grattent sur les jambes, la crème ne fait rien", "ask_medical_advice", {}, SEARCH),
    ("頭痛のとき薬は何錠まで飲んでいいですか", "ask_medical_advice", {}, "medical advice"),
    # A question about a dose that asks for the specialist too is a search for the specialist.
    (
        "my blood pressure pills need a new dose, is there a cardiologist in Wuhou?",
        "ask_medical_advice",
        {},
        SEARCH,
    ),
    (
        "Meine Insulindosis muss angepasst werden, gibt es einen Endokrinologen?",
        "ask_medical_advice",
        {},
        SEARCH,
    ),
    ("Quelle dose de paracétamol, et y a-t-il un pédiatre à Wuhou ?", "ask_medical_advice", {}, SEARCH),
    ("薬の量を相談したいので、内科を探しています", "ask_medical_advice", {}, SEARCH),
    ("never mind the insurer", "out_of_scope", AFTER_A_LIST, SEARCH),
    # The model's guess of a question about medicines or billing gives way to the words of a search.
    ("Kinderarzt in Jinjiang", "ask_medical_advice", {}, SEARCH),
    ("皮膚科 錦江区", "ask_medical_advice", {}, SEARCH),
    ("drop the insurance, and the district too", "ask_insurance_info", AFTER_A_LIST, SEARCH),
    # A language the assistant cannot write is one of service, unless asked for in so many words.
    ("Korean please", "switch_language", AFTER_A_LIST, SEARCH),
    ("can you answer in Korean?", "switch_language", {}, "asks to switch the reply language"),
    # A language named alone while a search is under way asks for staff who speak it, unless it is
    # named in its own words and is not the language already in use.
    ("Deutsch bitte", "switch_language", AFTER_A_LIST | {"reply_language": "en"}, SWITCH),
    ("français s'il vous plaît", "switch_language", AFTER_A_LIST | {"reply_language": "de"}, SWITCH),
    ("French please", "switch_language", AFTER_A_LIST | {"reply_language": "en"}, SEARCH),
    ("English please", "switch_language", AFTER_A_LIST | {"reply_language": "en"}, SEARCH),
    ("ふらんすご ok?", "switch_language", AFTER_A_LIST | {"reply_language": "ja"}, SEARCH),
    ("Englisch bitte", "switch_language", AFTER_A_LIST | {"reply_language": "de"}, SEARCH),
    ("anglais s'il vous plaît", "switch_language", AFTER_A_LIST | {"reply_language": "fr"}, SEARCH),
    ("Japanese-speaking please", "switch_language", {}, SEARCH),
    ("deutschsprachig bitte", "switch_language", {}, SEARCH),
    ("I need some proper help with this", "request_human", {}, "a person"),
    ("can someone call me back?", "out_of_scope", {}, "asks for a person in so many words"),
    # The words ask for a person, whatever the model guessed; with criteria beside them, a search.
    ("could I speak with a human?", "search_hospital", {}, "asks for a person in so many words"),
    (
        "Kann ich mit einem Mitarbeiter sprechen?",
        "ask_insurance_info",
        {},
        "asks for a person in so many words",
    ),
    ("puis-je parler à un opérateur ?", "out_of_scope", {}, "asks for a person in so many words"),
    ("オペレーターと話したいです", "search_hospital", {}, "asks for a person in so many words"),
    ("I'd rather talk to the person in charge", "out_of_scope", {}, "asks for a person in so many words"),
    ("Kann ich mit der zuständigen Stelle reden?", "out_of_scope", {}, "asks for a person in so many words"),
    ("je voudrais parler au responsable", "out_of_scope", {}, "asks for a person in so many words"),
    ("担当の人に代わってもらえますか", "out_of_scope", {}, "asks for a person in so many words"),
    # A person asked for by phone, while a hospital is in focus: the hotline, not the hospital's number.
    (
        "could somebody from your team ring me? by phone",
        "ask_hospital_detail",
        FOCUSED,
        "asks for a person in so many words",
    ),
    (
        "Ich hätte gern einen Rückruf, telefonisch",
        "ask_hospital_detail",
        FOCUSED,
        "asks for a person in so many words",
    ),
    (
        "puis-je parler avec quelqu'un au téléphone ?",
        "ask_hospital_detail",
        FOCUSED,
        "asks for a person in so many words",
    ),
    (
        "スタッフの方に電話でつないでほしい",
        "ask_hospital_detail",
        FOCUSED,
        "asks for a person in so many words",
    ),
    (
        "what's the phone number of that hospital? I'd like to talk to a person there",
        "ask_hospital_detail",
        FOCUSED,
        ABOUT_ONE,
    ),
    ("could you switch to French for me?", "switch_language", {}, "asks to switch the reply language"),
    ("a cardiologist, the hotline said you would know", "search_hospital", {}, SEARCH),
    ("hello", "greet", {}, "greeting"),
    ("thanks a lot", "thank", {}, "thanks"),
    ("bye", "goodbye", {}, "goodbye"),
    ("are you a bot?", "bot_challenge", {}, "who am I talking to"),
    ("what's the weather like?", "out_of_scope", {}, "out of scope"),
    ("what's their phone number?", "ask_hospital_detail", {}, "a question about a hospital in the last list"),
    ("blorp", "nlu_fallback", {}, "not understood"),
]


@pytest.mark.parametrize(("message", "intent", "slots", "row"), ROWS, ids=[row[0] for row in ROWS])
def test_each_message_gets_the_row_meant_for_it(
    turn_for: TurnFactory, message: str, intent: str, slots: dict[str, Any], row: str
) -> None:
    assert route(turn_for(message, intent, **slots)).name == row


@pytest.mark.usefixtures("shared_insurer_name")
def test_a_name_two_insurers_share_is_asked_about(turn_for: TurnFactory) -> None:
    assert (
        route(turn_for("a cardiologist who takes Zenith", "search_hospital")).name
        == "a name that fits two terms"
    )


@pytest.mark.usefixtures("shared_insurer_name")
def test_the_full_name_of_one_of_them_is_no_question(turn_for: TurnFactory) -> None:
    turn = turn_for("a cardiologist who takes Zenith Direct", "search_hospital")
    assert route(turn).name == SEARCH


def test_every_row_is_tested() -> None:
    asked_about = {"a name that fits two terms"}  # needs a directory of its own, tested above
    assert {row.name for row in ROUTES} == {row for *_, row in ROWS} | asked_about


async def test_a_search_naming_a_hospital_answers_about_that_hospital(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("does Golden River Hospital have an emergency department?", "search_hospital")

    await ActionAnswer().run(dispatcher, tracker, domain={})

    assert texts(dispatcher) == ["Yes, Golden River Hospital has a 24-hour emergency department."]
    [card] = payloads(dispatcher)
    assert card["criteria"] == {"hospital": "golden-river-hospital"}


async def test_a_question_without_a_hospital_but_with_criteria_is_a_search(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("Is there a heart specialist?", "ask_hospital_detail")

    await ActionAnswer().run(dispatcher, tracker, domain={})

    [listing] = payloads(dispatcher)
    assert listing["criteria"] == {"specialty": "cardiology"}
    assert listing["total"] == 3


async def test_a_search_that_points_into_the_last_list_answers_about_that_hospital(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "最初の病院の住所を教えて",
        "search_hospital",
        reply_language="ja",
        listed_hospitals=["golden-river-hospital", "maple-leaf-clinic"],
    )

    await ActionAnswer().run(dispatcher, tracker, domain={})

    [card] = payloads(dispatcher)
    assert card["criteria"] == {"hospital": "golden-river-hospital"}
    assert "成都市锦江区河街99号" in texts(dispatcher)[0]


# The model took these for emergencies and no red flag confirmed it (bot/nlu_components/red_flags.py):
# the words decide, and a message that asks for nothing else stays an emergency.
UNCONFIRMED_EMERGENCIES = [
    ("please be quick, it's my father", "search_hospital", {}, "emergency: the emergency departments"),
    ("schnell bitte, meine Mutter!", "out_of_scope", {}, "emergency: the emergency departments"),
    ("vite, c'est mon fils", "nlu_fallback", {}, "emergency: the emergency departments"),
    ("はやく、むすめが", "search_hospital", {}, "emergency: the emergency departments"),
    ("しょうにか", "search_hospital", {}, SEARCH),
    ("Hautarzt in Jinjiang", "search_hospital", {}, SEARCH),
    ("could you answer in French please", "switch_language", {}, SWITCH),
    ("quel est leur numéro de téléphone ?", "ask_hospital_detail", FOCUSED, ABOUT_ONE),
    ("Kann ich mit einem Mitarbeiter sprechen?", "request_human", {}, "asks for a person in so many words"),
    ("直接請求ってどういう仕組みですか", "ask_insurance_info", {}, "how direct billing works"),
]


@pytest.mark.parametrize(
    ("message", "intent", "slots", "row"),
    UNCONFIRMED_EMERGENCIES,
    ids=[row[0] for row in UNCONFIRMED_EMERGENCIES],
)
def test_an_emergency_only_the_model_saw_is_one_unless_the_message_asks_for_something(
    turn_for: TurnFactory, message: str, intent: str, slots: dict[str, Any], row: str
) -> None:
    assert route(turn_for(message, intent, unconfirmed_emergency=True, **slots)).name == row


@pytest.mark.parametrize(
    ("message", "reply_language", "first_words"),
    [
        ("please be quick, it's my father", "en", "If this is an emergency, call 120 now"),
        ("schnell bitte, meine Mutter!", "de", "Wenn es ein Notfall ist"),
    ],
)
async def test_an_emergency_only_the_model_saw_gets_120_first_from_the_action(
    dispatcher: CollectingDispatcher,
    tracker_for: TrackerFactory,
    message: str,
    reply_language: str,
    first_words: str,
) -> None:
    tracker = tracker_for(
        message, "search_hospital", unconfirmed_emergency=True, reply_language=reply_language
    )

    await ActionAnswer().run(dispatcher, tracker, domain={})

    first = texts(dispatcher)[0]
    assert first.startswith(first_words)
    assert "120" in first
    [listing] = payloads(dispatcher)
    assert listing["criteria"]["emergency_24h"] is True


async def test_a_confirmed_emergency_leaves_120_to_rasa(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    await ActionAnswer().run(dispatcher, tracker_for("my husband collapsed", "emergency"), domain={})

    assert not any("120" in text for text in texts(dispatcher))


def test_the_action_says_120_in_the_words_of_rasas_emergency_response() -> None:
    domain = yaml.safe_load((Path(__file__).parents[2] / "bot" / "domain.yml").read_text(encoding="utf-8"))
    [response] = domain["responses"]["utter_emergency"]
    assert response["text"] == CALL_THE_EMERGENCY_NUMBER


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("can I talk to your team directly?", "directly"),
        ("Ich möchte direkt mit Ihrem Team sprechen", "direkt"),
        ("je voudrais parler directement avec quelqu'un", "directement"),
        ("スタッフの方と直接話せますか", "直接"),
    ],
)
def test_directly_beside_a_request_for_a_person_is_no_wish_for_direct_billing(
    turn_for: TurnFactory, message: str, word: str
) -> None:
    start = message.index(word)
    model_saw = [{"entity": "direct_billing", "value": word, "start": start, "end": start + len(word)}]
    turn = turn_for(message, "request_human", entities=model_saw, **AFTER_A_LIST)

    assert route(turn).name == "asks for a person in so many words"
