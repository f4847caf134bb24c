"""Arbitrary query strings at every listing, search, feed, export and API URL: never a server
error, and nothing a visitor typed comes back as markup."""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db

URLS = [
    "/projecten/",
    "/nieuws/",
    "/themas/wonen/",
    "/gemeenten/beerse/",
    "/zoeken/",
    "/nieuws/rss/",
    "/nieuws/atom/",
    "/projecten/export.csv",
    "/sitemap.xml",
    "/api/v2/pages/",
    "/api/v2/pages/{project}/",
    "/api/v2/pages/find/",
    "/api/v2/images/",
    "/api/v2/documents/",
]
# Parameters the site or Wagtail's API understand, so that the values reach the code behind them.
KNOWN_KEYS = [
    "thema", "gemeente", "status", "tag", "jaar", "pagina", "q", "type",
    "fields", "limit", "offset", "order", "search", "search_operator", "child_of",
    "descendant_of", "ancestor_of", "translation_of", "locale", "site", "html_path", "id",
    "title", "slug", "start_date", "end_date", "date", "budget", "members", "domains", "tags",
    "listing_image", "show_in_menus", "p",
]  # fmt: skip
MARKER = "<x-fuzz>"

# Values that have broken web applications before: markup, NUL, huge numbers, odd dates.
NASTY_VALUES = [
    "wonen", "beerse", "lopend", "fiets", "2024", "*", "-title", "_,title",
    "cms_stadsregio.ProjectPage", "wagtailcore.Page", "1e3", "0x10", "NaN", "9" * 30,
    "\x00", "%00", "'; DROP TABLE x; --", '"', "x" * 3000, MARKER, f"a{MARKER}b",
    "title,-id", "domains(title)", "2024-02-30", "true", "root",
]  # fmt: skip
values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(NASTY_VALUES),
)
pairs = st.lists(
    st.tuples(st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=1, max_size=10)), values),
    max_size=6,
)
raw = st.text(max_size=80).map(lambda text: quote(text, safe="=&%+;/?"))
query_strings = st.one_of(pairs.map(urlencode), raw)


@pytest.fixture
def urls():
    content = build_discovery_site()
    return [url.format(project=content.dienst_wonen.pk) for url in URLS]


@pytest.mark.parametrize("index", range(len(URLS)), ids=[url.strip("/") for url in URLS])
def test_no_query_string_causes_a_server_error(client, urls, index):
    url = urls[index]

    @settings(
        max_examples=50,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=query_strings)
    def check(query):
        response = client.get(f"{url}?{query}")
        assert response.status_code < 500, (url, query)
        if response["Content-Type"].startswith("text/html"):
            assert MARKER not in response.content.decode(), (url, query)

    check()
