"""Assistant benchmark: search-turn latency through Rasa's REST channel, throughput, start-up, memory."""

from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle
from pathlib import Path

import httpx

from bench.figures import latency_line, mean_ms
from bench.generated_directory import generated_file
from directory.db import engine_for, migrate_database, session_scope
from directory.importer import import_directory
from tests.support.stack import assistant_stack

SEARCHES = [
    "I need a cardiologist who speaks German and takes Allianz",
    "英語が通じる歯医者を探しています",
    "Ich suche einen Kinderarzt in Wuhou",
    "je cherche un dermatologue qui parle anglais",
    "hospital with a 24 hour emergency room that bills Cigna directly",
    "整形外科で直接請求ができる病院",
]
HOSPITALS = 1_000


def _timed_turn(client: httpx.Client, sender: str, message: str) -> float:
    started = time.perf_counter()
    client.post("/webhooks/rest/webhook", json={"sender": sender, "message": message}).raise_for_status()
    return time.perf_counter() - started


def _one_user(url: str, turns: int) -> list[float]:
    with httpx.Client(base_url=url, timeout=30) as client:
        messages = cycle(SEARCHES)
        return [_timed_turn(client, f"solo-{turn}", next(messages)) for turn in range(turns)]


def _concurrent(url: str, users: int, turns_each: int) -> tuple[list[float], float]:
    def user(number: int) -> list[float]:
        with httpx.Client(base_url=url, timeout=60) as client:
            messages = cycle(SEARCHES[number % len(SEARCHES) :] + SEARCHES[: number % len(SEARCHES)])
            return [_timed_turn(client, f"crowd-{number}", next(messages)) for _ in range(turns_each)]

    started = time.perf_counter()
    with ThreadPoolExecutor(users) as pool:
        samples = [second for result in pool.map(user, range(users)) for second in result]
    return samples, len(samples) / (time.perf_counter() - started)


def _long_conversations(url: str, conversations: int, turns: int) -> tuple[list[float], list[float]]:
    first, last = [], []
    with httpx.Client(base_url=url, timeout=30) as client:
        for number in range(conversations):
            messages = cycle(SEARCHES)
            seconds = [_timed_turn(client, f"long-{number}", next(messages)) for _ in range(turns)]
            first.append(seconds[0])
            last.append(seconds[-1])
    return first, last


def _resident_megabytes(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _training_seconds(model: Path) -> str:
    record = model.with_suffix("").with_suffix(".train-seconds")
    return (
        f"{float(record.read_text()):.0f} s" if record.exists() else "not recorded (model trained elsewhere)"
    )


def run() -> None:
    model = Path(os.environ["MEDINAV_MODEL"])
    print(f"== Assistant: Rasa REST channel, {HOSPITALS:,} generated hospitals, model {model.name}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        directory_url = f"sqlite:///{work}/directory.db"
        migrate_database(directory_url)
        with session_scope(engine_for(directory_url)) as session:
            raw = generated_file(HOSPITALS)
            import_directory(session, raw, max_bytes=len(raw) + 1)
        with assistant_stack(model, directory_url, work) as stack:
            print(f"training time: {_training_seconds(model)}   target <= 300 s")
            print(f"Rasa start (process start to first answer): {stack.rasa_start_seconds:.1f} s")
            _one_user(stack.rasa_url, 10)  # warm up: first predictions build TensorFlow graphs
            print(f"Rasa memory after warm-up: {_resident_megabytes(stack.rasa_pid):.0f} MB resident")
            solo = _one_user(stack.rasa_url, 120)
            print(latency_line("search turn, 1 user", solo, 120))
            crowd, throughput = _concurrent(stack.rasa_url, 8, 25)
            print(latency_line("search turn, 8 concurrent users", crowd))
            print(f"throughput with 8 users: {throughput:.1f} messages/s")
            first, last = _long_conversations(stack.rasa_url, 6, 50)
            ratio = mean_ms(last) / mean_ms(first)
            print(
                f"turn 1 vs turn 50 of a conversation: {mean_ms(first):.1f} ms vs {mean_ms(last):.1f} ms "
                f"(x{ratio:.2f})   target <= x1.2: {'met' if ratio <= 1.2 else 'MISSED'}"
            )
            p50 = sorted(solo)[len(solo) // 2] * 1000
            print(f"one-user p50 {p50:.1f} ms   target <= 60 ms: {'met' if p50 <= 60 else 'MISSED'}")
