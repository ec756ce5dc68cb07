"""`python -m runtime.cli ...`: Rasa's command line with MedNav's changes to Rasa applied.

This is the one place where MedNav changes Rasa's behaviour at run time; every start of Rasa (make run,
make test, the benchmarks, make shell) goes through it. Each change says why in its module, and
tests/bot/test_runtime_changes.py fails when Rasa's version or the signatures they wrap change.
"""

from __future__ import annotations

import sys

from runtime.action_calls import send_current_turn_only
from runtime.action_connections import keep_action_connections
from runtime.action_failures import answer_when_actions_fail
from runtime.action_results import validate_with_one_validator
from runtime.debug_copies import copy_only_for_the_debug_log
from runtime.graph_runs import remember_minimal_schemas
from runtime.tracker_events import remember_applied_events

RASA_VERSION = "3.6.21"


def apply_runtime_changes() -> None:
    import rasa

    if rasa.__version__ != RASA_VERSION:
        raise RuntimeError(
            f"MedNav's runtime changes are written for Rasa {RASA_VERSION}, not {rasa.__version__}"
        )
    send_current_turn_only()
    answer_when_actions_fail()
    validate_with_one_validator()
    remember_minimal_schemas()
    remember_applied_events()
    keep_action_connections()
    copy_only_for_the_debug_log()


def main() -> None:
    apply_runtime_changes()
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
