"""`make shell`: talk to the assistant in the terminal, with an action server of its own on free ports.

It shares the conversation and directory databases of `make run` but no port, so it works beside a
running `make run` or without one.

    python -m scripts.shell --model bot/models/mednav-....tar.gz
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from scripts.processes import BOT, ROOT, action_server, free_port, rasa_shell_command, replica_environment
from scripts.supervisor import answers


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.shell", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    arguments = parser.parse_args(argv)
    environment = replica_environment()
    environment["MEDINAV_ACTIONS_PORT"] = str(free_port())
    environment["MEDINAV_ACTION_ENDPOINT_URL"] = (
        f"http://127.0.0.1:{environment['MEDINAV_ACTIONS_PORT']}/webhook"
    )
    actions = action_server(environment)
    log = ROOT / "var" / "log" / "shell-actions.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        running = subprocess.Popen(
            actions.command, cwd=actions.cwd, env=actions.environment, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            for _ in range(120):
                if answers(actions.health_url) or running.poll() is not None:
                    break
                time.sleep(0.5)
            if running.poll() is not None:
                print(f"the action server stopped; see {log}", file=sys.stderr)
                return 1
            command = rasa_shell_command(arguments.model.resolve(), "127.0.0.1", str(free_port()))
            return subprocess.call(command, cwd=BOT, env=environment)
        finally:
            running.terminate()
            running.wait(timeout=20)


if __name__ == "__main__":
    raise SystemExit(main())
