"""The widget as a patient meets it: one script tag on a hospital's page, a conversation, the cards."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from locales import gettext
from tests.browser.conftest import MAPLE_LEAF_NOTES, WebStack, screenshot

pytestmark = pytest.mark.rasa

#: A search in each reply language that finds the Maple Leaf International Clinic.
SEARCHES = {
    "en": "I'm looking for a dentist in Wuhou",
    "ja": "ドイツ語が話せる歯医者を探しています",
    "de": "Ich suche einen Zahnarzt, der Deutsch spricht",
    "fr": "je cherche un dentiste qui parle allemand",
}
MAPLE_LEAF = '[data-mednav="hospital"][data-hospital-id="maple-leaf-clinic"]'


def open_widget(page: Page, url: str) -> None:
    page.goto(url)
    page.locator('button[data-mednav="launcher"]').click()
    expect(page.locator('[data-mednav="status"]')).to_have_attribute(
        "data-state", "connected", timeout=20_000
    )


def ask(page: Page, message: str) -> None:
    page.locator('[data-mednav="input"]').fill(message)
    page.locator('[data-mednav="input"]').press("Enter")


def test_the_embed_on_a_blank_page_adds_a_launcher_that_opens_the_chat(page: Page, stack: WebStack) -> None:
    page.goto(f"{stack.host_url}/blank.html")
    launcher = page.locator('button[data-mednav="launcher"]')
    expect(launcher).to_have_text(re.compile(gettext("en", "Ask MedNav")))
    expect(page.locator('[data-mednav="input"]')).to_be_hidden()
    launcher.click()
    expect(page.locator('[data-mednav="input"]')).to_be_visible()
    expect(page.locator('[data-mednav="status"]')).to_have_text(gettext("en", "Connected"), timeout=20_000)


@pytest.mark.parametrize("language", ["en", "ja", "de", "fr"])
def test_a_conversation_shows_the_hospital_card_with_the_taxi_address_map_links_and_notes(
    page: Page, stack: WebStack, language: str
) -> None:
    open_widget(page, f"{stack.host_url}/blank-{language}.html")
    expect(page.locator('[data-mednav="panel"]')).to_have_attribute(
        "aria-label", gettext(language, "MedNav assistant")
    )
    ask(page, SEARCHES[language])
    card = page.locator(MAPLE_LEAF)
    expect(card).to_be_visible(timeout=30_000)
    expect(card.locator(".mednav-taxi-address")).to_have_text("成都市武侯区枫叶路8号")
    expect(card.locator(".mednav-notes")).to_have_text(MAPLE_LEAF_NOTES[language])
    expect(card).to_contain_text(gettext(language, "International desk"))
    expect(card).to_contain_text("JCI")
    amap = card.locator('a[data-mednav="map"][data-service="amap"]')
    expect(amap).to_have_attribute("href", re.compile(r"^https://uri\.amap\.com/marker\?position=104\.04"))
    expect(card.locator('a[data-mednav="map"][data-service="baidu"]')).to_have_attribute(
        "href", re.compile(r"^https://api\.map\.baidu\.com/marker\?")
    )
    # No tile source is configured by default: map links only, no map.
    expect(page.locator('[data-mednav="results-map"]')).to_have_count(0)
    # The cards replace the numbered list the text carries for channels without cards.
    answer = page.locator(".mednav-message.mednav-rich").last.locator(".mednav-text")
    expect(answer).not_to_contain_text("枫叶国际诊所")
    if language == "en":
        screenshot(page, "widget-desktop")


def test_after_a_reload_the_same_conversation_opens_again(page: Page, stack: WebStack) -> None:
    open_widget(page, f"{stack.host_url}/blank-en.html")
    ask(page, SEARCHES["en"])
    expect(page.locator(MAPLE_LEAF)).to_be_visible(timeout=30_000)
    token = page.evaluate("localStorage.getItem('mednav.widget.session')")
    page.reload()
    expect(page.locator('[data-mednav="input"]')).to_be_visible()
    expect(page.locator(MAPLE_LEAF)).to_be_visible()
    expect(page.locator('[data-mednav="status"]')).to_have_attribute(
        "data-state", "connected", timeout=20_000
    )
    assert page.evaluate("localStorage.getItem('mednav.widget.session')") == token


def test_changing_the_language_relabels_the_conversation_in_place(page: Page, stack: WebStack) -> None:
    open_widget(page, f"{stack.host_url}/blank-en.html")
    ask(page, SEARCHES["en"])
    expect(page.locator(MAPLE_LEAF)).to_be_visible(timeout=30_000)
    page.evaluate("document.querySelector('[data-mednav=\"hospital\"]').mednavMark = 'kept'")
    page.locator('[data-mednav="language"]').select_option("de")
    expect(page.locator(MAPLE_LEAF)).to_contain_text(gettext("de", "International desk"))
    # The same nodes, relabelled: a screen reader is not read the whole transcript again.
    assert page.evaluate("document.querySelector('[data-mednav=\"hospital\"]').mednavMark") == "kept"


def test_a_page_on_an_origin_that_is_not_allowed_gets_no_conversation(page: Page, stack: WebStack) -> None:
    page.goto(f"{stack.foreign_url}/blank-en.html")
    page.locator('button[data-mednav="launcher"]').click()
    expect(page.locator('[data-mednav="status"]')).to_have_attribute(
        "data-state", "unreachable", timeout=20_000
    )
    assert page.evaluate("localStorage.getItem('mednav.widget.session')") is None


def test_the_full_page_chat_on_a_phone_talks_only_to_its_own_server(
    browser: Browser, stack: WebStack
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="ja-JP")
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        # An old link that named another assistant server: the page ignores it and uses its own.
        page.goto(f"{stack.web_url}/static/chat.html?rasa=http://127.0.0.1:9/")
        expect(page.locator('[data-mednav="status"]')).to_have_attribute(
            "data-state", "connected", timeout=20_000
        )
        expect(page.locator('[data-mednav="launcher"]')).to_have_count(0)
        ask(page, SEARCHES["ja"])
        expect(page.locator(MAPLE_LEAF)).to_be_visible(timeout=30_000)
        screenshot(page, "widget-phone")
        assert all(url.startswith(stack.web_url) for url in requested), requested
    finally:
        context.close()


def test_the_widget_reconnects_after_rasa_restarts_and_keeps_the_conversation(
    page: Page, stack: WebStack
) -> None:
    open_widget(page, f"{stack.host_url}/blank-en.html")
    ask(page, SEARCHES["en"])
    expect(page.locator(MAPLE_LEAF)).to_be_visible(timeout=30_000)
    token = page.evaluate("localStorage.getItem('mednav.widget.session')")
    stack.assistant.restart_rasa()
    expect(page.locator('[data-mednav="status"]')).to_have_attribute(
        "data-state", "connected", timeout=60_000
    )
    ask(page, "their phone number please")
    expect(page.locator(".mednav-from-bot .mednav-text").last).to_contain_text("+86", timeout=30_000)
    assert page.evaluate("localStorage.getItem('mednav.widget.session')") == token
