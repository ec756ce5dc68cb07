"""Whether a Latin-script word is an everyday word of English, German or French, by how often it is
used (wordfreq's word lists, shipped in its package).

A name matched loosely, by its first word or by its sound, must not be an everyday word: "Little" of a
hospital's name, "sign" sounding like Cigna.
"""

from __future__ import annotations

from typing import Final

from wordfreq import zipf_frequency

_LANGUAGES: Final = ("en", "de", "fr")


def is_everyday_word(word: str, zipf: float) -> bool:
    """Whether `word` is used at least `zipf` (log10 of uses per billion words: "little" 5.8,
    "harmony" 4.1, "riverside" 3.7, "sweetwater" below 1) in any of the three languages."""
    return any(zipf_frequency(word, language, wordlist="small") >= zipf for language in _LANGUAGES)
