"""A failed or slow action still gets the patient an answer: the hotline and 120, never silence.

Rasa 3.6 waits up to five minutes for the action server, and when an action fails it logs the error
and answers nothing ("Bot will continue, but the actions events are lost"). A frozen action server or
a failing database then leaves a patient with no reply at all. Rasa offers no setting for either, so
`RemoteAction.run` is wrapped (applied in runtime/cli.py, the only place that changes Rasa): an action
that fails, or takes longer than MEDINAV_ACTION_TIMEOUT_SECONDS (default 8, well under the widget's
patience), is answered with the hotline and 120 in the reply language, from the catalogs. (It is not a
domain response because no rule or story uses it: Rasa's own validator would call it unused.)

An emergency that only the model saw (`unconfirmed_emergency`, bot/nlu_components/red_flags.py) was
left for the action to answer with 120 first; when the action fails, Rasa's emergency response comes
first instead.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any

from nlu_components.red_flags import UNCONFIRMED_EMERGENCY
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction, create_bot_utterance
from rasa.shared.core.events import Event

from runtime.catalogs import N_, gettext, hotline
from runtime.nlg import EMERGENCY_NUMBER, tracker_language

logger = logging.getLogger(__name__)

UNAVAILABLE = N_(
    "Sorry, I cannot look anything up right now. The hotline {hotline} can help you find a hospital. "
    "In an emergency, call {number}."
)
DEFAULT_TIMEOUT_SECONDS = 8.0


def action_timeout() -> float:
    return float(os.environ.get("MEDINAV_ACTION_TIMEOUT_SECONDS") or DEFAULT_TIMEOUT_SECONDS)


def answer_when_actions_fail() -> None:
    original: Callable[..., Awaitable[list[Event]]] = RemoteAction.run
    if getattr(original, "answers_when_actions_fail", False):
        return

    @wraps(original)
    async def run_or_apologize(
        self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any
    ) -> list[Event]:
        try:
            return await asyncio.wait_for(
                original(self, output_channel, nlg, tracker, domain), action_timeout()
            )
        except ActionExecutionRejection:
            raise
        except Exception as failure:
            reason = "timed out" if isinstance(failure, asyncio.TimeoutError) else repr(failure)
            logger.error("action %s failed (%s); the patient is given the hotline", self.name(), reason)
            language = tracker_language(tracker)
            text = gettext(language, UNAVAILABLE).format(hotline=hotline(), number=EMERGENCY_NUMBER)
            apology = create_bot_utterance({"text": text})
            if not _unconfirmed_emergency(tracker):
                return [apology]
            emergency = await nlg.generate("utter_emergency", tracker, output_channel.name())
            return [create_bot_utterance(emergency), apology]

    run_or_apologize.answers_when_actions_fail = True  # type: ignore[attr-defined]
    RemoteAction.run = run_or_apologize  # type: ignore[method-assign]


def _unconfirmed_emergency(tracker: Any) -> bool:
    latest = tracker.latest_message
    return bool(latest and latest.parse_data.get(UNCONFIRMED_EMERGENCY))
