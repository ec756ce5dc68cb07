"""Which of the four languages to answer in.

In order: the widget's `metadata.language`; else the language the message is written in, when anything
in it tells; else the conversation's language so far; else English.

A message is read as a frame with words set into it: "Haben Sie eine emergency room in Jinjiang?" is
German with an English word, "Could you find me a 循環器内科 near Wuhou?" English with a Japanese one.
The frame is what is left once every mention of the vocabulary is taken out, and it says the language
first, strongest first:
- kana or kanji in the frame: Japanese (not the characters only Chinese writes, "电话"), unless they
  are a bare noun in a frame of another language's little words ("could I get the じゅうしょ?");
- its little words (articles, pronouns, prepositions), when they clearly agree: "Je cherche un
  dentist pour ma fille" is French; or when they are the conversation's language and no other
  language's are as many ("leur address ?" in a French conversation stays French);
- a detector restricted to English, German and French, when the frame has a few words to judge;
  a frame it cannot place, that still reads partly as the conversation's language, keeps it
  (code-switching: "Wo ist ein cardiologist, who speaks English?");
- on a frame of a few words, its cues and little words before the detector, which guesses on a
  few unaccented words ("numero de telephone" is French, not English);
- the dialogue cues and complaints outside the mentions ("peu importe" is French), and an "a" before a
  place that ends the clause, which is the French "à" ("dermatologue a Wuhou");
- then the words set into the frame: the departments and languages of the vocabulary, each of which
  belongs to one language ("Kinderarzt in Wenjiang" is German), unless the conversation's language
  uses the word too ("acupuncture" in French);
- last the detector on a frame of a word or two.
Names of hospitals, districts and insurers belong to no language, so "Allianz", "Wuhou" or "サクラ海外"
never switch the conversation.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any, Final

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from wordfreq import zipf_frequency

from actions.cues import Cue
from actions.reading import MessageReading
from directory.resolver import MatchQuality
from directory.text import has_japanese, has_kana, is_cjk
from directory.vocabulary.red_flags import FUNCTION_WORDS, language_evidence, tokenize
from directory.vocabulary.terms import TermKind
from locales import REPLY_LANGUAGES

DEFAULT_LANGUAGE: Final = "en"
_LATIN_LANGUAGES: Final = {Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr"}
# Kinds whose names are words of a language, as opposed to proper names.
_WORD_KINDS: Final = frozenset({TermKind.SPECIALTY, TermKind.LANGUAGE})
# How sure the detector must be: less to start a conversation, more to leave its language, most on a
# message of one or two words ("ok", "super").
_CONFIDENCE_TO_START: Final = 0.45
_CONFIDENCE_TO_SWITCH: Final = 0.6
_CONFIDENCE_FOR_A_WORD_OR_TWO: Final = 0.85
# A frame the detector cannot place keeps the conversation's language if it reads this much like it.
_CONFIDENCE_TO_STAY: Final = 0.3
_A_WORD_OR_TWO: Final = 2
# Up to this many words, what the frame's known words say goes before the detector's guess.
_A_FEW_WORDS: Final = 4
# Little words of one language that say the frame is that language, with twice as many as any other's.
_FUNCTION_WORDS_TO_TELL: Final = 2
# How common (wordfreq's Zipf scale: uses per billion words, log10) a vocabulary word must be in the
# conversation's language to count as a word of that language too: "acupuncture" is 2.8 in French,
# "dentist" 1.5 in German.
_SHARED_WORD_ZIPF: Final = 2.5


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LATIN_LANGUAGES).with_preloaded_language_models().build()


def warm_up_language_detector() -> None:
    _detector()
    for language in _LATIN_LANGUAGES.values():
        zipf_frequency("warm", language)  # loads each language's word list


def requested_language(metadata: dict[str, Any] | None) -> str | None:
    """The widget's language setting, when it is one of the four."""
    language = (metadata or {}).get("language")
    if isinstance(language, str) and language.lower()[:2] in REPLY_LANGUAGES:
        return language.lower()[:2]
    return None


# Small talk is borrowed across languages ("ok thanks", "merci", "ciao"): it starts a conversation in
# its language but does not move one that has a language already.
_SMALL_TALK: Final = frozenset({Cue.GREETING, Cue.THANKS, Cue.GOODBYE})


