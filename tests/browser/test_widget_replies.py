"""The widget against a stand-in for Rasa's channel: quick replies, silence, and hostile payloads.

The stand-in speaks the channel's events (session_request / session_confirm, user_uttered /
bot_uttered) through the real web app's pass-through, so these run in seconds and say exactly what
the assistant sent.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from directory.db import make_engine, migrate
from locales import gettext
from tests.browser.conftest import serve_folder
from tests.support.stack import ROOT, free_port, wait_until_up
from tests.support.stand_in import HOSTILE, Heard, serving, stand_in_app


@dataclass
class Served:
    web_url: str
    host_url: str
    heard: Heard


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    work: Path = tmp_path_factory.mktemp("stand-in")
    heard = Heard()
    web_url = f"http://127.0.0.1:{free_port()}"
    site, host_url = serve_folder(work)
    (work / "slow.html").write_text(
        f'<!doctype html><title>site</title><script src="{web_url}/static/widget.js" data-language="en" '
        'data-reply-timeout="2" async></script>',
        encoding="utf-8",
    )
    database_url = f"sqlite:///{work}/directory.db"
    engine = make_engine(database_url)
    migrate(engine)  # the web app serves a database that is up to date; it does not migrate it
    engine.dispose()
    log = work / "web.log"
    with serving(stand_in_app(heard)) as rasa_url, log.open("wb") as out:
        environment = {
            **os.environ,
            "MEDINAV_DATABASE_URL": database_url,
            "MEDINAV_RASA_URL": rasa_url,
            "MEDINAV_ALLOWED_ORIGINS": f"{web_url},{host_url}",
            "MEDINAV_MAP_TILES": f"{host_url}/tiles/{{z}}/{{x}}/{{y}}.png",
        }
        web = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "web.app:app",
                "--host",
                "127.0.0.1",
                "--port",
                web_url.split(":")[-1],
            ],
            cwd=ROOT,
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{web_url}/static/widget.js", web, log)
            yield Served(web_url, host_url, heard)
        finally:
            web.terminate()
            web.wait(timeout=20)
            site.shutdown()


def open_chat(page: Page, served: Served) -> None:
    page.goto(f"{served.host_url}/slow.html")
    page.locator('button[data-mednav="launcher"]').click()
    expect(page.locator('[data-mednav="status"]')).to_have_attribute(
        "data-state", "connected", timeout=15_000
    )


def say(page: Page, message: str) -> None:
    page.locator('[data-mednav="input"]').fill(message)
    page.locator('[data-mednav="input"]').press("Enter")


def test_a_quick_reply_sends_its_payload_as_text_and_its_set_is_disabled(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "my insurer is Cigna")
    replies = page.locator('[data-mednav="quick-reply"]')
    expect(replies).to_have_count(2)
    replies.first.click()
    expect(page.locator(".mednav-from-bot .mednav-text").last).to_have_text("You said: Cigna Global")
    assert served.heard.messages[-1] == "Cigna Global"
    for button in replies.all():
        expect(button).to_be_disabled()


def test_silence_after_a_message_says_the_assistant_is_not_answering(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "silence")
    expect(page.locator('[data-mednav="status"]')).to_have_text(
        gettext("en", "The assistant is not answering. Please try again in a moment, or call the hotline."),
        timeout=6_000,
    )
    expect(page.locator(".mednav-typing")).to_have_count(0)


def test_hostile_names_notes_and_links_are_shown_as_text_and_never_run(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "hostile")
    cards = page.locator('[data-mednav="hospital"]')
    expect(cards).to_have_count(3)
    for position, text in enumerate(HOSTILE):
        card = page.locator(f'[data-mednav="hospital"][data-hospital-id="hostile-{position}"]')
        expect(card.locator("h3")).to_have_text(text)
        expect(card.locator(".mednav-notes")).to_have_text(text)
    assert (
        page.locator(
            '[data-mednav="widget"] script, [data-mednav="widget"] svg, [data-mednav="widget"] img'
        ).count()
        == 0
    )
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.wait_for_timeout(500)  # an onload or onerror would have fired by now
    assert page.evaluate("window.__mednavPwned") is None


def test_with_a_tile_source_the_located_results_are_drawn_on_a_small_map(page: Page, served: Served) -> None:
    open_chat(page, served)
    say(page, "located")
    results_map = page.locator('[data-mednav="results-map"]')
    expect(results_map).to_have_count(1)
    # One marker per located hospital, numbered as in the list; the unlocated one is in the list only.
    expect(results_map.locator(".mednav-marker")).to_have_text(["1", "2"])
    tiles = [
        results_map.locator("img").nth(i).get_attribute("src") or ""
        for i in range(results_map.locator("img").count())
    ]
    assert tiles and all(re.fullmatch(rf"{served.host_url}/tiles/\d+/\d+/\d+\.png", src) for src in tiles)
    expect(page.locator('[data-mednav="hospital"]')).to_have_count(3)
