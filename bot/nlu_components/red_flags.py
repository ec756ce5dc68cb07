"""Red-flag symptoms make the message an emergency, whatever the model classified it as.

The model learns the `emergency` intent from examples; a patient who writes "I need a German-speaking
doctor, my father's face is drooping" may still look like a search to it. The red-flag lexicon in
directory/vocabulary/red_flags/ (the same one the actions and tests use) is matched here, after the
intent classifiers, and wins: the dialogue then answers 120 first, from Rasa itself.

The other way round, the model also calls many an everyday complaint an emergency ("my knee is still
swollen since I twisted it", "a rash for a week"): it learnt emergencies from symptoms. The lexicons
decide there too: a message the model calls an emergency that names no red flag but an everyday complaint
(directory/vocabulary/complaints/, which the actions map to the department that sees it) is a search.
So is one that names a department (the model's `specialty` entity) and no red flag: "is there a heart
specialist?" asks for cardiology. So is one that says help has come ("the ambulance took her, now one in
Chenghua for the follow-up"): the emergency is in hand, and the patient is back to the search.

Any other emergency of the model's alone is left for the actions to decide, which read the whole message
against the directory's vocabulary ("ひふか こうしんく" names a department and a district in kana the
model never saw; "answer in English please" asks for a reply language). Its intent becomes the model's
next guess, and the message is marked `UNCONFIRMED_EMERGENCY`: the action answers 120 first unless the
message plainly asks for something else, and when the action server fails, Rasa answers 120 first
(runtime/action_failures.py). So an emergency the lexicon does not know still gets 120 first.

The matcher is loaded from its file: the `directory` package needs Python 3.12, and this runs in Rasa's
Python 3.10, so red_flags.py is written to stand alone (standard library, yaml, fugashi).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

EMERGENCY_INTENT = "emergency"
SEARCH_INTENT = "search_hospital"
#: Key of the parse data (and so of the tracker's latest message) marking an emergency that only the
#: model saw; actions/turn.py reads it under the same name.
UNCONFIRMED_EMERGENCY = "unconfirmed_emergency"
RED_FLAGS_MODULE = Path(__file__).resolve().parents[2] / "directory" / "vocabulary" / "red_flags.py"


def load_red_flags() -> ModuleType:
    name = "mednav_red_flags"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, RED_FLAGS_MODULE)
    assert spec is not None and spec.loader is not None, RED_FLAGS_MODULE
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RedFlagOverride(GraphComponent):
    """Sets the intent to `emergency` when the message names a red-flag symptom, and to a search when
    the model's emergency is an everyday complaint with no red flag."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RedFlagOverride:
        return cls()

    def __init__(self) -> None:
        self._red_flags = load_red_flags()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            if self._red_flags.find_red_flag(text) is not None:
                _set_intent(message, EMERGENCY_INTENT)
            elif _intent_name(message) != EMERGENCY_INTENT:
                continue
            elif (
                _names_a_department(message)
                or self._red_flags.names_a_complaint(text)
                or self._red_flags.help_has_come(text)
            ):
                _set_intent(message, SEARCH_INTENT)
            else:
                _set_intent(message, _next_guess(message))
                message.set(UNCONFIRMED_EMERGENCY, True, add_to_output=True)
        return messages


def _names_a_department(message: Message) -> bool:
    """Whether the model found a department other than the emergency one ("a heart specialist?")."""
    return any(
        entity.get("entity") == "specialty" and entity.get("value") != EMERGENCY_INTENT
        for entity in message.get(ENTITIES) or []
    )


def _next_guess(message: Message) -> str:
    """The model's best intent after the emergency (a search when it has none)."""
    ranking = message.get(INTENT_RANKING_KEY) or []
    others = (entry.get(INTENT_NAME_KEY) for entry in ranking)
    return next((name for name in others if name and name != EMERGENCY_INTENT), SEARCH_INTENT)


def _intent_name(message: Message) -> str | None:
    intent = message.get(INTENT) or {}
    return intent.get(INTENT_NAME_KEY)


def _set_intent(message: Message, name: str) -> None:
    """Makes `name` the message's intent, first in the ranking, with full confidence."""
    chosen = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [chosen] + [
        entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get(INTENT_NAME_KEY) != name
    ]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