def _cue_votes(reading: MessageReading, current: str | None) -> Counter[str]:
    """The languages of the dialogue cues and complaints that are not part of a mention."""
    votes: Counter[str] = Counter()
    mentioned = [(m.start, m.end) for m in reading.mentions]
    for hit in reading.cues:
        if hit.cue is Cue.FILLER or (current is not None and hit.cue in _SMALL_TALK):
            continue
        if any(start < hit.end and hit.start < end for start, end in mentioned):
            continue  # a word of a name ("Zone" of "High-tech Zone") says nothing about the language
        if _little_word_of_another_language(reading.text[hit.start : hit.end], hit.language):
            continue  # "also" opens an English follow-up and is a German little word as well
        if hit.language in REPLY_LANGUAGES:
            votes[hit.language] += 1
    for complaint in reading.complaints:
        if any(start < complaint.end and complaint.start < end for start, end in mentioned):
            continue  # the words are a name of the vocabulary too, which has said what it tells
        if complaint.language in REPLY_LANGUAGES:
            votes[complaint.language] += 1
    return votes


def _little_word_of_another_language(words: str, language: str | None) -> bool:
    tokens = tokenize(words)
    return bool(tokens) and any(
        other != language and all(token.text in little_words for token in tokens)
        for other, little_words in FUNCTION_WORDS.items()
    )


# Names of places, which prepositions come before.
_PLACE_KINDS: Final = frozenset({TermKind.DISTRICT, TermKind.HOSPITAL})
_A_BEFORE: Final = re.compile(r"(?:^|[\s,;:(])[aà]\s+$", re.IGNORECASE)
_CLAUSE_END: Final = re.compile(r"\s*(?:$|[,.;:!?)])")


def _place_preposition_votes(reading: MessageReading) -> Counter[str]:
    """French for an "a" right before a place that ends its clause ("dermatologue a Wuhou ?"): "à"
    typed without its accent. English has "a" there only before a noun ("a Wuhou clinic")."""
    votes: Counter[str] = Counter()
    for mention in reading.mentions:
        if mention.kind not in _PLACE_KINDS:
            continue
        if _A_BEFORE.search(reading.text[: mention.start]) and _CLAUSE_END.match(reading.text, mention.end):
            votes["fr"] += 1
    return votes


def _little_word_votes(frame: str) -> Counter[str]:
    evidence = language_evidence(tokenize(frame))
    return Counter({language: count for language, count in evidence.items() if language != "ja" and count})


def _vocabulary_votes(reading: MessageReading, current: str | None) -> Counter[str]:
    """The languages of the departments and languages the message names ("Neurologe" is German); a word
    the conversation's language uses as well ("acupuncture" in French, "Rehabilitation" in German) tells
    nothing against it."""
    votes: Counter[str] = Counter()
    # A word typed with a slip ("accupuncture") says less of its language than one typed right: it
    # counts only where no other does.
    telling = [mention for mention in reading.mentions if mention.kind in _WORD_KINDS]
    if any(mention.quality is not MatchQuality.FUZZY for mention in telling):
        telling = [mention for mention in telling if mention.quality is not MatchQuality.FUZZY]
    for mention in telling:
        if mention.language != current and _is_a_word_of(mention.typed, current):
            continue
        if mention.language in REPLY_LANGUAGES:
            votes[mention.language] += 1
        elif has_kana(mention.typed) or any(map(is_cjk, mention.typed)):
            votes["ja"] += 1  # "眼科" is Chinese too, but of the four only Japanese writes it
    return votes


def _is_a_word_of(typed: str, language: str | None) -> bool:
    if language is None or language not in _LATIN_LANGUAGES.values():
        return False
    return zipf_frequency(typed.lower(), language) >= _SHARED_WORD_ZIPF


def _frame(reading: MessageReading) -> str:
    """The message without any mention of the vocabulary: the words the patient's sentence is made of."""
    kept, position = [], 0
    for mention in sorted(reading.mentions, key=lambda mention: mention.start):
        if mention.start < position:
            continue
        kept.append(reading.text[position : mention.start])
        position = mention.end
    kept.append(reading.text[position:])
    return " ".join(kept)


