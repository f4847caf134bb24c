"""Brute-force protection of the Wagtail admin login (django-axes): after five wrong passwords
for one account from one address, that combination is locked out for thirty minutes, even with
the right password, with a page in Dutch."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "Juist-wachtwoord-2026"
ATTACKER = "192.0.2.66"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("redacteur", "redacteur@example.org", PASSWORD)


def log_in(client, password, username="redacteur", address=ATTACKER):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def fail_until_locked(client):
    for attempt in range(1, 5):
        response = log_in(client, f"fout-{attempt}")
        assert response.status_code == 200, attempt
        assert not logged_in(client)
    return log_in(client, "fout-5")


def test_the_right_password_logs_in(client, editor):
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_five_failures_lock_out_with_a_dutch_page(client, editor):
    response = fail_until_locked(client)
    assert response.status_code == 429
    html = response.content.decode()
    assert "<h1>Te veel mislukte aanmeldpogingen</h1>" in html
    assert "30 minuten geblokkeerd" in html
    assert '<html lang="nl">' in html


def test_the_right_password_is_refused_during_the_lockout(client, editor):
    fail_until_locked(client)
    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


def test_the_lockout_is_for_the_account_from_that_address_only(client, editor):
    get_user_model().objects.create_superuser("collega", "collega@example.org", PASSWORD)
    fail_until_locked(client)
    # The editor from the office, and a colleague from the attacker's address, still get in:
    # locking the account everywhere would let anyone lock editors out.
    assert log_in(client, PASSWORD, address="198.51.100.10").status_code == 302
    client.logout()
    assert log_in(client, PASSWORD, username="collega").status_code == 302


def test_the_lockout_ends_after_thirty_minutes(client, editor):
    fail_until_locked(client)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=29))
    assert log_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert log_in(client, PASSWORD).status_code == 302
    assert logged_in(client)


def test_an_administrator_can_lift_the_lockout(client, editor):
    fail_until_locked(client)
    call_command("axes_reset_username", "redacteur", stdout=None)
    assert log_in(client, PASSWORD).status_code == 302


def test_behind_a_proxy_the_lockout_counts_the_visitor(client, editor, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    for attempt in range(5):
        client.post(
            LOGIN,
            {"username": "redacteur", "password": f"fout-{attempt}"},
            HTTP_X_REAL_IP=ATTACKER,
        )
    locked = client.post(
        LOGIN, {"username": "redacteur", "password": PASSWORD}, HTTP_X_REAL_IP=ATTACKER
    )
    assert locked.status_code == 429
    other = client.post(
        LOGIN, {"username": "redacteur", "password": PASSWORD}, HTTP_X_REAL_IP="198.51.100.10"
    )
    assert other.status_code == 302
