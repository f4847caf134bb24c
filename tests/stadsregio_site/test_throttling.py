"""Page and collection passwords and the admin's password reset are limited like the login:
after AXES_FAILURE_LIMIT wrong passwords from one address the form is locked for that address
(even the right password), and password-reset mails are counted per address and e-mail address."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cms_stadsregio.content.factories import StandardPageFactory
from home.factories import HomePageFactory
from stadsregio_site.throttling import RESETS_PER_HOUR

pytestmark = pytest.mark.django_db

ATTACKER = "192.0.2.66"
VISITOR = "198.51.100.20"


@pytest.fixture
def restricted_page():
    HomePageFactory()
    page = StandardPageFactory(title="Intern verslag", slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="juist-wachtwoord"
    )
    return page, reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])


def guess(client, url, password, address=ATTACKER):
    return client.post(url, {"password": password, "return_url": "/intern/"}, REMOTE_ADDR=address)


def test_page_passwords_are_locked_after_the_failure_limit(client, restricted_page, settings):
    _page, url = restricted_page
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert guess(client, url, f"fout-{attempt}").status_code == 200
    locked = guess(client, url, "nog-fout")
    assert locked.status_code == 429
    assert "Te veel mislukte aanmeldpogingen" in locked.content.decode()
    # Even the right password, from that address: 200 guesses cannot end with the right one.
    assert guess(client, url, "juist-wachtwoord").status_code == 429
    # Someone else, elsewhere, still gets in.
    other = guess(client, url, "juist-wachtwoord", address=VISITOR)
    assert other.status_code == 302
    assert other["Location"] == "/intern/"


def test_the_right_page_password_works_before_the_limit(client, restricted_page):
    _page, url = restricted_page
    guess(client, url, "fout")
    assert guess(client, url, "juist-wachtwoord").status_code == 302


def test_collection_passwords_are_locked_too(client, settings):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="juist-wachtwoord"
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert guess(client, url, f"fout-{attempt}").status_code == 200
    assert guess(client, url, "nog-fout").status_code == 429
    assert guess(client, url, "juist-wachtwoord").status_code == 429


@pytest.fixture
def editors():
    model = get_user_model()
    return [
        model.objects.create_user(f"redacteur{n}", f"redacteur{n}@example.org", "x")
        for n in range(RESETS_PER_HOUR + 1)
    ]


def reset(client, email, address=ATTACKER):
    url = reverse("wagtailadmin_password_reset")
    return client.post(url, {"email": email}, REMOTE_ADDR=address)


def test_password_reset_mails_are_limited_per_e_mail_address(client, editors):
    for _ in range(3):
        assert reset(client, "redacteur0@example.org").status_code == 302
    response = reset(client, "redacteur0@example.org", address=VISITOR)
    assert response.status_code == 429
    assert "te veel aanvragen om een nieuw wachtwoord" in response.content.decode()
    assert len(mail.outbox) == 3


def test_password_reset_mails_are_limited_per_address(client, editors):
    for number in range(RESETS_PER_HOUR):
        assert reset(client, f"redacteur{number}@example.org").status_code == 302
    assert reset(client, f"redacteur{RESETS_PER_HOUR}@example.org").status_code == 429
    assert len(mail.outbox) == RESETS_PER_HOUR
    assert reset(client, f"redacteur{RESETS_PER_HOUR}@example.org", VISITOR).status_code == 302
