"""Directory benchmark: import of 10,000 hospitals, and search latency in-process and through HTTP."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlmodel import Session

from bench.figures import latency_line
from bench.generated_directory import generated_file
from directory.db import make_engine, migrate
from directory.filters import resolve_query
from directory.importer import import_directory
from directory.live import current_vocabulary, search_hospitals
from tests.support.stack import ROOT, free_port

HOSPITALS = 10_000
SEARCHES = 400
POSTGRES = os.environ.get("MEDINAV_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

# The mix operators and the assistant really send: one to three filters, names as well as codes.
_FILTER_MIX: list[dict[str, Any]] = [
    {"languages": ["de"], "specialty": "cardiology"},
    {"languages": ["ja"], "specialty": "Kardiologie", "insurer": "Cigna"},
    {"specialty": "dentistry", "district": "wuhou"},
    {"emergency_24h": True, "languages": ["fr"]},
    {"insurer": "allianz-care", "direct_billing": True},
    {"languages": ["en", "ja"], "emergency_24h": True},
    {"text": "Lotus"},
    {"specialty": "pediatrics", "district": "jinjiang", "languages": ["en"]},
]
_HTTP_MIX = [
    "language=de&specialty=cardiology",
    "language=日本語&specialty=Kardiologie&insurer=Cigna",
    "specialty=dentistry&district=wuhou",
    "emergency=true&language=fr",
    "insurer=allianz-care&direct_billing=true",
    "language=en&language=ja&emergency=true",
    "q=Lotus",
    "specialty=pediatrics&district=jinjiang&language=en",
]


@contextmanager
def postgres_schema() -> Iterator[str | None]:
    """A throwaway schema on the local PostgreSQL, or None when there is none."""
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:
        print(f"  PostgreSQL not reachable ({type(error).__name__}); its figures are left out")
        yield None
        return
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))


def _in_process_searches(url: str) -> list[float]:
    engine = make_engine(url)
    rng = random.Random(3)
    seconds = []
    with Session(engine) as session:
        for _ in range(SEARCHES):
            filters = rng.choice(_FILTER_MIX)
            started = time.perf_counter()
            query = resolve_query(current_vocabulary(session), locale="en", limit=10, **filters)
            search_hospitals(session, query)
            seconds.append(time.perf_counter() - started)
    return seconds


def _http_searches(url: str) -> list[float]:
    port = free_port()
    environment = {**os.environ, "MEDINAV_DATABASE_URL": url}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "web.app:app", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT,
        env=environment,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        rng = random.Random(5)
        seconds = []
        with httpx.Client(base_url=base) as client:
            for _ in range(SEARCHES):
                started = time.perf_counter()
                client.get(f"/api/hospitals?{rng.choice(_HTTP_MIX)}&limit=10").raise_for_status()
                seconds.append(time.perf_counter() - started)
        return seconds
    finally:
        server.terminate()
        server.wait(timeout=10)


def _one_backend(label: str, url: str, raw: bytes) -> None:
    engine = make_engine(url)
    migrate(engine)
    with Session(engine) as session:
        started = time.perf_counter()
        import_directory(session, raw, max_bytes=len(raw) + 1)
        took = time.perf_counter() - started
    print(
        f"{label}: import of {HOSPITALS:,} hospitals {took:6.2f} s   "
        f"target <= 5 s: {'met' if took <= 5 else 'MISSED'}"
    )
    with Session(engine) as session:
        started = time.perf_counter()
        report = import_directory(session, raw, max_bytes=len(raw) + 1)
        took = time.perf_counter() - started
    print(f"{label}: the same file again (changed={report.changed}) {took:6.2f} s")
    engine.dispose()
    print(latency_line(f"{label}: search in-process", _in_process_searches(url), 5))
    print(latency_line(f"{label}: search through HTTP", _http_searches(url), 20))


def run() -> None:
    print(f"== Directory: {HOSPITALS:,} generated hospitals, {SEARCHES} searches per figure")
    raw = generated_file(HOSPITALS)
    with tempfile.TemporaryDirectory() as work:
        _one_backend("SQLite", f"sqlite:///{Path(work) / 'bench.db'}", raw)
    with postgres_schema() as url:
        if url:
            _one_backend("PostgreSQL", url, raw)
