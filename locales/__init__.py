"""Every word the product says, per reply language, from the gettext catalogs beside this file.

Catalogs are `<lang>/LC_MESSAGES/messages.po` (source text: English), kept with Babel's
extract / update / compile cycle (`make locales`). They are read straight from the `.po` files, so an
edited translation is used without a separate compile step that could be forgotten.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Final

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

CATALOGS: Final = Path(__file__).resolve().parent
#: The languages the assistant and the pages speak (the contract's four).
REPLY_LANGUAGES: Final = ("en", "ja", "de", "fr")
DOMAIN: Final = "messages"


@cache
def translations(language: str) -> NullTranslations:
    """The catalog of `language`; English (the source text) for a language without one."""
    po_file = CATALOGS / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == "en" or not po_file.exists():
        return NullTranslations()
    with po_file.open("rb") as source:
        catalog = read_po(source, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def gettext(language: str, message: str) -> str:
    return translations(language).gettext(message)


def ngettext(language: str, singular: str, plural: str, count: int) -> str:
    return translations(language).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802  (the gettext convention that pybabel extracts)
    """Marks a message for extraction where it is defined; it is translated where it is shown."""
    return message
