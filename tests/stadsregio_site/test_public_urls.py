"""Every public address of the demo site, as an anonymous visitor sees it: no cookies, no inline
scripts or styles (the Content-Security-Policy would block them), and arbitrary paths and query
strings under every public prefix never cause a server error.

The demo is seeded once for this module, inside a transaction that is rolled back at the end.
"""

import io
from html.parser import HTMLParser
from urllib.parse import quote

from django.core.management import call_command
from django.db import transaction
from django.test import Client

from wagtail.models import Page

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_stadsregio.content.models import Member
from cms_stadsregio.governance.models import OfficialDocument
from tests.cms_stadsregio.fuzzing import MARKER, query_strings

pytestmark = pytest.mark.django_db

# Addresses outside the page tree, and pages with filters, searches and errors.
OTHER_PATHS = [
    "/zoeken/",
    "/zoeken/?q=wonen",
    "/zoeken/?q=xyzzy&type=onbekend",
    "/projecten/?thema=wonen&status=lopend&jaar=1800",
    "/nieuws/?gemeente=turnhout&tag=bestaat-niet&pagina=9",
    "/nieuws/rss/",
    "/nieuws/atom/",
    "/nieuws/rss/?gemeente=beerse",
    "/projecten/export.csv",
    "/sitemap.xml",
    "/robots.txt",
    "/api/v2/pages/",
    "/api/v2/pages/?type=cms_stadsregio.ProjectPage&fields=*",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/bestaat-niet/",
    "/projecten/bestaat-niet/",
]


@pytest.fixture(scope="module")
def public_paths(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO(), stderr=io.StringIO())
        pages = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
        members = [f"/gemeenten/{member.slug}/" for member in Member.objects.all()]
        documents = [f"/bestuur/documenten/{doc.slug}/" for doc in OfficialDocument.objects.all()]
        yield sorted(set(pages)) + members + documents + OTHER_PATHS
        transaction.set_rollback(True)


def test_the_demo_has_every_kind_of_public_address(public_paths):
    # The tests below are only as good as the addresses they walk.
    assert len(public_paths) > 40
    for expected in ("/", "/openbaarheid/", "/gemeenten/turnhout/", "/bestuur/zittingen/"):
        assert expected in public_paths


def test_anonymous_visits_set_no_cookies(client, public_paths):
    visited = 0
    for path in public_paths:
        response = client.get(path, follow=True)
        assert response.status_code in (200, 404), (path, response.status_code)
        assert response.cookies == {}, (path, response.cookies)
        for hop, _status in response.redirect_chain:
            assert not client.cookies, (path, hop)
        visited += 1
    assert not client.cookies
    assert visited == len(public_paths)


def test_the_api_in_a_browser_is_json_without_a_cookie(client, public_paths):
    # Not REST framework's browsable HTML API, which sets a CSRF cookie.
    browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/api/v2/pages/", HTTP_ACCEPT=browser_accept)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.cookies == {}


class InlineCode(HTMLParser):
    """Collects what a strict Content-Security-Policy blocks: inline scripts, event handler
    attributes, style elements and attributes, javascript: links. JSON-LD is data, not a script."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            self._inline_script = attributes.get("type") != "application/ld+json"
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value}>")

    def handle_data(self, data):
        if self._inline_script and data.strip():
            self.found.append(f"<script>{data.strip()[:60]}</script>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inline_script = False


def test_inline_code_is_detected():
    parser = InlineCode()
    parser.feed(
        '<script>alert(1)</script><script type="application/ld+json">{"a": 1}</script>'
        '<p style="color: red" onclick="x()">a</p><a href="javascript:x()">b</a><style>p{}</style>'
    )
    assert len(parser.found) == 5


def test_public_pages_have_no_inline_scripts_or_styles(client, public_paths):
    checked = 0
    for path in public_paths:
        response = client.get(path)
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        parser = InlineCode()
        parser.feed(response.content.decode())
        assert parser.found == [], path
        checked += 1
    assert checked > 40


# Path segments that have broken URL handling before: traversal, broken percent-encoding,
# encoded slashes, NUL, huge numbers, markup, and the route names the site knows.
NASTY_SEGMENTS = [
    "..", ".", "%", "%00", "%2e%2e", "%2F", "%ZZ", "%C3%28", "%FF", "%E2%82", "\x00", "über",
    "rss", "atom", "export.csv", "find", "1", "0", "-1", "9" * 30, "x" * 300, "index.php",
    "..%2f..%2fetc%2fpasswd", MARKER, "2026", "pagina", "?", "#", ";", "@", "~", "\u202e", " ",
]  # fmt: skip
FUZZED_PREFIXES = [
    "/",
    "/over-ons/",
    "/themas/",
    "/themas/wonen/",
    "/projecten/",
    "/projecten/gewoon-gaan/",
    "/nieuws/",
    "/nieuws/rss/",
    "/nieuws/atom/",
    "/gemeenten/",
    "/gemeenten/turnhout/",
    "/bestuur/",
    "/bestuur/zittingen/",
    "/bestuur/documenten/",
    "/bestuur/documenten/statuten/",
    "/openbaarheid/",
    "/zoeken/",
    "/sitemap.xml",
    "/robots.txt",
    "/projecten/export.csv",
    "/api/v2/",
    "/api/v2/pages/",
    "/api/v2/pages/find/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/documenten/",
    "/documenten/1/",
    "/media/",
    "/static/",
    "/_util/login/",
    "/_util/authenticate_with_password/1/1/",
    "/admin/",
]
segments = st.one_of(st.sampled_from(NASTY_SEGMENTS), st.text(max_size=20))
suffixes = st.tuples(st.lists(segments, max_size=4), st.booleans()).map(
    lambda parts: "/".join(quote(part, safe="%") for part in parts[0]) + ("/" if parts[1] else "")
)


def test_no_path_or_query_string_causes_a_server_error(public_paths):
    # A real browser: Django's CSRF check and the request form's origin check are on.
    browser = Client(enforce_csrf_checks=True)

    @settings(
        max_examples=300,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        prefix=st.sampled_from(FUZZED_PREFIXES),
        suffix=suffixes,
        query=st.one_of(st.just(""), query_strings),
        method=st.sampled_from(["get", "get", "head", "post"]),
        value=st.text(max_size=40),
    )
    def check(prefix, suffix, query, method, value):
        url = prefix + suffix + (f"?{query}" if query else "")
        if method == "post":
            response = browser.post(url, {"naam": value, "q": value})
        else:
            response = getattr(browser, method)(url)
        assert response.status_code < 500, (method, url)
        if method == "get" and response.get("Content-Type", "").startswith("text/html"):
            assert MARKER not in response.content.decode(errors="replace"), url

    check()
