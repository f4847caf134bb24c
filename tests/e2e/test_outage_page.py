"""The page visitors get while the database is down (templates/503.html) meets the same standard
as every page: no axe findings at both widths, valid HTML for the Nu Html Checker.

The running test site has its database, so the page is rendered here, as
cms_stadsregio/caching/outage.py renders it, and served to Chromium at an address of that site: its
stylesheet comes from the site itself.
"""

import json
import subprocess

from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

from tests.e2e.axe import AXE_TAGS, RUN_AXE, VIEWPORTS

pytestmark = pytest.mark.e2e

ADDRESS = "/storing-voorbeeld/"


@pytest.fixture(scope="module")
def outage_html():
    return render_to_string("503.html", request=RequestFactory().get(ADDRESS))


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_axe_violations_on_the_outage_page(
    demo_site, browser, axe_script, outage_html, viewport
):
    context = browser.new_context(viewport=viewport, locale="nl-BE", bypass_csp=True)
    try:
        context.route(
            demo_site.url(ADDRESS),
            lambda route: route.fulfill(status=503, body=outage_html, content_type="text/html"),
        )
        page = context.new_page()
        page.goto(demo_site.url(ADDRESS))
        assert page.locator("h1").inner_text() == "Even niet beschikbaar"
        page.add_script_tag(path=axe_script)
        assert page.evaluate(RUN_AXE, AXE_TAGS) == []
    finally:
        context.close()


def test_the_outage_page_is_valid_html(vnu_command, outage_html, tmp_path):
    path = tmp_path / "503.html"
    path.write_text(outage_html)
    result = subprocess.run(  # noqa: S603 (fixed command)
        [*vnu_command, "--format", "json", "--errors-only", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert json.loads(result.stderr)["messages"] == []
