"""Error pages show no debug information, render for any request, and the error is logged."""

import logging

from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import path
from django.views import defaults

import pytest

from stadsregio_site.urls import urlpatterns as site_urlpatterns

SECRET = "geheime-waarde-die-nooit-mag-lekken"


def broken_view(request):
    secret = SECRET  # a local variable: the debug page would show it
    raise RuntimeError(f"kapot in de databank {len(secret)}")


# This module is also the URLconf of its tests: the site's URLs plus a view that fails.
urlpatterns = [path("kapot/", broken_view), *site_urlpatterns]


@pytest.fixture
def browser():
    # As a visitor's browser sees it: the exception becomes the 500 page, not a test error.
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_an_exception_shows_our_500_page_without_debug_information(browser, settings, caplog):
    settings.DEBUG = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = browser.get("/kapot/?q=1")
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1>Er ging iets mis</h1>" in html
    assert "Probeer het over enkele minuten opnieuw" in html
    for leak in ("Traceback", "RuntimeError", "kapot in de databank", SECRET, "SECRET_KEY"):
        assert leak not in html
    assert "Content-Security-Policy" in response
    # ... and the error, with its traceback, reaches the log.
    [record] = [record for record in caplog.records if record.name == "django.request"]
    assert record.levelno == logging.ERROR
    assert "/kapot/" in record.getMessage()
    assert record.exc_info[0] is RuntimeError


@pytest.mark.django_db
def test_the_404_page_is_ours(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Pagina niet gevonden</h1>" in html
    assert "Traceback" not in html


def test_the_500_page_renders_without_a_database_or_a_request_context():
    # The handler renders 500.html with an empty context: it must not need a page, a site, the
    # database or request attributes that middleware would have set.
    request = RequestFactory().get("/kapot/")
    response = defaults.server_error(request)
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
    assert "cms_stadsregio/css/error.css" in response.content.decode()


@pytest.mark.django_db
def test_the_404_page_renders_for_a_bare_request():
    # A request that never went through the middleware (no user, no session, no site yet).
    request = RequestFactory().get("/nergens/")
    response = defaults.page_not_found(request, Http404("weg"))
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
