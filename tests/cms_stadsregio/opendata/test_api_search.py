"""Searches through the API (`?search=` on pages, images and documents): bounded like /zoeken/,
a clear 400 in Dutch beyond the bound, never a server error, on SQLite and PostgreSQL alike."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_stadsregio.content.models.filters import MAX_SEARCH_LENGTH
from tests.cms_stadsregio.discovery_content import build_discovery_site

pytestmark = pytest.mark.django_db

ENDPOINTS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"]


@pytest.fixture
def content():
    return build_discovery_site()


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_two_hundred_words_are_a_400_in_dutch(client, content, endpoint):
    response = client.get(endpoint, {"search": " ".join(["wonen"] * 200)})
    assert response.status_code == 400
    assert response.json() == {
        "message": f"Uw zoekterm is te lang: gebruik hoogstens {MAX_SEARCH_LENGTH} tekens."
    }


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_search_up_to_the_bound_is_answered(client, content, endpoint):
    # 100 words of one letter: the most words that fit in the bound.
    words = " ".join(["a"] * 100)[:MAX_SEARCH_LENGTH]
    assert client.get(endpoint, {"search": words}).status_code == 200
    assert client.get(endpoint, {"search": "wonen", "search_operator": "or"}).status_code == 200


def test_a_search_without_words_is_a_400_in_dutch(client, content):
    response = client.get("/api/v2/pages/", {"search": '" ( ) |'})
    assert response.status_code == 400
    assert response.json() == {"message": "Typ minstens één woord om te zoeken."}


def test_the_search_still_finds(client, content):
    data = client.get("/api/v2/pages/", {"search": "Wonen"}).json()
    assert "Wonen" in {item["title"] for item in data["items"]}


words = st.one_of(
    st.text(min_size=1, max_size=12),
    st.sampled_from(["a", "wonen", "-", "|", "&", "!", '"', "'", "(", ")", ":*", "OR", "AND"]),
)
searches = st.lists(words, min_size=1, max_size=400).flatmap(
    lambda parts: st.sampled_from([" ".join(parts), "".join(parts), "-".join(parts)])
)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_no_search_causes_a_server_error(client, content, endpoint):
    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(search=searches, operator=st.sampled_from(["and", "or", None]))
    def check(search, operator):
        query = {"search": search.replace("\x00", "")}
        if operator:
            query["search_operator"] = operator
        response = client.get(endpoint, query)
        assert response.status_code in (200, 400), (search, response.content[:300])

    check()
