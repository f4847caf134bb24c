"""The content's figures on /transparantie/, checked number by number on a known set of pages:
projects, budgets and news per member and domain, for a member that joined mid-year, one that
left, an empty year, drafts and private pages (which never count)."""

import datetime
import re
from decimal import Decimal

from django.test import TestCase

from wagtail.models import PageViewRestriction

from cms_stadsregio.content import counts
from cms_stadsregio.content.factories import (
    DomainPageFactory,
    MemberFactory,
    NewsPageFactory,
    ProjectPageFactory,
)
from cms_stadsregio.content.figures import Period
from cms_stadsregio.content.models import ProjectStatus


def rows(table):
    return {row.label: row for row in table.rows}


def values(table):
    return {row.label: row.values for row in table.rows}


class ContentFiguresTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.aa = MemberFactory(name="Aa", slug="aa", nis_code="13001")
        cls.bb = MemberFactory(
            name="Bb", slug="bb", nis_code="13002", joined_on=datetime.date(2025, 7, 1)
        )
        cls.cc = MemberFactory(
            name="Cc", slug="cc", nis_code="13003", left_on=datetime.date(2025, 7, 1)
        )
        cls.dd = MemberFactory(
            name="Dd", slug="dd", nis_code="13005", left_on=datetime.date(2025, 1, 1)
        )
        cls.wonen = DomainPageFactory(title="Wonen", slug="wonen")
        cls.mobiliteit = DomainPageFactory(title="Mobiliteit", slug="mobiliteit")

        def project(title, status, start, end, members, domains=(), **fields):
            return ProjectPageFactory(
                title=title,
                status=status,
                start_date=start,
                end_date=end,
                relations__members=members,
                relations__domains=list(domains),
                **fields,
            )

        project(
            "P1",
            ProjectStatus.ONGOING,
            datetime.date(2024, 1, 1),
            None,
            [cls.aa],
            [cls.wonen],
            budget=Decimal(100000),
            funding="Subsidie van Vlaanderen",
        )
        project(
            "P2",
            ProjectStatus.COMPLETED,
            datetime.date(2025, 3, 1),
            datetime.date(2025, 10, 31),
            [cls.aa, cls.bb],
            [cls.wonen, cls.mobiliteit],
            budget=Decimal("50000.50"),
        )
        project(
            "P3",
            ProjectStatus.PLANNED,
            datetime.date(2026, 2, 1),
            None,
            [cls.cc],
            [cls.mobiliteit],
            funding="Bijdragen van de gemeenten",
        )
        project(
            "P4",
            ProjectStatus.STOPPED,
            datetime.date(2023, 1, 1),
            datetime.date(2024, 12, 31),
            [cls.bb],
        )
        draft = project("Ontwerp", ProjectStatus.ONGOING, datetime.date(2025, 1, 1), None, [cls.aa])
        draft.unpublish()
        private = project(
            "Besloten", ProjectStatus.ONGOING, datetime.date(2025, 1, 1), None, [cls.aa]
        )
        PageViewRestriction.objects.create(page=private, restriction_type="login")

        NewsPageFactory(
            date=datetime.date(2025, 5, 1),
            relations__members=[cls.aa],
            relations__domains=[cls.wonen],
        )
        NewsPageFactory(
            date=datetime.date(2025, 9, 1),
            relations__members=[cls.aa, cls.bb],
            relations__domains=[cls.mobiliteit],
        )
        NewsPageFactory(date=datetime.date(2026, 1, 10), relations__members=[cls.bb])
        NewsPageFactory(date=datetime.date(2025, 6, 1), relations__members=[cls.aa]).unpublish()

    def test_projects_per_member_in_a_year_with_a_member_joining_and_one_leaving(self):
        table = counts.projects_per_member(Period(2025))
        self.assertEqual(
            values(table),
            {
                "Aa": {"gepland": 0, "lopend": 1, "afgerond": 1, "stopgezet": 0, "total": 2},
                "Bb": {"gepland": 0, "lopend": 0, "afgerond": 1, "stopgezet": 0, "total": 1},
                "Cc": {"gepland": 0, "lopend": 0, "afgerond": 0, "stopgezet": 0, "total": 0},
                "Alle projecten (elk één keer)": {
                    "gepland": 0,
                    "lopend": 1,
                    "afgerond": 1,
                    "stopgezet": 0,
                    "total": 2,
                },
            },
        )
        by_label = rows(table)
        self.assertEqual(by_label["Bb"].note, "lid sinds 1 juli 2025")
        self.assertEqual(by_label["Cc"].note, "lid tot 1 juli 2025")
        self.assertEqual(by_label["Aa"].note, "")
        self.assertTrue(by_label["Alle projecten (elk één keer)"].total)

    def test_a_member_that_left_is_gone_the_year_after_and_the_total_still_counts_its_project(
        self,
    ):
        self.assertEqual(
            values(counts.projects_per_member(Period(2026))),
            {
                "Aa": {"gepland": 0, "lopend": 1, "afgerond": 0, "stopgezet": 0, "total": 1},
                "Bb": {"gepland": 0, "lopend": 0, "afgerond": 0, "stopgezet": 0, "total": 0},
                "Alle projecten (elk één keer)": {
                    "gepland": 1,
                    "lopend": 1,
                    "afgerond": 0,
                    "stopgezet": 0,
                    "total": 2,
                },
            },
        )
        # Before Bb joined: Cc and Dd were members, Bb's own project counts only in the total.
        self.assertEqual(
            values(counts.projects_per_member(Period(2024))),
            {
                "Aa": {"gepland": 0, "lopend": 1, "afgerond": 0, "stopgezet": 0, "total": 1},
                "Cc": {"gepland": 0, "lopend": 0, "afgerond": 0, "stopgezet": 0, "total": 0},
                "Dd": {"gepland": 0, "lopend": 0, "afgerond": 0, "stopgezet": 0, "total": 0},
                "Alle projecten (elk één keer)": {
                    "gepland": 0,
                    "lopend": 1,
                    "afgerond": 0,
                    "stopgezet": 1,
                    "total": 2,
                },
            },
        )

    def test_an_empty_year_has_its_members_with_zeros(self):
        table = counts.projects_per_member(Period(2020))
        self.assertEqual([row.label for row in table.rows], ["Aa", "Cc", "Dd", rows_total()])
        self.assertTrue(all(row.values["total"] == 0 for row in table.rows))
        self.assertTrue(all(row.url == "" for row in table.rows))
        self.assertEqual(
            values(counts.news_per_member(Period(2020)))["Alle nieuwsberichten (elk één keer)"],
            {"news": 0},
        )

    def test_every_year_together(self):
        self.assertEqual(
            values(counts.projects_per_member(Period(None)))["Bb"],
            {"gepland": 0, "lopend": 0, "afgerond": 1, "stopgezet": 1, "total": 2},
        )
        self.assertEqual(
            rows(counts.projects_per_member(Period(None)))["Cc"].note, "lid tot 1 juli 2025"
        )
        self.assertEqual(rows(counts.projects_per_member(Period(None)))["Bb"].note, "")

    def test_projects_per_domain(self):
        self.assertEqual(
            {
                label: value["total"]
                for label, value in values(counts.projects_per_domain(Period(2025))).items()
            },
            {"Wonen": 2, "Mobiliteit": 1, "Alle projecten (elk één keer)": 2},
        )
        self.assertEqual(
            values(counts.projects_per_domain(Period(2026)))["Mobiliteit"],
            {"gepland": 1, "lopend": 0, "afgerond": 0, "stopgezet": 0, "total": 1},
        )

    def test_budgets_per_member_and_domain(self):
        self.assertEqual(
            values(counts.budget_per_member(Period(2025))),
            {
                "Aa": {
                    "budget": Decimal("150000.50"),
                    "with_budget": 2,
                    "with_funding": 1,
                    "projects": 2,
                },
                "Bb": {
                    "budget": Decimal("50000.50"),
                    "with_budget": 1,
                    "with_funding": 0,
                    "projects": 1,
                },
                "Cc": {"budget": 0, "with_budget": 0, "with_funding": 0, "projects": 0},
                "Alle projecten (elk één keer)": {
                    "budget": Decimal("150000.50"),
                    "with_budget": 2,
                    "with_funding": 1,
                    "projects": 2,
                },
            },
        )
        self.assertEqual(
            values(counts.budget_per_domain(Period(2026)))["Mobiliteit"],
            {"budget": 0, "with_budget": 0, "with_funding": 1, "projects": 1},
        )

    def test_news_per_member_and_domain(self):
        self.assertEqual(
            values(counts.news_per_member(Period(2025))),
            {
                "Aa": {"news": 2},
                "Bb": {"news": 1},
                "Cc": {"news": 0},
                "Alle nieuwsberichten (elk één keer)": {"news": 2},
            },
        )
        self.assertEqual(
            values(counts.news_per_domain(Period(2025))),
            {
                "Wonen": {"news": 1},
                "Mobiliteit": {"news": 1},
                "Alle nieuwsberichten (elk één keer)": {"news": 2},
            },
        )

    def test_each_number_links_to_the_listing_that_shows_exactly_those_items(self):
        table = counts.projects_per_member(Period(2025))
        aa = rows(table)["Aa"]
        self.assertEqual(aa.url, "/projecten/?jaar=2025&gemeente=aa")
        self.assertEqual(aa.links["afgerond"], "/projecten/?jaar=2025&gemeente=aa&status=afgerond")
        self.assertNotIn("gepland", aa.links)  # nothing to show
        for label, row in rows(table).items():
            for key, link in row.links.items():
                with self.subTest(label=label, column=key):
                    response = self.client.get(link)
                    self.assertEqual(response.status_code, 200)
                    shown = re.search(r'class="result-count">(\d+) project', response.text)
                    self.assertEqual(int(shown.group(1)), row.values[key])
        news = rows(counts.news_per_member(Period(2025)))["Bb"]
        self.assertEqual(news.url, "/nieuws/?jaar=2025&gemeente=bb")
        response = self.client.get(news.url)
        shown = re.search(r'class="result-count">(\d+) nieuwsbericht', response.text)
        self.assertEqual(int(shown.group(1)), 1)


def rows_total():
    return "Alle projecten (elk één keer)"
