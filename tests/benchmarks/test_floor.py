"""The benchmark's ceiling (benchmarks/floor.py): Wagtail's routing and privacy check as the site
serves pages, and nothing of the page rendered; the site's other addresses unchanged."""

import importlib.util

from django.test import override_settings

from wagtail.models import PageViewRestriction

import pytest

from cms_stadsregio.content.factories import ProjectPageFactory, StandardPageFactory
from tests.benchmarks.measuring import BASE_DIR

spec = importlib.util.spec_from_file_location("floor", BASE_DIR / "benchmarks" / "floor.py")
floor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(floor)

pytestmark = [pytest.mark.django_db, pytest.mark.urls(floor)]


@pytest.fixture
def client(client):
    with override_settings(PAGE_CACHE_ENABLED=False):
        yield client


def test_a_live_page_is_routed_and_not_rendered(client, django_assert_max_num_queries):
    page = ProjectPageFactory(title="Wonen in de stadsregio")
    client.get(page.url)  # the site and the content version, as a running site has them
    with django_assert_max_num_queries(9) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    assert response.content == b"<!doctype html><title>Wonen in de stadsregio</title>"
    # Wagtail's routing (the page at each level of the address) and its privacy check ran.
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert "wagtailcore_pageviewrestriction" in sql
    assert sql.count('FROM "wagtailcore_page"') >= 3


def test_a_draft_or_an_unknown_address_is_not_found(client):
    draft = ProjectPageFactory(title="Ontwerp")
    draft.unpublish()
    assert client.get(draft.url or "/projecten/ontwerp/").status_code == 404
    assert client.get("/bestaat-niet/").status_code == 404


def test_a_private_page_still_asks_for_its_password(client):
    page = StandardPageFactory(title="Besloten")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    response = client.get(page.url)
    assert response.status_code == 200
    assert b"Besloten" not in response.content
    assert b'name="password"' in response.content


def test_the_sites_other_addresses_are_served_as_ever(client):
    ProjectPageFactory(title="Wonen in de stadsregio")
    response = client.get("/zoeken/", {"q": "wonen"})
    assert response.status_code == 200
    assert b"<h1" in response.content
