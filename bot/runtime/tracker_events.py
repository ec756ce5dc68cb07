"""A tracker's applied events, worked out once per change of its events.

`DialogueStateTracker.applied_events` replays every event of the conversation each time it is called,
and Rasa calls it several times per message (policies, featurizers, the processor), so a turn costs
more the longer the conversation is. Events are only ever added to a tracker (`update`) or the
whole list replaced (`_reset`, `recreate_from_dialogue`), so the answer is kept with the identity
and length of the event list and its last event, and worked out again when any of them changes.
Callers get a list of their own, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker


def remember_applied_events() -> None:
    original: Callable[[DialogueStateTracker], list[Event]] = DialogueStateTracker.applied_events
    if getattr(original, "remembers_applied_events", False):
        return

    @wraps(original)
    def applied_events(self: DialogueStateTracker) -> list[Event]:
        events = self.events
        last = events[-1] if events else None
        remembered = self.__dict__.get("_applied")
        # The objects themselves, not their ids: held here, they cannot be replaced by look-alikes.
        if remembered is None or not (
            remembered[0] is events and remembered[1] == len(events) and remembered[2] is last
        ):
            remembered = (events, len(events), last, original(self))
            self.__dict__["_applied"] = remembered
        applied: list[Event] = list(remembered[3])
        return applied

    applied_events.remembers_applied_events = True  # type: ignore[attr-defined]
    DialogueStateTracker.applied_events = applied_events  # type: ignore[method-assign]
