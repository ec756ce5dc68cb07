"""Deep copies made for Rasa's debug log only when the debug log is written.

Rasa 3.6's message processor hands `copy.deepcopy` of each action's events, the slots and the parsed
entities to `structlogger.debug`; Python evaluates the copies before structlog drops the record at any
level above DEBUG, so every message pays for copies no one reads: 3% of the Rasa process's time per
message under load. Every use of `copy` in `rasa.core.processor` is such a log argument, so the
module's `copy` is replaced by one whose `deepcopy` copies only while that logger shows DEBUG.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import rasa.core.processor

_PROCESSOR_LOG = logging.getLogger(rasa.core.processor.__name__)


class CopiesForTheDebugLog:
    """Stands in for the `copy` module in `rasa.core.processor`."""

    copies_only_when_logged = True

    @staticmethod
    def deepcopy(value: Any, memo: dict[int, Any] | None = None) -> Any:
        # structlog's `filter_by_level` asks the same logger, so a copy is made exactly when logged.
        if _PROCESSOR_LOG.isEnabledFor(logging.DEBUG):
            return copy.deepcopy(value, memo)
        return value


def copy_only_for_the_debug_log() -> None:
    rasa.core.processor.copy = CopiesForTheDebugLog  # type: ignore[assignment]
