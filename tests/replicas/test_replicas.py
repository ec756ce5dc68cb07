"""Two replicas of MedNav on one PostgreSQL and one Redis, as contract section 6 describes them.

Two Rasa servers, two action servers and two web apps share one tracker store (PostgreSQL), one lock
store (Redis) and one directory database (PostgreSQL). Any turn of a conversation may go to either
Rasa and the conversation keeps its context; two messages of one sender sent at once to both are
answered in order; an import through one web app is live in the other; a replica that dies loses
nothing. The last test kills replica B, so the tests run in the order written.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.bot.conftest import UNSEEN_DIRECTORY, found_prefix, hospital_lists, texts, trained_model
from tests.conftest import _postgres_or_skip
from tests.support.shared_stores import redis_problem, replica_pair
from tests.support.stack import Stack

pytestmark = [pytest.mark.rasa, pytest.mark.postgres]

ADMIN_TOKEN = "replica-test-admin-token-0123456789"


@dataclass
class Replicas:
    a: Stack
    b: Stack
    tracker_url: str
    directory_url: str

    def conversation(self) -> Conversation:
        return Conversation(self, f"replica-{uuid.uuid4().hex[:12]}")


@dataclass
class Conversation:
    replicas: Replicas
    sender: str

    def say(self, replica: Stack, message: str) -> list[dict[str, Any]]:
        answer = httpx.post(
            f"{replica.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": message},
            timeout=60,
        )
        answer.raise_for_status()
        replies: list[dict[str, Any]] = answer.json()
        return replies

    def stored_user_messages(self) -> list[str]:
        """The user messages of this conversation in the shared tracker store, in the order stored."""
        engine = create_engine(self.replicas.tracker_url, poolclass=NullPool)
        with engine.connect() as connection:
            rows = connection.execute(
                text("select data from events where sender_id = :sender and type_name = 'user' order by id"),
                {"sender": self.sender},
            ).scalars()
            messages = [json.loads(row)["text"] for row in rows]
        engine.dispose()
        return messages


def listed(replies: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    [listing] = hospital_lists(replies)
    return listing["criteria"], [hospital["id"] for hospital in listing["hospitals"]]


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    model = trained_model()
    _postgres_or_skip().dispose()
    problem = redis_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)
    work = tmp_path_factory.mktemp("replicas")
    settings = {"MEDINAV_ADMIN_TOKEN": ADMIN_TOKEN}
    with replica_pair(model, work, UNSEEN_DIRECTORY.read_bytes(), settings) as pair:
        yield Replicas(pair.a, pair.b, pair.tracker_url, pair.directory_url)


# One conversation per language, alternating A, B, A: each turn needs the one before it, which the
# other replica served. Turn 3 is the in-memory tracker cache's test: replica A served turn 1, not
# turn 2, and must see turn 2 when it serves turn 3.
CONVERSATIONS = {
    "en": [
        ("Is there a heart specialist?", {"specialty": "cardiology"}, None),
        (
            "which of them speak French?",
            {"specialty": "cardiology", "languages": ["fr"]},
            ["lotus-heart-center"],
        ),
        ("what's their phone number?", None, "+86 28 3333 0003"),
    ],
    "ja": [
        ("心臓内科を探しています", {"specialty": "cardiology"}, None),
        (
            "その中で24時間救急があるのは？",
            {"specialty": "cardiology", "emergency_24h": True},
            ["golden-river-hospital", "lotus-heart-center"],
        ),
        (
            "日本語が通じるのは？",
            {"specialty": "cardiology", "emergency_24h": True, "languages": ["ja"]},
            ["golden-river-hospital"],
        ),
    ],
    "de": [
        (
            "Gibt es einen Kardiologen in Jinjiang?",
            {"specialty": "cardiology", "district": "jinjiang"},
            ["golden-river-hospital"],
        ),
        ("und in Wuhou?", {"specialty": "cardiology", "district": "wuhou"}, ["maple-leaf-clinic"]),
        ("Wie ist ihre Telefonnummer?", None, "+86 28 1111 0001"),
    ],
    "fr": [
        ("je cherche un cardiologue", {"specialty": "cardiology"}, None),
        (
            "lesquels parlent français ?",
            {"specialty": "cardiology", "languages": ["fr"]},
            ["lotus-heart-center"],
        ),
        ("quel est leur numéro de téléphone ?", None, "+86 28 3333 0003"),
    ],
}


@pytest.mark.parametrize("language", CONVERSATIONS)
def test_a_conversation_alternating_between_the_two_rasa_servers_keeps_its_context(
    replicas: Replicas, language: str
) -> None:
    chat = replicas.conversation()
    for turn, (message, criteria, expected) in enumerate(CONVERSATIONS[language]):
        replica = replicas.a if turn % 2 == 0 else replicas.b
        replies = chat.say(replica, message)
        if criteria is None:
            assert any(str(expected) in line for line in texts(replies)), (turn, message, replies)
            continue
        found_criteria, ids = listed(replies)
        assert found_criteria == criteria, (turn, message)
        if expected is not None:
            assert sorted(ids) == sorted(expected), (turn, message)
        assert texts(replies)[0].startswith(found_prefix(language, len(ids))), (turn, message)
    assert chat.stored_user_messages() == [message for message, _, _ in CONVERSATIONS[language]]


def test_two_messages_of_one_sender_sent_at_once_to_both_replicas_are_answered_in_order(
    replicas: Replicas,
) -> None:
    chat = replicas.conversation()
    chat.say(replicas.a, "Is there a heart specialist?")
    answers: dict[str, list[dict[str, Any]]] = {}

    def send(name: str, replica: Stack, message: str) -> None:
        answers[name] = chat.say(replica, message)

    first = threading.Thread(target=send, args=("first", replicas.a, "which of them speak French?"))
    second = threading.Thread(target=send, args=("second", replicas.b, "what's their phone number?"))
    first.start()
    time.sleep(0.05)  # the second is sent while replica A still works on the first
    second.start()
    first.join(60)
    second.join(60)

    assert listed(answers["first"])[1] == ["lotus-heart-center"]
    # Only after the first turn is the list down to one hospital whose phone is this: the lock made
    # replica B wait for replica A's turn and then read it.
    assert any("+86 28 3333 0003" in line for line in texts(answers["second"])), answers["second"]
    assert chat.stored_user_messages() == [
        "Is there a heart specialist?",
        "which of them speak French?",
        "what's their phone number?",
    ]


def test_an_import_through_one_web_app_is_live_at_once_in_the_other_and_in_the_chat(
    replicas: Replicas,
) -> None:
    assert replicas.a.web_url is not None and replicas.b.web_url is not None
    silver_birch = {
        "version": 1,
        "hospitals": [
            {
                "id": "silver-birch-clinic",
                "name": {"en": "Silver Birch Clinic", "zh": "银桦诊所"},
                "district": "qingyang",
                "address": {"en": "12 Birch Road, Qingyang District", "zh": "成都市青羊区桦树路12号"},
                "phone": "+86 28 4444 0004",
                "languages": ["zh", "en"],
                "specialties": ["dermatology"],
            }
        ],
    }
    imported = httpx.post(
        f"{replicas.a.web_url}/api/directory/import",
        content=json.dumps(silver_birch),
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}", "Content-Type": "application/json"},
        timeout=30,
    )
    assert imported.status_code == 200, imported.text

    seen = httpx.get(f"{replicas.b.web_url}/api/hospitals", params={"q": "Silver Birch"}, timeout=30).json()
    assert [hospital["id"] for hospital in seen["results"]] == ["silver-birch-clinic"]
    answer = replicas.conversation().say(replicas.b, "What is the address of Silver Birch Clinic?")
    assert any("成都市青羊区桦树路12号" in line for line in texts(answer))


def test_every_part_of_both_replicas_reports_healthy(replicas: Replicas) -> None:
    for replica in (replicas.a, replicas.b):
        assert replica.web_url is not None
        health = httpx.get(f"{replica.web_url}/healthz", timeout=10)
        assert health.status_code == 200, health.text
        assert set(health.json()["parts"]) == {"database", "action_server", "rasa"}


def test_a_replica_killed_in_the_middle_of_a_conversation_loses_nothing_and_the_other_carries_on(
    replicas: Replicas,
) -> None:
    chat = replicas.conversation()
    criteria, _ = listed(chat.say(replicas.a, "I'm looking for a dentist"))
    assert criteria == {"specialty": "dentistry"}
    criteria, ids = listed(chat.say(replicas.b, "which of them speak German?"))
    assert (criteria, ids) == ({"specialty": "dentistry", "languages": ["de"]}, ["maple-leaf-clinic"])

    for process in (replicas.b.rasa_process, replicas.b.actions_process, replicas.b.web_process):
        assert process is not None
        process.kill()
        process.wait(timeout=30)

    answer = texts(chat.say(replicas.a, "what's their phone number?"))
    assert any("+86 28 1111 0001" in line for line in answer), answer
    assert chat.stored_user_messages()[-3:] == [
        "I'm looking for a dentist",
        "which of them speak German?",
        "what's their phone number?",
    ]
