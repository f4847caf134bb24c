"""/transparantie/: the page of figures, its year filter, downloads, queries and cache."""

import csv
import datetime
import io
import json
import re

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms_stadsregio.content.factories import (
    FiguresPageFactory,
    MemberFactory,
    NewsPageFactory,
    ProjectPageFactory,
    publish,
)
from cms_stadsregio.content.figures import Period
from cms_stadsregio.content.figures.charts import bar_chart
from cms_stadsregio.content.figures.formatting import figure_value
from cms_stadsregio.content.models import ProjectStatus
from cms_stadsregio.editorial.setup import setup_editorial

URL = "/transparantie/"
THIS_YEAR = timezone.localdate().year


class FiguresPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        setup_editorial()
        cls.page = FiguresPageFactory()
        cls.aa = MemberFactory(name="Aa", slug="aa", nis_code="13001")
        cls.bb = MemberFactory(name="Bb", slug="bb", nis_code="13002")
        ProjectPageFactory(
            title="Lopend", start_date=datetime.date(2025, 1, 1), relations__members=[cls.aa]
        )
        ProjectPageFactory(
            title="Afgerond",
            status=ProjectStatus.COMPLETED,
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2025, 6, 30),
            relations__members=[cls.aa, cls.bb],
        )

    def setUp(self):
        cache.clear()

    def get(self, url=URL, **params):
        return self.client.get(url, params)

    def test_the_page_shows_every_figure_as_chart_table_and_downloads(self):
        response = self.get(jaar=2025)
        self.assertEqual(response.status_code, 200)
        html = response.text
        self.assertEqual(html.count("<h1"), 1)
        for slug in (
            "projecten-per-gemeente",
            "budget-per-thema",
            "nieuws-per-gemeente",
            "beoordelingen-per-gemeente",
            "spoedpublicaties",
            "zittingen-per-orgaan",
            "aanvragen-openbaarheid",
        ):
            with self.subTest(slug):
                self.assertIn(f'<h3 id="{slug}">', html)
                self.assertIn(f'href="/transparantie/cijfers/{slug}/csv/?jaar=2025"', html)
                self.assertIn(f'href="/transparantie/cijfers/{slug}/json/?jaar=2025"', html)
        # The chart is hidden from screen readers; its table has the numbers, with headers.
        self.assertIn('<div class="bar-chart" aria-hidden="true">', html)
        # SVG coordinates are never written with a Dutch decimal comma.
        self.assertNotRegex(html, r'(x|width)="\d+,\d')
        self.assertIn('<caption id="projecten-per-gemeente-caption">', html)
        self.assertIn(
            '<th scope="row"><a href="/projecten/?jaar=2025&amp;gemeente=aa">Aa</a>', html
        )
        # Empty figures say so instead of an empty table.
        self.assertIn("In deze periode kwamen er geen aanvragen binnen.", html)

    def test_the_year_filter(self):
        self.assertContains(self.get(), f'<option value="{THIS_YEAR}" selected>')
        self.assertContains(self.get(jaar="alle"), '<option value="alle" selected>')
        html = self.get(jaar=2025).text
        self.assertIn('<option value="2025" selected>', html)
        # The years run from the first data (a project from 2024) to this year.
        self.assertIn('<option value="2024">', html)
        self.assertNotIn('<option value="2023">', html)

    def test_a_year_we_have_no_figures_for_is_said_and_this_year_shown(self):
        for value in ("1999", "twee", "2025<script>", ""):
            with self.subTest(value):
                response = self.get(jaar=value)
                self.assertEqual(response.status_code, 200)
                if value:
                    self.assertContains(response, "Voor dat jaar hebben we geen cijfers.")
                self.assertContains(response, f'<option value="{THIS_YEAR}" selected>')
        response = self.client.get(URL + "?jaar=2025&jaar=2024")
        self.assertContains(response, "Voor dat jaar hebben we geen cijfers.")

    def test_csv_download(self):
        response = self.get("/transparantie/cijfers/projecten-per-gemeente/csv/", jaar=2025)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn('filename="projecten-per-gemeente-2025.csv"', response["Content-Disposition"])
        text = response.content.decode("utf-8")
        self.assertTrue(text.startswith("\ufeff"))
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
        self.assertEqual(
            rows,
            [
                ["Gemeente", "Gepland", "Lopend", "Afgerond", "Stopgezet", "Totaal", "opmerking"],
                ["Aa", "0", "1", "1", "0", "2", ""],
                ["Bb", "0", "0", "1", "0", "1", ""],
                ["Alle projecten (elk één keer)", "0", "1", "1", "0", "2", ""],
            ],
        )

    def test_json_download_has_the_same_numbers(self):
        response = self.get("/transparantie/cijfers/projecten-per-gemeente/json/", jaar=2025)
        self.assertEqual(response["Content-Type"], "application/json")
        data = json.loads(response.content)
        self.assertEqual(data["figure"], "projecten-per-gemeente")
        self.assertEqual(data["year"], 2025)
        self.assertEqual(data["title"], "Projecten per gemeente")
        self.assertEqual(
            [(row["label"], row["values"]["total"], row["total"]) for row in data["rows"]],
            [("Aa", 2, False), ("Bb", 1, False), ("Alle projecten (elk één keer)", 2, True)],
        )
        self.assertEqual(
            data["rows"][0]["url"], "http://testserver/projecten/?jaar=2025&gemeente=aa"
        )
        every_year = json.loads(
            self.get("/transparantie/cijfers/nieuws-per-gemeente/json/", jaar="alle").content
        )
        self.assertIsNone(every_year["year"])

    def test_bad_downloads_are_told_clearly(self):
        response = self.get("/transparantie/cijfers/projecten-per-gemeente/csv/", jaar=1999)
        self.assertEqual(response.status_code, 400)
        self.assertIn("geen cijfers", response.content.decode())
        self.assertEqual(self.get("/transparantie/cijfers/bestaat-niet/json/").status_code, 404)
        self.assertEqual(self.get("/transparantie/cijfers/../csv/").status_code, 404)

    def test_queries_are_few_when_warm_and_do_not_grow_with_the_content(self):
        def queries(**params):
            with CaptureQueriesContext(connection) as captured:
                self.assertEqual(self.get(**params).status_code, 200)
            return len(captured)

        # The first request of a test creates the site's settings row (a real site has one).
        self.get()
        cache.clear()
        cold = queries(jaar=2025)
        warm = queries(jaar=2025)
        self.assertLess(warm, 12)
        # Every cache cleared: routing, header and footer, and one query per kind of data.
        self.assertLessEqual(cold, 24)
        for index in range(8):
            ProjectPageFactory(
                title=f"Meer {index}",
                start_date=datetime.date(2025, 2, 1),
                relations__members=[self.aa, self.bb],
            )
            NewsPageFactory(date=datetime.date(2025, 3, 1), relations__members=[self.bb])
        cache.clear()
        self.assertEqual(queries(jaar=2025), cold)
        self.assertEqual(queries(jaar=2025), warm)

    def test_a_publication_changes_the_figures_at_once(self):
        self.assertContains(self.get(jaar=2025), '<td class="figure__number">2</td>')
        project = ProjectPageFactory(
            title="Nieuw", start_date=datetime.date(2025, 1, 1), relations__members=[self.bb]
        )
        publish(project)
        rows = json.loads(
            self.get("/transparantie/cijfers/projecten-per-gemeente/json/", jaar=2025).content
        )["rows"]
        self.assertEqual(rows[1]["values"]["total"], 2)


