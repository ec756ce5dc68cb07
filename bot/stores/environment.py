"""Stores chosen by environment variable, with defaults that need no server.

Rasa 3.6 expands `${VAR}` in endpoints.yml but fails on an unset variable, so the choice and its
defaults live here instead:

- MEDINAV_TRACKER_STORE_URL: an SQLAlchemy URL for conversations (default: SQLite under var/).
  A postgresql:// URL lets several Rasa replicas share conversations.
- MEDINAV_LOCK_STORE_URL: redis://host:port/db for a lock store shared by several replicas
  (default: in memory, right for one Rasa process).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from sqlalchemy.engine import make_url

_DEFAULT_TRACKER_DB = Path(__file__).resolve().parents[2] / "var" / "conversations.db"


class EnvironmentTrackerStore(TrackerStore):
    """Builds the SQL tracker store that MEDINAV_TRACKER_STORE_URL names (a factory, see __new__)."""

    def __new__(cls, domain: Any = None, event_broker: Any = None, **_endpoint: Any) -> TrackerStore:  # type: ignore[misc]
        url = os.environ.get("MEDINAV_TRACKER_STORE_URL") or f"sqlite:///{_DEFAULT_TRACKER_DB}"
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            Path(parsed.database or _DEFAULT_TRACKER_DB).parent.mkdir(parents=True, exist_ok=True)
        return SQLTrackerStore(
            domain=domain,
            dialect=parsed.get_backend_name(),
            host=parsed.host,
            port=parsed.port,
            db=parsed.database or str(_DEFAULT_TRACKER_DB),
            username=parsed.username,
            password=parsed.password,
            event_broker=event_broker,
        )


class EnvironmentLockStore(LockStore):
    """Builds a Redis lock store when MEDINAV_LOCK_STORE_URL is set, else an in-memory one."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        url = os.environ.get("MEDINAV_LOCK_STORE_URL")
        if not url:
            return InMemoryLockStore()
        parsed = make_url(url)
        return RedisLockStore(
            host=parsed.host or "localhost",
            port=parsed.port or 6379,
            db=int(parsed.database or 0),
            password=parsed.password,
        )
