"""The stores Rasa keeps conversations and locks in (bot/runtime/stores.py), and the runtime changes
that keep a turn's cost flat (bot/runtime/tracker_events.py, action_results.py), in Rasa's own Python.

The replica tests (tests/replicas) run the same stores in whole processes; here each behaviour is
checked on its own, including the cases a load cannot show: a turn that failed before saving, a
tracker changed by another replica, sixteen tickets taken at the same moment.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support.shared_stores import flush_redis_db, lock_store_url, redis_problem
from tests.support.stack import BOT, RASA_PYTHON

pytestmark = pytest.mark.rasa

PROBE = Path(__file__).parent / "probes" / "stores_probe.py"


def probe(*arguments: str) -> Any:
    if not RASA_PYTHON.exists():
        pytest.skip("needs the Rasa runtime: run through `make test`")
    run = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), *arguments],
        cwd=BOT,
        env={**os.environ, "PYTHONPATH": str(BOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture
def redis_url() -> str:
    problem = redis_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    flush_redis_db()
    yield lock_store_url()
    flush_redis_db()


def test_each_turn_stores_its_own_events_once_and_a_change_by_another_replica_is_applied(
    tmp_path: Path,
) -> None:
    seen = probe("tracker", str(tmp_path / "conversations.db"))

    assert seen["new_conversation"] is True
    assert seen["stored_after_turn_1"] == 4
    assert seen["stored_after_turn_2"] == 8  # only turn 2's four events were added
    assert seen["a_applied_only_the_new_events"] is True
    assert seen["texts_seen_by_a"] == ["turn 1", "turn 2", "turn 3"]
    assert seen["slot_seen_by_a"] == "Chengdu"
    assert seen["texts_after_failed_turn"] == ["turn 1", "turn 2", "turn 3", "turn 4"]
    assert seen["stored_at_end"] == seen["events_in_memory_at_end"] == 17
    assert seen["texts_after_a_new_session"] == ["new session"]


def test_the_memory_of_conversations_is_bounded_by_events_and_forgets_the_least_recent(
    tmp_path: Path,
) -> None:
    seen = probe("memory_budget", str(tmp_path / "conversations.db"))

    assert seen["after_four_turns"] == [2, 16]
    assert seen["after_five_turns"] == [2, 20]
    assert seen["after_six_turns"] == [1, 12]  # "first" (12 events) went, "second" stays
    assert seen["second_still_remembered"] is True
    assert seen["first_read_again"] == ["first 0", "first 1", "first 2"]
    assert seen["after_first_came_back"] == [1, 12]  # "second" went to make room for it
    assert seen["after_a_conversation_outgrew_the_budget"] == [0, 0]
    assert seen["long_conversation_read_from_the_database"] == 24


def test_applied_events_follow_every_new_event_and_callers_get_a_list_of_their_own() -> None:
    seen = probe("applied_events")

    assert seen["before"] == ["first"]
    assert seen["after"] == ["first", "second"]
    assert seen["reverted"] == ["first"]
    assert seen["after_a_caller_cleared_its_list"] > 0


def test_action_answers_are_still_checked_against_rasas_schema() -> None:
    outcome = probe("action_answer")

    assert outcome["good"] is True
    assert "Failed to validate Action server response from API" in outcome["bad"]


def test_sixteen_tickets_taken_at_once_on_two_replicas_are_all_different(redis_url: str) -> None:
    outcome = probe("lock", redis_url)

    assert outcome["type"] == "AtomicRedisLockStore"
    assert outcome["errors"] == []
    assert outcome["tickets"] == list(range(16))
    assert outcome["held_before_cleanup"] == 16
    assert outcome["lock_after_cleanup"] is False


def test_a_ticket_past_its_lifetime_stops_holding_the_conversation(redis_url: str) -> None:
    outcome = probe("lock_expiry", redis_url)

    assert outcome["tickets"] == [0, 1]
    assert outcome["served_before"] == 0
    assert outcome["served_after"] == 1
    assert outcome["left_after"] == [1]
    assert outcome["lock_after_cleanup"] is False


def test_a_second_message_waits_for_the_first_to_finish(redis_url: str) -> None:
    assert probe("lock_in_order", redis_url) == ["first starts", "first ends", "second starts", "second ends"]
