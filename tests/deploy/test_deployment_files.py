"""The container deployment (deploy/) describes the section-6 topology: checked as data here, and by
`docker-compose config` and `nginx -t` (which `make test` installs as root, as CI is). The images cannot
be pulled on a test machine; the replica tests prove the same topology with processes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.processes import ROOT

DEPLOY = ROOT / "deploy"
SETTINGS = {"POSTGRES_PASSWORD": "a-password", "MEDINAV_ACTIONS_TOKEN": "a-token-of-32-characters-0123456"}


def services() -> dict[str, Any]:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    found: dict[str, Any] = compose["services"]
    return found


def health_url(service: dict[str, Any]) -> str:
    test = " ".join(service["healthcheck"]["test"])
    [url] = re.findall(r"http://127\.0\.0\.1[:\d]*/[a-z]*", test)
    return url


def test_the_compose_file_has_every_part_of_two_replicas() -> None:
    assert set(services()) == {
        "postgres",
        "redis",
        "migrate",
        "actions-a",
        "actions-b",
        "rasa-a",
        "rasa-b",
        "web",
        "proxy",
    }


def test_each_server_is_checked_on_its_own_health_address() -> None:
    every = services()
    assert health_url(every["web"]) == "http://127.0.0.1:8000/healthz"
    assert health_url(every["actions-a"]) == health_url(every["actions-b"]) == "http://127.0.0.1:5055/health"
    assert health_url(every["rasa-a"]) == health_url(every["rasa-b"]) == "http://127.0.0.1:5005/"


def test_both_rasa_replicas_share_one_tracker_store_and_one_lock_store_each_with_its_action_server() -> None:
    every = services()
    a, b = every["rasa-a"]["environment"], every["rasa-b"]["environment"]
    assert a["MEDINAV_TRACKER_STORE_URL"] == b["MEDINAV_TRACKER_STORE_URL"]
    assert a["MEDINAV_TRACKER_STORE_URL"].startswith("postgresql://")
    assert a["MEDINAV_LOCK_STORE_URL"] == b["MEDINAV_LOCK_STORE_URL"] == "redis://redis:6379/0"
    assert (a["MEDINAV_ACTION_ENDPOINT_URL"], b["MEDINAV_ACTION_ENDPOINT_URL"]) == (
        "http://actions-a:5055/webhook",
        "http://actions-b:5055/webhook",
    )


def test_servers_start_after_the_migration_and_the_proxy_after_the_servers() -> None:
    every = services()
    assert every["migrate"]["command"] == ["medinav", "migrate"]
    for name in ("actions-a", "actions-b", "web"):
        assert every[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert set(every["proxy"]["depends_on"]) == {"web", "rasa-a", "rasa-b"}
    assert every["proxy"]["ports"] == ["127.0.0.1:8080:80"], "published on this machine only by default"


def test_the_proxy_carries_the_socketio_websocket_upgrade_to_rasa() -> None:
    conf = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    socketio = conf[conf.index("location /socket.io/") :].split("}", 1)[0]
    assert "proxy_set_header Upgrade $http_upgrade;" in socketio
    assert "proxy_set_header Connection $connection_upgrade;" in socketio
    assert "proxy_http_version 1.1;" in socketio


@pytest.mark.parametrize("dockerfile", ["rasa.Dockerfile", "project.Dockerfile"])
def test_the_images_are_multi_stage_non_root_and_carry_no_model(dockerfile: str) -> None:
    text = (DEPLOY / dockerfile).read_text(encoding="utf-8")
    stages = re.findall(r"^FROM (\S+) AS (\S+)$", text, flags=re.MULTILINE)
    assert len(stages) >= 2
    runtime = text[text.index("AS runtime") :].split("\nFROM ", 1)[0]
    assert "\nUSER mednav\n" in runtime
    assert not re.search(r"^COPY .*models", runtime, flags=re.MULTILINE), "a model only when asked"


def test_the_project_image_installs_from_the_lock_file() -> None:
    text = (DEPLOY / "project.Dockerfile").read_text(encoding="utf-8")
    assert "uv sync --frozen --no-dev" in text


def tool_or_skip(name: str) -> str:
    """The tool's path, or skip (fail under CI) naming why: `make test` installs it when run as root."""
    # Debian puts nginx in /usr/sbin, which a user's PATH may not hold.
    found = shutil.which(name, path=f"{os.environ.get('PATH', '')}:/usr/sbin")
    if found:
        return found
    reason = f"{name} is not installed: `make test` installs Debian's package when run as root"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def test_docker_compose_accepts_the_file() -> None:
    checked = subprocess.run(
        [tool_or_skip("docker-compose"), "-f", str(DEPLOY / "compose.yaml"), "config", "--quiet"],
        env={**os.environ, **SETTINGS},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr


def test_nginx_accepts_its_configuration(tmp_path: Path) -> None:
    nginx = tool_or_skip("nginx")
    # nginx -t resolves upstream names, which only exist inside compose's network.
    local = re.sub(r"\b(rasa-a|rasa-b|web):(\d+)", r"127.0.0.1:\2", (DEPLOY / "nginx.conf").read_text())
    (tmp_path / "nginx.conf").write_text(local)
    checked = subprocess.run(
        [
            nginx,
            "-t",
            "-p",
            str(tmp_path),
            "-c",
            str(tmp_path / "nginx.conf"),
            "-g",
            f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr
