"""Choosing related projects in the editor as an editor does: Chromium, the page chooser opened from
*Verwant project toevoegen*, several projects ticked at once, autosave running; then the public
news item links them in the order chosen."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

CHOSEN = ["Dienst Wonen: één loket voor woonvragen", "Woonlabo, de nieuwsbrief over wonen"]


def test_an_editor_chooses_related_projects_with_the_page_chooser(demo_site, login, browser):
    stadsregio = login("stadsregio")
    stadsregio.goto(demo_site.url("/admin/cms_stadsregio/newspage/create/"))
    stadsregio.fill("#id_title", "Eén loket en een nieuwsbrief voor wonen")
    stadsregio.fill("#id_intro", "Twee projecten over wonen, samen voorgesteld.")
    # The editor lists no projects by itself: they are searched and ticked in the chooser.
    expect(stadsregio.locator("main")).not_to_contain_text(CHOSEN[0])
    stadsregio.get_by_role("button", name=re.compile("verwant project", re.IGNORECASE)).click()
    chooser = stadsregio.locator(".modal-dialog")
    # The chooser searches as the editor types and then replaces its list: tick in the results.
    with stadsregio.expect_response(re.compile(r"/admin/choose-page/search/")):
        chooser.locator("input[name=q]").fill("wonen")
    for title in CHOSEN:
        box = chooser.locator("tr", has_text=title).locator("input[type=checkbox]")
        box.check()
        expect(box).to_be_checked()
    confirm = chooser.get_by_role("button", name="Selectie bevestigen")
    expect(confirm).to_be_enabled()
    confirm.click()
    for position, title in enumerate(CHOSEN):
        child = stadsregio.locator(f"#inline_child_related_project_links-{position}")
        expect(child).to_contain_text(title)

    stadsregio.get_by_role("button", name="Meer acties").click()
    stadsregio.get_by_role("button", name="Publiceren").click()
    expect(stadsregio.locator(".messages")).to_contain_text("gepubliceerd")

    visitor = browser.new_context(locale="nl-BE").new_page()
    visitor.goto(demo_site.url("/nieuws/"))
    visitor.get_by_role("link", name="Eén loket en een nieuwsbrief voor wonen").click()
    related = visitor.locator(
        "section", has=visitor.get_by_role("heading", name="Verwante projecten")
    )
    links = related.get_by_role("link")
    expect(links).to_have_text(CHOSEN)
    visitor.context.close()
