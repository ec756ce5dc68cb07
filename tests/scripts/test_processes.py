"""How the settings of section 6 become the commands and environments of the three processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.processes import SettingError, one_replica, rasa_workers, replica_environment

MODEL = Path("bot/models/any.tar.gz")
REDIS = "redis://127.0.0.1:6379/1"


def rasa_environment(**settings: str) -> dict[str, str]:
    processes = one_replica(replica_environment(settings), MODEL)
    return next(process for process in processes if process.name == "rasa").environment


def test_one_rasa_worker_by_default() -> None:
    assert rasa_environment()["SANIC_WORKERS"] == "1"


def test_the_worker_count_reaches_rasa_with_a_shared_lock_store() -> None:
    environment = rasa_environment(MEDINAV_RASA_WORKERS="2", MEDINAV_LOCK_STORE_URL=REDIS)

    assert environment["SANIC_WORKERS"] == "2"


def test_several_workers_without_redis_are_refused_with_what_to_set() -> None:
    with pytest.raises(SettingError, match="MEDINAV_RASA_WORKERS=2 needs MEDINAV_LOCK_STORE_URL=redis://"):
        rasa_workers({"MEDINAV_RASA_WORKERS": "2"})


@pytest.mark.parametrize("value", ["0", "two", "-1", "1.5"])
def test_a_worker_count_that_is_no_whole_number_is_named(value: str) -> None:
    with pytest.raises(SettingError, match=f"MEDINAV_RASA_WORKERS='{value}'"):
        rasa_workers({"MEDINAV_RASA_WORKERS": value, "MEDINAV_LOCK_STORE_URL": REDIS})
