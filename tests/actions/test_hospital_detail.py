"""Questions about one hospital, named or referred to as "it" / "their"."""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from tests.actions.conftest import TrackerFactory, payloads, texts


async def ask(dispatcher: CollectingDispatcher, tracker: object) -> list[dict[str, object]]:
    return await ActionAnswer().run(dispatcher, tracker, domain={})  # type: ignore[arg-type]


async def test_their_phone_after_a_single_result(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "what's their phone number?",
        "ask_hospital_detail",
        entities=[{"entity": "hospital_detail", "value": "phone", "start": 7, "end": 19}],
        reply_language="en",
        listed_hospitals=["maple-leaf-clinic"],
        focused_hospital="maple-leaf-clinic",
    )

    events = await ask(dispatcher, tracker)

    assert texts(dispatcher) == [
        "The phone number of Maple Leaf International Clinic is +86 28 1111 0001. "
        "Its international patient desk: +86 28 1111 0009."
    ]
    assert events == []  # the language and the hospital in focus stay as they were


async def test_does_a_named_hospital_bill_an_insurer_directly(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("Does Golden River Hospital take Cigna?", "ask_hospital_detail")

    await ask(dispatcher, tracker)

    assert texts(dispatcher) == [
        "Yes, Golden River Hospital bills Cigna Global Health directly: you do not pay up front."
    ]


async def test_a_hospital_that_does_not_bill_the_insurer_says_what_it_bills(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("Does Maple Leaf take Cigna?", "ask_hospital_detail")

    await ask(dispatcher, tracker)

    assert texts(dispatcher) == [
        "No, Maple Leaf International Clinic does not bill Cigna Global Health directly: you would pay and "
        "claim it back. It bills these insurers directly: Allianz Care, Zenith Care International."
    ]


async def test_the_address_comes_with_the_chinese_for_the_taxi_driver(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("金河病院の住所を教えてください", "ask_hospital_detail")

    events = await ask(dispatcher, tracker)

    assert SlotSet("reply_language", "ja") in events
    [answer] = texts(dispatcher)
    assert "金河医院" in answer
    assert "成都市锦江区河街99号" in answer


async def test_without_a_hospital_in_mind_it_asks_which_one(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "what is the address?",
        "ask_hospital_detail",
        reply_language="en",
        listed_hospitals=["maple-leaf-clinic", "golden-river-hospital"],
    )

    events = await ask(dispatcher, tracker)

    assert texts(dispatcher) == [
        "Which hospital do you mean? Please tell me its name:\n"
        "- Maple Leaf International Clinic\n- Golden River Hospital"
    ]
    assert events == []


async def test_the_second_one_is_the_second_hospital_of_the_last_list(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "what is the phone number of the second one?",
        "ask_hospital_detail",
        reply_language="en",
        listed_hospitals=["maple-leaf-clinic", "golden-river-hospital"],
    )

    events = await ask(dispatcher, tracker)

    assert texts(dispatcher) == ["The phone number of Golden River Hospital is +86 28 2222 0002."]
    assert events == [SlotSet("focused_hospital", "golden-river-hospital")]


async def test_an_answer_about_one_hospital_carries_its_card(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    await ask(dispatcher, tracker_for("Where is Lotus Heart Center?", "ask_hospital_detail"))

    [listing] = payloads(dispatcher)
    assert listing["total"] == 1
    assert listing["criteria"] == {"hospital": "lotus-heart-center"}
    assert listing["hospitals"][0]["address_zh"] == "成都市东湖区莲花巷3号"


@pytest.mark.parametrize(
    ("message", "asks_for"),
    [
        ("ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ", "+86 28 1111 0001"),  # half-width katakana, as some phone keyboards type
        ("ジュウショは？", "住所"),
        ("でんわは？", "+86 28 1111 0001"),
    ],
)
async def test_a_detail_asked_in_kana_is_answered(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory, message: str, asks_for: str
) -> None:
    tracker = tracker_for(
        message,
        "ask_hospital_detail",
        reply_language="ja",
        listed_hospitals=["maple-leaf-clinic"],
        focused_hospital="maple-leaf-clinic",
    )

    await ask(dispatcher, tracker)

    assert asks_for in texts(dispatcher)[0]