def _clear_winner(votes: Counter[str]) -> str | None:
    ranked = votes.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _detected(words: list[str]) -> dict[str, float]:
    values = _detector().compute_language_confidence_values(" ".join(words))
    return {_LATIN_LANGUAGES[value.language]: value.value for value in values}


def _function_word_language(frame: str) -> str | None:
    """The language of the frame's little words ("un", "qui"; "ich", "einen"), when they clearly agree.

    Borrowed words are nouns and set phrases ("Zahnarzt", "merci", "check-up"); the articles, pronouns
    and prepositions holding them together are the sentence's own language.
    """
    evidence = language_evidence(tokenize(frame))
    ranked = sorted((count, language) for language, count in evidence.items() if language != "ja")
    (second, _), (best, language) = ranked[-2], ranked[-1]
    return language if best >= _FUNCTION_WORDS_TO_TELL and best >= 2 * second else None


# The little words of a Japanese sentence, by MeCab lemma: particles, the copula, polite endings.
_JAPANESE_LITTLE_WORDS: Final = frozenset(
    {"は", "が", "を", "に", "で", "の", "と", "も", "へ", "や", "か", "から", "まで", "より", "ね", "よ"}
    | {"だ", "です", "ます", "た", "て", "ない", "ください", "下さい", "お願い"}
)


def _japanese_grammar(frame: str) -> bool:
    """Whether the frame's Japanese words hold a sentence of their own, not only a noun or two."""
    return any(token.lemma in _JAPANESE_LITTLE_WORDS for token in tokenize(frame) if token.lemma)


def _little_words_keep(frame: str, current: str | None) -> bool:
    """Whether the frame's little words are the conversation's language, and no other language has as
    many: the words set into them are borrowed ("leur address ?" stays French, "their Adresse?"
    English), however few words the frame has."""
    if current is None or current not in _LATIN_LANGUAGES.values():
        return False
    evidence = language_evidence(tokenize(frame))
    own = evidence[current]
    return own > 0 and all(
        count < own for language, count in evidence.items() if language not in (current, "ja")
    )


def written_language(reading: MessageReading, current: str | None) -> str | None:
    """The language the message is written in, or None when nothing in it tells."""
    frame = _frame(reading)
    if has_japanese(frame):
        # Kana, or kanji without kana: of the four languages only Japanese writes that way; a word of
        # simplified Chinese in a sentence of another language ("what's the 电话 of that one") is none.
        # Japanese words without a particle or ending of their own, in a frame whose little words are
        # clearly another language's, are a noun set into that sentence ("could I get the じゅうしょ?").
        grammar = None if _japanese_grammar(frame) else _function_word_language(frame)
        return grammar or "ja"
    grammar = _function_word_language(frame)
    if grammar is not None:
        return grammar
    if _little_words_keep(frame, current):
        return current
    words = [word for word in frame.split() if any(char.isalpha() for char in word)]
    cues = _cue_votes(reading, current) + _place_preposition_votes(reading)
    if len(words) <= _A_FEW_WORDS:
        told = _clear_winner(cues + _little_word_votes(frame)) if cues else None
        if told is not None:
            return told
    if len(words) > _A_WORD_OR_TWO:
        confidence = _detected(words)
        best = max(confidence, key=confidence.__getitem__)
        needed = _CONFIDENCE_TO_START if current is None else _CONFIDENCE_TO_SWITCH
        if confidence[best] >= needed:
            return best
        if current is not None and confidence.get(current, 0.0) >= _CONFIDENCE_TO_STAY:
            return current  # a frame of two languages keeps the conversation's
    told = _clear_winner(cues) or _clear_winner(_vocabulary_votes(reading, current))
    if told is not None:
        return told
    if not words or len(words) > _A_WORD_OR_TWO:
        return None
    confidence = _detected(words)
    best = max(confidence, key=confidence.__getitem__)
    needed = _CONFIDENCE_TO_START if current is None else _CONFIDENCE_FOR_A_WORD_OR_TWO
    return best if confidence[best] >= needed else None


def reply_language(reading: MessageReading, metadata: dict[str, Any] | None, current: str | None) -> str:
    return requested_language(metadata) or written_language(reading, current) or current or DEFAULT_LANGUAGE
