"""Rasa's own responses (bot/domain.yml), said in the reply language from the gettext catalogs.

The domain's responses are written in English, the catalogs' source language, and extracted into
`locales/messages.pot` like every other message (see locales/extract.py). They are the answers that
must never depend on the action server: the emergency number first of all. Endpoints name this class
(`nlg: type: runtime.nlg.CatalogResponses`).
"""

from __future__ import annotations

import copy
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from runtime.catalogs import REPLY_LANGUAGES, gettext, hotline
from runtime.reply_language import reply_language

EMERGENCY_NUMBER = "120"


def translated(responses: dict[str, list[dict[str, Any]]], language: str) -> dict[str, list[dict[str, Any]]]:
    """The responses with their texts (and button titles) in `language`."""
    result = copy.deepcopy(responses)
    for variations in result.values():
        for variation in variations:
            if isinstance(variation.get("text"), str):
                variation["text"] = gettext(language, variation["text"])
            for button in variation.get("buttons") or []:
                button["title"] = gettext(language, button["title"])
    return result


def tracker_language(tracker: DialogueStateTracker) -> str:
    latest = tracker.latest_message
    return reply_language(
        latest.metadata if latest else None,
        tracker.get_slot("reply_language"),
        (latest.text if latest else None) or "",
    )


class CatalogResponses(TemplatedNaturalLanguageGenerator):
    def __init__(self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None) -> None:
        super().__init__(domain.responses if domain else {})

    @property  # type: ignore[override]
    def responses(self) -> dict[str, list[dict[str, Any]]]:
        return self._responses

    @responses.setter
    def responses(self, responses: dict[str, list[dict[str, Any]]]) -> None:
        # Rasa sets the responses again when it loads a model (Agent._set_processor); they are
        # translated then, once, so that a response costs what Rasa's own does.
        self._responses = responses
        self._by_language = {
            language: TemplatedNaturalLanguageGenerator(translated(responses, language))
            for language in REPLY_LANGUAGES
        }

    async def generate(
        self, utter_action: str, tracker: DialogueStateTracker, output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        generator = self._by_language[tracker_language(tracker)]
        return await generator.generate(
            utter_action,
            tracker,
            output_channel,
            **{"number": EMERGENCY_NUMBER, "hotline": hotline(), **kwargs},
        )
