"""The co-ownership review as editors use it: Chromium, the admin's own buttons, autosave running.

Each test writes its own project through the admin as the partner, so tests do not depend on one
another; the demo accounts of seed_demo act in turn (docs/co-ownership.md has the rules).
"""

import re
import time
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

# English an editor should never meet in the Dutch admin (words, not Dutch loanwords like "Live").
ENGLISH = re.compile(
    r"\b(ago|minutes?|hours?|seconds?|weeks?|months?|Password|Sign in|Submitted|Approved|"
    r"requested|Edited|View details|Compare|See full history|with comment|Cancelled|"
    r"Not started|In progress|In Moderation|Published|Awaiting|Actions|Draft|by)\b"
)


def submit_project(partner, demo_site, title, members):
    """The partner writes a project for these members and submits it; returns its edit URL."""
    partner.goto(demo_site.url("/admin/cms_stadsregio/projectpage/create/"))
    partner.fill("#id_title", title)
    partner.fill("#id_intro", "Een project van de partners voor de regio.")
    partner.fill("#id_start_date", "2026-12-01")
    for member in members:
        partner.get_by_label(member, exact=True).check()
    partner.get_by_role("button", name="Meer acties").click()
    partner.get_by_role("button", name="Ter goedkeuring voorleggen").click()
    edit_link = partner.locator(".messages").get_by_role("link", name="Wijzig")
    return demo_site.url(edit_link.get_attribute("href"))


def approve_in_editor(page):
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Goedkeuren", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def overview_row(page, demo_site, title):
    """The Stadsregio's dashboard row for this page in "Pagina's in beoordeling"."""
    page.goto(demo_site.url("/admin/"))
    return page.locator("#review-overview-section tr", has_text=title)


def test_approve_from_the_editor_survives_autosave_and_the_dashboard_confirms(demo_site, login):
    title = "Deelfietsen aan de stations"
    edit_url = submit_project(login("partner"), demo_site, title, ["Beerse", "Turnhout"])

    # Beerse opens the page from the dashboard and approves in the editor.
    beerse = login("redactie-beerse")
    beerse.get_by_role("link", name=title).first.click()
    approve_in_editor(beerse)
    expect(beerse.locator(".messages")).to_contain_text("Goedgekeurd voor Beerse")
    # Back in the editor, with autosave running, then away again: the approval holds.
    beerse.goto(edit_url)
    beerse.wait_for_timeout(2000)
    beerse.goto(demo_site.url("/admin/"))

    stadsregio = login("stadsregio")
    row = overview_row(stadsregio, demo_site, title)
    expect(row).to_contain_text("Beerse: Goedgekeurd")
    expect(row).to_contain_text("Turnhout: Wacht op akkoord")

    # Turnhout approves from the row menu of the dashboard, and is told so.
    turnhout = login("redactie-turnhout")
    queue_row = turnhout.locator("#awaiting-review-section tr", has_text=title)
    queue_row.get_by_role("button", name="Acties").click()
    queue_row.get_by_role("button", name="Goedkeuren", exact=True).click()
    expect(turnhout.locator(".messages")).to_contain_text("Alle gemeenten gaven akkoord")

    # The Stadsregio's step says what it does, and publishes.
    stadsregio.goto(edit_url)
    stadsregio.get_by_role("button", name="Meer acties").click()
    publish = stadsregio.get_by_role("button", name="Goedkeuren en publiceren", exact=True)
    expect(publish).to_be_visible()
    publish.click()
    expect(stadsregio.locator(".messages")).to_contain_text("Goedgekeurd en gepubliceerd")


