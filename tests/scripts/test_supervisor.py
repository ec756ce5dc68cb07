"""`make run`'s supervisor (scripts/serve.sh): one replica on 127.0.0.1, a process that stops is started
again and the log says so, /healthz shows what is down meanwhile, and Ctrl-C stops everything."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from directory.db import migrate_database
from scripts.processes import ROOT, free_port
from tests.bot.conftest import trained_model

pytestmark = pytest.mark.rasa


@dataclass
class Replica:
    supervisor: subprocess.Popen[bytes]
    ports: dict[str, int]
    logs: Path

    @property
    def healthz(self) -> str:
        return f"http://127.0.0.1:{self.ports['web']}/healthz"

    def journal(self) -> str:
        return (self.logs / "supervisor.log").read_text(encoding="utf-8")

    def pid_of(self, name: str) -> int:
        return int(re.findall(rf"(?:re)?started {name} \(pid (\d+)", self.journal())[-1])


def eventually(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"not within {seconds} s: {what}")


def health(replica: Replica) -> tuple[int, dict[str, object]]:
    try:
        answer = httpx.get(replica.healthz, timeout=5)
    except httpx.HTTPError:
        return 0, {}
    return answer.status_code, answer.json()


@pytest.fixture(scope="module")
def replica(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replica]:
    model = trained_model()
    work = tmp_path_factory.mktemp("supervised")
    directory_url = f"sqlite:///{work}/directory.db"
    migrate_database(directory_url)
    ports = {"rasa": free_port(), "actions": free_port(), "web": free_port()}
    environment = {
        **{name: value for name, value in os.environ.items() if not name.startswith("MEDINAV_")},
        "MEDINAV_MODEL": str(model),
        "MEDINAV_DATABASE_URL": directory_url,
        "MEDINAV_TRACKER_STORE_URL": f"sqlite:///{work}/conversations.db",
        "MEDINAV_RASA_PORT": str(ports["rasa"]),
        "MEDINAV_ACTIONS_PORT": str(ports["actions"]),
        "MEDINAV_WEB_PORT": str(ports["web"]),
    }
    supervisor = subprocess.Popen(
        ["bash", "scripts/serve.sh", "--log-dir", str(work / "log")],
        cwd=ROOT,
        env=environment,
        stdout=(work / "serve.out").open("wb"),
        stderr=subprocess.STDOUT,
    )
    running = Replica(supervisor, ports, work / "log")
    try:
        eventually(lambda: health(running)[0] == 200, 300, "every part answers")
        yield running
    finally:
        if supervisor.poll() is None:
            supervisor.send_signal(signal.SIGINT)
            try:
                supervisor.wait(timeout=90)
            except subprocess.TimeoutExpired:
                supervisor.kill()


def listening_addresses(port: int) -> set[str]:
    """The local addresses that listen on `port` (IPv4 and IPv6), read from /proc/net."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_all_three_processes_listen_on_127_0_0_1_only(replica: Replica) -> None:
    for name, port in replica.ports.items():
        assert listening_addresses(port) == {"0100007F"}, f"{name} must listen on 127.0.0.1 alone"


def test_a_killed_action_server_is_reported_then_restarted_and_answers_again(replica: Replica) -> None:
    killed = replica.pid_of("actions")
    os.kill(killed, signal.SIGKILL)

    eventually(lambda: health(replica)[0] == 503, 30, "healthz reports the action server down")
    _code, body = health(replica)
    parts = body["parts"]
    assert isinstance(parts, dict)
    assert body["status"] == "degraded"
    assert parts["action_server"]["status"] == "unavailable"
    assert parts["rasa"]["status"] == "ok" and parts["database"]["status"] == "ok"

    eventually(lambda: health(replica)[0] == 200, 120, "the restarted action server answers")
    assert "actions was killed by signal 9; restarting in 1 s" in replica.journal()
    assert replica.pid_of("actions") != killed


def test_a_clean_exit_is_restarted_too_after_a_longer_back_off(replica: Replica) -> None:
    os.kill(replica.pid_of("actions"), signal.SIGTERM)
    eventually(lambda: "actions exited with code 0; restarting in 2 s" in replica.journal(), 30, "logged")
    eventually(lambda: health(replica)[0] == 200, 120, "the action server answers again")


def test_ctrl_c_stops_every_process(replica: Replica) -> None:
    children = [replica.pid_of(name) for name in ("rasa", "actions", "web")]
    replica.supervisor.send_signal(signal.SIGINT)
    assert replica.supervisor.wait(timeout=90) == 0
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert "MedNav stopped." in replica.journal()
