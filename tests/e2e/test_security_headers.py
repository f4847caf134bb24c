"""In Chromium, on every page type: the Content-Security-Policy and Permissions-Policy are in
force and nothing on the page violates them (no inline scripts or styles; the JSON-LD data blocks
are not scripts to the browser); and the request form works without any cookie."""

import pytest

from tests.e2e.pages import PAGE_PARAMS, DemoPage

pytestmark = pytest.mark.e2e

DESKTOP = {"width": 1280, "height": 800}
# Registered before any of the page's own code runs: every violation the browser reports.
RECORD_VIOLATIONS = """
window.__policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__policyViolations.push(
        `${event.effectiveDirective}: ${event.blockedURI || "inline"} `
        + `(${event.sourceFile || "?"}:${event.lineNumber}) ${event.sample || ""}`
    );
});
"""
# What Chromium writes to the console about a policy it refused or could not parse.
POLICY_MESSAGES = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy")


@pytest.fixture
def open_with_policy_checks(demo_site, browser):
    contexts = []

    def open_(demo_page: DemoPage, prepare=None):
        context = browser.new_context(viewport=DESKTOP, locale="nl-BE", service_workers="block")
        contexts.append(context)
        context.route(lambda address: not demo_site.serves(address), lambda route: route.abort())
        context.add_init_script(RECORD_VIOLATIONS)
        page = context.new_page()
        console = []
        page.on(
            "console",
            lambda message: (
                console.append(message.text)
                if any(text in message.text for text in POLICY_MESSAGES)
                else None
            ),
        )
        url = demo_site.url(demo_site.path_of(demo_page))
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status == demo_page.status, url
        if prepare:
            prepare(page)
        page.wait_for_timeout(100)  # violation events are dispatched asynchronously
        return page, response, console, page.evaluate("window.__policyViolations")

    yield open_
    for context in contexts:
        context.close()


@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_no_policy_violations(open_with_policy_checks, demo_page):
    page, response, console, violations = open_with_policy_checks(demo_page)
    headers = response.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "camera=()" in headers["permissions-policy"]
    assert violations == [], f"{page.url}: {violations}"
    assert console == [], f"{page.url}: {console}"


def test_a_violation_would_be_seen(open_with_policy_checks):
    # The check above is not blind: an inline style and an image from elsewhere are reported.
    def inject(page):
        page.evaluate(
            """() => {
                document.body.setAttribute("style", "color: red");
                const image = document.createElement("img");
                image.src = "https://tracker.example/pixel.gif";
                image.alt = "";
                document.body.append(image);
            }"""
        )

    _page, _response, console, violations = open_with_policy_checks(DemoPage("home", "/"), inject)
    directives = " ".join(violations)
    assert "style-src-attr" in directives
    assert "img-src" in directives
    assert console


def test_the_request_form_works_without_cookies(demo_site, browser):
    context = browser.new_context(viewport=DESKTOP, locale="nl-BE", service_workers="block")
    try:
        page = context.new_page()
        page.goto(demo_site.url("/openbaarheid/"))
        page.fill("#id_naam", "Jan Proef")
        page.fill("#id_e_mailadres", "jan.proef@example.org")
        page.fill("#id_adres", "Grote Markt 1, 2300 Turnhout")
        page.fill("#id_welke_documenten_vraagt_u_op", "Het verslag van de raad van bestuur.")
        page.get_by_label("Inzage").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Aanvraag versturen").click()
        assert "Uw aanvraag is verstuurd" in page.content()
        assert context.cookies() == []
    finally:
        context.close()
