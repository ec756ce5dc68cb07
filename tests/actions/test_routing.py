"""A search that names a hospital is a question about it; a question without one may be a search."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.hospital_actions import ActionHospitalDetail, ActionSearchHospitals
from tests.actions.conftest import TrackerFactory, payloads, texts


async def test_a_search_naming_a_hospital_answers_about_that_hospital(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("does Golden River Hospital have an emergency department?", "search_hospital")

    await ActionSearchHospitals().run(dispatcher, tracker, domain={})

    assert texts(dispatcher) == ["Yes, Golden River Hospital has a 24-hour emergency department."]
    [card] = payloads(dispatcher)
    assert card["criteria"] == {"hospital": "golden-river-hospital"}


async def test_a_question_without_a_hospital_but_with_criteria_is_a_search(
    dispatcher: CollectingDispatcher, tracker_for: TrackerFactory
) -> None:
    tracker = tracker_for("Is there a heart specialist?", "ask_hospital_detail")

    await ActionHospitalDetail().run(dispatcher, tracker, domain={})

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

    await ActionSearchHospitals().run(dispatcher, tracker, domain={})

    [card] = payloads(dispatcher)
    assert card["criteria"] == {"hospital": "golden-river-hospital"}
    assert "成都市锦江区河街99号" in texts(dispatcher)[0]
