"""make eval, conversations: the outside set in eval/conversations, judged turn by turn.

The set was written by someone who saw neither the training data nor the other evaluation sets, on a
directory of its own (eval/conversations/README.md). Nothing here is tuned to it: it reports figures per
mechanism and per language; `--failures` lists the failed turns for a reader, never for the training data.

A turn is right when (the rules of eval/conversations/README.md):
- a search carries exactly one `hospital_list` whose ids and `total` equal the directory filtered by exactly
  the criteria asked for so far;
- an emergency gives 120 in the first message; a question about one hospital carries its phone or address;
- a choice offers buttons whose titles name each candidate; a hotline request gives the hotline;
- a medical question gets no dose; and every reply is in the expected language (names of things aside).
A turn after a failed one in the same conversation counts as failed: its context is already wrong.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import tempfile
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from directory.db import engine_for, migrate_database, session_scope
from directory.importer import ImportMode, import_directory
from tests.support.stack import ROOT, assistant_stack

CASES = ROOT / "eval" / "conversations"
HOTLINE = "02866667777"
_DOSE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mg|ml|錠|tabletten|comprimés|comprimes|tablets?|pills?)\b", re.I)
_FUNCTION_WORDS = {
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "you",
            "your",
            "is",
            "are",
            "with",
            "for",
            "in",
            "of",
            "to",
            "i",
            "we",
            "can",
            "which",
            "here",
            "there",
            "this",
            "that",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "sie",
            "ihr",
            "ist",
            "sind",
            "mit",
            "für",
            "im",
            "von",
            "zu",
            "ich",
            "wir",
            "kann",
            "können",
            "welche",
            "hier",
            "eine",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "vous",
            "votre",
            "est",
            "sont",
            "avec",
            "pour",
            "dans",
            "du",
            "des",
            "à",
            "je",
            "nous",
            "peut",
            "pouvez",
            "quel",
            "une",
        ]
    ),
}
Replies = list[dict[str, Any]]


def load_cases(folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("outside_cases", folder / "cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_ids(directory: dict[str, Any], criteria: dict[str, Any]) -> set[str]:
    if "ids" in criteria:
        return set(criteria["ids"])
    return {
        hospital["id"]
        for hospital in directory["hospitals"]
        if all(code in hospital["languages"] for code in criteria.get("language", []))
        and (not criteria.get("specialty") or criteria["specialty"] in hospital["specialties"])
        and (not criteria.get("insurer") or criteria["insurer"] in hospital.get("direct_billing", []))
        and (not criteria.get("direct_billing") or hospital.get("direct_billing"))
        and (not criteria.get("district") or hospital["district"] == criteria["district"])
        and (not criteria.get("emergency") or hospital.get("emergency_24h"))
    }


def names_of_things(directory: dict[str, Any]) -> list[str]:
    """Names, aliases and addresses of the directory's things: they say nothing about the language."""
    names: set[str] = set()
    for group in ("hospitals", "insurers", "districts"):
        for thing in directory.get(group, []):
            for field in ("name", "address"):
                names.update(text for text in (thing.get(field) or {}).values() if text)
            names.update(thing.get("aliases", []))
    return sorted(names, key=len, reverse=True)


def reply_language(text: str, names: Iterable[str]) -> str:
    for name in names:
        text = text.replace(name, " ")
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿñæœäöß']+", text.lower())
    scores = {
        language: sum(word in vocabulary for word in words)
        for language, vocabulary in _FUNCTION_WORDS.items()
    }
    best = max(scores, key=lambda language: scores[language])
    return best if scores[best] else "?"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


class Judge:
    def __init__(self, directory: dict[str, Any]) -> None:
        self.directory = directory
        self.names = names_of_things(directory)

    def problems(self, replies: Replies, kind: str, argument: dict[str, Any], language: str) -> list[str]:
        said = " ".join(reply.get("text") or "" for reply in replies)
        customs = [reply["custom"] for reply in replies if isinstance(reply.get("custom"), dict)]
        found: list[str] = []
        if reply_language(said, self.names) != language:
            found.append(f"reply language {reply_language(said, self.names)}, wanted {language}")
        if kind == "list":
            lists = [custom for custom in customs if custom.get("type") == "hospital_list"]
            wanted = expected_ids(self.directory, argument)
            if len(lists) != 1:
                found.append(f"{len(lists)} hospital_list payloads")
            else:
                got = {hospital.get("id") for hospital in lists[0].get("hospitals", [])}
                if got != wanted or lists[0].get("total") != len(wanted):
                    found.append(f"ids {sorted(got)} (total {lists[0].get('total')}) != {sorted(wanted)}")
        elif kind == "emergency":
            first = next((reply["text"] for reply in replies if reply.get("text")), "")
            if "120" not in first:
                found.append("the first message does not give 120")
        elif kind == "hotline":
            if HOTLINE not in _digits(said):
                found.append("no hotline")
        elif kind == "noadvice":
            if _DOSE.search(said):
                found.append("gives a dose")
        elif kind == "choice":
            titles = [button.get("title", "") for reply in replies for button in reply.get("buttons") or []]
            missing = [
                name for name in argument["names"] if not any(_normal(name) in _normal(t) for t in titles)
            ]
            if missing:
                found.append(f"no button for {missing} (buttons: {titles})")
        elif kind == "info":
            found += self._info_problems(said, customs, argument)
        return found

    def _info_problems(self, said: str, customs: list[dict[str, Any]], argument: dict[str, Any]) -> list[str]:
        hospital = next(h for h in self.directory["hospitals"] if h["id"] == argument["hospital"])
        shown = said + " ".join(
            json.dumps(card, ensure_ascii=False)
            for custom in customs
            for card in custom.get("hospitals", [])
            if len(custom.get("hospitals", [])) == 1 and card.get("id") == hospital["id"]
        )
        if argument["field"] == "phone":
            return [] if _digits(hospital["phone"])[-8:] in _digits(shown) else ["no phone"]
        addresses = hospital["address"].values()
        return [] if any(_normal(address) in _normal(shown) for address in addresses) else ["no address"]


