"""Red-flag symptoms make the message an emergency, whatever the model classified it as.

The model learns the `emergency` intent from examples; a patient who writes "I need a German-speaking
doctor, my father's face is drooping" may still look like a search to it. The red-flag lexicon in
directory/vocabulary/red_flags/ (the same one the actions and tests use) is matched here, after the
intent classifiers, and wins: the dialogue then answers 120 first, from Rasa itself.

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
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

EMERGENCY_INTENT = "emergency"
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
    """Sets the intent to `emergency` when the message names a red-flag symptom."""

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
            if text and self._red_flags.find_red_flag(text) is not None:
                emergency = {INTENT_NAME_KEY: EMERGENCY_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
                ranking = [emergency] + [
                    entry
                    for entry in message.get(INTENT_RANKING_KEY) or []
                    if entry.get(INTENT_NAME_KEY) != EMERGENCY_INTENT
                ]
                message.set(INTENT, emergency, add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
