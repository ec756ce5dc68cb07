"""Run in Rasa's Python by tests/bot/test_stores.py: `python stores_probe.py <case> <args>`.

Prints one JSON line with what the case observed; the test asserts on it.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import time
from pathlib import Path

from rasa.core.lock_store import LockError
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

DOMAIN = Domain.from_dict({"intents": ["greet"], "slots": {"city": {"type": "text", "mappings": []}}})


def tracker_store(database: str):  # type: ignore[no-untyped-def]
    from runtime.stores import RecentConversationsSQLTrackerStore

    return RecentConversationsSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=database)


def a_turn(tracker: DialogueStateTracker, text: str) -> None:
    tracker.update(UserUttered(text, {"name": "greet", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_answer"))
    tracker.update(BotUttered(f"answer to {text}"))
    tracker.update(ActionExecuted("action_listen"))


async def tracker_case(database: str) -> dict[str, object]:
    replica_a, replica_b = tracker_store(database), tracker_store(database)
    seen: dict[str, object] = {}

    tracker = await replica_a.retrieve("patient")
    seen["new_conversation"] = tracker is None
    tracker = DialogueStateTracker("patient", DOMAIN.slots)
    a_turn(tracker, "turn 1")
    await replica_a.save(tracker)
    seen["stored_after_turn_1"] = replica_a._stored_events("patient")[0]

    tracker = await replica_a.retrieve("patient")
    a_turn(tracker, "turn 2")
    await replica_a.save(tracker)
    seen["stored_after_turn_2"] = replica_a._stored_events("patient")[0]

    # Replica B serves turn 3; replica A must see it when it serves turn 4.
    other = await replica_b.retrieve("patient")
    a_turn(other, "turn 3")
    other.update(SlotSet("city", "Chengdu"))
    await replica_b.save(other)
    remembered = tracker
    tracker = await replica_a.retrieve("patient")
    seen["a_applied_only_the_new_events"] = tracker is remembered
    seen["texts_seen_by_a"] = [event.text for event in tracker.events if isinstance(event, UserUttered)]
    seen["slot_seen_by_a"] = tracker.get_slot("city")
    a_turn(tracker, "turn 4")
    await replica_a.save(tracker)

    # A turn that failed before saving leaves extra events in memory: they are not taken for stored.
    tracker = await replica_a.retrieve("patient")
    a_turn(tracker, "never saved")
    tracker = await replica_a.retrieve("patient")
    seen["texts_after_failed_turn"] = [e.text for e in tracker.events if isinstance(e, UserUttered)]
    seen["stored_at_end"] = replica_a._stored_events("patient")[0]
    seen["events_in_memory_at_end"] = len(tracker.events)

    # Replica B begins a new session: replica A reads that session, not its old one plus B's events.
    other = await replica_b.retrieve("patient")
    other.update(ActionExecuted("action_session_start"))
    other.update(SessionStarted())
    a_turn(other, "new session")
    await replica_b.save(other)
    tracker = await replica_a.retrieve("patient")
    seen["texts_after_a_new_session"] = [e.text for e in tracker.events if isinstance(e, UserUttered)]
    return seen


async def memory_budget_case(database: str) -> dict[str, object]:
    """A store that may remember 20 events: five turns of four events each, over conversations."""
    from runtime.stores import RecentConversationsSQLTrackerStore

    store = RecentConversationsSQLTrackerStore(
        domain=DOMAIN, dialect="sqlite", db=database, remembered_events=20
    )
    seen: dict[str, object] = {}

    async def turn(sender_id: str, text: str) -> DialogueStateTracker:
        tracker = await store.retrieve(sender_id) or DialogueStateTracker(sender_id, DOMAIN.slots)
        a_turn(tracker, text)
        await store.save(tracker)
        return tracker

    for number in range(3):
        await turn("first", f"first {number}")
    await turn("second", "second 0")
    seen["after_four_turns"] = store.remembered()
    second = await turn("second", "second 1")
    seen["after_five_turns"] = store.remembered()
    await turn("second", "second 2")  # over the budget: the least recent conversation goes
    seen["after_six_turns"] = store.remembered()
    seen["second_still_remembered"] = await store.retrieve("second") is second
    first = await store.retrieve("first")
    seen["first_read_again"] = [e.text for e in first.events if isinstance(e, UserUttered)]
    await store.save(first)
    seen["after_first_came_back"] = store.remembered()
    for number in range(3, 6):  # one conversation longer than the whole budget is not kept
        await turn("first", f"first {number}")
    seen["after_a_conversation_outgrew_the_budget"] = store.remembered()
    longest = await store.retrieve("first")
    seen["long_conversation_read_from_the_database"] = len(longest.events)
    return seen


def applied_events_case() -> dict[str, object]:
    tracker = DialogueStateTracker("patient", DOMAIN.slots)
    a_turn(tracker, "first")
    before = [e.text for e in tracker.applied_events() if isinstance(e, UserUttered)]
    a_turn(tracker, "second")
    after = [e.text for e in tracker.applied_events() if isinstance(e, UserUttered)]
    tracker.update(UserUtteranceReverted())
    reverted = [e.text for e in tracker.applied_events() if isinstance(e, UserUttered)]
    handed_out = tracker.applied_events()
    handed_out.clear()  # a caller's own list: the tracker's answer does not change
    return {
        "before": before,
        "after": after,
        "reverted": reverted,
        "after_a_caller_cleared_its_list": len(tracker.applied_events()),
    }


def action_answer_case() -> dict[str, object]:
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction

    good = {"events": [{"event": "slot", "name": "city", "value": "Chengdu"}], "responses": [{"text": "hi"}]}
    bad = {"events": [{"event": "no_such_event"}], "responses": "not a list"}
    outcome: dict[str, object] = {"good": RemoteAction._validate_action_result(None, good)}  # type: ignore[arg-type]
    try:
        RemoteAction._validate_action_result(None, bad)  # type: ignore[arg-type]
        outcome["bad"] = "accepted"
    except ValidationError as error:
        outcome["bad"] = error.message
    return outcome


def lock_case(redis_url: str) -> dict[str, object]:
    from runtime.stores import EnvironmentLockStore

    os.environ["MEDINAV_LOCK_STORE_URL"] = redis_url
    replicas = [EnvironmentLockStore(), EnvironmentLockStore()]  # two replicas on one Redis
    tickets: list[int] = []
    errors: list[str] = []
    start = threading.Barrier(16)

    def take(number: int) -> None:
        start.wait()
        try:
            tickets.append(replicas[number % 2].issue_ticket("patient"))
        except LockError as error:
            errors.append(str(error))

    threads = [threading.Thread(target=take, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lock = replicas[0].get_lock("patient")
    held = len(lock.tickets) if lock else 0
    for ticket in sorted(tickets):
        replicas[ticket % 2].cleanup("patient", ticket)
    return {
        "tickets": sorted(tickets),
        "errors": errors,
        "held_before_cleanup": held,
        "lock_after_cleanup": replicas[1].get_lock("patient") is not None,
        "type": type(replicas[0]).__name__,
    }


def lock_expiry_case(redis_url: str) -> dict[str, object]:
    """A ticket whose holder died expires: the next message is served without waiting for it."""
    from runtime.stores import EnvironmentLockStore

    os.environ["MEDINAV_LOCK_STORE_URL"] = redis_url
    store = EnvironmentLockStore()
    abandoned = store.issue_ticket("patient", lock_lifetime=1.5)
    waiting = store.issue_ticket("patient", lock_lifetime=60)
    before = store.get_lock("patient")
    served_before = before.now_serving if before else None
    time.sleep(2)
    store.update_lock("patient")
    after = store.get_lock("patient")
    store.cleanup("patient", waiting)
    return {
        "tickets": [abandoned, waiting],
        "served_before": served_before,
        "served_after": after.now_serving if after else None,
        "left_after": [ticket.number for ticket in after.tickets] if after else None,
        "lock_after_cleanup": store.get_lock("patient") is not None,
    }


async def lock_in_order_case(redis_url: str) -> list[str]:
    """Two messages of one conversation at once: the second waits for the first to finish."""
    from runtime.stores import EnvironmentLockStore

    os.environ["MEDINAV_LOCK_STORE_URL"] = redis_url
    replica_a, replica_b = EnvironmentLockStore(), EnvironmentLockStore()
    order: list[str] = []

    async def message(store, name: str, delay: float) -> None:  # type: ignore[no-untyped-def]
        await asyncio.sleep(delay)
        async with store.lock("patient", wait_time_in_seconds=0.05):
            order.append(f"{name} starts")
            await asyncio.sleep(0.3)
            order.append(f"{name} ends")

    await asyncio.gather(message(replica_a, "first", 0), message(replica_b, "second", 0.05))
    return order


if __name__ == "__main__":
    from runtime.cli import apply_runtime_changes

    apply_runtime_changes()
    case = sys.argv[1]
    if case == "tracker":
        result: object = asyncio.run(tracker_case(str(Path(sys.argv[2]))))
    elif case == "memory_budget":
        result = asyncio.run(memory_budget_case(str(Path(sys.argv[2]))))
    elif case == "applied_events":
        result = applied_events_case()
    elif case == "action_answer":
        result = action_answer_case()
    elif case == "lock":
        result = lock_case(sys.argv[2])
    elif case == "lock_expiry":
        result = lock_expiry_case(sys.argv[2])
    elif case == "lock_in_order":
        result = asyncio.run(lock_in_order_case(sys.argv[2]))
    else:
        raise SystemExit(f"unknown case {case!r}")
    print(json.dumps(result))
