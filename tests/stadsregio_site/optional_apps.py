"""The site with an optional app left out: run by test_optional_apps.py in a process of its own,
with STADSREGIO_LEAVE_OUT set (the app list is fixed when Django starts). Not collected by the
main run (no test_ prefix)."""

import re

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

import pytest

from cms_stadsregio.content.factories import (
    DomainPageFactory,
    FiguresPageFactory,
    MemberIndexPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
    home_page,
)
from cms_stadsregio.editorial.publication import MembersHaveNotApproved

LEFT_OUT = set(settings.LEFT_OUT)
pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    domain = DomainPageFactory(title="Wonen", slug="wonen")
    project = ProjectPageFactory(title="Wonen in de stadsregio", slug="wonen-project")
    project.domains.add(domain)
    member = project.members.get()
    news = NewsPageFactory(title="Nieuw woonloket", slug="woonloket")
    news.members.add(member)
    MemberIndexPageFactory()
    StandardPageFactory(title="Over ons", slug="over-ons")
    FiguresPageFactory()
    return {"project": project, "news": news, "member": member}


def test_the_left_out_apps_are_not_installed():
    assert LEFT_OUT
    for name in LEFT_OUT:
        assert not apps.is_installed(settings.OPTIONAL_APPS[name])


def test_the_migrations_match_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_every_remaining_page_type_is_served(client, site):
    pages = [
        "/",
        "/over-ons/",
        "/themas/",
        "/themas/wonen/",
        "/projecten/",
        "/projecten/wonen-project/",
        "/nieuws/",
        "/nieuws/woonloket/",
        "/gemeenten/",
        f"/gemeenten/{site['member'].slug}/",
        "/zoeken/?q=wonen",
        "/transparantie/",
        "/transparantie/cijfers/projecten-per-gemeente/csv/",
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        if response["Content-Type"].startswith("text/html"):
            assert response.content.count(b"<h1") == 1, path


def test_the_figures_of_a_left_out_app_are_left_out_with_it(client, site):
    html = client.get("/transparantie/").content.decode()
    assert 'id="projecten-per-gemeente"' in html
    assert 'id="beoordelingen-per-gemeente"' in html
    for slug in ("zittingen-per-orgaan", "aanvragen-openbaarheid"):
        assert (f'id="{slug}"' in html) == ("governance" not in LEFT_OUT), slug


def test_search_finds_the_project(client, site):
    assert "Wonen in de stadsregio" in client.get("/zoeken/?q=wonen").content.decode()


@pytest.mark.skipif("opendata" not in LEFT_OUT, reason="open data is installed")
def test_without_open_data_there_are_no_feeds_exports_api_or_links_to_them(client, site):
    for path in ("/api/v2/pages/", "/nieuws/rss/", "/nieuws/atom/", "/projecten/export.csv"):
        assert client.get(path).status_code == 404, path
    for path in ("/sitemap.xml", "/robots.txt"):
        assert client.get(path).status_code == 404, path
    with pytest.raises(NoReverseMatch):
        reverse("project_export")
    news_index = client.get("/nieuws/").content.decode()
    assert "application/rss+xml" not in news_index
    assert "/nieuws/rss/" not in news_index
    assert "Abonneer" not in news_index
    projects = client.get("/projecten/").content.decode()
    assert "export.csv" not in projects
    assert "(CSV)" not in projects


@pytest.mark.skipif("governance" not in LEFT_OUT, reason="governance is installed")
def test_without_governance_its_pages_cannot_be_made(site):
    allowed = {model.__name__ for model in home_page().specific.creatable_subpage_models()}
    assert allowed == {
        "StandardPage",
        "DomainIndexPage",
        "ProjectIndexPage",
        "NewsIndexPage",
        "MemberIndexPage",
        "FiguresPage",
    }


def test_the_admin_works(admin_client, site):
    dashboard = admin_client.get("/admin/")
    assert dashboard.status_code == 200
    menu = dashboard.content.decode()
    if "governance" in LEFT_OUT:
        assert not re.search(r"Alle zittingen|stadsregio_governance", menu)
    project = site["project"]
    assert admin_client.get(f"/admin/pages/{project.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/{home_page().pk}/").status_code == 200


def test_the_review_still_guards_publication(site):
    """Editorial stays: a change to a co-owned page does not go live without its members."""
    project = site["project"]
    project.title = "Wonen in de stadsregio, herzien"
    with pytest.raises(MembersHaveNotApproved):
        project.save_revision().publish()
