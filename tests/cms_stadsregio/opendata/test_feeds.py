"""RSS (/nieuws/rss/) and Atom (/nieuws/atom/) feeds of the news, read with feedparser."""

import datetime
import re

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

import feedparser
import pytest

from cms_stadsregio.content.factories import NewsPageFactory
from cms_stadsregio.opendata.feeds import FEED_ITEMS
from tests.cms_stadsregio.discovery_content import build_discovery_site, make_volume

pytestmark = pytest.mark.django_db

FEEDS = ["/nieuws/rss/", "/nieuws/atom/"]


@pytest.fixture
def content():
    return build_discovery_site()


def parse(client, path, query=None):
    response = client.get(path, query or {})
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_rss_is_well_formed_rss_2_with_absolute_links(client, content):
    response, feed = parse(client, "/nieuws/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Nieuws | Stadsregio Turnhout"
    assert feed.feed.link == "http://localhost/nieuws/"
    assert feed.feed.language == "nl-be"
    assert [entry.title for entry in feed.entries] == [
        "Fietsbevraging van start",
        "Woonlabo verschenen",
    ]
    entry = feed.entries[1]
    assert entry.link == "http://localhost/nieuws/woonlabo/"
    assert entry.id == entry.link
    assert entry.summary == "De nieuwe Woonlabo gaat over woningen &amp; renovatie."
    assert entry.published_parsed[:3] == (2025, 3, 5)
    assert {tag.term for tag in entry.tags} == {"Wonen", "nieuwsbrief"}
    assert entry.author == "Stadsregio Turnhout"


def test_atom_is_well_formed_atom_with_self_link(client, content):
    response, feed = parse(client, "/nieuws/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == "http://localhost/nieuws/atom/"
    assert links["alternate"] == "http://localhost/nieuws/"
    assert feed.entries[0].link == "http://localhost/nieuws/fietsbevraging/"
    assert feed.entries[0].updated_parsed is not None


@pytest.mark.parametrize("path", FEEDS)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"thema": "wonen"}, ["Woonlabo verschenen"]),
        ({"gemeente": "turnhout"}, ["Fietsbevraging van start"]),
        ({"thema": "wonen", "gemeente": "turnhout"}, []),
        # The feeds take thema and gemeente; other listing filters are not theirs.
        ({"tag": "fiets"}, ["Fietsbevraging van start", "Woonlabo verschenen"]),
    ],
)
def test_feeds_take_the_listing_filters(client, content, path, query, expected):
    _response, feed = parse(client, path, query)
    assert [entry.title for entry in feed.entries] == expected


def test_filtered_feed_says_so_and_links_to_the_filtered_listing(client, content):
    _response, feed = parse(client, "/nieuws/atom/", {"gemeente": "beerse", "thema": "wonen"})
    assert feed.feed.title == "Nieuws (thema Wonen, gemeente Beerse) | Stadsregio Turnhout"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == "http://localhost/nieuws/atom/?thema=wonen&gemeente=beerse"
    assert links["alternate"] == "http://localhost/nieuws/?thema=wonen&gemeente=beerse"


@pytest.mark.parametrize("path", FEEDS)
@pytest.mark.parametrize(
    "query",
    ["thema=bestaat-niet", "gemeente=<script>", "thema=wonen&thema=mobiliteit", "gemeente=%00"],
)
def test_unknown_filters_are_a_400_with_a_plain_message(client, content, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("Deze feed bestaat niet:")
    assert "<script>" not in text


@pytest.mark.parametrize("path", FEEDS)
def test_feed_shows_the_latest_items_only(client, content, path):
    for n in range(FEED_ITEMS + 3):
        NewsPageFactory(title=f"Bericht {n}", date=datetime.date(2026, 5, 1))
    _response, feed = parse(client, path)
    assert len(feed.entries) == FEED_ITEMS


@pytest.mark.parametrize(
    "page", ["/", "/nieuws/", "/nieuws/woonlabo/", "/projecten/", "/gemeenten/beerse/"]
)
def test_every_page_advertises_the_feeds(client, content, page):
    html = client.get(page).content.decode()
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" '
        r'href="/nieuws/rss/">',
        html,
    )
    assert '<link rel="alternate" type="application/atom+xml"' in html


def test_filtered_news_listing_advertises_its_filtered_feed(client, content):
    html = client.get("/nieuws/", {"thema": "wonen", "jaar": "2025"}).content.decode()
    assert (
        'type="application/rss+xml" title="Nieuws van Stadsregio Turnhout: thema Wonen (RSS)"'
        in html
    )
    assert 'href="/nieuws/rss/?thema=wonen"' in html


@pytest.mark.parametrize("path", FEEDS)
def test_feed_queries_do_not_grow_with_items(client, content, path):
    def count():
        cache.clear()  # the same caches cold for both counts
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path, {"thema": "wonen"}).status_code == 200
        return len(queries)

    count()  # the very first request creates the organisation settings
    few = count()
    make_volume(content, 30)
    many = count()
    assert many == few, f"{path}: {few} queries with 2 items, {many} with 22"
    assert few <= 14


@pytest.mark.parametrize("slug", ["rss", "atom"])
def test_a_news_item_cannot_take_the_address_of_a_feed(content, slug):
    content.woonlabo.slug = slug
    with pytest.raises(ValidationError) as error:
        content.woonlabo.full_clean()
    assert "slug" in error.value.message_dict
