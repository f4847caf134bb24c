"""Arbitrary query strings at every listing, search, feed, export and API URL: never a server
error, and nothing a visitor typed comes back as markup."""

import pytest
from hypothesis import HealthCheck, given, settings

from tests.cms_stadsregio.discovery_content import build_discovery_site
from tests.cms_stadsregio.fuzzing import MARKER, query_strings

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