def test_an_edit_during_review_is_mailed_listed_again_and_reapproved_from_the_listing(
    demo_site, login
):
    title = "Woonzorgzones in de Kempen"
    edit_url = submit_project(login("partner"), demo_site, title, ["Beerse", "Turnhout"])
    beerse = login("redactie-beerse")
    beerse.goto(edit_url)
    approve_in_editor(beerse)

    # The Stadsregio changes the text; autosave stores it.
    stadsregio = login("stadsregio")
    stadsregio.goto(edit_url)
    stadsregio.fill("#id_intro", "Zorg en wonen dichter bij elkaar, in elke gemeente.")
    stadsregio.wait_for_timeout(2500)
    stadsregio.get_by_role("button", name="Bewaar concept").click()
    expect(stadsregio.locator(".messages")).to_be_visible()
    row = overview_row(stadsregio, demo_site, title)
    expect(row).to_contain_text("Beerse: Opnieuw te bekijken")

    mails = [m for m in demo_site.mails() if title in m and "Opnieuw te bekijken" in m]
    assert len(mails) == 1, mails
    assert "redactie-beerse@stadsregio-turnhout.be" in mails[0]
    assert demo_site.base_url + "/admin/pages/" in mails[0]

    # On top of Beerse's list, marked; Beerse approves again from the page listing.
    beerse.goto(demo_site.url("/admin/"))
    first_row = beerse.locator("#awaiting-review-section tbody tr").first
    expect(first_row).to_contain_text(title)
    expect(first_row).to_contain_text("Opnieuw te bekijken")
    beerse.goto(demo_site.url("/admin/pages/search/?" + urlencode({"q": title})))
    listing_row = beerse.locator("tr", has_text=title)
    listing_row.get_by_role("button", name=re.compile("Meer opties")).click()
    listing_row.get_by_role("link", name="Goedkeuren…").click()
    beerse.get_by_role("button", name="Goedkeuren").click()
    expect(beerse.locator(".messages")).to_contain_text("Goedgekeurd voor Beerse")
    expect(overview_row(stadsregio, demo_site, title)).to_contain_text("Beerse: Goedgekeurd")


def test_a_member_requests_changes_with_a_comment(demo_site, login):
    title = "Energieloket voor huurders"
    edit_url = submit_project(login("partner"), demo_site, title, ["Vosselaar"])
    vosselaar = login("redactie-vosselaar")
    vosselaar.goto(edit_url)
    vosselaar.get_by_role("button", name="Meer acties").click()
    vosselaar.get_by_role("button", name="Wijzigingen vragen", exact=True).click()
    dialog = vosselaar.get_by_role("dialog")
    dialog.get_by_label("Opmerking").fill("Vermeld de openingsuren van het loket.")
    dialog.get_by_role("button", name="Wijzigingen vragen").click()
    vosselaar.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    expect(vosselaar.locator(".messages")).to_contain_text("Je vroeg wijzigingen")
    mails = [m for m in demo_site.mails() if "Vermeld de openingsuren" in m]
    assert mails and "partner@stadsregio-turnhout.be" in mails[-1]


def test_publiceren_is_not_offered_and_an_urgent_publication_shows_its_reason(
    demo_site, login, browser
):
    title = "Winterplan daklozenopvang"
    edit_url = submit_project(login("partner"), demo_site, title, ["Beerse", "Oud-Turnhout"])
    stadsregio = login("stadsregio")
    stadsregio.goto(edit_url)
    stadsregio.get_by_role("button", name="Meer acties").click()
    expect(stadsregio.get_by_role("button", name="Publiceren", exact=True)).to_have_count(0)
    stadsregio.get_by_role("link", name="Spoedpublicatie…").click()
    reason = "De opvang opent vannacht door de vrieskou."
    stadsregio.get_by_label("Reden van de spoedpublicatie").fill(reason)
    stadsregio.get_by_role("button", name="Publiceer zonder akkoord").click()
    expect(stadsregio.locator(".messages")).to_contain_text("spoedpublicatie")

    visitor = browser.new_context(locale="nl-BE").new_page()
    visitor.goto(demo_site.url("/projecten/"))
    visitor.get_by_role("link", name=title).click()
    trail = visitor.locator("section.transparency")
    expect(trail).to_contain_text("gepubliceerd zonder akkoord van Beerse, Oud-Turnhout")
    expect(trail).to_contain_text(reason)
    visitor.context.close()
    mails = [m for m in demo_site.mails() if "Spoedpublicatie" in m and title in m]
    assert any("redactie-oud-turnhout@" in m for m in mails), mails


