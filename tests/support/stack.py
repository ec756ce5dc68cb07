"""Starts real MedNav servers on free ports, for tests and benchmarks: the commands of `make run`
(scripts/processes.py), with a random action-server token per stack, as `make run` does.

Each stack has its own conversation database unless told to share one, so it never touches a running
`make run`; the replica tests give two stacks one tracker store, one lock store and one directory.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from scripts.processes import (
    BOT,
    RASA,
    RASA_PYTHON,
    ROOT,
    Process,
    action_server,
    free_port,
    rasa,
    replica_environment,
    web_app,
)

__all__ = [
    "BOT",
    "RASA",
    "RASA_PYTHON",
    "ROOT",
    "Stack",
    "assistant_stack",
    "free_port",
    "started",
    "wait_until_up",
]


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 480) -> None:
    """Until `url` answers at all (a degraded web app's 503 is an answer), or fail with the log's tail."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not come up in {seconds} s:\n{log.read_text()[-3000:]}")


@contextmanager
def started(process: Process, log: Path, wait: bool = True) -> Iterator[subprocess.Popen[bytes]]:
    """`process` running (and answering, with `wait`), stopped on exit."""
    with log.open("ab") as out:
        running = subprocess.Popen(
            process.command, cwd=process.cwd, env=process.environment, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            if wait:
                wait_until_up(process.health_url, running, log)
            yield running
        finally:
            running.terminate()
            try:
                running.wait(timeout=20)
            except subprocess.TimeoutExpired:
                running.kill()
                running.wait()


@dataclass
class Stack:
    rasa_url: str
    rasa_pid: int
    #: Seconds from starting Rasa until it answered.
    rasa_start_seconds: float
    actions_url: str
    actions_token: str
    #: The web app's address, when the stack has one.
    web_url: str | None
    rasa_process: subprocess.Popen[bytes]
    actions_process: subprocess.Popen[bytes]
    web_process: subprocess.Popen[bytes] | None

    #: Stops Rasa and starts it again on the same port (conversations stay in the tracker store).
    restart_rasa: Callable[[], None] = lambda: None

    def pids(self) -> dict[str, int]:
        running = {"rasa": self.rasa_process, "actions": self.actions_process, "web": self.web_process}
        return {name: process.pid for name, process in running.items() if process is not None}


@contextmanager
def assistant_stack(
    model: Path,
    directory_url: str,
    work: Path,
    *,
    tracker_url: str | None = None,
    lock_url: str | None = None,
    with_web: bool = False,
    settings: dict[str, str] | None = None,
) -> Iterator[Stack]:
    """Rasa and the action server (and the web app, `with_web`) answering on free ports, stopped on exit."""
    work.mkdir(parents=True, exist_ok=True)
    base = {
        name: value
        for name, value in os.environ.items()
        # A developer's own settings must not steer the test servers.
        if not name.startswith("MEDINAV_") or name == "MEDINAV_MODEL"
    }
    base.update(
        MEDINAV_DATABASE_URL=directory_url,
        MEDINAV_TRACKER_STORE_URL=tracker_url
        or os.environ.get("BENCH_TRACKER_URL")
        or f"sqlite:///{work}/conversations.db",
        MEDINAV_RASA_PORT=str(free_port()),
        MEDINAV_ACTIONS_PORT=str(free_port()),
        MEDINAV_WEB_PORT=str(free_port()),
    )
    if lock_url:
        base["MEDINAV_LOCK_STORE_URL"] = lock_url
    base.update(settings or {})
    environment = replica_environment(base)
    extra = ["--enable-api"] if base.get("RASA_ENABLE_API") or os.environ.get("RASA_ENABLE_API") else []
    rasa_process = rasa(environment, model)
    rasa_process.command.extend(extra)
    with ExitStack() as running:
        actions = running.enter_context(started(action_server(environment), work / "actions.log", wait=False))
        web = (
            running.enter_context(started(web_app(environment), work / "web.log", wait=False))
            if with_web
            else None
        )
        began = time.monotonic()
        rasa_running = running.enter_context(started(rasa_process, work / "rasa.log"))
        rasa_seconds = time.monotonic() - began
        wait_until_up(action_server(environment).health_url, actions, work / "actions.log")
        if web is not None:
            wait_until_up(web_app(environment).health_url, web, work / "web.log")
        stack = Stack(
            rasa_url=environment["MEDINAV_RASA_URL"],
            rasa_pid=rasa_running.pid,
            rasa_start_seconds=rasa_seconds,
            actions_url=environment["MEDINAV_ACTION_ENDPOINT_URL"],
            actions_token=environment["MEDINAV_ACTIONS_TOKEN"],
            web_url=f"http://127.0.0.1:{environment['MEDINAV_WEB_PORT']}" if with_web else None,
            rasa_process=rasa_running,
            actions_process=actions,
            web_process=web,
        )

        def restart_rasa() -> None:
            stack.rasa_process.terminate()
            stack.rasa_process.wait(timeout=30)
            stack.rasa_process = running.enter_context(started(rasa_process, work / "rasa.log"))
            stack.rasa_pid = stack.rasa_process.pid

        stack.restart_rasa = restart_rasa
        yield stack
