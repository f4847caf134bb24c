"""Page metadata: canonical URL, meta description, Open Graph and schema.org JSON-LD."""

import json
import re
from html.parser import HTMLParser

from django.core.cache import cache

import pytest

from cms_stadsregio.content.factories import NewsPageFactory
from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    return build_discovery_site()


class HeadParser(HTMLParser):
    """Collects <link>, <meta> and the JSON-LD scripts of a page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.meta = {}
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta[key] = attrs.get("content")
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False


def head_of(client, path, query=None):
    response = client.get(path, query or {})
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def canonical(parsed):
    return [link["href"] for link in parsed.links if link.get("rel") == "canonical"]


def of_type(parsed, schema_type):
    found = []
    for data in parsed.json_ld:
        found += [item for item in data.get("@graph", [data]) if item.get("@type") == schema_type]
    return found


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/", {}, "http://localhost/"),
        (
            "/projecten/dienst-wonen/",
            {"utm_source": "nieuwsbrief"},
            "http://localhost/projecten/dienst-wonen/",
        ),
        ("/gemeenten/beerse/", {}, "http://localhost/gemeenten/beerse/"),
        # Listings: the valid filters in a fixed order, junk left out.
        (
            "/projecten/",
            {"jaar": "2024", "thema": "wonen", "tag": "<x>"},
            "http://localhost/projecten/?thema=wonen&jaar=2024",
        ),
        ("/zoeken/", {"q": "wonen"}, "http://localhost/zoeken/"),
    ],
)
def test_canonical_url(client, content, path, query, expected):
    assert canonical(head_of(client, path, query)) == [expected]


def test_error_pages_have_no_canonical(client, content):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert 'rel="canonical"' not in response.content.decode()


def test_meta_description_and_open_graph_of_a_project(client, content):
    parsed = head_of(client, "/projecten/dienst-wonen/")
    assert parsed.meta["description"] == "Eén loket voor alle woonvragen in de regio."
    assert parsed.meta["og:title"] == "Dienst Wonen"
    assert parsed.meta["og:description"] == "Eén loket voor alle woonvragen in de regio."
    assert parsed.meta["og:type"] == "website"
    assert parsed.meta["og:url"] == "http://localhost/projecten/dienst-wonen/"
    assert parsed.meta["og:site_name"] == "Stadsregio Turnhout"
    assert parsed.meta["og:locale"] == "nl_BE"
    image_url = parsed.meta["og:image"]
    # A signed address of Wagtail's image view: the rendition is made when first fetched.
    assert re.fullmatch(r"http://localhost/afbeeldingen/[^/]+/\d+/fill-1200x630/[^/]+", image_url)
    assert parsed.meta["og:image:alt"] == "Rij huizen in de zon"
    fetched = client.get(image_url.removeprefix("http://localhost"))
    assert fetched.status_code in (301, 302)
    assert re.fullmatch(r"/media/images/.+\.fill-1200x630\.\w+", fetched["Location"])
    rendition = content.image.get_rendition("fill-1200x630")
    assert fetched["Location"] == rendition.url
    assert (parsed.meta["og:image:width"], parsed.meta["og:image:height"]) == (
        str(rendition.width),
        str(rendition.height),
    )
    assert (
        client.get(
            image_url.removeprefix("http://localhost").replace("fill-", "fill-9")
        ).status_code
        == 403
    )


def test_member_page_describes_the_member(client, content):
    content.beerse.description = "Beerse en Vlimmeren."
    content.beerse.save()
    parsed = head_of(client, "/gemeenten/beerse/")
    assert parsed.meta["og:title"] == "Beerse"
    assert parsed.meta["og:description"] == "Beerse en Vlimmeren."


def test_home_page_json_ld_is_the_government_organisation(client, content):
    parsed = head_of(client, "/")
    [organisation] = of_type(parsed, "GovernmentOrganization")
    assert organisation["name"] == "Stadsregio Turnhout"
    assert organisation["legalName"] == "Projectvereniging Stadsregio Turnhout"
    assert organisation["url"] == "http://localhost/"
    assert organisation["address"]["postalCode"] == "2300"
    assert organisation["identifier"]["value"] == "0123.456.789"
    members = {member["name"]: member for member in organisation["member"]}
    assert members["Beerse"]["identifier"]["value"] == "13004"
    assert members["Beerse"]["url"] == "http://localhost/gemeenten/beerse/"
    [website] = of_type(parsed, "WebSite")
    assert website["potentialAction"]["target"] == "http://localhost/zoeken/?q={search_term_string}"
    [breadcrumbs] = of_type(parsed, "BreadcrumbList")
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == ["Home"]


def test_news_json_ld_is_a_news_article(client, content):
    parsed = head_of(client, "/nieuws/woonlabo/")
    assert parsed.meta["og:type"] == "article"
    assert parsed.meta["article:published_time"] == "2025-03-05"
    [article] = of_type(parsed, "NewsArticle")
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "Woonlabo verschenen"
    assert article["datePublished"] == "2025-03-05"
    assert article["dateModified"]
    assert article["mainEntityOfPage"] == "http://localhost/nieuws/woonlabo/"
    assert article["publisher"]["name"] == "Stadsregio Turnhout"
    assert article["image"][0].startswith("http://localhost/afbeeldingen/")
    assert article["description"] == "De nieuwe Woonlabo gaat over woningen & renovatie."


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/projecten/", ["Home", "Projecten"]),
        ("/projecten/dienst-wonen/", ["Home", "Projecten", "Dienst Wonen"]),
        ("/themas/wonen/", ["Home", "Thema's", "Wonen"]),
        ("/gemeenten/beerse/", ["Home", "Gemeenten", "Beerse"]),
        ("/zoeken/", ["Home", "Zoeken"]),
    ],
)
def test_breadcrumb_list_on_every_page(client, content, path, names):
    [breadcrumbs] = of_type(head_of(client, path), "BreadcrumbList")
    items = breadcrumbs["itemListElement"]
    assert [item["name"] for item in items] == names
    assert [item["position"] for item in items] == list(range(1, len(names) + 1))
    assert items[0]["item"] == "http://localhost/"
    assert all(item["item"].startswith("http://localhost/") for item in items)


def test_json_ld_cannot_be_broken_out_of(client, content):
    NewsPageFactory(title="Titel </script><script>alert(1)</script>", slug="lastig")
    html = client.get("/nieuws/lastig/").content.decode()
    assert "</script><script>alert(1)" not in html
    parsed = HeadParser()
    parsed.feed(html)
    [article] = of_type(parsed, "NewsArticle")
    assert article["headline"].startswith("Titel </script>")


def test_a_missing_image_file_does_not_break_the_page(client, content):
    cache.clear()  # Wagtail caches renditions; this image id may have one from another test
    content.image.file.delete(save=False)
    parsed = head_of(client, "/projecten/dienst-wonen/")
    assert parsed.meta["og:title"] == "Dienst Wonen"
    # The preview image's address answers "gone", not a server error.
    fetched = client.get(parsed.meta["og:image"].removeprefix("http://localhost"))
    assert fetched.status_code == 410
