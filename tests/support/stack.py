"""Starts a real action server and a real Rasa server on free ports, for tests and benchmarks.

Each stack has its own directory and conversation databases, so it never touches a running `make run`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not come up in {seconds} s:\n{log.read_text()[-3000:]}")


@dataclass
class Stack:
    rasa_url: str
    rasa_pid: int
    #: Seconds from starting Rasa until it answered.
    rasa_start_seconds: float
    #: Stops Rasa and starts it again on the same port (conversations stay in the tracker store).
    restart_rasa: Callable[[], None]


@contextmanager
def assistant_stack(model: Path, directory_url: str, work: Path) -> Iterator[Stack]:
    """Rasa and the action server, answering on free ports, stopped on exit."""
    action_port, rasa_port = free_port(), free_port()
    endpoints = work / "endpoints.yml"
    endpoints.write_text(
        (BOT / "endpoints.yml").read_text().replace("localhost:5055", f"localhost:{action_port}"),
        encoding="utf-8",
    )
    environment = {
        **os.environ,
        "MEDINAV_DATABASE_URL": directory_url,
        "MEDINAV_TRACKER_STORE_URL": os.environ.get("BENCH_TRACKER_URL")
        or f"sqlite:///{work}/conversations.db",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    environment.pop("MEDINAV_LOCK_STORE_URL", None)
    action_log, rasa_log = work / "actions.log", work / "rasa.log"
    with action_log.open("wb") as action_out, rasa_log.open("wb") as rasa_out:
        actions = subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
            cwd=ROOT,
            env=environment,
            stdout=action_out,
            stderr=subprocess.STDOUT,
        )
        started = time.monotonic()

        def start_rasa() -> subprocess.Popen[bytes]:
            return subprocess.Popen(
                [
                    str(RASA),
                    "run",
                    "--model",
                    str(model),
                    "--port",
                    str(rasa_port),
                    "--endpoints",
                    str(endpoints),
                    "--credentials",
                    str(BOT / "credentials.yml"),
                    *(["--enable-api"] if os.environ.get("RASA_ENABLE_API") else []),
                ],
                cwd=BOT,
                env=environment,
                stdout=rasa_out,
                stderr=subprocess.STDOUT,
            )

        rasa = start_rasa()

        def restart_rasa() -> None:
            nonlocal rasa
            rasa.terminate()
            rasa.wait(timeout=30)
            rasa = start_rasa()
            wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa, rasa_log)

        try:
            wait_until_up(f"http://127.0.0.1:{action_port}/health", actions, action_log)
            wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa, rasa_log)
            yield Stack(f"http://127.0.0.1:{rasa_port}", rasa.pid, time.monotonic() - started, restart_rasa)
        finally:
            for process in (rasa, actions):
                process.terminate()
            for process in (rasa, actions):
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
