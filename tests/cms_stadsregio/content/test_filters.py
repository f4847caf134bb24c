"""Listing filters on /projecten/ and /nieuws/, and the domain and member pages that link into
them: each filter, combinations, counts, shareable URLs and what happens to bad input."""

import datetime

from django.http import QueryDict

import pytest

from cms_stadsregio.content.factories import NewsPageFactory, ProjectPageFactory
from cms_stadsregio.content.models import NewsPage, ProjectPage, ProjectStatus
from cms_stadsregio.content.models.filters import NewsFilterSet, ProjectFilterSet
from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    return build_discovery_site()


def titles(response):
    return sorted(item.title for item in response.context["items"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["Dienst Wonen", "Gewoon gaan", "Proef met deelfietsen"]),
        ({"thema": "mobiliteit"}, ["Gewoon gaan", "Proef met deelfietsen"]),
        ({"gemeente": "beerse"}, ["Dienst Wonen", "Proef met deelfietsen"]),
        ({"status": "stopgezet"}, ["Proef met deelfietsen"]),
        ({"tag": "fiets"}, ["Gewoon gaan", "Proef met deelfietsen"]),
        # Years in which a project ran: an open-ended project runs until today.
        ({"jaar": "2024"}, ["Dienst Wonen", "Gewoon gaan", "Proef met deelfietsen"]),
        ({"jaar": "2020"}, ["Dienst Wonen"]),
        ({"thema": "mobiliteit", "gemeente": "beerse"}, ["Proef met deelfietsen"]),
        ({"thema": "mobiliteit", "status": "lopend", "tag": "fiets"}, ["Gewoon gaan"]),
        ({"thema": "wonen", "gemeente": "turnhout", "jaar": "2025"}, ["Dienst Wonen"]),
        ({"thema": "wonen", "status": "stopgezet"}, []),
    ],
)
def test_project_filters_narrow_and_combine(client, content, query, expected):
    response = client.get("/projecten/", query)
    assert response.status_code == 200
    assert titles(response) == expected
    assert response.context["paginator"].count == len(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"thema": "wonen"}, ["Woonlabo verschenen"]),
        ({"gemeente": "turnhout"}, ["Fietsbevraging van start"]),
        ({"tag": "fiets"}, ["Fietsbevraging van start"]),
        ({"jaar": "2025"}, ["Woonlabo verschenen"]),
        ({"thema": "wonen", "jaar": "2026"}, []),
    ],
)
def test_news_filters(client, content, query, expected):
    response = client.get("/nieuws/", query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_news_listing_has_no_status_filter(client, content):
    html = client.get("/nieuws/").content.decode()
    assert 'name="status"' not in html
    assert 'name="thema"' in html and 'name="jaar"' in html


def test_filter_form_is_a_labelled_get_form_with_the_choices_that_exist(client, content):
    html = client.get("/projecten/", {"thema": "wonen"}).content.decode()
    assert '<form class="filters" method="get"' in html
    for name in ("thema", "gemeente", "status", "tag", "jaar"):
        assert f'<label for="filter-{name}">' in html
        assert f'id="filter-{name}"' in html
    assert '<option value="wonen" selected>Wonen</option>' in html
    assert '<option value="beerse">Beerse</option>' in html
    assert '<option value="woondienst">woondienst</option>' in html
    # Years from the first start to this year, newest first.
    this_year = datetime.date.today().year
    assert f'<option value="{this_year}">' in html
    assert html.index(f'<option value="{this_year}">') < html.index('<option value="2018">')
    assert '<button type="submit"' in html


def test_result_count_and_active_filters_with_links_to_remove_each(client, content):
    response = client.get("/projecten/", {"thema": "mobiliteit", "gemeente": "beerse"})
    html = response.content.decode()
    assert "1 project</p>" in html
    assert "Thema: Mobiliteit" in html and "Gemeente: Beerse" in html
    assert 'href="?gemeente=beerse"' in html  # removes the domain, keeps the member
    assert 'href="?thema=mobiliteit"' in html
    assert "Alle filters wissen" in html


def test_pagination_keeps_the_filters_but_not_unknown_parameters(client, content):
    for n in range(13):
        ProjectPageFactory(title=f"Extra {n}", relations__domains=[content.wonen])
    response = client.get("/projecten/", {"thema": "wonen", "utm_source": "x", "tag": "<b>"})
    assert response.context["paginator"].num_pages == 2
    assert response.context["page_query"] == "thema=wonen"
    html = response.content.decode()
    assert 'href="?thema=wonen&amp;pagina=2"' in html
    second = client.get("/projecten/", {"thema": "wonen", "pagina": "2"})
    assert len(second.context["items"]) == 2


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"thema": "bestaat-niet"}, "Thema"),
        ({"gemeente": "<script>alert(1)</script>"}, "Gemeente"),
        ({"status": "LOPEND"}, "Status"),
        ({"tag": "x" * 5000}, "Trefwoord"),
        ({"jaar": "1e3"}, "Jaar"),
        ({"jaar": "-1"}, "Jaar"),
        ({"jaar": "2025.0"}, "Jaar"),
        ({"jaar": "\x00"}, "Jaar"),
    ],
)
def test_invalid_values_get_a_message_and_are_not_applied(client, content, query, field):
    response = client.get("/projecten/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niet alles in het webadres kon gebruikt worden" in html
    assert f"{field}: onbekende waarde, deze filter is niet toegepast." in html
    assert response.context["paginator"].count == 3  # unfiltered
    assert "<script>alert" not in html
    assert "x" * 200 not in html  # not echoed back
    assert 'aria-invalid="true"' in html


def test_a_parameter_given_twice_is_reported(client, content):
    response = client.get("/projecten/?status=lopend&status=stopgezet")
    html = response.content.decode()
    assert "Status: mag maar één keer voorkomen" in html
    assert response.context["paginator"].count == 3
    # The select shows "all", not one of the refused values.
    assert '<option value="" selected>Alle statussen</option>' in html


def test_bad_page_number_is_reported_and_shows_the_first_page(client, content):
    response = client.get("/projecten/", {"pagina": "zeven"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert "Die pagina bestaat niet; u ziet de eerste pagina." in response.content.decode()


def test_no_results_offers_the_unfiltered_listing(client, content):
    html = client.get("/projecten/", {"thema": "wonen", "status": "gepland"}).content.decode()
    assert "Er zijn geen projecten gevonden." in html
    assert '<a href="?">Toon alle projecten.</a>' in html


def test_export_and_feed_links_carry_the_filters(client, content):
    html = client.get("/projecten/", {"thema": "wonen", "pagina": "1"}).content.decode()
    assert 'href="/projecten/export.csv?thema=wonen"' in html
    html = client.get("/nieuws/", {"thema": "wonen", "tag": "fiets"}).content.decode()
    # The feeds take thema and gemeente only.
    assert 'href="/nieuws/rss/?thema=wonen"' in html
    assert 'href="/nieuws/atom/?thema=wonen"' in html


def test_drafts_and_private_items_are_not_choices_or_results(client, content):
    draft = ProjectPageFactory(title="Ontwerp", relations__tags=["geheimtag"])
    draft.unpublish()
    html = client.get("/projecten/").content.decode()
    assert "geheimtag" not in html
    assert "Ontwerp" not in html


def test_domain_page_counts_and_links_into_the_filtered_listing(client, content):
    html = client.get("/themas/mobiliteit/").content.decode()
    assert "2 projecten over Mobiliteit" in html
    assert "1 nieuwsbericht over Mobiliteit" in html
    assert 'href="/projecten/?thema=mobiliteit&amp;status=lopend">Lopend (1)</a>' in html
    assert 'href="/projecten/?thema=mobiliteit&amp;status=stopgezet">Stopgezet (1)</a>' in html
    assert 'href="/projecten/?thema=mobiliteit"' in html
    assert 'href="/nieuws/?thema=mobiliteit"' in html


def test_member_page_counts_and_links_into_the_filtered_listing(client, content):
    html = client.get("/gemeenten/beerse/").content.decode()
    assert "2 projecten in Beerse" in html
    assert 'href="/projecten/?gemeente=beerse&amp;status=lopend">Lopend (1)</a>' in html
    assert 'href="/projecten/?gemeente=beerse"' in html


@pytest.mark.parametrize(
    ("page", "query"),
    [("/themas/wonen/", {"thema": "wonen"}), ("/gemeenten/beerse/", {"gemeente": "beerse"})],
)
def test_domain_and_member_counts_match_the_listing_they_link_to(client, content, page, query):
    listing = client.get("/projecten/", query).context["paginator"].count
    assert client.get(page).context["listings"]["project_count"] == listing


def test_filter_query_is_canonical_whatever_the_order_given(content):
    base = ProjectPage.objects.live().public()
    filters = ProjectFilterSet(
        QueryDict("jaar=2024&gemeente=beerse&thema=wonen&x=1"), queryset=base
    )
    assert filters.query().urlencode() == "thema=wonen&gemeente=beerse&jaar=2024"
    assert filters.query(names=("thema",)).urlencode() == "thema=wonen"


def test_news_years_are_the_years_with_news(content):
    NewsPageFactory(date=datetime.date(2019, 6, 1))
    filters = NewsFilterSet(QueryDict(""), queryset=NewsPage.objects.live().public())
    assert filters.years() == [2026, 2025, 2019]


def test_status_filter_choices_are_the_statuses(content):
    filters = ProjectFilterSet(QueryDict(""), queryset=ProjectPage.objects.live())
    assert [value for value, _label in filters.form.fields["status"].choices][1:] == list(
        ProjectStatus.values
    )
