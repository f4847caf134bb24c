"""The anonymous page cache and the fragment caches: hits, and invalidation on every change the
public can see (cms_stadsregio/caching/)."""

import datetime
import logging

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from cms_stadsregio.caching.cache import content_version
from cms_stadsregio.caching.invalidation import is_public_model
from cms_stadsregio.caching.middleware import HEADER
from cms_stadsregio.content.factories import (
    DomainPageFactory,
    MemberFactory,
    MemberIndexPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
    publish,
)
from cms_stadsregio.content.models import AlertBanner, OrganisationSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    return settings


@pytest.fixture
def pages():
    OrganisationSettings.for_site(Site.objects.get())  # made by the first request otherwise
    beerse = MemberFactory(name="Beerse", slug="beerse")
    MemberIndexPageFactory()
    wonen = DomainPageFactory(title="Wonen", slug="wonen")
    project = ProjectPageFactory(title="Woonwijzer", slug="woonwijzer", relations__members=[beerse])
    news = NewsPageFactory(title="Nieuw loket", slug="nieuw-loket", relations__domains=[wonen])
    about = StandardPageFactory(title="Over ons", slug="over-ons")
    return {"beerse": beerse, "wonen": wonen, "project": project, "news": news, "about": about}


def get(client, path, **extra):
    response = client.get(path, **extra)
    return response, response.content.decode()


def test_second_anonymous_view_comes_from_the_cache_with_one_query(client, page_cache, pages):
    first, html = get(client, "/over-ons/")
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second, cached_html = get(client, "/over-ons/")
    assert second[HEADER] == "hit"
    assert cached_html == html
    assert second["Content-Type"] == first["Content-Type"]
    assert len(queries) == 1  # the content version


def test_a_publish_is_seen_on_the_very_next_request(client, page_cache, pages):
    project = pages["project"]
    get(client, project.url)
    project.title = "Woonwijzer Kempen"
    publish(project)
    response, html = get(client, project.url)
    assert response[HEADER] == "miss"
    assert "Woonwijzer Kempen" in html


def test_listings_and_pages_that_show_a_page_follow_its_publish(client, page_cache, pages):
    news = pages["news"]
    before = get(client, pages["wonen"].url)[1]
    assert "Nieuw loket" in before
    news.title = "Nieuw woonloket open"
    publish(news)
    assert "Nieuw woonloket open" in get(client, pages["wonen"].url)[1]


def test_a_draft_changes_nothing_cached(client, page_cache, pages):
    project = pages["project"]
    get(client, project.url)
    version = content_version()
    project.title = "Nog niet publiek"
    project.save_revision()
    assert content_version() == version
    response, html = get(client, project.url)
    assert response[HEADER] == "hit"
    assert "Nog niet publiek" not in html


def test_unpublish_move_and_delete_are_seen_at_once(client, page_cache, pages):
    news, about, project = pages["news"], pages["about"], pages["project"]
    for page in (news, about, project):
        assert get(client, page.url)[0].status_code == 200
    news.unpublish()
    assert client.get(news.url).status_code == 404
    old_url = about.url
    about.move(pages["wonen"].get_parent(), pos="last-child")  # below the domain index
    about.refresh_from_db()
    moved = client.get(old_url)  # Wagtail leaves a redirect to the new address
    assert (moved.status_code, moved.get("Location")) == (301, about.url)
    assert client.get(about.url).status_code == 200
    project_url = project.url
    Page.objects.get(pk=project.pk).delete()
    assert client.get(project_url).status_code == 404


def test_a_snippet_or_setting_change_is_seen_at_once(client, page_cache, pages):
    assert "Beerse" in get(client, "/over-ons/")[1]
    member = pages["beerse"]
    member.name = "Beerse-Vlimmeren"
    member.save()
    assert "Beerse-Vlimmeren" in get(client, "/over-ons/")[1]
    settings = OrganisationSettings.for_site(Site.objects.get())
    settings.name = "Kordia"
    settings.save()
    assert "<title>Over ons | Kordia</title>" in get(client, "/over-ons/")[1]


def test_making_a_page_private_is_seen_at_once(client, page_cache, pages):
    about = pages["about"]
    assert get(client, about.url)[0][HEADER] == "miss"
    assert get(client, about.url)[0][HEADER] == "hit"
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response, html = get(client, about.url)
    assert HEADER not in response  # the password form sets a cookie: never cached
    assert 'name="password"' in html


def test_logged_in_editors_never_get_a_cached_page(client, page_cache, pages, admin_user):
    get(client, "/over-ons/")
    assert get(client, "/over-ons/")[0][HEADER] == "hit"
    client.force_login(admin_user)
    response, html = get(client, "/over-ons/")
    assert HEADER not in response
    assert "wagtail-userbar" in html  # rendered for the editor, not the anonymous copy


