#!/usr/bin/env bash
# Starts the three MedNav processes, prints where they are, and stops them all on Ctrl-C.
# Called by `make run`, which has set up the environments, the model and the sample directory.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
model=${MEDINAV_MODEL:?make run sets MEDINAV_MODEL to the trained model}
mkdir -p var/log

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping MedNav..."
  kill "${pids[@]}" 2>/dev/null
  wait "${pids[@]}" 2>/dev/null
}
trap 'stop_all; echo "MedNav stopped."; exit 0' INT TERM
trap stop_all EXIT

.venv/bin/python -m rasa_sdk --actions actions --port 5055 >var/log/actions.log 2>&1 &
pids+=($!)
.venv/bin/uvicorn web.app:app --host 127.0.0.1 --port 8000 >var/log/web.log 2>&1 &
pids+=($!)
(cd bot && exec "$root/.venv-rasa/bin/python" -m runtime.cli run --model "$model" --port 5005 --cors "*" \
  --endpoints endpoints.yml --credentials credentials.yml >"$root/var/log/rasa.log" 2>&1) &
pids+=($!)

wait_for() {  # url, name, log
  for _ in $(seq 1 180); do
    if .venv/bin/python -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" "$1" \
      2>/dev/null; then return 0; fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "$2 stopped; see $3" >&2; tail -n 20 "$3" >&2; exit 1; }
    done
    sleep 1
  done
  echo "$2 did not answer at $1 within 3 minutes; see $3" >&2
  exit 1
}
wait_for http://127.0.0.1:8000/healthz "The web app" var/log/web.log
wait_for http://127.0.0.1:5055/health "The action server" var/log/actions.log
wait_for http://127.0.0.1:5005/ "Rasa" var/log/rasa.log

cat <<EOF

MedNav is running (logs in var/log/; Ctrl-C stops everything):
  Chat widget (patients)    http://localhost:8000/static/chat.html
  Lookup page (operators)   http://localhost:8000/static/lookup.html
  API and its docs          http://localhost:8000/docs
  Rasa (REST, socket.io)    http://localhost:5005/webhooks/rest/webhook
  Action server             http://localhost:5055/webhook

EOF
wait -n "${pids[@]}"
echo "A MedNav process stopped unexpectedly; see var/log/." >&2
exit 1
