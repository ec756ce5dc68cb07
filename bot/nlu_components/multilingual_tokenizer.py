"""A tokenizer for one model that reads English, German, French and Japanese.

Japanese is written without spaces, so Rasa's WhitespaceTokenizer refuses it. Here every run of
Japanese script (kanji, hiragana, katakana) is segmented by MeCab (fugashi with the unidic-lite
dictionary, which ships inside its Python package), and everything else is split into words as
the whitespace tokenizer would. Offsets always point into the original text, so entity spans stay
aligned whatever the script.
"""

from __future__ import annotations

from typing import Any

import regex
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

# Runs of Japanese script; the prolonged sound mark and iteration marks belong to the word they follow.
_JAPANESE_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ]+")
# Words elsewhere: letters and digits, keeping "&" and "+" (A&E, 24+) and inner dots/slashes of
# things like "24h/24" apart, as separate tokens.
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+|[&+@#]")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MultilingualTokenizer(Tokenizer):
    """Whitespace-style words for Latin scripts, MeCab words for Japanese."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["fugashi", "unidic_lite"]

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        import fugashi  # imported here so that Rasa can report a missing package by name

        self._tagger = fugashi.Tagger()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MultilingualTokenizer:
        return cls(config)

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        text: str | None = message.get(attribute)
        if not text:
            return []
        tokens: list[Token] = []
        position = 0
        for run in _JAPANESE_RUN.finditer(text):
            tokens.extend(self._words(text, position, run.start()))
            tokens.extend(self._japanese_words(run.group(), run.start()))
            position = run.end()
        tokens.extend(self._words(text, position, len(text)))
        if not tokens:
            tokens = [Token(text, 0)]
        return self._apply_token_pattern(tokens)

    @staticmethod
    def _words(text: str, start: int, end: int) -> list[Token]:
        return [Token(match.group(), match.start()) for match in _WORD.finditer(text, start, end)]

    def _japanese_words(self, run: str, offset: int) -> list[Token]:
        tokens = []
        cursor = 0
        for word in self._tagger(run):
            surface = word.surface
            found = run.find(surface, cursor)
            if not surface or found < 0:
                continue
            tokens.append(Token(surface, offset + found))
            cursor = found + len(surface)
        return tokens
