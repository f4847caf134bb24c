"""/sitemap.xml (all public pages with last-modified dates, member pages included) and
/robots.txt."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from cms_stadsregio.content.factories import NewsPageFactory, ProjectPageFactory, publish
from tests.cms_stadsregio.discovery_content import build_discovery_site, make_volume

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def content():
    content = build_discovery_site()
    # Published as editors do, so that every page has a publication date (factories set none).
    for page in Page.objects.live().specific():
        publish(page)
    return content


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    return {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_public_pages_with_last_modified_dates(client, content):
    entries = sitemap_entries(client)
    for path in (
        "/",
        "/projecten/",
        "/projecten/dienst-wonen/",
        "/nieuws/woonlabo/",
        "/themas/wonen/",
        "/gemeenten/",
    ):
        url = "http://localhost" + path
        assert url in entries, url
        assert entries[url], f"no lastmod for {url}"


def test_sitemap_lists_the_member_pages(client, content):
    entries = sitemap_entries(client)
    assert "http://localhost/gemeenten/beerse/" in entries
    assert "http://localhost/gemeenten/turnhout/" in entries
    # A member's page changes when news about it is published.
    woonlabo = content.woonlabo
    woonlabo.refresh_from_db()
    assert (
        entries["http://localhost/gemeenten/beerse/"]
        >= woonlabo.last_published_at.date().isoformat()
    )


def test_sitemap_leaves_out_drafts_and_private_pages(client, content):
    draft = ProjectPageFactory(title="Ontwerp", slug="ontwerp")
    draft.unpublish()
    private = NewsPageFactory(title="Besloten", slug="besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    entries = sitemap_entries(client)
    assert "http://localhost/projecten/ontwerp/" not in entries
    assert "http://localhost/nieuws/besloten/" not in entries


def test_sitemap_queries_do_not_grow_with_items(client, content):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    client.get("/sitemap.xml")  # site root paths are cached after the first request
    few = count()
    make_volume(content, 20)
    assert count() == few


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, content):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /zoeken/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