def test_errors_posts_and_responses_with_cookies_are_not_cached(client, page_cache, pages):
    assert client.get("/bestaat-niet/").status_code == 404
    assert HEADER not in client.get("/bestaat-niet/")
    response = client.post("/over-ons/")
    assert HEADER not in response
    # The admin login sets a cookie (CSRF): never stored, never served to someone else.
    assert HEADER not in client.get("/admin/login/")


def test_the_cache_expires_when_a_notice_starts(client, page_cache, pages):
    now = timezone.now()
    AlertBanner.objects.create(
        title="Werken",
        message="Het loket is dicht.",
        starts_at=now + datetime.timedelta(seconds=30),
        ends_at=now + datetime.timedelta(hours=1),
    )
    from cms_stadsregio.caching.middleware import PageCacheMiddleware

    assert 1 <= PageCacheMiddleware._timeout() <= 31


def test_preview_shows_the_draft_not_the_cached_content(client, pages, admin_user):
    about = pages["about"]
    get(client, about.url)  # the live content is now in the fragment cache
    client.force_login(admin_user)
    about.title = "Over ons (ontwerp)"
    revision = about.save_revision(user=admin_user)
    response = client.get(f"/admin/pages/{about.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert "Over ons (ontwerp)" in response.content.decode()


def test_fragment_cache_serves_content_without_its_queries(client, pages):
    path = pages["wonen"].url
    get(client, path)
    with CaptureQueriesContext(connection) as first:
        _response, html = get(client, path)
    tables = " ".join(query["sql"] for query in first.captured_queries)
    assert "cms_stadsregio_projectpage" not in tables  # the listings came from the cache
    assert "Nieuw loket" in html


def test_changes_the_public_cannot_see_keep_the_cache(client, page_cache, pages):
    get(client, "/over-ons/")
    get_user_model().objects.create_user("nieuw", password="x")  # not public: no invalidation
    assert get(client, "/over-ons/")[0][HEADER] == "hit"


def test_pages_are_served_when_redis_is_down(client, page_cache, pages, caplog):
    # A Redis server that is not there (a closed port): every cache operation fails fast.
    caplog.set_level(logging.WARNING, logger="stadsregio_site.cache")
    down = {
        "BACKEND": "stadsregio_site.cache.TolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    with override_settings(CACHES={"default": down}):
        for _ in range(2):
            response, html = get(client, pages["wonen"].url)
            assert response.status_code == 200
            assert "Nieuw loket" in html
    assert "Redis unavailable" in caplog.text


@pytest.mark.parametrize(
    ("app_label", "model_name", "tracked"),
    [
        ("cms_stadsregio", "member", True),
        ("cms_stadsregio", "alertbanner", True),
        ("cms_stadsregio", "stadsregiorendition", False),
        ("stadsregio_governance", "governingbody", True),
        ("stadsregio_editorial", "publicchange", True),
        ("stadsregio_editorial", "urgentpublication", True),
        ("stadsregio_editorial", "memberdecision", True),
        ("stadsregio_editorial", "memberapprovaltaskstate", False),
        ("stadsregio_caching", "contentversion", False),
        ("home", "homepage", True),
        ("taggit", "tag", True),
        ("wagtailcore", "site", True),
        ("wagtailcore", "pageviewrestriction", True),
        ("auth", "user", False),
        ("migrations", "migration", False),
    ],
)
def test_the_apps_say_which_of_their_rows_the_public_sees(app_label, model_name, tracked):
    """Saving a row invalidates the caches when its app declares `public_content` (and the model
    is not among its `private_models`), or it is one of the library models the public sees."""
    assert is_public_model(app_label, model_name) is tracked


def test_the_site_of_a_request_comes_from_the_cache(client, pages):
    get(client, "/over-ons/")
    with CaptureQueriesContext(connection) as warm:
        response, html = get(client, "/over-ons/")
    assert response.status_code == 200
    assert "Over ons" in html
    assert not [query for query in warm.captured_queries if "wagtailcore_site" in query["sql"]]


def test_a_new_or_changed_site_is_seen_at_once(client, pages):
    """SiteMiddleware keeps Wagtail's site per host under the content version: a site saved in
    the admin changes that version, so the very next request is routed by the new site."""

    def heading(host):
        html = get(client, "/", HTTP_HOST=host)[1]
        return html.split("<h1", 1)[1].split("</h1>", 1)[0]

    home = heading("127.0.0.1")  # the default site
    assert "Woonwijzer" not in home
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=pages["project"])
    assert "Woonwijzer" in heading("127.0.0.1")
    assert heading("testserver") == home
    site = Site.objects.get(hostname="127.0.0.1")
    site.root_page = pages["about"]
    site.save()
    assert "Over ons" in heading("127.0.0.1")
