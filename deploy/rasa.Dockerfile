# syntax=docker/dockerfile:1
# Rasa 3.6 on Python 3.10 with the Japanese tokenizer's packages (fugashi, unidic-lite) and MedNav's
# Rasa-side Python (bot/channels, bot/runtime, bot/nlu_components, bot/policies). No model inside:
# mount one at /models (compose does), or build the `with-model` target to bake the one in bot/models/.
#
#   docker build -f deploy/rasa.Dockerfile -t mednav-rasa .
#   docker build -f deploy/rasa.Dockerfile --target with-model -t mednav-rasa:model .

FROM python:3.10-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/rasa
COPY bot/requirements.txt /tmp/requirements.txt
RUN /opt/rasa/bin/pip install -r /tmp/requirements.txt

FROM python:3.10-slim-bookworm AS runtime
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home mednav
COPY --from=build /opt/rasa /opt/rasa
WORKDIR /app/bot
COPY --chown=root:root bot/config.yml bot/domain.yml bot/endpoints.yml bot/credentials.yml ./
COPY --chown=root:root bot/channels ./channels
COPY --chown=root:root bot/runtime ./runtime
COPY --chown=root:root bot/nlu_components ./nlu_components
COPY --chown=root:root bot/policies ./policies
# Rasa writes its temporary model unpacking under HOME; the code stays read-only for the user.
RUN mkdir -p /app/home /models && chown mednav:mednav /app/home
ENV PATH=/opt/rasa/bin:$PATH HOME=/app/home \
    SQLALCHEMY_SILENCE_UBER_WARNING=1 TF_CPP_MIN_LOG_LEVEL=2 \
    MEDINAV_BIND_HOST=0.0.0.0 MEDINAV_RASA_PORT=5005
USER mednav
EXPOSE 5005
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5005/', timeout=4)"]
# The same command as scripts/processes.py:rasa_command (the one place for local runs). endpoints.yml
# needs MEDINAV_ACTION_ENDPOINT_URL and MEDINAV_ACTIONS_TOKEN set; the stores come from
# MEDINAV_TRACKER_STORE_URL and MEDINAV_LOCK_STORE_URL.
CMD ["rasa", "run", "--model", "/models", "--interface", "0.0.0.0", "--port", "5005", "--cors", "*", \
     "--endpoints", "endpoints.yml", "--credentials", "credentials.yml"]

FROM runtime AS with-model
COPY --chown=root:root bot/models/*.tar.gz /models/
