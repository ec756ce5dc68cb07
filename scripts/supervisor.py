"""`make run`'s supervisor: starts one replica of the three processes, restarts any that stops, and stops
them all on Ctrl-C.

A process that dies (killed, crashed, or a clean exit) is started again after a back-off that doubles
from 1 s up to 30 s while it keeps dying, and resets once it has run for a minute; each stop and
restart is written to standard output and to var/log/supervisor.log.

    python -m scripts.supervisor --model bot/models/mednav-....tar.gz [--log-dir var/log]
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Final

from scripts.processes import DEFAULTS, ROOT, Process, SettingError, one_replica, replica_environment

FIRST_BACK_OFF_SECONDS: Final = 1.0
LONGEST_BACK_OFF_SECONDS: Final = 30.0
# A process that ran this long before it stopped is restarted promptly again, as if for the first time.
STEADY_SECONDS: Final = 60.0
_POLL_SECONDS: Final = 0.5


def answers(url: str, timeout: float = 2.0) -> bool:
    """Whether a server answers HTTP at `url` at all (a 503 from a degraded web app is still an answer)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


@dataclass
class Supervised:
    process: Process
    log_path: Path
    running: subprocess.Popen[bytes] | None = None
    log: IO[bytes] | None = None
    started_at: float = 0.0
    back_off: float = FIRST_BACK_OFF_SECONDS
    restart_at: float | None = None
    restarts: int = 0

    def start(self) -> None:
        self.log = self.log_path.open("ab")
        self.running = subprocess.Popen(
            self.process.command,
            cwd=self.process.cwd,
            env=self.process.environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            # Its own process group: Ctrl-C reaches the supervisor, which stops the children in order.
            start_new_session=True,
        )
        self.started_at = time.monotonic()
        self.restart_at = None

    def stop(self, grace_seconds: float = 20.0) -> None:
        if self.running is not None and self.running.poll() is None:
            self.running.terminate()
            try:
                self.running.wait(timeout=grace_seconds)
            except subprocess.TimeoutExpired:
                self.running.kill()
                self.running.wait()
        if self.log is not None:
            self.log.close()
            self.log = None


class Supervisor:
    def __init__(self, processes: Sequence[Process], log_dir: Path, ready_message: str = "") -> None:
        log_dir.mkdir(parents=True, exist_ok=True)
        self.ready_message = ready_message or "every MedNav process answers"
        self.children = [Supervised(process, log_dir / f"{process.name}.log") for process in processes]
        self.journal = (log_dir / "supervisor.log").open("a", encoding="utf-8")
        self.stopping = False

    def say(self, message: str, *, stream: IO[str] = sys.stdout) -> None:
        line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} {message}"
        print(message, file=stream, flush=True)
        self.journal.write(line + "\n")
        self.journal.flush()

    def run(self) -> int:
        for child in self.children:
            child.start()
            self.say(f"started {child.process.name} (pid {child.running and child.running.pid})")
        announced = False
        while not self.stopping:
            if not announced and all(answers(child.process.health_url) for child in self.children):
                announced = True
                self.say(self.ready_message)
            for child in self.children:
                self._watch(child)
            time.sleep(_POLL_SECONDS)
        return 0

    def _watch(self, child: Supervised) -> None:
        now = time.monotonic()
        if child.restart_at is not None:
            if now >= child.restart_at and not self.stopping:
                child.restarts += 1
                child.start()
                self.say(
                    f"restarted {child.process.name} (pid {child.running and child.running.pid}, "
                    f"restart {child.restarts})"
                )
            return
        assert child.running is not None
        code = child.running.poll()
        if code is None:
            return
        if child.log is not None:
            child.log.close()
            child.log = None
        if now - child.started_at >= STEADY_SECONDS:
            child.back_off = FIRST_BACK_OFF_SECONDS
        how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
        self.say(
            f"{child.process.name} {how}; restarting in {child.back_off:.0f} s (see {child.log_path})",
            stream=sys.stderr,
        )
        child.restart_at = now + child.back_off
        child.back_off = min(child.back_off * 2, LONGEST_BACK_OFF_SECONDS)

    def stop(self) -> None:
        self.stopping = True
        # Rasa first, so no conversation is mid-turn when its action server goes.
        for child in reversed(self.children):
            child.stop()
        self.say("MedNav stopped.")
        self.journal.close()


def _default_log_dir(environment: dict[str, str]) -> Path:
    # A second `make run` of the same clone on other ports must not write into the first one's logs.
    ports = [environment[f"MEDINAV_{name}_PORT"] for name in ("RASA", "ACTIONS", "WEB")]
    default = [DEFAULTS[f"MEDINAV_{name}_PORT"] for name in ("RASA", "ACTIONS", "WEB")]
    logs = ROOT / "var" / "log"
    return logs if ports == default else logs / "-".join(ports)


def _where(environment: dict[str, str], log_dir: Path) -> str:
    host = environment["MEDINAV_BIND_HOST"]
    shown = "localhost" if host in {"127.0.0.1", "0.0.0.0"} else host
    web, rasa, actions = (environment[f"MEDINAV_{name}_PORT"] for name in ("WEB", "RASA", "ACTIONS"))
    return f"""
MedNav is running (logs in {log_dir}; Ctrl-C stops everything):
  Chat widget (patients)    http://{shown}:{web}/static/chat.html
  Lookup page (operators)   http://{shown}:{web}/static/lookup.html
  API and its docs          http://{shown}:{web}/docs
  Health of every part      http://{shown}:{web}/healthz
  Rasa (REST, socket.io)    http://{shown}:{rasa}/webhooks/rest/webhook
  Action server             http://{shown}:{actions}/webhook (needs MEDINAV_ACTIONS_TOKEN)
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.supervisor", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="the trained Rasa model (.tar.gz)")
    parser.add_argument("--log-dir", type=Path, help="default var/log/ (per ports for a second replica)")
    arguments = parser.parse_args(argv)
    environment = replica_environment()
    log_dir = arguments.log_dir or _default_log_dir(environment)
    try:
        processes = one_replica(environment, arguments.model.resolve())
    except SettingError as error:
        print(f"make run: {error}", file=sys.stderr)
        return 2
    supervisor = Supervisor(processes, log_dir, _where(environment, log_dir))

    def on_signal(_number: int, _frame: FrameType | None) -> None:
        supervisor.stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        return supervisor.run()
    finally:
        supervisor.stop()


if __name__ == "__main__":
    raise SystemExit(main())
