"""Matcher benchmark: building the vocabulary index once per directory revision, and reading one chat
message (`TermIndex.scan`: stems, compounds, Japanese readings, typos, cues) on the sample directory and
on 10,000 generated hospitals."""

from __future__ import annotations

import json
import time
from typing import Any

from bench.figures import latency_line
from bench.generated_directory import generated_directory
from directory.live import build_vocabulary, static_terms
from directory.resolver import TermIndex
from directory.settings import PROJECT_ROOT
from directory.vocabulary.districts import DEFAULT_DISTRICTS
from directory.vocabulary.insurers import DEFAULT_INSURERS
from directory.vocabulary.terms import Term, TermKind

SCANS = 2000
SAMPLE = PROJECT_ROOT / "directory" / "sample_data" / "chengdu.json"
# Chat turns of the lengths and languages patients write, with every kind of term and form.
_MESSAGES = (
    "hello",
    "I need a pediatrician who speaks French near Jinjiang, we are insured with Bupa",
    "is there a dentsit open on sunday",
    "Wir suchen eine Augenarztpraxis im Bezirk Wuhou, versichert bei der Allianz",
    "Zahnschmerzen seit gestern, gibt es etwas mit Englisch?",
    "un service pédiatrique qui parle anglais, assurée chez AXA",
    "ひふかで英語が話せるところ",
    "武侯区の小児科でシグナの直接請求ができる病院を教えてください",
    "ok thanks",
    "what about number 2",
)


def _index(document: dict[str, Any]) -> tuple[TermIndex, float]:
    hospitals = [Term(TermKind.HOSPITAL, record["id"], record["name"]) for record in document["hospitals"]]
    in_use = {(TermKind.DISTRICT, record["district"]) for record in document["hospitals"]} | {
        (TermKind.INSURER, insurer)
        for record in document["hospitals"]
        for insurer in record.get("direct_billing", ())
    }
    started = time.perf_counter()
    index = build_vocabulary([*static_terms(), *DEFAULT_INSURERS, *DEFAULT_DISTRICTS, *hospitals], in_use)
    return index, time.perf_counter() - started


def _scans(index: TermIndex) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds per message: on a shared machine the wall clock's p95 is the
    scheduler's time slice (about 4 ms at a load of 7 on 2 cores), the CPU time is the matcher's."""
    wall, cpu = [], []
    for turn in range(SCANS):
        message = _MESSAGES[turn % len(_MESSAGES)]
        started, started_cpu = time.perf_counter(), time.thread_time()
        index.scan(message)
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return wall, cpu


def run() -> None:
    print(f"== Matcher: one chat message read against the vocabulary, {SCANS} messages per figure")
    for label, document in (
        ("sample directory", json.loads(SAMPLE.read_text(encoding="utf-8"))),
        ("10,000 hospitals", generated_directory(10_000)),
    ):
        index, took = _index(document)
        print(f"{label}: index built in {took:6.2f} s (once per directory revision)")
        wall, cpu = _scans(index)
        print(latency_line(f"{label}: scan of one message", wall, 3))
        print(latency_line(f"{label}: scan of one message, CPU time", cpu, 3))


if __name__ == "__main__":
    run()
