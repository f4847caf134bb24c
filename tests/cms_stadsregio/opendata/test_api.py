"""The read-only API v2 at /api/v2/: pages with the project and news fields, images, documents."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from cms_stadsregio.content.factories import DomainPageFactory, ProjectPageFactory
from tests.cms_stadsregio.discovery_content import build_discovery_site, make_volume

pytestmark = pytest.mark.django_db

PROJECTS = "/api/v2/pages/?type=cms_stadsregio.ProjectPage&fields=*"
NEWS = "/api/v2/pages/?type=cms_stadsregio.NewsPage&fields=*"


@pytest.fixture
def content():
    return build_discovery_site()


def get_json(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def by_title(data):
    return {item["title"]: item for item in data["items"]}


def test_endpoints_exist(client, content):
    for endpoint in ("pages", "images", "documents"):
        data = get_json(client, f"/api/v2/{endpoint}/")
        assert "total_count" in data["meta"]


def test_project_fields(client, content):
    project = by_title(get_json(client, PROJECTS))["Dienst Wonen"]
    assert project["meta"]["type"] == "cms_stadsregio.ProjectPage"
    assert project["meta"]["html_url"] == "http://localhost/projecten/dienst-wonen/"
    assert project["status"] == "lopend"
    assert project["status_label"] == "Lopend"
    assert project["start_date"] == "2018-01-01"
    assert project["end_date"] is None
    assert project["intro"] == "Eén loket voor alle woonvragen in de regio."
    assert project["domains"] == [
        {
            "id": content.wonen.pk,
            "title": "Wonen",
            "slug": "wonen",
            "html_url": "http://localhost/themas/wonen/",
        }
    ]
    assert project["members"] == [
        {
            "name": "Beerse",
            "slug": "beerse",
            "nis_code": "13004",
            "postcode": "2340",
            "html_url": "http://localhost/gemeenten/beerse/",
        },
        {
            "name": "Turnhout",
            "slug": "turnhout",
            "nis_code": "13040",
            "postcode": "2300",
            "html_url": "http://localhost/gemeenten/turnhout/",
        },
    ]
    assert project["tags"] == ["woning", "woondienst"]
    assert project["roles"] == [{"name": "Regisseren en coördineren", "slug": "regisseren"}]
    assert project["budget"] == "1234.50"
    assert project["listing_image"]["id"] == content.image.pk
    # Contact people are personal data: not in the open data.
    assert "contact_people" not in project


def test_news_fields(client, content):
    news = by_title(get_json(client, NEWS))["Woonlabo verschenen"]
    assert news["date"] == "2025-03-05"
    assert [domain["slug"] for domain in news["domains"]] == ["wonen"]
    assert [member["nis_code"] for member in news["members"]] == ["13004"]
    assert news["tags"] == ["nieuwsbrief"]
    assert news["image"]["id"] == content.image.pk


def test_body_is_in_the_detail_view_only(client, content):
    detail = get_json(client, f"/api/v2/pages/{content.dienst_wonen.pk}/")
    assert "body" in detail and "documents" in detail
    assert detail["status"] == "lopend"
    assert detail["members"][0]["nis_code"] == "13004"
    listing = get_json(client, PROJECTS)
    assert "body" not in listing["items"][0]
    error = get_json(client, PROJECTS.replace("fields=*", "fields=body"), status=400)
    assert "body" in error["message"]


def test_filter_by_field_and_type(client, content):
    data = get_json(client, "/api/v2/pages/?type=cms_stadsregio.ProjectPage&status=stopgezet")
    assert [item["title"] for item in data["items"]] == ["Proef met deelfietsen"]
    data = get_json(client, "/api/v2/pages/?type=cms_stadsregio.ProjectPage&tags=fiets")
    assert sorted(item["title"] for item in data["items"]) == [
        "Gewoon gaan",
        "Proef met deelfietsen",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "type=cms_stadsregio.ProjectPage&start_date=gisteren",
        "type=cms_stadsregio.ProjectPage&members=beerse",
        "type=cms_stadsregio.ProjectPage&budget=veel",
        "type=bestaat.Niet",
        "limit=-1",
        "offset=abc",
        "order=onbekend",
        "fields=onbekend",
        "onbekend=1",
        "child_of=abc",
        "title=%00",
    ],
)
def test_bad_queries_are_400(client, content, query):
    data = get_json(client, f"/api/v2/pages/?{query}", status=400)
    assert data["message"]


def test_api_is_read_only(client, content):
    for method in (client.post, client.put, client.patch, client.delete):
        response = method("/api/v2/pages/", data={"title": "x"})
        assert response.status_code == 405


def test_logged_in_editors_see_the_same_public_api(client, admin_user, content):
    private = ProjectPageFactory(title="Besloten project")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    client.force_login(admin_user)
    assert "Besloten project" not in client.get(PROJECTS).content.decode()
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_draft_domain_does_not_show_on_a_public_project(client, content):
    draft_domain = DomainPageFactory(title="Geheim thema")
    draft_domain.unpublish()
    ProjectPageFactory(title="Zichtbaar", relations__domains=[content.wonen, draft_domain])
    project = by_title(get_json(client, PROJECTS))["Zichtbaar"]
    assert [domain["title"] for domain in project["domains"]] == ["Wonen"]
    detail = get_json(client, f"/api/v2/pages/{project['id']}/")
    assert [domain["title"] for domain in detail["domains"]] == ["Wonen"]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "path",
    [
        PROJECTS,
        NEWS,
        "/api/v2/pages/",
        "/api/v2/pages/?fields=*",
        "/api/v2/images/?fields=*",
        "/api/v2/pages/?type=cms_stadsregio.ProjectPage&fields=domains,members,tags&limit=100",
    ],
)
def test_api_queries_do_not_grow_with_items(client, content, path):
    client.get(path)  # per-process caches (content types, site root) warm up once
    few = count_queries(client, path)
    make_volume(content, 25)
    client.get(path)  # the site, kept until the next change, is read again once after it
    many = count_queries(client, path)
    assert many == few, f"{path}: {few} queries with few items, {many} with many"
    assert few <= 16
