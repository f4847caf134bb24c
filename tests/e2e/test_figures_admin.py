"""Beoordelingen in cijfers in the admin, as editors reach it: through the menu, with the year form.

The demo's reviews are history from earlier years (cms_stadsregio/demo/reviews.py), so the tests
choose "Alle jaren" and see their rows.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

MENU_LABEL = "Beoordelingen in cijfers"


def open_through_the_menu(page):
    page.get_by_role("button", name="Rapporten").click()
    page.get_by_role("link", name=MENU_LABEL).click()
    expect(page.get_by_role("heading", name=MENU_LABEL)).to_be_visible()


def choose_all_years(page):
    page.get_by_label("Jaar").select_option(label="Alle jaren")
    page.get_by_role("button", name="Toon", exact=True).click()
    page.wait_for_url("**jaar=alle**")


def detail_members(page):
    """The member column of every detail row."""
    return page.locator("#review-decisions tbody tr td:nth-child(2)").all_inner_texts()


def test_the_stadsregio_opens_the_figures_and_sees_every_members_decisions(login):
    stadsregio = login("stadsregio")
    open_through_the_menu(stadsregio)
    choose_all_years(stadsregio)
    members = detail_members(stadsregio)
    assert len(set(members)) > 1, members
    first_link = stadsregio.locator("#review-decisions tbody tr").first.get_by_role("link")
    assert "/admin/pages/" in first_link.get_attribute("href")
    expect(stadsregio.get_by_role("columnheader", name="Mediaan tot beslissing")).to_be_visible()


def test_a_member_editor_sees_only_their_members_decisions(login):
    beerse = login("redactie-beerse")
    open_through_the_menu(beerse)
    choose_all_years(beerse)
    members = detail_members(beerse)
    assert members and set(members) == {"Beerse"}, members


def test_a_partner_has_no_menu_item(login):
    partner = login("partner")
    partner.get_by_role("button", name="Rapporten").click()
    expect(partner.get_by_role("link", name="Workflows")).to_be_visible()
    expect(partner.get_by_role("link", name=MENU_LABEL)).to_have_count(0)
