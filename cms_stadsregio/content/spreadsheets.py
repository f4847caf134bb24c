"""Spreadsheet cells that a spreadsheet program cannot run (CSV or formula injection).

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
Excel and LibreOffice: `=HYPERLINK(...)` typed into the request form would become a live link in
the editor's spreadsheet, `+cmd|...` a command. Such a text gets a leading apostrophe, which the
spreadsheet shows as text. Numbers and dates are not touched.

Every CSV the site writes goes through `neutralise`: the public project export
(cms_stadsregio.opendata.views) and every export of the Wagtail admin (form submissions, reports,
listings with `list_export`), which all write their rows through Wagtail's
SpreadsheetExportMixin. Its XLSX export already stores formula-like text as text.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` as a CSV cell: text starting like a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _NeutralisingWriter:
    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow({field: neutralise(value) for field, value in row.items()})


def _write_neutralised_csv_row(self, writer, row_dict):
    # Wagtail's method, whose values (after its own preprocessing) reach the writer neutralised.
    wagtail_write_csv_row = _write_neutralised_csv_row.wagtail_write_csv_row
    return wagtail_write_csv_row(self, _NeutralisingWriter(writer), row_dict)


def neutralise_admin_exports():
    """Every admin CSV export (a subclass of SpreadsheetExportMixin) writes neutralised rows.
    Wagtail has no setting or hook for this; patched once, at start-up."""
    if SpreadsheetExportMixin.write_csv_row is _write_neutralised_csv_row:
        return
    _write_neutralised_csv_row.wagtail_write_csv_row = SpreadsheetExportMixin.write_csv_row
    SpreadsheetExportMixin.write_csv_row = _write_neutralised_csv_row
