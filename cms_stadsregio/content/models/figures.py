"""/transparantie/ ("Samenwerking in cijfers"): every registered figure for a year, as chart,
table, CSV and JSON (the figures themselves: cms_stadsregio.content.figures)."""

import csv
import datetime
from decimal import Decimal

from django.db.models import Subquery
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from cms_stadsregio.caching.cache import cached
from cms_stadsregio.content.figures import (
    ALL_YEARS,
    SECTIONS,
    Period,
    all_figures,
    page_urls,
    years_since,
)
from cms_stadsregio.content.figures.charts import bar_chart
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.spreadsheets import neutralise


class FiguresPage(RoutablePageMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("samenwerking in cijfers")
        verbose_name_plural = _("samenwerking in cijfers")

    # The year ----------------------------------------------------------------------------

    def years(self, request):
        """Every year with data, newest first: from the first day of any figure to this year."""

        def first_year():
            sources = [figure.earliest() for figure in all_figures() if figure.earliest]
            if not sources:
                return None
            # One query for every source: each is a subquery on the root page, which Wagtail
            # always has (one row to hang them on).
            subqueries = {f"earliest_{n}": Subquery(query) for n, query in enumerate(sources)}
            found = (
                Page.objects.filter(depth=1).annotate(**subqueries).values_list(*subqueries).first()
            )
            days = [
                timezone.localdate(value) if isinstance(value, datetime.datetime) else value
                for value in found or ()
                if value is not None
            ]
            return min(days).year if days else None

        return years_since(cached(request, "figures:first-year", first_year))

    def period_for(self, request):
        """(Period, message): the `jaar` asked for, or this year with a message why not."""
        values = request.GET.getlist("jaar")
        years = self.years(request)
        if not values or values == [""]:
            return Period(years[0]), ""
        if len(values) == 1:
            if values[0] == ALL_YEARS:
                return Period(None), ""
            if values[0] in {str(year) for year in years}:
                return Period(int(values[0])), ""
        return Period(years[0]), gettext(
            "Voor dat jaar hebben we geen cijfers. U ziet de cijfers van %(year)s."
        ) % {"year": years[0]}

    # The figures -------------------------------------------------------------------------

    def tables(self, request, period):
        """{slug: table} for the period, kept until the next publication or review decision."""

        def build():
            # One memo for the whole build: what several figures share is read once, the
            # addresses they link to first, together.
            figures = all_figures()
            memo = {}
            page_urls({model for figure in figures for model in figure.links_to}, memo)
            return {figure.slug: figure.build(period, memo) for figure in figures}

        return cached(request, f"figures:{period.year or ALL_YEARS}", build)

    def figure(self, slug):
        figure = next((figure for figure in all_figures() if figure.slug == slug), None)
        if figure is None:
            raise Http404
        return figure

    # Views -------------------------------------------------------------------------------

    @path("")
    def index(self, request):
        period, message = self.period_for(request)
        tables = self.tables(request, period)
        sections = []
        for figure in all_figures():
            table = tables[figure.slug]
            if not sections or sections[-1]["key"] != figure.section:
                sections.append(
                    {"key": figure.section, "title": SECTIONS[figure.section], "figures": []}
                )
            sections[-1]["figures"].append(
                {"figure": figure, "table": table, "chart": bar_chart(table)}
            )
        year_query = f"?jaar={period.year or ALL_YEARS}"
        return self.render(
            request,
            context_overrides={
                "period": period,
                "years": self.years(request),
                "all_years": ALL_YEARS,
                "year_message": message,
                "sections": sections,
                "year_query": year_query,
            },
        )

    def _download(self, request, slug):
        figure = self.figure(slug)
        period, message = self.period_for(request)
        if message:
            return (
                figure,
                period,
                HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8"),
            )
        return figure, period, None

    @path("cijfers/<slug:slug>/csv/", name="figure_csv")
    def figure_csv(self, request, slug):
        """One figure as CSV: UTF-8 with a byte order mark and semicolons, as the project export."""
        _figure, period, refused = self._download(request, slug)
        if refused:
            return refused
        table = self.tables(request, period)[slug]
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{slug}-{period.year or ALL_YEARS}.csv"'
        )
        response.write("\ufeff")
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [table.row_heading, *(column.label for column in table.columns), gettext("opmerking")]
        )
        for row in table.rows:
            writer.writerow(
                [
                    neutralise(row.label),
                    *(_csv_cell(row.values.get(column.key)) for column in table.columns),
                    neutralise(row.note),
                ]
            )
        return response

    @path("cijfers/<slug:slug>/json/", name="figure_json")
    def figure_json(self, request, slug):
        figure, period, refused = self._download(request, slug)
        if refused:
            return refused
        table = self.tables(request, period)[slug]
        base = request.build_absolute_uri("/")[:-1]
        data = {
            "figure": slug,
            "title": str(figure.title),
            "explanation": str(figure.explanation),
            "year": period.year,
            "row_heading": table.row_heading,
            "columns": [
                {"key": column.key, "label": column.label, "kind": column.kind}
                for column in table.columns
            ],
            "rows": [
                {
                    "label": row.label,
                    "note": row.note,
                    "total": row.total,
                    "url": base + row.url if row.url else None,
                    "values": {key: _json_value(value) for key, value in row.values.items()},
                }
                for row in table.rows
            ],
            "page": self.get_full_url(request),
        }
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})


def _csv_cell(value):
    # Decimal comma: what a spreadsheet on a Belgian computer expects (as the project export).
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return f"{value:.2f}".replace(".", ",")
    return neutralise(value) if isinstance(value, str) else value


def _json_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float):
        return round(value, 2)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
