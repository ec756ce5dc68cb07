"""Stores chosen by environment variable, with defaults that need no server.

Rasa 3.6 expands `${VAR}` in endpoints.yml but fails on an unset variable, so the choice and its
defaults live here instead:

- MEDINAV_TRACKER_STORE_URL: an SQLAlchemy URL for conversations (default: SQLite under var/).
  A postgresql:// URL lets several Rasa replicas share conversations.
- MEDINAV_LOCK_STORE_URL: redis://host:port/db for a lock store shared by several replicas
  (default: in memory, right for one Rasa process).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy import text
from sqlalchemy.engine import make_url

_DEFAULT_TRACKER_DB = Path(__file__).resolve().parents[2] / "var" / "conversations.db"


class RecentConversationsSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store, keeping the trackers of recent conversations in memory.

    Rasa's own store rebuilds a tracker from every stored event on every message, so a turn costs
    more the longer the conversation is. Here a conversation's tracker stays in memory between its
    messages and only new events are written. One COUNT query per message checks that the database
    still holds exactly the events the memory has. When another Rasa replica (sharing PostgreSQL)
    answered in between, only the events it added are read and applied: with turns alternating between
    replicas, rebuilding the whole conversation every turn made a turn of a 200-turn conversation cost
    several times one of a new conversation. When a turn failed before saving, or a new session began
    elsewhere, the tracker is read from the database again.

    Rasa calls the store from its event loop and the SQL is synchronous, so every query would stop
    all other conversations while it waits for the database; the queries run in worker threads
    instead (each with a session of its own). The count read at `retrieve` also serves the `save`
    that follows: Rasa holds the conversation's lock from one to the other, so no replica can have
    written in between, and Rasa's second COUNT per message is left out.
    """

    def __init__(
        self,
        *args: Any,
        recent_conversations: int = 2000,
        remembered_events: int = 20_000,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._recent: OrderedDict[str, DialogueStateTracker] = OrderedDict()
        self._capacity = recent_conversations
        #: The memory is bounded by events, not only by conversations: a tracker's size grows with its
        #: conversation (a turn is about ten events of a few kilobytes each), so a cap on conversations
        #: alone let a long-running replica grow with the length of the conversations it served.
        self._event_budget = remembered_events
        self._events_remembered: dict[str, int] = {}
        self._total_remembered = 0
        #: Events stored per conversation, as read by the `retrieve` of the turn now running.
        self._stored_at_retrieve: dict[str, int] = {}
        #: The row id of the first event of each remembered tracker's session: another one in the
        #: database means a session began elsewhere.
        self._session_first_row: dict[str, int | None] = {}
        events = self.SQLEvent.__tablename__
        self._count_statement = text(
            f"SELECT count(*), min(id) FROM {events} WHERE sender_id = :sender_id AND ("
            f"  (SELECT max(timestamp) FROM {events}"
            f"   WHERE sender_id = :sender_id AND type_name = '{SessionStarted.type_name}') IS NULL"
            f"  OR timestamp >= (SELECT max(timestamp) FROM {events}"
            f"   WHERE sender_id = :sender_id AND type_name = '{SessionStarted.type_name}'))"
        )
        self._insert_statement = text(
            f"INSERT INTO {events} (sender_id, type_name, timestamp, intent_name, action_name, data)"
            " VALUES (:sender_id, :type_name, :timestamp, :intent_name, :action_name, :data)"
        )

    def _stored_events(self, sender_id: str) -> tuple[int, int | None]:
        """How many events of the conversation's latest session are stored, and the row id of its
        first (Rasa's `_event_query`, in one plain statement: the ORM query costs 3 ms of Python per
        message to build)."""
        with self.engine.connect() as connection:
            count, first_row = connection.execute(self._count_statement, {"sender_id": sender_id}).one()
            return int(count), first_row

    def _stored_event_dicts(self, sender_id: str, skip: int = 0) -> list[dict[str, Any]]:
        """The events of the latest session, in the order stored, past the first `skip`."""
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            return [json.loads(row.data) for row in query.offset(skip).all()]

    def _insert(self, sender_id: str, events: list[Event]) -> None:
        """Rasa's `SQLTrackerStore.save`, for events known to be new."""
        rows = []
        for event in events:
            data = event.as_dict()
            rows.append(
                {
                    "sender_id": sender_id,
                    "type_name": event.type_name,
                    "timestamp": data.get("timestamp"),
                    "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
        if not rows:
            return
        # One INSERT of all rows in a plain statement on a plain connection: the ORM's unit of work and
        # the cache key of a built `insert()` cost more Python per message than the database's work.
        with self.engine.begin() as connection:
            connection.execute(self._insert_statement, rows)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        stored, first_row = await asyncio.to_thread(self._stored_events, sender_id)
        self._note_stored(sender_id, stored)
        recent = self._recent.get(sender_id)
        # A tracker this replica began and saved has no row id yet: the database's is adopted when it
        # holds exactly the tracker's events.
        same_session = self._session_first_row.get(sender_id, first_row) == first_row
        if recent is not None and same_session:
            known = len(recent.events)
            if stored == known:
                self._session_first_row[sender_id] = first_row
                self._recent.move_to_end(sender_id)
                return recent
            if stored > known and await self._catch_up(recent, stored - known):
                return recent
        if stored == 0:
            self._forget(sender_id)
            return None
        events = await asyncio.to_thread(self._stored_event_dicts, sender_id)
        self._note_stored(sender_id, len(events))
        if not (self.domain and events):
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        self._session_first_row[sender_id] = first_row
        self._remember(tracker)
        return tracker

    async def _catch_up(self, tracker: DialogueStateTracker, added: int) -> bool:
        """Applies to the remembered tracker the `added` events another replica stored after it;
        False when the database holds something else (then the tracker is read again)."""
        known = len(tracker.events)
        events = await asyncio.to_thread(self._stored_event_dicts, tracker.sender_id, known)
        if len(events) != added:
            return False
        for event in events:
            tracker.update(Event.from_parameters(event), self.domain)
        self._note_stored(tracker.sender_id, known + added)
        self._remember(tracker)
        return True

    async def save(self, tracker: DialogueStateTracker) -> None:
        stored = self._stored_at_retrieve.pop(tracker.sender_id, None)
        if stored is None:  # saved without a retrieve first: let Rasa count what is new
            await super().save(tracker)
        else:
            await self.stream_events(tracker)
            new_events = list(itertools.islice(tracker.events, stored, None))
            await asyncio.to_thread(self._insert, tracker.sender_id, new_events)
        self._remember(tracker)

    def _note_stored(self, sender_id: str, stored: int) -> None:
        self._stored_at_retrieve.pop(sender_id, None)
        self._stored_at_retrieve[sender_id] = stored
        while len(self._stored_at_retrieve) > self._capacity:  # retrieved and never saved
            del self._stored_at_retrieve[next(iter(self._stored_at_retrieve))]

    def _remember(self, tracker: DialogueStateTracker) -> None:
        """Keeps the tracker as the most recent, forgetting the least recent ones while the memory
        holds more conversations or events than allowed (a conversation longer than the whole budget
        is not kept: its turns read it from the database, as Rasa's own store does)."""
        sender_id = tracker.sender_id
        self._recent[sender_id] = tracker
        self._recent.move_to_end(sender_id)
        events = len(tracker.events)
        self._total_remembered += events - self._events_remembered.get(sender_id, 0)
        self._events_remembered[sender_id] = events
        while self._recent and (
            len(self._recent) > self._capacity or self._total_remembered > self._event_budget
        ):
            self._forget(next(iter(self._recent)))

    def _forget(self, sender_id: str) -> None:
        self._recent.pop(sender_id, None)
        self._session_first_row.pop(sender_id, None)
        self._total_remembered -= self._events_remembered.pop(sender_id, 0)

    def remembered(self) -> tuple[int, int]:
        """How many conversations and events the memory holds."""
        return len(self._recent), self._total_remembered


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


# One change of a conversation's lock, atomic in Redis. The lock is Rasa's TicketLock as JSON:
# {"conversation_id": ..., "tickets": ["{\"number\": n, \"expires\": t}", ...]} (each ticket JSON
# in JSON). ARGV: conversation id, now, change, argument. Every change first drops the tickets expired
# at `now`; "issue" then appends a ticket numbered one past the last (0 for none) that expires
# `argument` seconds from now and answers its number; "return" removes ticket `argument`; "expire"
# does nothing more. A lock with no ticket left is deleted, as Rasa's `cleanup` does.
_LOCK_CHANGE = """
local now = tonumber(ARGV[2])
local change = ARGV[3]
local argument = tonumber(ARGV[4])
local tickets = {}
local stored = redis.call('GET', KEYS[1])
if stored then
  for _, encoded in ipairs(cjson.decode(stored)['tickets'] or {}) do
    local ticket = cjson.decode(encoded)
    if ticket['expires'] >= now then table.insert(tickets, ticket) end
  end
end
local answer = -1
if change == 'issue' then
  answer = 0
  if #tickets > 0 then answer = tickets[#tickets]['number'] + 1 end
  table.insert(tickets, {number = answer, expires = now + argument})
elseif change == 'return' then
  for position, ticket in ipairs(tickets) do
    if ticket['number'] == argument then table.remove(tickets, position) break end
  end
end
if #tickets == 0 then
  redis.call('DEL', KEYS[1])
else
  local encoded = {}
  for position, ticket in ipairs(tickets) do
    encoded[position] = cjson.encode({number = ticket['number'], expires = ticket['expires']})
  end
  redis.call('SET', KEYS[1], cjson.encode({conversation_id = ARGV[1], tickets = encoded}))
end
return answer
"""


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store, with each change of a lock made atomically and off the event loop.

    Rasa changes a conversation's lock by reading it, changing it and writing it back, in separate
    commands: two replicas that take a ticket for the same conversation at the same moment can both
    get ticket 0 and answer two messages at once, out of order. Here every change is one Lua script
    that Redis runs atomically (`_LOCK_CHANGE`), one round trip where a WATCH/MULTI transaction took
    three and its retries, and the call runs in a worker thread, so the other conversations go on
    while Redis answers. The lock keeps Rasa's format, so Rasa's own reads (`get_lock`) are unchanged.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._change = self.red.register_script(_LOCK_CHANGE)

    def _change_lock(self, conversation_id: str, change: str, argument: float) -> int:
        """Runs one change of `_LOCK_CHANGE` on the conversation's lock; its answer is a ticket number."""
        # The clock is the replica's, as in Rasa's TicketLock: tickets expire by the time of whoever reads.
        answer = self._change(
            keys=[self.key_prefix + conversation_id],
            args=[conversation_id, repr(time.time()), change, repr(argument)],
        )
        return int(answer)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return self._change_lock(conversation_id, "issue", lock_lifetime)
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        """Drops the expired tickets."""
        self._change_lock(conversation_id, "expire", 0)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Gives the ticket back; the lock goes when no one else waits for it."""
        self._change_lock(conversation_id, "return", ticket_number)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[TicketLock]:
        ticket = await asyncio.to_thread(self.issue_ticket, conversation_id, lock_lifetime)
        try:
            yield await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
        finally:
            await asyncio.to_thread(self.cleanup, conversation_id, ticket)


class EnvironmentLockStore(LockStore):
    """Builds a Redis lock store when MEDINAV_LOCK_STORE_URL is set, else an in-memory one."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        url = os.environ.get("MEDINAV_LOCK_STORE_URL")
        if not url:
            return InMemoryLockStore()
        parsed = make_url(url)
        return AtomicRedisLockStore(
            host=parsed.host or "localhost",
            port=parsed.port or 6379,
            db=int(parsed.database or 0),
            password=parsed.password,
        )