def _button_payload(previous: Replies, name: str) -> str | None:
    for reply in previous:
        for button in reply.get("buttons") or []:
            if _normal(name) in _normal(button.get("title", "")):
                return str(button.get("payload") or button.get("title"))
    return None


def run_conversations(
    url: str, cases: ModuleType, directory: dict[str, Any], show: bool, only: tuple[str, ...] = ()
) -> dict[str, list[bool]]:
    """Each conversation of the set (or those whose id starts with one of `only`, each reply shown)."""
    judge = Judge(directory)
    results: dict[str, list[bool]] = defaultdict(list)
    chosen = [c for c in cases.CONVERSATIONS if not only or c["id"].startswith(only)]
    with httpx.Client(base_url=url, timeout=60) as client:
        for conversation in chosen:
            sender, broken = f"eval-{uuid.uuid4().hex[:12]}", False
            previous: Replies = []
            for turn in conversation["turns"]:
                text, (kind, argument) = turn[0], turn[1]
                language = turn[2] if len(turn) > 2 else conversation["language"]
                key = (conversation["mechanism"], language)
                if broken:
                    results[f"{key[0]}|{key[1]}"].append(False)
                    continue
                message = text
                if text.startswith("@button "):
                    message = _button_payload(previous, text.removeprefix("@button ")) or ""
                body: dict[str, Any] = {"sender": sender, "message": message}
                if conversation.get("metadata"):
                    body["metadata"] = conversation["metadata"]
                answer = client.post("/webhooks/rest/webhook", json=body)
                replies: Replies = answer.json() if answer.status_code == 200 else []
                problems = (
                    judge.problems(replies, kind, argument, language) if message else ["no such button"]
                )
                if answer.status_code != 200:
                    problems.append(f"HTTP {answer.status_code}")
                results[f"{key[0]}|{key[1]}"].append(not problems)
                if only:
                    print(f"> {text}")
                    for reply in replies:
                        print(
                            "  " + (reply.get("text") or json.dumps(reply.get("custom"), ensure_ascii=False))
                        )
                if problems:
                    broken = True
                    if show:
                        print(f"FAIL {conversation['id']} [{language}] {text!r}: {'; '.join(problems)}")
                previous = replies
    return results


def report(results: dict[str, list[bool]]) -> None:
    languages = ("en", "ja", "de", "fr")
    mechanisms = sorted({key.split("|")[0] for key in results})

    def cell(keys: Iterable[str]) -> str:
        outcomes = [ok for key in keys for ok in results.get(key, [])]
        return (
            f"{sum(outcomes)}/{len(outcomes)} ({100 * sum(outcomes) / max(len(outcomes), 1):.0f}%)"
            if outcomes
            else "-"
        )

    print(f"{'mechanism':<24}" + "".join(f"{language:>16}" for language in languages) + f"{'all':>16}")
    for mechanism in mechanisms:
        row = [cell([f"{mechanism}|{language}"]) for language in languages]
        every = cell(f"{mechanism}|{language}" for language in languages)
        print(f"{mechanism:<24}" + "".join(f"{value:>16}" for value in row) + f"{every:>16}")
    totals = [cell(f"{m}|{language}" for m in mechanisms) for language in languages]
    print(f"{'all':<24}" + "".join(f"{value:>16}" for value in totals) + f"{cell(results):>16}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--failures", action="store_true", help="list the failed turns")
    parser.add_argument(
        "--only", nargs="+", default=(), help="run these conversations (id prefixes), replies shown"
    )
    arguments = parser.parse_args()
    arguments.cases = arguments.cases.resolve()
    cases = load_cases(arguments.cases)
    raw = (arguments.cases / cases.DIRECTORY_FILE).read_bytes()
    with tempfile.TemporaryDirectory(prefix="mednav-eval-") as folder:
        work = Path(folder)
        url = f"sqlite:///{work}/directory.db"
        migrate_database(url)
        with session_scope(engine_for(url)) as session:
            import_directory(session, raw, mode=ImportMode.REPLACE, max_bytes=len(raw) + 1)
        with assistant_stack(arguments.model, url, work, settings={"MEDINAV_HOTLINE": HOTLINE}) as stack:
            results = run_conversations(
                stack.rasa_url, cases, json.loads(raw), arguments.failures, tuple(arguments.only)
            )
    print(
        f"\nConversations written apart from the project ({arguments.cases.relative_to(ROOT)}), turns right:"
    )
    report(results)


if __name__ == "__main__":
    main()
