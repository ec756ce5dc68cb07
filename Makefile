# MedNav: `make run` and `make test` do all set-up themselves (environments, model, sample data).
#
# Two runtimes: the project (directory, actions, web app) on Python 3.12 in .venv, managed by uv from
# pyproject.toml + uv.lock; Rasa 3.6 on Python 3.10 in .venv-rasa, from bot/requirements.txt.

SHELL := /bin/bash
.DEFAULT_GOAL := help
export PATH := $(HOME)/.local/bin:$(PATH)

UV := $(or $(shell command -v uv 2>/dev/null),$(CURDIR)/.tools/bin/uv)
PY := .venv/bin/python
# Rasa's command line with MedNav's runtime changes applied (bot/runtime/cli.py); run from bot/.
RASA := $(CURDIR)/.venv-rasa/bin/python -m runtime.cli
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2

# The model is named by a hash of everything it is trained from, so a model "matches the training
# data" exactly when its file exists; editing an example or a vocabulary word trains a new one.
TRAINING_INPUTS := $(shell find bot/config.yml bot/domain.yml bot/data bot/nlu_components bot/policies \
	-type f -not -path 'bot/data/lookups/*' -not -name '*.pyc' 2>/dev/null | LC_ALL=C sort) \
	$(wildcard directory/vocabulary/*.py) actions/lookup_tables.py bot/requirements.txt
MODEL_HASH := $(shell cat $(TRAINING_INPUTS) 2>/dev/null | sha256sum | cut -c1-12)
MODEL := bot/models/mednav-$(MODEL_HASH).tar.gz

.PHONY: help run test bench eval lint locales locales-check setup model shell clean test-tools

help:
	@echo "make run     start Rasa (5005), the action server (5055) and the web app (8000), supervised"
	@echo "make test    run every test (sets everything up first)"
	@echo "make bench   benchmarks: import, search, chat latency, two replicas, 5-minute soak (a report)"
	@echo "make eval    NLU evaluation on held-out sentences, per language"
	@echo "make lint    ruff (check and format) and mypy"
	@echo "make shell   talk to the bot in the terminal (its own action server, on free ports)"
	@echo "make locales extract messages and update the catalogs in locales/"

# ----- set-up -----------------------------------------------------------------------------------

$(CURDIR)/.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/pip install --quiet "uv>=0.5,<1"

.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen
	@touch $@

.venv-rasa/.installed: bot/requirements.txt | $(UV)
	$(UV) venv --allow-existing --python 3.10 .venv-rasa
	$(UV) pip install --python .venv-rasa/bin/python -r bot/requirements.txt
	@touch $@

bot/data/lookups/.generated: .venv/.installed $(wildcard directory/vocabulary/*.py) actions/lookup_tables.py
	$(PY) -m actions.lookup_tables bot/data/lookups
	@touch $@

$(MODEL): | .venv-rasa/.installed bot/data/lookups/.generated
	cd bot && started=$$(date +%s) && \
		$(RASA) train --fixed-model-name mednav-$(MODEL_HASH) --out models && \
		echo $$(( $$(date +%s) - started )) > models/mednav-$(MODEL_HASH).train-seconds
	@ls -1t bot/models/mednav-*.tar.gz | tail -n +4 | xargs -r rm --   # keep the three newest

setup: .venv/.installed .venv-rasa/.installed bot/data/lookups/.generated

# Tools some tests need from Debian, installed when missing and run as root (as CI is); otherwise
# those tests are skipped with the reason, and fail under CI:
# - the browser tests drive Debian's Chromium (Playwright cannot download browsers here), with a CJK
#   font so that the Chinese names in screenshots are legible;
# - the deployment tests check deploy/ with `docker-compose config` and `nginx -t` (no image is pulled).
CHROMIUM ?= /usr/bin/chromium
TEST_TOOLS := $(CHROMIUM):chromium:fonts-wqy-zenhei /usr/sbin/nginx:nginx-light /usr/bin/docker-compose:docker-compose
test-tools:
	@missing=$$(for tool in $(TEST_TOOLS); do IFS=: read -r path packages <<< "$$tool"; \
		[ -x "$$path" ] || echo "$${packages//:/ }"; done | xargs); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing \
				&& { service nginx stop >/dev/null 2>&1 || true; }; \
		else \
			echo "Not installed: $$missing (needs root): those tests will be skipped (they fail with CI=true)."; \
		fi; \
	fi
model: $(MODEL)

# ----- the two commands -------------------------------------------------------------------------

# Start order for every replica: migrate the directory database (safe from several at once), then serve.
run: setup $(MODEL)
	$(PY) -m directory.cli migrate
	$(PY) -m directory.cli load-sample
	MEDINAV_MODEL=$(CURDIR)/$(MODEL) bash scripts/serve.sh

test: setup $(MODEL) locales-check test-tools
	MEDINAV_MODEL=$(CURDIR)/$(MODEL) MEDINAV_CHROMIUM=$(CHROMIUM) $(PY) -m pytest

# ----- the rest ---------------------------------------------------------------------------------

# BENCH_PARTS picks some of: directory chat replicas (default: all). The replicas part ends with a
# 5-minute soak on 127.0.0.1 (BENCH_SOAK_SECONDS=0 leaves it out).
bench: setup $(MODEL)
	MEDINAV_MODEL=$(CURDIR)/$(MODEL) $(PY) -m bench $(BENCH_PARTS)

# Held-out sentences (bot/tests/nlu_eval), written apart from the training data; then the conversations
# of eval/conversations, written by someone who saw neither the training data nor the other sets (never
# tuned to), and of eval/development and eval/development3 to eval/development9, written the same way but
# used as development sets (their failures are read).
eval: setup $(MODEL)
	for language in en ja de fr; do \
		(cd bot && $(RASA) test nlu --model $(CURDIR)/$(MODEL) --nlu tests/nlu_eval/$$language.yml \
			--out results/nlu_eval/$$language >/dev/null 2>&1) || exit 1; \
	done
	$(PY) -m bench.nlu_report bot/results/nlu_eval
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL)
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development3
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development4
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development5
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development6
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development7
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development8
	$(PY) -m bench.conversation_eval $(CURDIR)/$(MODEL) --cases eval/development9

lint: .venv/.installed
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy

# An action server of its own on free ports: works beside a running `make run` or without one.
shell: setup $(MODEL)
	$(PY) -m directory.cli migrate
	$(PY) -m scripts.shell --model $(CURDIR)/$(MODEL)

locales: .venv/.installed
	.venv/bin/pybabel extract -k n_:1,2 --no-location --sort-output -F locales/babel.cfg -o locales/messages.pot .
	.venv/bin/pybabel update --ignore-pot-creation-date --no-fuzzy-matching -i locales/messages.pot -d locales
	.venv/bin/pybabel compile --statistics -d locales

# A message in the code that the catalogs do not have fails the build (pybabel update --check).
locales-check: .venv/.installed
	@tmp=$$(mktemp -d) && \
	.venv/bin/pybabel extract -k n_:1,2 --no-location --sort-output -F locales/babel.cfg -o $$tmp/messages.pot . \
		2>$$tmp/log && \
	.venv/bin/pybabel update --check --ignore-pot-creation-date --no-fuzzy-matching -i $$tmp/messages.pot \
		-d locales 2>>$$tmp/log || \
	{ cat $$tmp/log; echo "locales/ is stale: run 'make locales' and translate the new messages"; exit 1; }

clean:
	rm -rf .venv .venv-rasa .tools bot/models bot/.rasa bot/data/lookups var
