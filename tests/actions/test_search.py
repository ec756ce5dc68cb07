"""Searching hospitals in a conversation: only what was asked filters, the reply language ranks."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import ActionAnswer
from tests.actions.conftest import TrackerFactory, payloads, texts


async def search(dispatcher: CollectingDispatcher, tracker: object) -> list[dict[str, object]]:
    return await ActionAnswer().run(dispatcher, tracker, domain={})  # type: ignore[arg-type]


async def test_a_cardiologist_who_speaks_german_and_takes_allianz(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("Looking for a German-speaking cardiologist that takes Allianz", "search_hospital")

    events = await search(dispatcher, tracker)

    assert events == [
        SlotSet("reply_language", "en"),
        SlotSet(
            "search_criteria", {"specialty": "cardiology", "languages": ["de"], "insurer": "allianz-care"}
        ),
        SlotSet("listed_hospitals", ["maple-leaf-clinic"]),
        SlotSet("focused_hospital", "maple-leaf-clinic"),
    ]
    assert texts(dispatcher) == [
        "I found 1 hospital for: Cardiology, speaks German, direct billing with Allianz Care.\n"
        "1. Maple Leaf International Clinic (枫叶国际诊所), +86 28 1111 0001"
    ]
    [payload] = payloads(dispatcher)
    assert payload["type"] == "hospital_list"
    assert payload["total"] == 1
    assert payload["criteria"] == {"specialty": "cardiology", "languages": ["de"], "insurer": "allianz-care"}
    [hospital] = payload["hospitals"]
    assert hospital["id"] == "maple-leaf-clinic"
    assert hospital["name"] == "Maple Leaf International Clinic"
    assert hospital["name_zh"] == "枫叶国际诊所"
    assert hospital["address_zh"] == "成都市武侯区枫叶路8号"
    assert hospital["languages"] == ["de", "en", "zh"]
    assert hospital["direct_billing"] == ["allianz-care", "zenith-care"]
    assert hospital["emergency_24h"] is False


async def test_writing_japanese_does_not_filter_by_japanese_but_ranks_it_first(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("循環器内科を探しています", "search_hospital")

    events = await search(dispatcher, tracker)

    assert SlotSet("reply_language", "ja") in events
    assert SlotSet("search_criteria", {"specialty": "cardiology"}) in events
    [payload] = payloads(dispatcher)
    assert payload["total"] == 3
    ranked = [hospital["id"] for hospital in payload["hospitals"]]
    assert ranked[0] == "golden-river-hospital"  # the one that serves Japanese
    assert payload["hospitals"][0]["name"] == "金河病院"


async def test_a_follow_up_refines_the_last_search_with_an_insurer_imported_today(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "which of them take Zenith?",
        "refine_search",
        reply_language="en",
        search_criteria={"specialty": "cardiology"},
    )

    events = await search(dispatcher, tracker)

    assert SlotSet("search_criteria", {"specialty": "cardiology", "insurer": "zenith-care"}) in events
    assert [p["total"] for p in payloads(dispatcher)] == [1]


async def test_a_new_search_forgets_the_last_one(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "any hospital in East Lake?",
        "search_hospital",
        reply_language="en",
        search_criteria={"specialty": "dentistry", "languages": ["de"]},
    )

    events = await search(dispatcher, tracker)

    assert SlotSet("search_criteria", {"district": "east-lake"}) in events
    assert [p["hospitals"][0]["id"] for p in payloads(dispatcher)] == ["lotus-heart-center"]


async def test_no_match_says_which_criterion_to_drop(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("a dentist who speaks French", "search_hospital")

    await search(dispatcher, tracker)

    assert texts(dispatcher) == [
        "No hospital in the directory matches all of: Dentistry, speaks French. "
        "Drop “speaks French” and 1 hospital matches."
    ]
    assert payloads(dispatcher) == [
        {
            "type": "hospital_list",
            "total": 0,
            "criteria": {"specialty": "dentistry", "languages": ["fr"]},
            "hospitals": [],
        }
    ]


async def test_the_widget_language_wins_over_the_written_one(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("a cardiologist please", "search_hospital", metadata={"language": "de"})

    events = await search(dispatcher, tracker)

    assert events[0] == SlotSet("reply_language", "de")
    assert payloads(dispatcher)[0]["hospitals"][0]["id"] == "maple-leaf-clinic"  # serves German


async def test_a_short_fragment_continues_the_last_search(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "qui parle français",
        "search_hospital",
        reply_language="fr",
        search_criteria={"specialty": "cardiology"},
    )

    events = await search(dispatcher, tracker)

    assert SlotSet("search_criteria", {"specialty": "cardiology", "languages": ["fr"]}) in events


async def test_a_full_new_request_starts_a_new_search(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for(
        "I am looking for a hospital that speaks French",
        "search_hospital",
        reply_language="en",
        search_criteria={"specialty": "dentistry"},
    )

    events = await search(dispatcher, tracker)

    assert SlotSet("search_criteria", {"languages": ["fr"]}) in events
