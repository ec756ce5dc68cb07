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
from collections import OrderedDict
from pathlib import Path
from typing import Any

from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

_DEFAULT_TRACKER_DB = Path(__file__).resolve().parents[2] / "var" / "conversations.db"


class RecentConversationsSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store, keeping the trackers of recent conversations in memory.

    Rasa's own store rebuilds a tracker from every stored event on every message, so a turn costs
    more the longer the conversation is. Here a conversation's tracker stays in memory between its
    messages and only new events are written. One COUNT query per message checks that the database
    still holds exactly the events the memory has: when another Rasa replica (sharing PostgreSQL)
    answered in between, or a turn failed before saving, the tracker is read from the database again.
    """

    def __init__(self, *args: Any, recent_conversations: int = 2000, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._recent: OrderedDict[str, DialogueStateTracker] = OrderedDict()
        self._capacity = recent_conversations

    def _stored_events(self, sender_id: str) -> int:
        with self.session_scope() as session:
            return int(self._event_query(session, sender_id, fetch_events_from_all_sessions=False).count())

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        recent = self._recent.get(sender_id)
        if recent is not None and self._stored_events(sender_id) == len(recent.events):
            self._recent.move_to_end(sender_id)
            return recent
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        self._remember(tracker)

    def _remember(self, tracker: DialogueStateTracker) -> None:
        self._recent[tracker.sender_id] = tracker
        self._recent.move_to_end(tracker.sender_id)
        while len(self._recent) > self._capacity:
            self._recent.popitem(last=False)


class EnvironmentTrackerStore(TrackerStore):
    """Builds the SQL tracker store that MEDINAV_TRACKER_STORE_URL names (a factory, see __new__)."""

    def __new__(cls, domain: Any = None, event_broker: Any = None, **_endpoint: Any) -> TrackerStore:  # type: ignore[misc]
        url = os.environ.get("MEDINAV_TRACKER_STORE_URL") or f"sqlite:///{_DEFAULT_TRACKER_DB}"
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            Path(parsed.database or _DEFAULT_TRACKER_DB).parent.mkdir(parents=True, exist_ok=True)
        return RecentConversationsSQLTrackerStore(
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
