"""The whole co-ownership path in a real browser, with the demo accounts seed_demo makes.

A partner writes a project concerning two members and submits it; each member's editor approves
it; the Stadsregio publishes it; an anonymous visitor sees it with its approval trail.
"""

import re

import pytest

pytestmark = pytest.mark.e2e

TITLE = "Fietsparkeren aan de stations"


def approve(page, label="Goedkeuren"):
    """The workflow actions sit in the editor's action menu, behind 'Meer acties'."""
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name=label, exact=True).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def test_partner_submits_members_approve_stadsregio_publishes(demo_site, login, browser):
    # A partner writes the project and submits it for review.
    partner = login("partner")
    partner.goto(demo_site.url("/admin/cms_stadsregio/projectpage/create/"))
    partner.fill("#id_title", TITLE)
    partner.fill("#id_intro", "Veilig en overdekt fietsparkeren aan de stations van de regio.")
    partner.fill("#id_start_date", "2026-12-01")
    partner.get_by_label("Beerse", exact=True).check()
    partner.get_by_label("Turnhout", exact=True).check()
    partner.get_by_role("button", name="Meer acties").click()
    partner.get_by_role("button", name="Ter goedkeuring voorleggen").click()
    edit_link = partner.locator(".messages").get_by_role("link", name="Wijzig")
    edit_url = demo_site.url(edit_link.get_attribute("href"))

    # An editor of a member the project does not concern cannot act on it.
    vosselaar = login("redactie-vosselaar")
    vosselaar.goto(edit_url)
    assert vosselaar.get_by_role("button", name="Goedkeuren", exact=True).count() == 0

    # Each concerned member's editor sees it on the dashboard and approves it.
    for username in ("redactie-beerse", "redactie-turnhout"):
        editor = login(username)
        assert TITLE in editor.content(), f"{username}: not on the dashboard"
        editor.goto(edit_url)
        approve(editor)

    # The Stadsregio approves the publication step: the page goes live.
    stadsregio = login("stadsregio")
    stadsregio.goto(edit_url)
    approve(stadsregio, "Goedkeuren en publiceren")

    # An anonymous visitor finds it, with the approval trail.
    visitor = browser.new_context(locale="nl-BE").new_page()
    visitor.goto(demo_site.url("/projecten/"))
    visitor.get_by_role("link", name=TITLE).click()
    assert visitor.locator("h1").inner_text() == TITLE
    trail = visitor.locator("section.transparency")
    approved_by = trail.inner_text()
    assert "redactie Beerse" in approved_by
    assert "redactie Turnhout" in approved_by
    assert "Vosselaar" not in approved_by
    assert "partner" not in approved_by.lower()  # organisations, not people
    visitor.context.close()
