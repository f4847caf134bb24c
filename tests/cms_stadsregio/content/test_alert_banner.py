"""The site-wide notice: shown on every public page within its window, and only then."""

import datetime
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from cms_stadsregio.content.factories import AlertBannerFactory, StandardPageFactory
from cms_stadsregio.content.models import AlertBanner

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    StandardPageFactory(title="Contact", slug="contact")
    StandardPageFactory(title="Privacy", slug="privacy")


@pytest.mark.parametrize("path", ["/", "/contact/", "/privacy/", "/bestaat-niet/"])
def test_an_active_notice_is_on_every_page(client, pages, path):
    AlertBannerFactory(title="Zitdag Beerse gaat niet door", message="Wegens ziekte.")
    html = client.get(path).content.decode()
    assert '<section class="alert-banners" aria-label="Belangrijke mededeling">' in html
    assert "Zitdag Beerse gaat niet door" in html
    assert "aria-live" not in html and 'role="alert"' not in html
    # Before the breadcrumbs and the main content, after the site header.
    assert html.index("site-header") < html.index("alert-banners") < html.index('id="main"')


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (-2, -1, False),  # over
        (1, 2, False),  # not yet
        (-1, 1, True),
    ],
)
def test_the_window_decides(client, pages, start, end, shown):
    now = timezone.now()
    AlertBannerFactory(
        title="Tijdelijke melding",
        starts_at=now + datetime.timedelta(hours=start),
        ends_at=now + datetime.timedelta(hours=end),
    )
    assert ("Tijdelijke melding" in client.get("/contact/").content.decode()) is shown


def test_a_notice_comes_and_goes_on_time_while_the_page_is_kept(client, pages):
    # The page's head, header, content and footer are kept in the fragment cache until the next
    # publication; the notices are outside them and checked at every request.
    now = timezone.now()
    AlertBannerFactory(
        title="Loket dicht",
        starts_at=now + datetime.timedelta(minutes=1),
        ends_at=now + datetime.timedelta(minutes=2),
    )
    assert "Loket dicht" not in client.get("/contact/").content.decode()
    for moment, shown in ((1.5, True), (3, False)):
        later = now + datetime.timedelta(minutes=moment)
        with mock.patch("django.utils.timezone.now", return_value=later):
            html = client.get("/contact/").content.decode()
        assert ("Loket dicht" in html) is shown
        assert html.count('class="site-header"') == 1 and html.count('class="site-footer"') == 1


def test_a_notice_links_to_a_page(client, pages):
    contact = StandardPageFactory(title="Meer uitleg", slug="uitleg")
    AlertBannerFactory(link_page=contact, link_label="Lees meer")
    assert '<a href="/uitleg/">Lees meer</a>' in client.get("/contact/").content.decode()


def test_no_notice_no_markup(client, pages):
    assert "alert-banners" not in client.get("/contact/").content.decode()


def test_the_end_must_follow_the_start():
    now = timezone.now()
    banner = AlertBanner(title="x", message="y", starts_at=now, ends_at=now)
    with pytest.raises(ValidationError) as error:
        banner.full_clean()
    assert "ends_at" in error.value.message_dict


def test_a_link_needs_a_label():
    now = timezone.now()
    banner = AlertBanner(
        title="x",
        message="y",
        starts_at=now,
        ends_at=now + datetime.timedelta(days=1),
        link_url="https://www.vlaanderen.be",
    )
    with pytest.raises(ValidationError) as error:
        banner.full_clean()
    assert "link_label" in error.value.message_dict


def test_the_notice_costs_one_query_however_many_there_are(client, pages):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/contact/")
        return len(queries)

    AlertBannerFactory()
    client.get("/contact/")
    one = count()
    for n in range(5):
        AlertBannerFactory(title=f"Melding {n}")
    assert count() == one


def test_editors_schedule_a_notice_in_the_admin(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.com", "x")
    client.force_login(user)
    add_url = reverse("wagtailsnippets_cms_stadsregio_alertbanner:add")
    assert client.get(add_url).status_code == 200
    response = client.post(
        add_url,
        {
            "title": "Storing telefonie",
            "message": "We zijn vandaag telefonisch niet bereikbaar.",
            "link_url": "",
            "link_label": "",
            "starts_at": "01-01-2026 08:00",
            "ends_at": "01-01-2026 07:00",
        },
    )
    assert response.status_code == 200
    assert "Het einde moet na het begin liggen." in response.content.decode()
    assert not AlertBanner.objects.exists()
