"""Public pages as a visitor gets them: listings, member pages, footer, errors, query counts."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from cms_stadsregio.content.factories import (
    DomainPageFactory,
    ImageFactory,
    MemberFactory,
    MemberIndexPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
)
from cms_stadsregio.content.models import Member, OrganisationSettings, ProjectStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content():
    beerse = MemberFactory(name="Beerse", slug="beerse", nis_code="13004", postcode="2340")
    turnhout = MemberFactory(name="Turnhout", slug="turnhout", nis_code="13040")
    wonen = DomainPageFactory(title="Wonen", slug="wonen")
    MemberIndexPageFactory()
    for slug in ("contact", "privacy", "toegankelijkheid"):
        StandardPageFactory(title=slug.capitalize(), slug=slug)
    settings = OrganisationSettings.for_site(Site.objects.get())
    settings.name = "Stadsregio Turnhout"
    settings.legal_name = "Projectvereniging Stadsregio Turnhout"
    settings.street_address = "Campus Blairon 200"
    settings.postcode = "2300"
    settings.city = "Turnhout"
    settings.email = "info@stadsregio-turnhout.be"
    settings.company_number = "0123.456.789"
    settings.save()
    return {"beerse": beerse, "turnhout": turnhout, "wonen": wonen}


def make_items(count, site_content, start=0):
    image = ImageFactory()
    for n in range(start, start + count):
        ProjectPageFactory(
            title=f"Project {n}",
            listing_image=image,
            status=ProjectStatus.ONGOING,
            relations__members=[site_content["beerse"], site_content["turnhout"]],
            relations__domains=[site_content["wonen"]],
            relations__tags=["wonen", f"tag-{n}"],
        )
        NewsPageFactory(
            title=f"Bericht {n}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
            image=image,
            relations__members=[site_content["turnhout"]],
            relations__domains=[site_content["wonen"]],
            relations__tags=["nieuws"],
        )


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


LISTING_PATHS = ["/projecten/", "/nieuws/", "/themas/wonen/", "/gemeenten/beerse/"]


@pytest.mark.parametrize("path", LISTING_PATHS)
def test_listing_queries_do_not_grow_with_items(client, site_content, path):
    make_items(5, site_content)
    # The first view renders the image renditions once; they are reused afterwards.
    client.get(path)
    few = count_queries(client, path)
    make_items(45, site_content, start=5)
    client.get(path)
    many = count_queries(client, path)
    assert many == few, f"{path}: {few} queries with 5 items, {many} with 50"
    assert few <= 30


def test_project_listing_paginates_and_counts(client, site_content):
    make_items(14, site_content)
    response = client.get("/projecten/")
    assert response.context["paginator"].count == 14
    assert len(response.context["items"]) == 12
    second = client.get("/projecten/", {"pagina": "2"})
    assert len(second.context["items"]) == 2
    assert "Project 9" in second.content.decode()


@pytest.mark.parametrize("bad_page", ["0", "-1", "999", "abc", "1e3", "<script>"])
def test_bad_page_numbers_show_the_first_page(client, site_content, bad_page):
    make_items(2, site_content)
    response = client.get("/projecten/", {"pagina": bad_page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert "<script>" not in response.content.decode()


def test_footer_shows_organisation_settings_and_members(client, site_content):
    html = client.get("/contact/").content.decode()
    for text in (
        "Projectvereniging Stadsregio Turnhout",
        "Campus Blairon 200",
        "2300",
        "info@stadsregio-turnhout.be",
        "0123.456.789",
        'href="/gemeenten/beerse/"',
        'href="/privacy/"',
        'href="/toegankelijkheid/"',
    ):
        assert text in html, text


def test_organisation_name_is_data(client, site_content):
    settings = OrganisationSettings.for_site(Site.objects.get())
    settings.name = "Kordia"
    settings.save()
    html = client.get("/contact/").content.decode()
    assert "Contact | Kordia</title>" in html


def test_member_added_at_run_time_appears_everywhere(client, site_content):
    Member.objects.create(name="Kasterlee", slug="kasterlee", nis_code="13017", postcode="2460")
    assert 'href="/gemeenten/kasterlee/"' in client.get("/contact/").content.decode()
    assert "Kasterlee" in client.get("/gemeenten/").content.decode()
    response = client.get("/gemeenten/kasterlee/")
    assert response.status_code == 200
    assert "<h1" in response.content.decode() and "Kasterlee" in response.content.decode()


def test_former_member_keeps_its_page_but_leaves_the_footer(client, site_content):
    site_content["turnhout"].left_on = datetime.date(2020, 1, 1)
    site_content["turnhout"].save()
    assert 'href="/gemeenten/turnhout/"' not in client.get("/contact/").content.decode()
    assert client.get("/gemeenten/turnhout/").status_code == 200


def test_member_page_lists_its_projects_and_news_only(client, site_content):
    ProjectPageFactory(title="Dienst Wonen", relations__members=[site_content["beerse"]])
    ProjectPageFactory(title="Gewoon gaan", relations__members=[site_content["turnhout"]])
    NewsPageFactory(title="Woonlabo", relations__members=[site_content["beerse"]])
    html = client.get("/gemeenten/beerse/").content.decode()
    assert "Dienst Wonen" in html
    assert "Woonlabo" in html
    assert "Gewoon gaan" not in html


@pytest.mark.parametrize("path", ["/gemeenten/bestaat-niet/", "/gemeenten/" + "x" * 300 + "/"])
def test_unknown_member_is_a_404(client, site_content, path):
    assert client.get(path).status_code == 404


def test_drafts_are_not_listed(client, site_content):
    project = ProjectPageFactory(title="Geheim ontwerp")
    project.unpublish()
    assert "Geheim ontwerp" not in client.get("/projecten/").content.decode()
    assert client.get(project.url_path.replace("/home", "", 1)).status_code == 404


def test_404_page_is_dutch_and_keeps_the_site_frame(client, site_content):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="nl"' in html
    assert "niet gevonden" in html.lower()
    assert 'href="/toegankelijkheid/"' in html


def test_500_page_renders_without_context():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert 'lang="nl"' in html
    assert "<h1" in html


def test_page_has_one_h1_and_dutch_dates(client, site_content):
    NewsPageFactory(title="Woonlabo verschenen", slug="woonlabo", date=datetime.date(2026, 3, 5))
    html = client.get("/nieuws/woonlabo/").content.decode()
    assert html.count("<h1") == 1
    assert '<time datetime="2026-03-05">5 maart 2026</time>' in html
