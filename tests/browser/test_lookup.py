"""The operators' lookup page in a real browser: filters, the row of facts, errors in the page's language,
and a directory full of markup imported through the API, shown as text and never run."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from locales import gettext
from tests.browser.conftest import ADMIN_TOKEN, MAPLE_LEAF_NOTES, WebStack, screenshot
from tests.support.stand_in import HOSTILE

pytestmark = pytest.mark.rasa


def test_an_operator_filters_and_reads_the_row_of_a_hospital(page: Page, stack: WebStack) -> None:
    page.goto(f"{stack.web_url}/static/lookup.html?ui=en")
    page.locator("#specialty").select_option("cardiology")
    page.locator('input[name="language"][value="de"]').check()
    page.get_by_role("button", name=gettext("en", "Search")).click()
    expect(page.locator("#summary")).to_have_text(gettext("en", "Hospitals found: {total}").format(total=1))
    row = page.locator("#rows tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("成都市武侯区枫叶路8号")
    expect(row.locator("td.notes")).to_have_text(MAPLE_LEAF_NOTES["en"])
    expect(row.locator("td.departments")).to_contain_text("Cardiology")
    expect(row.locator('a[data-mednav="map"][data-service="amap"]')).to_have_attribute(
        "href", re.compile(r"^https://uri\.amap\.com/marker\?")
    )
    screenshot(page, "lookup")


def test_nearest_first_from_a_point_shows_the_distance(page: Page, stack: WebStack) -> None:
    page.goto(f"{stack.web_url}/static/lookup.html?ui=en&near=30.6337,104.0455")
    first = page.locator("#rows tr").first
    expect(first).to_contain_text("Maple Leaf International Clinic")
    expect(first.locator(".distance")).to_have_text(gettext("en", "{km} km away").format(km="0.0"))


@pytest.mark.parametrize(
    ("ui", "unknown"),
    [
        ("de", "unbekannte Sprache „Klingonisch“"),
        ("zh", "未知的语言“Klingonisch”"),
        ("en", 'unknown language "Klingonisch"'),
    ],
)
def test_filters_not_understood_are_explained_in_the_pages_language(
    page: Page, stack: WebStack, ui: str, unknown: str
) -> None:
    page.goto(f"{stack.web_url}/static/lookup.html?ui={ui}&language=Klingonisch")
    problems = page.locator("#problems")
    expect(problems).to_be_visible()
    expect(problems).to_contain_text(gettext(ui, "Some filters were not understood:"))
    expect(problems).to_contain_text(unknown)
    expect(page.get_by_role("button", name=gettext(ui, "Search"))).to_be_visible()


def hostile_hospital() -> dict[str, Any]:
    return {
        "id": "hostile-clinic",
        "name": {"en": HOSTILE[0], "zh": HOSTILE[1], "ja": HOSTILE[2]},
        "district": "wuhou",
        "address": {"en": HOSTILE[1], "zh": HOSTILE[2]},
        "phone": HOSTILE[2],
        "website": "https://example.org/\"><svg/onload=window.__mednavPwned='website'>",
        "international_desk": {"hours": {"en": HOSTILE[0]}},
        "languages": ["en"],
        "specialties": ["dermatology"],
        "notes": {"en": HOSTILE[1], "ja": HOSTILE[0]},
    }


def test_a_directory_full_of_markup_is_shown_as_text_and_runs_nothing(page: Page, stack: WebStack) -> None:
    imported = httpx.post(
        f"{stack.web_url}/api/directory/import",
        json={"version": 1, "hospitals": [hostile_hospital()]},
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
        timeout=30,
    )
    assert imported.status_code == 200, imported.text

    page.goto(f"{stack.web_url}/static/lookup.html?ui=en&specialty=dermatology")
    row = page.locator("#rows tr")
    expect(row.locator("td.name")).to_have_text(HOSTILE[0])
    expect(row.locator("td.notes")).to_have_text(HOSTILE[1])
    page.wait_for_timeout(500)
    assert page.evaluate("window.__mednavPwned") is None

    page.goto(f"{stack.host_url}/blank-en.html")
    page.locator('button[data-mednav="launcher"]').click()
    page.locator('[data-mednav="input"]').fill("a dermatologist please")
    page.locator('[data-mednav="input"]').press("Enter")
    card = page.locator('[data-mednav="hospital"][data-hospital-id="hostile-clinic"]')
    expect(card.locator("h3")).to_have_text(HOSTILE[0], timeout=30_000)
    expect(card.locator(".mednav-taxi-name")).to_have_text(HOSTILE[1])
    expect(card.locator(".mednav-notes")).to_have_text(HOSTILE[1])
    page.wait_for_timeout(500)  # an onload or onerror would have fired by now
    assert page.evaluate("window.__mednavPwned") is None
    assert (
        page.locator(
            '[data-mednav="widget"] script, [data-mednav="widget"] svg, [data-mednav="widget"] img'
        ).count()
        == 0
    )
