# syntax=docker/dockerfile:1
# The project on Python 3.12: the web app (default command), the action server and the `medinav` CLI,
# installed with `uv sync --frozen` from uv.lock, without the development tools.
#
#   docker build -f deploy/project.Dockerfile -t mednav .
#   docker run mednav                                  # web app on 8000
#   docker run mednav python -m actions.server         # action server on 5055 (needs MEDINAV_ACTIONS_TOKEN)
#   docker run mednav medinav migrate                  # before any server starts

FROM python:3.12-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
RUN pip install "uv>=0.5,<1"
WORKDIR /app
# Dependencies first: they change less often than the code, so this layer stays cached.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY directory ./directory
COPY actions ./actions
COPY web ./web
COPY locales ./locales
RUN uv sync --frozen --no-dev

FROM python:3.12-slim-bookworm AS runtime
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home mednav
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 \
    MEDINAV_BIND_HOST=0.0.0.0 MEDINAV_WEB_PORT=8000 MEDINAV_ACTIONS_PORT=5055
USER mednav
EXPOSE 8000 5055
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["uvicorn", "web.app:app", "--host", "0.0.0.0", "--port", "8000", "--no-access-log"]
