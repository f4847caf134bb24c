"""WCAG 2.1 AA (axe-core) and keyboard, heading, reflow and privacy checks on every page type."""

import pytest

from tests.e2e.axe import AXE_TAGS, DESKTOP, MOBILE, RUN_AXE, VIEWPORTS
from tests.e2e.pages import PAGE_PARAMS

pytestmark = pytest.mark.e2e

# Elements sticking out to the right, to say what causes horizontal scrolling.
OVERFLOWING_ELEMENTS = """() => [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
    .slice(0, 10)
    .map((element) => element.tagName.toLowerCase()
        + (element.id ? "#" + element.id : "")
        + [...element.classList].map((name) => "." + name).join(""))"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_no_axe_violations(open_page, axe_script, demo_page, viewport):
    visit = open_page(demo_page, viewport)
    visit.page.add_script_tag(path=axe_script)
    violations = visit.page.evaluate(RUN_AXE, AXE_TAGS)
    if violations:
        report = [f"{len(violations)} axe violation(s) on {visit.url} at {viewport['width']} px:"]
        for violation in violations:
            report.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
            report.extend(f"    {target}" for target in violation["targets"])
        pytest.fail("\n".join(report), pytrace=False)


@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_exactly_one_h1(open_page, demo_page):
    visit = open_page(demo_page, DESKTOP)
    headings = visit.page.locator("h1").all_inner_texts()
    assert len(headings) == 1, f"{visit.url} has {len(headings)} h1 elements: {headings}"


@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_skip_link_is_first_focusable_element(open_page, demo_page):
    visit = open_page(demo_page, DESKTOP)
    visit.page.keyboard.press("Tab")
    focused = visit.page.evaluate(
        """() => ({
            tag: document.activeElement.tagName,
            href: document.activeElement.getAttribute("href"),
            text: document.activeElement.textContent.trim(),
            mainExists: document.getElementById("main") !== null,
        })"""
    )
    assert focused["tag"] == "A" and (focused["href"] or "").endswith("#main"), (
        f"the first Tab on {visit.url} focuses {focused}, not a skip link to #main"
    )
    assert focused["mainExists"], f"the skip link on {visit.url} points to no element id=main"


@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_no_horizontal_scrolling_at_375px(open_page, demo_page):
    visit = open_page(demo_page, MOBILE)
    scroll_width, inner_width = visit.page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, (
        f"{visit.url} is {scroll_width} px wide at {inner_width} px; sticking out: "
        f"{visit.page.evaluate(OVERFLOWING_ELEMENTS)}"
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_every_request_goes_to_the_site_itself_and_succeeds(
    open_page, demo_site, demo_page, viewport
):
    visit = open_page(demo_page, viewport, wait_until="networkidle")
    # Lazy-loaded images further down are requested once scrolled into view.
    visit.page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    visit.page.wait_for_load_state("networkidle")
    elsewhere = [url for url in visit.requests if not demo_site.serves(url)]
    assert not elsewhere, f"{visit.url} requests other hosts: {elsewhere}"
    failed = visit.failed_requests
    assert not failed, f"{visit.url} has failing requests: {failed}"
