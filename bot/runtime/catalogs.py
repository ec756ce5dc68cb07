"""The product's gettext catalogs (`locales/`), read by the Rasa runtime as well as by the actions.

`locales` is a small package that needs only Babel, which Rasa installs too, so the Python 3.10 runtime
says its few words (the emergency answer, "the assistant is not answering", "too long") from the same
catalogs as everything else. The project root is not on Rasa's path (Rasa runs from `bot/`), so it is
added here, once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.append(str(PROJECT_ROOT))

from locales import N_, REPLY_LANGUAGES, gettext  # noqa: E402

__all__ = ["N_", "REPLY_LANGUAGES", "gettext", "hotline"]


def hotline() -> str:
    """The human hotline (MEDINAV_HOTLINE), the same setting the actions read."""
    return os.environ.get("MEDINAV_HOTLINE") or "12345"
