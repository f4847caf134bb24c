"""/sitemap.xml (all public pages with last-modified dates, member pages included) and
/robots.txt."""

import datetime
import xml.etree.ElementTree as ET

from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from cms_stadsregio.content.factories import NewsPageFactory, ProjectPageFactory, publish
from cms_stadsregio.content.models import MemberIndexPage, NewsPage, ProjectPage
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


def test_a_member_page_is_as_new_as_the_latest_live_item_about_the_member(client, content):
    """Each member's date is the latest publication of a live project or news item that names
    it (or the overview's own); a draft does not count, and one member's items are not another's."""
    from django.utils import timezone

    def at(year, month, day):
        return timezone.make_aware(timezone.datetime(year, month, day, 12))

    Page.objects.filter(pk=MemberIndexPage.objects.get().pk).update(
        last_published_at=at(2020, 1, 1)
    )
    ProjectPage.objects.update(last_published_at=at(2021, 1, 1))
    NewsPage.objects.update(last_published_at=at(2021, 1, 1))
    Page.objects.filter(pk=content.deelfietsen.pk).update(last_published_at=at(2024, 5, 1))
    Page.objects.filter(pk=content.woonlabo.pk).update(last_published_at=at(2025, 3, 2))
    Page.objects.filter(pk=content.fietsbevraging.pk).update(last_published_at=at(2026, 1, 3))
    # A draft about Beerse, published later, changes nothing the public sees.
    Page.objects.filter(pk=content.dienst_wonen.pk).update(
        live=False, last_published_at=at(2026, 6, 1)
    )
    entries = sitemap_entries(client)
    assert entries["http://localhost/gemeenten/beerse/"] == "2025-03-02"
    assert entries["http://localhost/gemeenten/turnhout/"] == "2026-01-03"


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
    client.get("/sitemap.xml")  # the site, kept until the next change, is read again once after it
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


def test_sitemap_dates_are_local_days_as_the_protocol_writes_them():
    """23:30 UTC on 31 December is already 1 January in Turnhout (TIME_ZONE)."""
    template = Template("{% load stadsregio_sitemap %}{{ when|w3c_date }}|{{ nothing|w3c_date }}")
    moment = datetime.datetime(2025, 12, 31, 23, 30, tzinfo=datetime.UTC)
    assert template.render(Context({"when": moment, "nothing": None})) == "2026-01-01|"
