"""Related projects ("Verwante projecten") of projects and news items: links chosen with the page
chooser (cms_stadsregio.content.models.projects.RelatedProjectLink), shown in the editor's order,
live and public projects only, on the page, in a preview and in the API."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from cms_stadsregio.content.factories import NewsPageFactory, ProjectPageFactory, publish
from cms_stadsregio.content.models import NewsPage, ProjectPage, ProjectRelatedProject

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    zuid = ProjectPageFactory(title="Fietsroute zuid")
    noord = ProjectPageFactory(title="Fietsroute noord")
    draft = ProjectPageFactory(title="Nog geen project", live=False)
    private = ProjectPageFactory(title="Afgeschermd project")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    return {"zuid": zuid, "noord": noord, "draft": draft, "private": private}


def related_section(html):
    return html[html.index("Verwante projecten") :]


def test_a_project_page_lists_its_live_related_projects_in_the_editors_order(client, projects):
    page = ProjectPageFactory(
        title="Fietsnetwerk",
        relations__related_projects=[
            projects["zuid"],
            projects["draft"],
            projects["private"],
            projects["noord"],
        ],
    )
    section = related_section(client.get(page.url).content.decode())
    assert section.index("Fietsroute zuid") < section.index("Fietsroute noord")
    assert "Nog geen project" not in section
    assert "Afgeschermd project" not in section


def test_a_news_item_links_its_related_projects(client, projects):
    news = NewsPageFactory(
        title="Fietsnieuws", relations__related_projects=[projects["noord"], projects["zuid"]]
    )
    section = related_section(client.get(news.url).content.decode())
    assert f'href="{projects["noord"].url}"' in section
    assert section.index("Fietsroute noord") < section.index("Fietsroute zuid")


def test_a_page_without_related_projects_has_no_such_section(client, projects):
    page = ProjectPageFactory(title="Alleen")
    assert "Verwante projecten" not in client.get(page.url).content.decode()


def test_a_preview_shows_the_links_being_edited(projects):
    page = ProjectPageFactory(title="Fietsnetwerk", relations__related_projects=[projects["zuid"]])
    page.related_project_links = [ProjectRelatedProject(project=projects["noord"])]  # unsaved
    shown = ProjectPage.objects.live_related_to(page, preview=True)
    assert [project.title for project in shown] == ["Fietsroute noord"]
    saved = ProjectPage.objects.live_related_to(ProjectPage.objects.get(pk=page.pk))
    assert [project.title for project in saved] == ["Fietsroute zuid"]


def test_the_api_gives_the_related_projects_of_news_in_order_without_drafts(client, projects):
    NewsPageFactory(
        title="Fietsnieuws",
        relations__related_projects=[projects["noord"], projects["draft"], projects["zuid"]],
    )
    response = client.get("/api/v2/pages/?type=cms_stadsregio.NewsPage&fields=related_projects")
    (item,) = response.json()["items"]
    assert [project["title"] for project in item["related_projects"]] == [
        "Fietsroute noord",
        "Fietsroute zuid",
    ]
    detail = client.get(f"/api/v2/pages/{item['id']}/").json()
    assert [project["slug"] for project in detail["related_projects"]] == [
        projects["noord"].slug,
        projects["zuid"].slug,
    ]


def editor_queries(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.get(url)  # per-process caches warm up once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_editor_offers_a_chooser_not_a_list_of_every_project(client, projects):
    client.force_login(get_user_model().objects.create_superuser("beheer", "b@example.org", "x"))
    page = ProjectPageFactory(title="Fietsnetwerk", relations__related_projects=[projects["zuid"]])
    few, html = editor_queries(client, page)
    assert 'name="related_project_links-TOTAL_FORMS"' in html
    assert "Fietsroute zuid" in html  # the chosen one, in its chooser
    assert "Afgeschermd project" not in html  # not offered as an option
    for n in range(15):
        ProjectPageFactory(title=f"Ander project {n}")
    many, html = editor_queries(client, page)
    assert "Ander project" not in html
    assert many == few


def test_related_projects_chosen_in_the_editor_are_published_with_the_item(client, projects):
    client.force_login(get_user_model().objects.create_superuser("beheer", "b@example.org", "x"))
    news = NewsPageFactory(title="Fietsnieuws")
    publish(news)
    data = nested_form_data(
        {
            "title": "Fietsnieuws",
            "slug": news.slug,
            "intro": "Nieuws over fietsen.",
            "date": "2026-11-01",
            "body": streamfield([]),
            "tags": "",
            "related_project_links": inline_formset(
                [{"project": projects["zuid"].pk}, {"project": projects["noord"].pk}]
            ),
            "action-publish": "1",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[news.pk]), data)
    assert response.status_code == 302
    links = NewsPage.objects.get(pk=news.pk).related_project_links.all()
    assert [link.project.title for link in links] == ["Fietsroute zuid", "Fietsroute noord"]
