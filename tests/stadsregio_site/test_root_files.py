"""Files at the root of the site (WHITENOISE_ROOT) and the icons every page declares."""

import gzip
import re

from django.contrib.staticfiles import finders

import pytest

from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    body = b"".join(response.streaming_content)
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert "max-age" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/", "/projecten/", "/zoeken/?q=wonen", "/bestaat-niet/"])
def test_every_page_declares_its_icons_and_they_exist(client, path):
    build_discovery_site()
    html = client.get(path).content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="48x48">' in html
    svg = re.search(r'<link rel="icon" href="/static/([^"]+)" type="image/svg\+xml">', html)
    assert svg is not None
    assert finders.find(svg.group(1)) is not None


@pytest.mark.parametrize("path", ["/", "/projecten/", "/sitemap.xml", "/nieuws/rss/"])
def test_responses_are_compressed_for_a_client_that_accepts_it(client, settings, path):
    build_discovery_site()
    plain = client.get(path)
    compressed = client.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert len(compressed.content) < len(plain.content) / 2
    assert gzip.decompress(compressed.content) == plain.content


def test_a_cached_page_is_compressed_too(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    build_discovery_site()
    client.get("/projecten/")  # now in the page cache
    response = client.get("/projecten/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert b"<h1" in gzip.decompress(response.content)