def test_saving_within_a_second_of_typing_twice_gives_no_error(demo_site, login):
    stadsregio = login("stadsregio")
    stadsregio.goto(demo_site.url("/admin/cms_stadsregio/newspage/create/"))
    failures = []
    stadsregio.on("response", lambda r: failures.append(r.url) if r.status >= 500 else None)
    stadsregio.fill("#id_title", "Nieuwe openingsuren van het onthaal")
    stadsregio.locator("#id_intro").press_sequentially("Vanaf januari", delay=30)
    stadsregio.get_by_role("button", name="Bewaar concept").click()
    expect(stadsregio.locator(".messages")).to_contain_text("aangemaakt")
    started = time.monotonic()
    stadsregio.locator("#id_intro").press_sequentially(" open op zaterdag.", delay=20)
    stadsregio.get_by_role("button", name="Bewaar concept").click()
    assert time.monotonic() - started < 3
    expect(stadsregio.locator(".messages")).to_contain_text("is gewijzigd")
    assert failures == []


def test_the_login_page_and_the_status_panel_speak_dutch_and_call_no_other_host(
    demo_site, login, browser
):
    anonymous = browser.new_context(locale="nl-BE").new_page()
    anonymous.goto(demo_site.url("/admin/login/"))
    text = anonymous.locator("body").inner_text()
    assert not ENGLISH.search(text), ENGLISH.findall(text)
    assert "Wachtwoord" in text
    anonymous.context.close()

    title = "Buurtbudgetten in de regio"
    edit_url = submit_project(login("partner"), demo_site, title, ["Turnhout"])
    stadsregio = login("stadsregio")
    requests = []
    stadsregio.on("request", lambda request: requests.append(request.url))
    stadsregio.goto(edit_url)
    stadsregio.get_by_role("button", name="Toon/verberg status").click()
    panel = stadsregio.locator("[data-side-panel='status']")
    expect(panel).to_contain_text("Akkoord van de gemeenten")
    expect(panel).to_contain_text("Turnhout: Wacht op akkoord")
    text = panel.inner_text()
    assert not ENGLISH.search(text), ENGLISH.findall(text)
    stadsregio.goto(demo_site.url("/admin/"))
    assert [url for url in requests if not demo_site.serves(url)] == []


def toggle_lock(page):
    """The lock switch in the editor's status panel."""
    panel = page.locator("[data-side-panel='status']")
    if not panel.is_visible():
        page.get_by_role("button", name="Toon/verberg status").click()
    switch = panel.locator("label.switch", has=page.locator("input[data-w-action-url-value]"))
    with page.expect_navigation():
        switch.click()


def test_locking_follows_the_members_editing_rights(demo_site, login):
    """A member's editor locks a page of their member; another member's editor cannot open it."""
    title = "Proef met deelfietsen aan bushaltes"  # concerns Turnhout and Oud-Turnhout
    turnhout = login("redactie-turnhout")
    turnhout.goto(demo_site.url("/admin/pages/search/?" + urlencode({"q": title})))
    turnhout.get_by_role("link", name=title).first.click()
    edit_url = turnhout.url
    toggle_lock(turnhout)
    expect(turnhout.locator("[data-side-panel='status']")).to_contain_text("Vergrendeld")

    beerse = login("redactie-beerse")
    beerse.goto(edit_url)
    expect(beerse.locator(".messages")).to_contain_text("geen toegang")
    assert "/edit/" not in beerse.url

    # Unlocked again, as the demo had it.
    turnhout.goto(edit_url)
    toggle_lock(turnhout)
    expect(turnhout.locator("[data-side-panel='status']")).to_contain_text("Ontgrendeld")
