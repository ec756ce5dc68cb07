"""Action calls that carry the current turn's events, not the whole conversation's.

Rasa 3.6 sends the full event history with every call to the action server, so at turn 50 a call
carries fifty turns of JSON both ways and a reply takes half as long again as at turn 1. MedNav's
actions read only the slots (which Rasa sends whole either way) and the latest message, so the
events before the latest user message are left out. Rasa offers no setting for this; the request is
built in `RemoteAction._action_call_format`, which is wrapped here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from rasa.core.actions.action import RemoteAction


def current_turn(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events from the latest user message on."""
    for position in range(len(events) - 1, -1, -1):
        if events[position].get("event") == "user":
            return events[position:]
    return events


def send_current_turn_only() -> None:
    original: Callable[..., dict[str, Any]] = RemoteAction._action_call_format
    if getattr(original, "sends_current_turn_only", False):
        return

    @wraps(original)
    def lean_call(self: RemoteAction, *args: Any, **kwargs: Any) -> dict[str, Any]:
        call = original(self, *args, **kwargs)
        call["tracker"]["events"] = current_turn(call["tracker"]["events"])
        return call

    lean_call.sends_current_turn_only = True  # type: ignore[attr-defined]
    RemoteAction._action_call_format = lean_call  # type: ignore[method-assign]
