"""What every public channel does to a message before Rasa reads it.

- A message longer than MEDINAV_MAX_MESSAGE_CHARS (2,000 by default) is refused before Rasa parses it:
  the pipeline's cost grows with the text (a 100 KB message took a minute and held up every other
  patient), and no patient's question needs more.
- A leading "/" is text, not an intent: Rasa reads "/intent{...}" as an intent with entities, which
  would let anyone skip understanding. The widget's buttons send plain text, so nothing needs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from runtime.catalogs import N_, gettext

DEFAULT_MAX_MESSAGE_CHARS = 2000
TOO_LONG_REPLY = N_(
    "Your message is too long for me to read ({length} characters; at most {limit}). "
    "Please write it in a few sentences. In an emergency, call 120."
)


def max_message_chars() -> int:
    return int(os.environ.get("MEDINAV_MAX_MESSAGE_CHARS") or DEFAULT_MAX_MESSAGE_CHARS)


@dataclass(frozen=True)
class TooLong:
    length: int
    limit: int

    def reply(self, language: str) -> str:
        return gettext(language, TOO_LONG_REPLY).format(length=self.length, limit=self.limit)


def too_long(text: str) -> TooLong | None:
    limit = max_message_chars()
    return TooLong(len(text), limit) if len(text) > limit else None


def as_text(message: str) -> str:
    """The message as plain text: never an intent, whatever it starts with."""
    stripped = message.lstrip()
    return stripped.lstrip("/") if stripped.startswith("/") else message
