#!/usr/bin/env bash
# Serves one MedNav replica (Rasa, the action server, the web app) under the supervisor, which restarts
# a process that stops and stops them all on Ctrl-C. Called by `make run`, which has set up the
# environments and the model and migrated the directory database. Settings: README, "Running on
# several machines" (MEDINAV_BIND_HOST, MEDINAV_*_PORT, MEDINAV_*_URL, MEDINAV_ACTIONS_TOKEN).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m scripts.supervisor --model "${MEDINAV_MODEL:?make run sets MEDINAV_MODEL to the trained model}" "$@"
