"""/zoeken/: Wagtail search over public pages, type labels and filter, promotions, messages."""

from django.conf import settings

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from cms_stadsregio.content.factories import (
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
)
from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    return build_discovery_site()


def result_titles(response):
    return [result["page"].title for result in response.context["results"]]


def test_search_page_without_query_shows_the_form(client, content):
    response = client.get("/zoeken/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'role="search"' in html
    assert '<label for="search-q">Zoekterm</label>' in html
    assert '<label for="search-type">Soort</label>' in html
    assert "resultaten voor" not in html
    # One search form on this page: the header's is left out.
    assert 'id="site-search-q"' not in html


def test_other_pages_have_the_header_search_form(client, content):
    html = client.get("/projecten/").content.decode()
    assert 'action="/zoeken/" role="search"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html


def test_finds_pages_of_every_kind_with_type_labels(client, content):
    StandardPageFactory(title="Over de gewone werking", intro="Hoe wij gewoon samenwerken.")
    response = client.get("/zoeken/", {"q": "gewoon"})
    assert response.status_code == 200
    found = {result["page"].title: result["label"] for result in response.context["results"]}
    assert found["Gewoon gaan"] == "Project"
    assert found["Over de gewone werking"] == "Pagina"
    html = response.content.decode()
    assert '<span class="badge">Project</span>' in html


def test_type_labels_for_news_and_domains(client, content):
    found = {
        result["page"].title: result["label"]
        for result in client.get("/zoeken/", {"q": "Woonlabo"}).context["results"]
    }
    assert found["Woonlabo verschenen"] == "Nieuws"
    found = {
        result["page"].title: result["label"]
        for result in client.get("/zoeken/", {"q": "Betaalbaar"}).context["results"]
    }
    assert found["Wonen"] == "Thema"


def test_type_filter_and_counts_per_type(client, content):
    response = client.get("/zoeken/", {"q": "fiets"})
    counts = {entry["key"]: entry["count"] for entry in response.context["type_counts"]}
    assert counts["project"] >= 2
    assert counts["nieuws"] >= 1
    only_news = client.get("/zoeken/", {"q": "fiets", "type": "nieuws"})
    assert result_titles(only_news) == ["Fietsbevraging van start"]
    html = only_news.content.decode()
    assert 'href="/zoeken/?q=fiets&amp;type=nieuws" aria-current="page"' in html
    assert 'href="/zoeken/?q=fiets&amp;type=project"' in html


def test_members_are_found_by_name(client, content):
    response = client.get("/zoeken/", {"q": "wonen in beerse"})
    assert [entry["member"].name for entry in response.context["members"]] == ["Beerse"]
    assert 'href="/gemeenten/beerse/"' in response.content.decode()
    only = client.get("/zoeken/", {"q": "Turnhout", "type": "gemeente"})
    assert [entry["member"].name for entry in only.context["members"]] == ["Turnhout"]
    assert only.context["results"] == []


def test_no_results_has_a_clear_message_and_escapes_the_query(client, content):
    response = client.get("/zoeken/", {"q": "<b>xyzzy</b>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "We vonden niets voor" in html
    assert "Controleer de spelling." in html
    assert "<b>xyzzy" not in html
    assert "&lt;b&gt;xyzzy&lt;/b&gt;" in html  # in the search box, escaped


def test_results_are_paginated_and_the_links_keep_the_query(client, content):
    for n in range(12):
        ProjectPageFactory(title=f"Kringloopproject {n}")
    first = client.get("/zoeken/", {"q": "kringloopproject", "type": "project"})
    assert first.context["paginator"].count == 12
    assert len(first.context["results"]) == 10
    assert 'href="?q=kringloopproject&amp;type=project&amp;pagina=2"' in first.content.decode()
    second = client.get("/zoeken/", {"q": "kringloopproject", "type": "project", "pagina": "2"})
    assert len(second.context["results"]) == 2


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("x" * 201, "Uw zoekterm is te lang: gebruik hoogstens 200 tekens."),
        ('"', "Typ minstens één woord om te zoeken."),
        ("()*", "Typ minstens één woord om te zoeken."),
        ("\x00", "Null-tekens zijn niet toegestaan."),
    ],
)
def test_unusable_queries_get_a_message(client, content, q, message):
    response = client.get("/zoeken/", {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html


def test_query_syntax_characters_are_searched_as_words(client, content):
    response = client.get("/zoeken/", {"q": 'Dienst "Wonen'})
    assert response.status_code == 200
    assert "Dienst Wonen" in result_titles(response)


def test_unknown_type_is_reported_and_everything_searched(client, content):
    response = client.get("/zoeken/", {"q": "fiets", "type": "<i>onzin</i>"})
    html = response.content.decode()
    assert "onbekende soort, er is in alles gezocht." in html
    assert "<i>onzin" not in html
    assert "Gewoon gaan" in result_titles(response)


def test_drafts_private_pages_and_unpublished_changes_are_not_found(client, content):
    draft = ProjectPageFactory(title="Ontwerpzoekterm")
    draft.unpublish()
    private = NewsPageFactory(title="Beslotenzoekterm")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    content.gewoon_gaan.title = "Onuitgegevenzoekterm"
    content.gewoon_gaan.save_revision()
    for word in ("Ontwerpzoekterm", "Beslotenzoekterm", "Onuitgegevenzoekterm"):
        response = client.get("/zoeken/", {"q": word})
        assert response.context["results"] == [], word
        assert "We vonden niets" in response.content.decode()


def test_editors_promotions_come_first_and_never_show_drafts(client, content):
    query = Query.get("woondienst")
    SearchPromotion.objects.create(
        query=query, page=content.dienst_wonen, description="Het loket.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.wonen-vlaanderen.be/",
        external_link_text="Wonen in Vlaanderen",
        sort_order=1,
    )
    draft = ProjectPageFactory(title="Verborgen promotie")
    draft.unpublish()
    SearchPromotion.objects.create(query=query, page=draft, sort_order=2)
    response = client.get("/zoeken/", {"q": "Woondienst"})
    promoted = [promotion["title"] for promotion in response.context["promotions"]]
    assert promoted == ["Dienst Wonen", "Wonen in Vlaanderen"]
    html = response.content.decode()
    assert "Aanbevolen" in html and "Het loket." in html
    assert "Verborgen promotie" not in html
    # Looking up promotions writes nothing: no query log is kept for anonymous searches.
    assert Query.objects.count() == 1


def test_search_pages_are_not_indexed_but_describe_themselves(client, content):
    html = client.get("/zoeken/", {"q": "wonen"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<meta name="description" content="Zoek in de projecten, het nieuws' in html


@pytest.mark.skipif(not settings.DATABASE_IS_POSTGRES, reason="Dutch stemming needs PostgreSQL")
def test_dutch_stemming_on_postgresql(client, content):
    """'woningen' finds a page that only says 'woning' (SEARCH_CONFIG "dutch")."""
    ProjectPageFactory(title="Renovatiepremie", intro="Hulp bij het opknappen van uw woning.")
    NewsPageFactory(title="Langs het kanaal", intro="Het nieuwe fietspad is open.")
    assert "Renovatiepremie" in result_titles(client.get("/zoeken/", {"q": "woningen"}))
    assert "Langs het kanaal" in result_titles(client.get("/zoeken/", {"q": "fietspaden"}))


def test_a_title_match_ranks_before_pages_that_only_mention_the_words(client, content):
    """On both databases: SQLite ranked a short-titled page whose text repeats the word first
    (cms_stadsregio/content/search_sqlite.py); the page with the word in its title comes first."""
    for name in ("Contact", "Adres", "Team"):
        StandardPageFactory(
            title=name,
            intro="De Stadsregio helpt u. Mail de stadsregio, bel de stadsregio, de stadsregio.",
        )
    ProjectPageFactory(
        title="Verhuizen in de stadsregio",
        intro="Een lange uitleg over verhuizen, dozen, sleutels, buren, adressen en formulieren, "
        "over wat de gemeenten regelen en wat u zelf regelt, met voorbeelden en tips.",
    )
    titles = result_titles(client.get("/zoeken/", {"q": "stadsregio"}))
    assert titles[0] == "Verhuizen in de stadsregio"
    assert {"Contact", "Adres", "Team"} <= set(titles)


def test_every_title_match_comes_before_every_text_match(client, content):
    StandardPageFactory(title="Kort", intro="Fietsen, fietsen, fietsen: fietsen in de regio.")
    ProjectPageFactory(title="Fietsen naar school", intro="Een project over " + "veilig " * 60)
    NewsPageFactory(title="Fietsen langs het kanaal", intro="Nieuws over " + "het kanaal " * 60)
    titles = result_titles(client.get("/zoeken/", {"q": "fietsen"}))
    in_title = ["fietsen" in title.casefold() for title in titles]
    assert in_title[:2] == [True, True]
    assert in_title == sorted(in_title, reverse=True), titles
