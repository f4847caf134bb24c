"""Drafts, private pages and unpublished changes appear in no public channel: listings, domain
and member pages, search, feeds, sitemap, API and export."""

from wagtail.models import Page, PageViewRestriction

import pytest

from cms_stadsregio.content.factories import (
    DomainPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
)
from cms_stadsregio.content.models.listing import exclude_private
from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db

SECRETS = [
    "Ontwerpproject",
    "Ontwerpbericht",
    "Beslotenproject",
    "Beslotenbericht",
    "Onuitgegevenprojecttitel",
    "Onuitgegevenberichttitel",
    "Ontwerpthema",
    "ontwerpslug",
]

CHANNELS = [
    "/",
    "/projecten/",
    "/projecten/?thema=wonen&gemeente=beerse",
    "/nieuws/",
    "/nieuws/?thema=wonen",
    "/themas/wonen/",
    "/gemeenten/beerse/",
    "/nieuws/rss/",
    "/nieuws/atom/",
    "/nieuws/rss/?gemeente=beerse",
    "/sitemap.xml",
    "/api/v2/pages/?fields=*&limit=100",
    "/api/v2/pages/?type=cms_stadsregio.ProjectPage&fields=*&limit=100",
    "/api/v2/pages/?type=cms_stadsregio.NewsPage&fields=*&limit=100",
    "/api/v2/pages/?search=Ontwerpproject",
    "/api/v2/pages/?search=Onuitgegevenprojecttitel",
    "/projecten/export.csv",
    "/projecten/export.csv?gemeente=beerse",
]


@pytest.fixture
def leaky_site():
    content = build_discovery_site()
    relations = {"relations__members": [content.beerse], "relations__domains": [content.wonen]}

    draft_project = ProjectPageFactory(title="Ontwerpproject", slug="ontwerpslug", **relations)
    draft_project.unpublish()
    draft_news = NewsPageFactory(title="Ontwerpbericht", **relations)
    draft_news.unpublish()

    private_project = ProjectPageFactory(title="Beslotenproject", **relations)
    PageViewRestriction.objects.create(page=private_project, restriction_type="login")
    private_news = NewsPageFactory(title="Beslotenbericht", **relations)
    PageViewRestriction.objects.create(
        page=private_news, restriction_type="password", password="geheim"
    )

    draft_domain = DomainPageFactory(title="Ontwerpthema")
    draft_domain.unpublish()
    ProjectPageFactory(
        title="Project met twee thema's",
        relations__members=[content.beerse],
        relations__domains=[content.wonen, draft_domain],
    )

    # Live pages with changes saved as a draft: the public sees the published version.
    for page, title in (
        (content.dienst_wonen, "Onuitgegevenprojecttitel"),
        (content.woonlabo, "Onuitgegevenberichttitel"),
    ):
        page.title = title
        page.intro = title
        page.save_revision()
    return {
        "private": [private_project, private_news],
        "drafts": [draft_project, draft_news],
    }


@pytest.mark.parametrize("path", CHANNELS)
def test_no_channel_shows_drafts_private_pages_or_unpublished_changes(client, leaky_site, path):
    response = client.get(path)
    assert response.status_code == 200, path
    text = response.content.decode("utf-8-sig")
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaks through {path}"


@pytest.mark.parametrize("secret", SECRETS)
def test_search_finds_no_drafts_private_pages_or_unpublished_changes(client, leaky_site, secret):
    # The search page repeats what was searched for, so look at what it found.
    response = client.get("/zoeken/", {"q": secret})
    found = [result["page"].title for result in response.context.get("results", [])]
    found += [promotion["title"] for promotion in response.context.get("promotions", [])]
    assert not [title for title in found if secret.lower() in title.lower()], found
    assert "We vonden niets" in response.content.decode()


@pytest.mark.parametrize("path", ["/", "/projecten/", "/nieuws/rss/", "/projecten/export.csv"])
def test_published_versions_are_what_the_channels_show(client, leaky_site, path):
    text = client.get(path).content.decode("utf-8-sig")
    assert "Dienst Wonen" in text or "Woonlabo verschenen" in text


def test_private_and_draft_pages_are_not_in_the_api_detail_view(client, leaky_site):
    for page in leaky_site["private"] + leaky_site["drafts"]:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_private_pages_themselves_ask_for_a_login_or_password(client, leaky_site):
    project, news = leaky_site["private"]
    assert client.get(project.url).status_code in (302, 401)
    assert "Beslotenbericht" not in client.get(news.url).content.decode()


def test_exclude_private_matches_wagtails_public(leaky_site):
    section = StandardPageFactory(title="Afgeschermd deel")
    StandardPageFactory(title="Onder het afgeschermde deel", parent=section)
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    expected = set(Page.objects.public().values_list("pk", flat=True))
    assert set(exclude_private(Page.objects.all()).values_list("pk", flat=True)) == expected
