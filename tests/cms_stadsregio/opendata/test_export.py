"""/projecten/export.csv: every live project, one row each, readable by a spreadsheet."""

import csv
import io

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from cms_stadsregio.content.factories import DomainPageFactory, ProjectPageFactory
from tests.cms_stadsregio.discovery_content import build_discovery_site, make_volume

pytestmark = pytest.mark.django_db

URL = "/projecten/export.csv"


@pytest.fixture
def content():
    return build_discovery_site()


def read(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="projecten.csv"'
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark for spreadsheets"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, *body = rows
    return header, [dict(zip(header, row, strict=True)) for row in body]


def test_header_and_one_row_per_live_project(client, content):
    header, rows = read(client.get(URL))
    assert header[:5] == ["titel", "webadres", "status", "startdatum", "einddatum"]
    assert "NIS-codes" in header
    assert [row["titel"] for row in rows] == [
        "Proef met deelfietsen",
        "Gewoon gaan",
        "Dienst Wonen",
    ]
    dienst = rows[2]
    assert dienst["webadres"] == "http://localhost/projecten/dienst-wonen/"
    assert dienst["status"] == "Lopend"
    assert dienst["startdatum"] == "2018-01-01"
    assert dienst["thema's"] == "Wonen"
    assert dienst["gemeenten"] == "Beerse, Turnhout"
    assert dienst["NIS-codes"] == "13004, 13040"
    assert dienst["rol van de Stadsregio"] == "Regisseren en coördineren"
    assert dienst["trefwoorden"] == "woning, woondienst"
    assert dienst["budget (euro)"] == "1234,50"
    assert dienst["inleiding"] == "Eén loket voor alle woonvragen in de regio."
    assert rows[0]["einddatum"] == "2024-10-31"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"thema": "mobiliteit"}, ["Proef met deelfietsen", "Gewoon gaan"]),
        ({"gemeente": "beerse", "status": "lopend"}, ["Dienst Wonen"]),
        ({"tag": "fiets", "jaar": "2024"}, ["Proef met deelfietsen", "Gewoon gaan"]),
        # The listing's page number means nothing here: every project is exported.
        ({"pagina": "5"}, ["Proef met deelfietsen", "Gewoon gaan", "Dienst Wonen"]),
    ],
)
def test_same_filters_as_the_listing(client, content, query, expected):
    _header, rows = read(client.get(URL, query))
    assert [row["titel"] for row in rows] == expected


@pytest.mark.parametrize("query", ["thema=onbekend", "jaar=twee", "status=a&status=b"])
def test_unknown_filters_are_a_400_with_a_plain_message(client, content, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith("Deze export bestaat niet:")


def test_cells_that_look_like_formulas_are_neutralised(client, content):
    ProjectPageFactory(title='=HYPERLINK("http://x")', intro="+32 14 44 33 70")
    _header, rows = read(client.get(URL))
    row = next(row for row in rows if "HYPERLINK" in row["titel"])
    assert row["titel"].startswith("'=")
    assert row["inleiding"] == "'+32 14 44 33 70"


def test_drafts_and_unpublished_changes_are_not_exported(client, content):
    draft = ProjectPageFactory(title="Ontwerp")
    draft.unpublish()
    content.gewoon_gaan.title = "Nieuwe titel in ontwerp"
    content.gewoon_gaan.save_revision()
    text = client.get(URL).content.decode("utf-8-sig")
    assert "Ontwerp" not in text
    assert "Nieuwe titel in ontwerp" not in text
    assert "Gewoon gaan" in text


def test_export_queries_do_not_grow_with_items(client, content):
    def count():
        cache.clear()  # the same caches cold for both counts
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    count()  # the very first request creates the organisation settings
    few = count()
    make_volume(content, 30)
    assert count() == few
    assert few <= 14


def test_a_draft_or_private_domain_is_not_named(client, content):
    """The domains column names only live, public domains, as the project page itself does."""
    draft = DomainPageFactory(title="Ontwerpthema", slug="ontwerpthema")
    draft.unpublish()
    private = DomainPageFactory(title="Besloten thema", slug="besloten-thema")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    content.dienst_wonen.domains.add(draft, private)
    content.dienst_wonen.save()  # a cluster relation is stored with its page
    _header, rows = read(client.get(URL))
    dienst = next(row for row in rows if row["titel"] == "Dienst Wonen")
    assert dienst["thema's"] == "Wonen"