class ChartTests(TestCase):
    def test_bars_are_to_scale_and_carry_their_number(self):
        from cms_stadsregio.content.figures import Column, Row, Table

        table = Table(
            [Column("a", "A"), Column("b", "B")],
            [
                Row("Eén", {"a": 2, "b": 2}),
                Row("Twee", {"a": 1, "b": 0}),
                Row("Totaal", {"a": 3, "b": 2}, total=True),
            ],
            chart=("a", "b"),
            stacked=True,
        )
        chart = bar_chart(table)
        self.assertEqual([row["label"] for row in chart["rows"]], ["Eén", "Twee"])
        first, second = (row["bars"][0] for row in chart["rows"])
        self.assertEqual([s["width"] for s in first["segments"]], [37.5, 37.5])
        self.assertEqual([s["style"] for s in first["segments"]], ["solid", "hatch"])
        self.assertEqual([s["width"] for s in second["segments"]], [18.75])
        self.assertEqual((first["text"], second["text"]), ("4", "1"))
        self.assertEqual([serie["label"] for serie in chart["series"]], ["A", "B"])

    def test_nothing_to_draw(self):
        from cms_stadsregio.content.figures import Column, Table

        self.assertIsNone(bar_chart(Table([Column("a", "A")], [], chart=("a",))))


def test_values_are_written_in_dutch():
    assert figure_value(1234567, "count") == "1.234.567"
    assert figure_value(1500000.4, "euro") == "€ 1.500.000"
    assert figure_value(1.0, "days") == "1,0 dag"
    assert figure_value(2.26, "days") == "2,3 dagen"
    assert figure_value(33.3, "percent") == "33 %"
    assert figure_value(None, "days") == "–"
    assert figure_value(datetime.date(2025, 3, 10), "date") == "10 maart 2025"


def test_a_period_filters_by_its_year():
    assert Period(2025).query({"gemeente": "aa"}) == "jaar=2025&gemeente=aa"
    assert Period(None).query() == ""
    assert re.fullmatch(r"\d{4}|alle jaren", Period(None).label)
