"""Run in Rasa's Python by tests/bot/test_action_failures.py: `python action_failures_probe.py <flag>`.

Runs `action_answer` against an action server that refuses every connection, for a message the model
took for an emergency that no red flag confirmed (`flag` = unconfirmed) or for an ordinary one (`flag` =
plain), and prints one JSON line: the texts Rasa answered with, in order.
"""

from __future__ import annotations

import asyncio
import json
import sys

from nlu_components.red_flags import UNCONFIRMED_EMERGENCY
from rasa.core.actions.action import RemoteAction
from rasa.core.channels import CollectingOutputChannel
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from runtime.action_failures import answer_when_actions_fail
from runtime.nlg import CatalogResponses

NOTHING_LISTENS = "http://127.0.0.1:9/webhook"  # the discard port: the connection is refused


async def answers(unconfirmed: bool) -> list[str]:
    answer_when_actions_fail()
    domain = Domain.load("domain.yml")
    parse_data = {UNCONFIRMED_EMERGENCY: True} if unconfirmed else {}
    message = UserUttered(
        "schnell, bitte!", {"name": "search_hospital", "confidence": 0.6}, parse_data=parse_data
    )
    tracker = DialogueStateTracker.from_events(
        "probe",
        [ActionExecuted("action_listen"), SlotSet("reply_language", "de"), message],
        slots=domain.slots,
    )
    events = await RemoteAction("action_answer", EndpointConfig(NOTHING_LISTENS)).run(
        CollectingOutputChannel(), CatalogResponses(domain=domain), tracker, domain
    )
    return [event.text for event in events if isinstance(event, BotUttered)]


if __name__ == "__main__":
    print(json.dumps(asyncio.run(answers(sys.argv[1] == "unconfirmed"))))
