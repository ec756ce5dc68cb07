"""The one vocabulary: specialties, languages, districts and insurers, and what people type for them.

Everything that names these things reads them from here: the import checks, the API and CLI filters, the
assistant's lookup tables and its run-time matcher, and the display names in replies.
"""

from directory.vocabulary.terms import FALLBACK_LOCALE, LOCALES, Term, TermKind, localized

__all__ = ["FALLBACK_LOCALE", "LOCALES", "Term", "TermKind", "localized"]
