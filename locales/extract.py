"""A Babel extractor for the responses in bot/domain.yml, so that Rasa's own few sentences are in the
catalogs like every other message (`[extractors]` in locales/babel.cfg)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml


def rasa_responses(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Each response text and button title of a Rasa domain file, with its line number."""
    document = yaml.compose(fileobj.read().decode("utf-8"))
    responses = _mapping_value(document, "responses")
    if responses is None:
        return
    for name, variations in responses.value:
        for variation in variations.value:
            for key, value in variation.value:
                if key.value == "text":
                    yield value.start_mark.line + 1, "_", value.value, [f"Rasa response {name.value}"]
                elif key.value == "buttons":
                    for button in value.value:
                        title = _mapping_value(button, "title")
                        if title is not None:
                            yield title.start_mark.line + 1, "_", title.value, [f"button of {name.value}"]


def _mapping_value(node: yaml.Node | None, wanted: str) -> Any:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for key, value in node.value if key.value == wanted), None)
