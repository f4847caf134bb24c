"""The register of document requests, as an editor keeps it: through the menu, a request opened
from the list, its decision entered in the form and saved; the figures page counts it."""

import datetime

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

MENU_LABEL = "Aanvragen openbaarheid"


def totals(editor, demo_site, year):
    """The row "Alle aanvragen" of the public figure, as a reader of the open data gets it."""
    url = demo_site.url(f"/transparantie/cijfers/aanvragen-openbaarheid/json/?jaar={year}")
    rows = editor.request.get(url).json()["rows"]
    return next(row["values"] for row in rows if row["total"])


def test_the_stadsregio_records_a_decision_in_the_register(login, demo_site):
    editor = login("stadsregio")
    today = datetime.date.today()
    before = totals(editor, demo_site, today.year)
    editor.get_by_role("button", name="Bestuur").click()
    editor.get_by_role("link", name=MENU_LABEL).click()
    expect(editor.get_by_role("heading", name=MENU_LABEL)).to_be_visible()
    # The newest request is still open: it has no decision yet.
    editor.locator("table.listing tbody tr").first.get_by_role("link").first.click()
    expect(editor.get_by_label("Beslist op")).to_have_value("")
    editor.get_by_label("Beslist op").fill(today.isoformat())
    editor.keyboard.press("Escape")  # closes the date picker
    editor.get_by_label("Beslissing").select_option(label="Gedeeltelijk toegestaan")
    editor.get_by_role("button", name="Opslaan").click()
    expect(editor.locator(".messages")).to_contain_text("bijgewerkt")
    row = editor.locator("table.listing tbody tr").first
    expect(row).to_contain_text("Gedeeltelijk toegestaan")
    # The public figure counts it among this year's decided requests at once.
    after = totals(editor, demo_site, today.year)
    assert after["received"] == before["received"]
    assert after["open"] + after["overdue"] == before["open"] + before["overdue"] - 1
    assert after["on_time"] + after["late"] == before["on_time"] + before["late"] + 1


def test_a_member_editor_does_not_keep_the_register(login):
    beerse = login("redactie-beerse")
    expect(beerse.get_by_role("link", name=MENU_LABEL)).to_have_count(0)
    expect(beerse.get_by_role("button", name="Bestuur")).to_have_count(0)
