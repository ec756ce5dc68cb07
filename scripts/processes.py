"""The three MedNav processes and how each is started: the one place `make run`, `make shell`, the test
stack and the benchmarks take their commands from.

Every setting comes from the environment (contract section 6) with the defaults of one local replica.
The Rasa command lives in `rasa_command` alone, so switching to another entry point (for example one
that applies MedNav's Rasa patches first) is a change of one function.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
BOT: Final = ROOT / "bot"
RASA_PYTHON: Final = ROOT / ".venv-rasa" / "bin" / "python"
#: Rasa's command line with MedNav's runtime changes applied (bot/runtime/cli.py); run from bot/.
RASA: Final = (str(RASA_PYTHON), "-m", "runtime.cli")
PROJECT_PYTHON: Final = ROOT / ".venv" / "bin" / "python"

DEFAULTS: Final = {
    "MEDINAV_BIND_HOST": "127.0.0.1",
    "MEDINAV_RASA_PORT": "5005",
    "MEDINAV_ACTIONS_PORT": "5055",
    "MEDINAV_WEB_PORT": "8000",
}
# Quieter Rasa and TensorFlow logs; SQLAlchemy 1.4's 2.0 warnings are Rasa's to fix, not ours.
_QUIET: Final = {"SQLALCHEMY_SILENCE_UBER_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}


@dataclass(frozen=True)
class Process:
    """One server: how to start it, where it says it is alive, and where it writes its log."""

    name: str
    command: list[str]
    cwd: Path
    health_url: str
    environment: dict[str, str] = field(repr=False)


def replica_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """`base` (the process environment by default) with every section-6 setting filled in.

    The action-server token is generated per run when MEDINAV_ACTIONS_TOKEN is unset, and the same
    value goes to Rasa (which sends it) and to the action server (which demands it).
    """
    environment = {**_QUIET, **(os.environ if base is None else base)}
    for name, default in DEFAULTS.items():
        environment[name] = environment.get(name) or default
    if not environment.get("MEDINAV_ACTIONS_TOKEN"):
        environment["MEDINAV_ACTIONS_TOKEN"] = secrets.token_urlsafe(32)
    local = "127.0.0.1"
    environment["MEDINAV_ACTION_ENDPOINT_URL"] = (
        environment.get("MEDINAV_ACTION_ENDPOINT_URL")
        or f"http://{local}:{environment['MEDINAV_ACTIONS_PORT']}/webhook"
    )
    environment["MEDINAV_RASA_URL"] = (
        environment.get("MEDINAV_RASA_URL") or f"http://{local}:{environment['MEDINAV_RASA_PORT']}"
    )
    return environment


def free_port() -> int:
    """A port nothing on this machine listens on now (for a second replica, a shell, a test)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _reachable(host: str) -> str:
    """Where a local client reaches a server bound to `host` (0.0.0.0 listens on 127.0.0.1 too)."""
    return "127.0.0.1" if host in {"0.0.0.0", "::", ""} else host


def allowed_origins(environment: Mapping[str, str]) -> list[str]:
    """The pages that may talk to Rasa from a browser (MEDINAV_ALLOWED_ORIGINS; the web app's own)."""
    configured = environment.get("MEDINAV_ALLOWED_ORIGINS")
    if configured:
        return [origin.strip() for origin in configured.split(",") if origin.strip()]
    port = environment.get("MEDINAV_WEB_PORT") or DEFAULTS["MEDINAV_WEB_PORT"]
    return [f"http://localhost:{port}", f"http://127.0.0.1:{port}"]


def rasa_command(
    model: Path, host: str, port: str, endpoints: Path, *extra: str, origins: tuple[str, ...] = ()
) -> list[str]:
    """`rasa run` for MedNav: channels from credentials.yml, action server and stores from endpoints.yml;
    CORS only for `origins`."""
    return [
        *RASA,
        "run",
        "--model",
        str(model),
        "--interface",
        host,
        "--port",
        port,
        "--cors",
        *(origins or ("http://localhost:8000",)),
        "--endpoints",
        str(endpoints),
        "--credentials",
        str(BOT / "credentials.yml"),
        *extra,
    ]


def rasa_shell_command(
    model: Path, host: str, port: str, endpoints: Path = BOT / "endpoints.yml"
) -> list[str]:
    """`rasa shell`: the same model, action server and stores as `rasa run`, talking on the terminal."""
    return [
        *RASA,
        "shell",
        "--model",
        str(model),
        "--interface",
        host,
        "--port",
        port,
        "--endpoints",
        str(endpoints),
    ]


class SettingError(ValueError):
    """A setting of the environment that cannot be used, with what is wrong and what would do."""


def rasa_workers(environment: Mapping[str, str]) -> int:
    """How many worker processes one Rasa server runs (MEDINAV_RASA_WORKERS, 1 by default).

    Rasa's workers are processes of one server on one port, each with the model loaded: they use
    more cores of one machine. They share conversation locks only through the Redis lock store, so
    more than one needs MEDINAV_LOCK_STORE_URL (Rasa itself would fall back to one worker in silence).
    """
    value = (environment.get("MEDINAV_RASA_WORKERS") or "1").strip()
    if not value.isdigit() or int(value) < 1:
        raise SettingError(f"MEDINAV_RASA_WORKERS={value!r}: give a whole number of Rasa workers, 1 or more")
    workers = int(value)
    lock_store = environment.get("MEDINAV_LOCK_STORE_URL") or ""
    if workers > 1 and not lock_store.startswith(("redis://", "rediss://")):
        raise SettingError(
            f"MEDINAV_RASA_WORKERS={workers} needs MEDINAV_LOCK_STORE_URL=redis://...: Rasa's workers "
            "share conversation locks only through Redis"
        )
    return workers


def rasa(environment: Mapping[str, str], model: Path, endpoints: Path = BOT / "endpoints.yml") -> Process:
    host, port = environment["MEDINAV_BIND_HOST"], environment["MEDINAV_RASA_PORT"]
    # Rasa reads its worker count from SANIC_WORKERS.
    rasa_environment = {**environment, "SANIC_WORKERS": str(rasa_workers(environment))}
    return Process(
        "rasa",
        rasa_command(model, host, port, endpoints, origins=tuple(allowed_origins(environment))),
        BOT,
        f"http://{_reachable(host)}:{port}/",
        rasa_environment,
    )


def action_server(environment: Mapping[str, str]) -> Process:
    host, port = environment["MEDINAV_BIND_HOST"], environment["MEDINAV_ACTIONS_PORT"]
    return Process(
        "actions",
        [str(_python()), "-m", "actions.server", "--host", host, "--port", port],
        ROOT,
        f"http://{_reachable(host)}:{port}/health",
        dict(environment),
    )


def web_app(environment: Mapping[str, str]) -> Process:
    host, port = environment["MEDINAV_BIND_HOST"], environment["MEDINAV_WEB_PORT"]
    return Process(
        "web",
        [str(_python()), "-m", "uvicorn", "web.app:app", "--host", host, "--port", port, "--no-access-log"],
        ROOT,
        f"http://{_reachable(host)}:{port}/healthz",
        dict(environment),
    )


def one_replica(environment: Mapping[str, str], model: Path) -> list[Process]:
    """What `make run` serves: the action server and the web app first (they start in seconds), then Rasa."""
    return [action_server(environment), web_app(environment), rasa(environment, model)]


def _python() -> Path:
    # The project's interpreter, also when a test runs under another one.
    return PROJECT_PYTHON if PROJECT_PYTHON.exists() else Path(sys.executable)
