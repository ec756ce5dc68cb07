"""When the action server cannot answer, Rasa answers itself (bot/runtime/action_failures.py): the
hotline, and 120 first for an emergency only the model saw, which was left for the action to say.

Run in Rasa's own Python against an action server that refuses every connection; tests/bot/
test_failures.py does the same with a whole stack whose action server is frozen.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support.stack import BOT, RASA_PYTHON

pytestmark = pytest.mark.rasa

PROBE = Path(__file__).parent / "probes" / "action_failures_probe.py"
CALL_120 = "Wenn es ein Notfall ist, rufen Sie sofort die 120"
HOTLINE = "Entschuldigung"


def answers_when_the_action_server_is_down(flag: str) -> list[str]:
    if not RASA_PYTHON.exists():
        pytest.skip("needs the Rasa runtime: run through `make test`")
    run = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), flag],
        cwd=BOT,
        env={**os.environ, "PYTHONPATH": str(BOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    answers: list[str] = json.loads(run.stdout.strip().splitlines()[-1])
    return answers


def test_an_emergency_only_the_model_saw_gets_120_before_the_hotline() -> None:
    emergency, apology = answers_when_the_action_server_is_down("unconfirmed")

    assert emergency.startswith(CALL_120)
    assert apology.startswith(HOTLINE)


def test_an_ordinary_message_gets_the_hotline_alone() -> None:
    [apology] = answers_when_the_action_server_is_down("plain")

    assert apology.startswith(HOTLINE)
    assert CALL_120 not in apology
