"""/openbaarheid/: the request form stores, notifies and confirms; keeps spam out without
third-party services; shows errors accessibly without losing what was typed; and sets no cookie,
accepting only submissions from our own pages instead."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission

import pytest

from cms_stadsregio.governance.factories import DocumentRequestPageFactory
from cms_stadsregio.governance.models.document_requests import (
    HONEYPOT_FIELD,
    MAX_TEXT_LENGTH,
    SUBMISSIONS_PER_ADDRESS_PER_DAY,
    SUBMISSIONS_PER_HOUR,
)

pytestmark = pytest.mark.django_db

URL = "/openbaarheid/"
VALID = {
    "naam": "Jan Proef",
    "e_mailadres": "jan.proef@example.org",
    "welke_documenten_vraagt_u_op": "Het verslag van de raad van bestuur van maart 2026.",
    "vorm": "Afschrift",
}


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """A browser on one of our pages: it sends the Origin header with a POST, as browsers do."""
    return Client(headers={"Origin": "http://testserver"})


@pytest.fixture
def form_page():
    return DocumentRequestPageFactory()


def test_the_form_is_labelled(client, form_page):
    html = client.get(URL).content.decode()
    assert html.count("<h1") == 1
    assert '<label class="form-field__label" for="id_naam">Naam <span' in html
    assert '<legend class="form-field__label">Vorm' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="name"' in html
    assert "novalidate" in html
    # The trap is out of sight and out of the accessibility tree.
    assert '<div class="form-trap" hidden>' in html


def test_a_valid_request_is_stored_notified_and_confirmed(client, form_page):
    response = client.post(URL, VALID)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Uw aanvraag is verstuurd" in html
    submission = FormSubmission.objects.get()
    assert submission.get_data()["naam"] == "Jan Proef"
    assert HONEYPOT_FIELD not in submission.form_data
    assert f"nummer {submission.pk}" in html

    notification, confirmation = mail.outbox
    assert notification.to == ["info@stadsregio-turnhout.be"]
    assert notification.reply_to == ["jan.proef@example.org"]
    assert "Het verslag van de raad van bestuur" in notification.body
    assert "Afschrift" in notification.body
    assert confirmation.to == ["jan.proef@example.org"]
    assert confirmation.subject == "We hebben uw aanvraag ontvangen"
    assert f"nummer {submission.pk}" in confirmation.body


def test_the_confirmation_carries_nothing_the_sender_typed(client, form_page):
    # Otherwise the form mails any text, from the Stadsregio's address, to any address.
    spam = {
        **VALID,
        "naam": "Goedkope horloges op http://spam.example",
        "e_mailadres": "slachtoffer@example.org",
        "welke_documenten_vraagt_u_op": "Klik op http://phishing.example/login voor uw prijs",
    }
    assert client.post(URL, spam).status_code == 200
    notification, confirmation = mail.outbox
    submission = FormSubmission.objects.get()
    assert confirmation.body == (
        "Bedankt voor uw aanvraag.\n\n"
        f"Wij hebben uw aanvraag ontvangen onder nummer {submission.pk}. Vermeld dit nummer als u "
        "ons erover contacteert."
    )
    assert confirmation.subject == "We hebben uw aanvraag ontvangen"
    # The Stadsregio's own copy keeps everything.
    assert "http://phishing.example/login" in notification.body
    assert "http://spam.example" in notification.body


def test_requests_are_limited_per_e_mail_address_per_day(client, form_page):
    for number in range(SUBMISSIONS_PER_ADDRESS_PER_DAY):
        other_ip = f"192.0.2.{number + 10}"
        assert client.post(URL, VALID, REMOTE_ADDR=other_ip).status_code == 200
    mail.outbox.clear()
    same_address = {**VALID, "e_mailadres": "Jan.Proef@Example.org"}
    response = client.post(URL, same_address, REMOTE_ADDR="192.0.2.99")
    assert response.status_code == 429
    assert "Met dit e-mailadres zijn vandaag al verschillende aanvragen verstuurd" in (
        response.content.decode()
    )
    assert mail.outbox == []
    assert FormSubmission.objects.count() == SUBMISSIONS_PER_ADDRESS_PER_DAY
    other = {**VALID, "e_mailadres": "iemand.anders@example.org"}
    assert client.post(URL, other, REMOTE_ADDR="192.0.2.99").status_code == 200


def test_the_limits_are_counted_in_the_shared_cache(client, form_page, settings):
    # Not in the worker's memory: with REDIS_URL every app server counts the same hits.
    from django.core.cache import cache as shared_cache

    client.post(URL, VALID)
    counters = [key for key in shared_cache._cache if "ratelimit:document-request" in key]
    assert len(counters) == 2  # one for the address, one for the IP address


@pytest.mark.parametrize(
    "field,length,limit",
    [("welke_documenten_vraagt_u_op", MAX_TEXT_LENGTH, MAX_TEXT_LENGTH), ("naam", 255, 255)],
)
def test_field_lengths_are_bounded_with_a_clear_error(client, form_page, field, length, limit):
    assert client.post(URL, {**VALID, field: "x" * length}).status_code == 200
    response = client.post(URL, {**VALID, field: "x" * 100_000})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        f"Zorg dat deze waarde niet meer dan {limit} tekens bevat (het zijn er nu 100000)." in html
    )
    assert FormSubmission.objects.count() == 1


def test_errors_are_clear_and_keep_what_was_typed(client, form_page):
    data = {**VALID, "e_mailadres": "geen-adres", "welke_documenten_vraagt_u_op": ""}
    response = client.post(URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Fout: " in html
    assert 'class="error-summary" role="alert"' in html
    assert "er zijn 2 problemen" in html
    assert '<a href="#id_e_mailadres">E-mailadres: Voer een geldig e-mailadres in.</a>' in html
    assert 'href="#id_welke_documenten_vraagt_u_op">' in html
    assert 'value="geen-adres"' in html
    assert 'value="Jan Proef"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_e_mailadres_error"' in html
    assert '<p class="form-field__error" id="id_e_mailadres_error">' in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_a_missing_choice_points_to_its_fieldset(client, form_page):
    html = client.post(URL, {**VALID, "vorm": ""}).content.decode()
    assert 'href="#id_vorm_0"' in html
    assert 'aria-describedby="id_vorm_error"' in html


def test_the_honeypot_stops_robots(client, form_page):
    response = client.post(URL, {**VALID, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 200
    assert "kon niet verstuurd worden" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def from_address(number):
    return {**VALID, "e_mailadres": f"aanvrager-{number}@example.org"}


def test_requests_are_limited_per_ip_address(client, form_page):
    for number in range(SUBMISSIONS_PER_HOUR):
        response = client.post(URL, from_address(number))
        assert "Uw aanvraag is verstuurd" in response.content.decode()
    response = client.post(URL, VALID)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Probeer het later opnieuw" in html
    assert 'value="Jan Proef"' in html
    assert FormSubmission.objects.count() == SUBMISSIONS_PER_HOUR
    other = client.post(URL, VALID, REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 200
    assert FormSubmission.objects.count() == SUBMISSIONS_PER_HOUR + 1


def test_a_failing_mail_server_does_not_lose_the_request(client, form_page, settings, caplog):
    settings.EMAIL_BACKEND = "tests.cms_stadsregio.governance.test_document_requests.BrokenBackend"
    response = client.post(URL, VALID)
    assert response.status_code == 200
    assert "Uw aanvraag is verstuurd" in response.content.decode()
    assert FormSubmission.objects.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")


def test_other_methods_do_not_break_the_form(client, form_page):
    assert client.head(URL).status_code == 200
    assert client.put(URL, VALID).status_code in (200, 405)


def test_behind_a_proxy_the_limit_counts_the_visitor_not_the_proxy(client, form_page, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    for number in range(SUBMISSIONS_PER_HOUR):
        client.post(URL, from_address(number), HTTP_X_REAL_IP="198.51.100.7")
    assert client.post(URL, VALID, HTTP_X_REAL_IP="198.51.100.7").status_code == 429
    assert client.post(URL, VALID, HTTP_X_REAL_IP="198.51.100.8").status_code == 200


def test_submissions_are_listed_in_the_admin(client, form_page):
    client.post(URL, VALID)
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.com", "x")
    client.force_login(user)
    response = client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]))
    assert response.status_code == 200
    assert "Jan Proef" in response.content.decode()


def test_the_form_sets_no_cookie(client, form_page):
    response = client.get(URL)
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers
    assert "csrfmiddlewaretoken" not in response.content.decode()


SAME_ORIGIN = [
    pytest.param({"Origin": "http://testserver"}, id="origin"),
    pytest.param({"Sec-Fetch-Site": "same-origin"}, id="sec-fetch-site"),
    pytest.param({"Referer": "http://testserver/openbaarheid/"}, id="referer"),
]
CROSS_ORIGIN = [
    pytest.param({"Origin": "https://evil.example"}, id="other-origin"),
    pytest.param({"Origin": "https://testserver"}, id="other-scheme"),
    pytest.param({"Origin": "null"}, id="opaque-origin"),
    pytest.param({"Sec-Fetch-Site": "cross-site"}, id="cross-site"),
    pytest.param({"Sec-Fetch-Site": "same-site"}, id="same-site"),
    pytest.param({"Referer": "https://evil.example/openbaarheid/"}, id="other-referer"),
    pytest.param({"Referer": "http://testserver.evil.example/"}, id="lookalike-referer"),
    pytest.param({}, id="no-headers"),
]


@pytest.mark.parametrize("headers", SAME_ORIGIN)
def test_a_same_origin_request_needs_no_cookie(form_page, headers):
    browser = Client(enforce_csrf_checks=True, headers=headers)
    response = browser.post(URL, VALID)
    assert response.status_code == 200
    assert "Uw aanvraag is verstuurd" in response.content.decode()
    assert FormSubmission.objects.count() == 1
    assert response.cookies == {}


@pytest.mark.parametrize("headers", CROSS_ORIGIN)
def test_a_request_from_another_site_is_refused(form_page, headers):
    response = Client(headers=headers).post(URL, VALID)
    assert response.status_code == 403
    html = response.content.decode()
    assert "kwam niet van onze website" in html
    assert 'value="Jan Proef"' in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_a_refused_request_does_not_count_towards_the_limit(form_page):
    evil = Client(headers={"Origin": "https://evil.example"})
    for _ in range(SUBMISSIONS_PER_HOUR + 1):
        assert evil.post(URL, VALID).status_code == 403
    assert Client(headers={"Origin": "http://testserver"}).post(URL, VALID).status_code == 200


def test_other_pages_keep_djangos_csrf_check(form_page):
    browser = Client(enforce_csrf_checks=True, headers={"Origin": "http://testserver"})
    assert browser.post("/", {"q": "x"}).status_code == 403
    assert browser.post(URL, VALID).status_code == 200
