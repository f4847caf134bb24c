"""/bestuur/documenten/: a stable URL per official document that always serves the current
version, and the earlier versions kept with their dates."""

import datetime

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from cms_stadsregio.content.factories import DocumentFactory
from cms_stadsregio.governance.factories import (
    OfficialDocumentFactory,
    OfficialDocumentIndexPageFactory,
)
from cms_stadsregio.governance.models import OfficialDocument, OfficialDocumentVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def statutes():
    OfficialDocumentIndexPageFactory()
    first = DocumentFactory(title="Statuten 2002")
    second = DocumentFactory(title="Statuten 2020")
    return OfficialDocumentFactory(
        title="Statuten",
        slug="statuten",
        versions=[(datetime.date(2002, 11, 14), first), (datetime.date(2020, 12, 17), second)],
    )


def test_stable_url_redirects_to_the_current_version(client, statutes):
    current = statutes.versions.get(date=datetime.date(2020, 12, 17)).document
    response = client.get("/bestuur/documenten/statuten/")
    assert response.status_code == 302
    assert response["Location"] == current.url
    # The document itself is served at the end of the redirect.
    assert client.get("/bestuur/documenten/statuten/", follow=True).status_code == 200


def test_a_new_version_keeps_the_url_and_the_history(client, statutes):
    newer = DocumentFactory(title="Statuten 2026")
    OfficialDocumentVersion.objects.create(
        official_document=statutes, date=datetime.date(2026, 6, 18), document=newer
    )
    assert client.get("/bestuur/documenten/statuten/")["Location"] == newer.url
    html = client.get("/bestuur/documenten/").content.decode()
    assert html.count("<h1") == 1
    assert 'href="/bestuur/documenten/statuten/"' in html
    assert "http://localhost/bestuur/documenten/statuten/" in html
    earlier = html[html.index('id="statuten-earlier"') :]
    assert '<time datetime="2020-12-17">17 december 2020</time>' in earlier
    assert '<time datetime="2002-11-14">14 november 2002</time>' in earlier
    assert "Statuten 2026" not in earlier


def test_a_version_dated_in_the_future_is_not_yet_current(client, statutes):
    OfficialDocumentVersion.objects.create(
        official_document=statutes,
        date=datetime.date.today() + datetime.timedelta(days=30),
        document=DocumentFactory(title="Statuten volgend jaar"),
    )
    current = statutes.versions.get(date=datetime.date(2020, 12, 17)).document
    assert client.get("/bestuur/documenten/statuten/")["Location"] == current.url


def test_a_deleted_file_leaves_the_version_in_the_list(client, statutes):
    statutes.versions.get(date=datetime.date(2002, 11, 14)).document.delete()
    assert OfficialDocument.objects.get().versions.count() == 2
    html = client.get("/bestuur/documenten/").content.decode()
    assert "niet meer beschikbaar" in html
    assert client.get("/bestuur/documenten/statuten/").status_code == 302


@pytest.mark.parametrize(
    "path",
    [
        "/bestuur/documenten/bestaat-niet/",
        "/bestuur/documenten/<script>/",
        "/bestuur/documenten/a/b/",
    ],
)
def test_unknown_documents_are_a_404(client, statutes, path):
    assert client.get(path).status_code == 404


def test_a_document_without_versions_is_a_404_not_a_500(client, statutes):
    OfficialDocument.objects.create(title="Jaarverslag", slug="jaarverslag")
    assert client.get("/bestuur/documenten/jaarverslag/").status_code == 404
    assert "nog niet beschikbaar" in client.get("/bestuur/documenten/").content.decode()


def test_documents_page_queries_do_not_grow_with_versions(
    client, statutes, django_assert_max_num_queries
):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/bestuur/documenten/").status_code == 200
        return len(queries)

    client.get("/bestuur/documenten/")
    few = count()
    for n in range(5):
        OfficialDocumentFactory(title=f"Begroting {2020 + n}", slug=f"begroting-{2020 + n}")
    # The first view stores the new files' sizes; after that a view only reads.
    client.get("/bestuur/documenten/")
    assert count() == few


def test_editors_add_a_version_in_the_admin(client, statutes):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.com", "x")
    client.force_login(user)
    url = reverse("wagtailsnippets_stadsregio_governance_officialdocument:edit", args=[statutes.pk])
    assert client.get(url).status_code == 200
    assert (
        client.get(
            reverse("wagtailsnippets_stadsregio_governance_officialdocument:list")
        ).status_code
        == 200
    )
