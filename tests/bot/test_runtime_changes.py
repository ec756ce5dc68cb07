"""MedNav's changes to Rasa (bot/runtime/cli.py) still fit the Rasa they wrap.

They wrap methods of Rasa 3.6.21; a new Rasa with other signatures must fail here, not silently in a
conversation. Run in Rasa's own Python, as `make run` runs them.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.support.stack import BOT, RASA_PYTHON

pytestmark = pytest.mark.rasa

PROBE = """
import inspect, json, re
import rasa.core.processor
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import GraphSchema
from rasa.utils.endpoints import EndpointConfig
from rasa.shared.core.trackers import DialogueStateTracker
before = {
    "run": list(inspect.signature(RemoteAction.run).parameters),
    "call_format": list(inspect.signature(RemoteAction._action_call_format).parameters),
    "validate": list(inspect.signature(RemoteAction._validate_action_result).parameters),
    "minimal_schema": list(inspect.signature(GraphSchema.minimal_graph_schema).parameters),
    "applied_events": list(inspect.signature(DialogueStateTracker.applied_events).parameters),
    "session": list(inspect.signature(EndpointConfig.session).parameters),
    "processor_copies": sorted(set(re.findall(r"\\bcopy\\.(\\w+)", inspect.getsource(rasa.core.processor)))),
}
from runtime.cli import apply_runtime_changes
apply_runtime_changes()
apply_runtime_changes()  # applying twice changes nothing more
import logging
events = [{"event": "slot", "value": ["de"]}]
logging.getLogger("rasa.core.processor").setLevel(logging.INFO)
copied_at_info = rasa.core.processor.copy.deepcopy(events) is not events
logging.getLogger("rasa.core.processor").setLevel(logging.DEBUG)
copy_at_debug = rasa.core.processor.copy.deepcopy(events)
print(json.dumps({
    "before": before,
    "answers_when_actions_fail": getattr(RemoteAction.run, "answers_when_actions_fail", False),
    "sends_current_turn_only": getattr(RemoteAction._action_call_format, "sends_current_turn_only", False),
    "uses_one_validator": getattr(RemoteAction._validate_action_result, "uses_one_validator", False),
    "remembers_minimal_schemas": hasattr(GraphSchema.minimal_graph_schema, "remembers_minimal_schemas"),
    "keeps_connections": hasattr(EndpointConfig.session, "keeps_connections"),
    "remembers_applied_events": hasattr(DialogueStateTracker.applied_events, "remembers_applied_events"),
    "copies_only_when_logged": getattr(rasa.core.processor.copy, "copies_only_when_logged", False),
    "copied_at_info": copied_at_info,
    "copied_at_debug": copy_at_debug == events and copy_at_debug[0] is not events[0],
    "wrapped_once": RemoteAction.run.__wrapped__.__name__ == "run",
}))
"""


def test_the_runtime_changes_apply_to_the_rasa_they_were_written_for() -> None:
    if not RASA_PYTHON.exists():
        pytest.skip("needs the Rasa runtime: run through `make test`")
    probe = subprocess.run(
        [str(RASA_PYTHON), "-c", PROBE], cwd=BOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    found = json.loads(probe.stdout.strip().splitlines()[-1])

    assert found["before"] == {
        "run": ["self", "output_channel", "nlg", "tracker", "domain"],
        "call_format": ["self", "tracker", "domain"],
        "validate": ["self", "result"],
        "minimal_schema": ["self", "targets"],
        "applied_events": ["self"],
        "session": ["self"],
        "processor_copies": ["deepcopy"],
    }
    assert found["answers_when_actions_fail"] is True
    assert found["sends_current_turn_only"] is True
    assert found["uses_one_validator"] is True
    assert found["remembers_minimal_schemas"] is True
    assert found["remembers_applied_events"] is True
    assert found["keeps_connections"] is True
    assert found["copies_only_when_logged"] is True
    assert found["copied_at_info"] is False  # a debug-log argument costs nothing when not logged
    assert found["copied_at_debug"] is True
    assert found["wrapped_once"] is True
