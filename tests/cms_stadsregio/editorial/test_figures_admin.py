"""Beoordelingen in cijfers: the admin screen of the reviews per member and per decision."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms_stadsregio.editorial.workflows import MemberApprovalTaskState, MemberDecision
from tests.cms_stadsregio.editorial.reviewing import EditorialTestCase

URL = reverse("stadsregio_review_figures")


def moment(year, month, day, hour=10):
    return datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)


class ReviewFiguresTestCase(EditorialTestCase):
    """Two reviews of draft projects, with known times.

    Round A (last year): Beerse approved after 2 days, Turnhout asked changes after 5 days.
    Round B (started 30 days ago, in progress): Vosselaar approved an hour ago, Beerse still waits.
    """

    def setUp(self):
        self.last_year = timezone.localdate().year - 1
        self.page_a = self.create_project(
            self.partner, [self.beerse, self.turnhout], title="Fietsostrade", slug="fietsostrade"
        )
        self.act(self.beerse_editor, self.page_a, "approve")
        self.act(self.turnhout_editor, self.page_a, "reject", comment="Vermeld het tracé.")
        self.page_b = self.create_project(
            self.partner, [self.beerse, self.vosselaar], title="Deelauto's", slug="deelautos"
        )
        self.act(self.vosselaar_editor, self.page_b, "approve")
        state_a = MemberApprovalTaskState.objects.get(workflow_state__object_id=str(self.page_a.pk))
        state_b = MemberApprovalTaskState.objects.get(workflow_state__object_id=str(self.page_b.pk))
        MemberApprovalTaskState.objects.filter(pk=state_a.pk).update(
            started_at=moment(self.last_year, 3, 2)
        )
        state_a.decisions.filter(member=self.beerse).update(decided_at=moment(self.last_year, 3, 4))
        state_a.decisions.filter(member=self.turnhout).update(
            decided_at=moment(self.last_year, 3, 7)
        )
        now = timezone.now()
        MemberApprovalTaskState.objects.filter(pk=state_b.pk).update(
            started_at=now - datetime.timedelta(days=30)
        )
        state_b.decisions.filter(member=self.vosselaar).update(
            decided_at=now - datetime.timedelta(hours=1)
        )
        self.client.logout()

    def rows(self, response):
        return [
            (row["page"].title, row["member"].name, row["label"], row["waiting"])
            for row in response.context["rows"]
        ]


class AccessTests(ReviewFiguresTestCase):
    def test_the_stadsregio_sees_every_row_and_the_menu_item(self):
        self.client.force_login(self.stadsregio)
        response = self.client.get(URL, {"jaar": "alle"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["rows"]), 4)
        self.assertContains(
            self.client.get(reverse("wagtailadmin_home")), "Beoordelingen in cijfers"
        )

    def test_a_member_editor_sees_only_the_rows_of_their_member(self):
        self.client.force_login(self.beerse_editor)
        response = self.client.get(URL, {"jaar": "alle"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            self.rows(response),
            [
                ("Deelauto's", "Beerse", "Wacht op akkoord", True),
                ("Fietsostrade", "Beerse", "Goedgekeurd", False),
            ],
        )
        self.assertContains(
            self.client.get(reverse("wagtailadmin_home")), "Beoordelingen in cijfers"
        )
        # Another member's filter is not theirs to choose.
        response = self.client.get(URL, {"jaar": "alle", "gemeente": self.turnhout.pk})
        self.assertEqual([row[1] for row in self.rows(response)], ["Beerse", "Beerse"])
        self.assertContains(response, "Die gemeente kan je niet kiezen")

    def test_a_partner_is_refused_and_sees_no_menu_item(self):
        self.client.force_login(self.partner)
        response = self.client.get(URL)
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertNotContains(
            self.client.get(reverse("wagtailadmin_home")), "Beoordelingen in cijfers"
        )

    def test_an_anonymous_visitor_is_sent_to_the_login(self):
        response = self.client.get(URL)
        self.assertRedirects(
            response, f"{reverse('wagtailadmin_login')}?next={URL}", fetch_redirect_response=False
        )


class RowsTests(ReviewFiguresTestCase):
    def test_all_years_slowest_first_with_waiting_rows_and_drafts(self):
        self.client.force_login(self.stadsregio)
        response = self.client.get(URL, {"jaar": "alle"})
        self.assertEqual(
            self.rows(response),
            [
                ("Deelauto's", "Beerse", "Wacht op akkoord", True),
                ("Deelauto's", "Vosselaar", "Goedgekeurd", False),
                ("Fietsostrade", "Turnhout", "Wijzigingen gevraagd", False),
                ("Fietsostrade", "Beerse", "Goedgekeurd", False),
            ],
        )
        days = [round(row["days"], 2) for row in response.context["rows"]]
        self.assertEqual(days[2:], [5.0, 2.0])
        self.assertAlmostEqual(days[1], 30 - 1 / 24, places=1)
        self.assertContains(response, "wacht nog")
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.page_a.pk]))
        self.assertContains(response, '<th scope="col">Gemeente</th>', html=True)
        # The public table per member is there too (the drafts are not counted in it).
        self.assertEqual(
            [row.label for row in response.context["table"].rows],
            ["Beerse", "Turnhout", "Vosselaar"],
        )

    def test_a_past_year_shows_its_decisions_and_nothing_waiting(self):
        self.client.force_login(self.stadsregio)
        response = self.client.get(URL, {"jaar": str(self.last_year)})
        self.assertEqual(
            self.rows(response),
            [
                ("Fietsostrade", "Turnhout", "Wijzigingen gevraagd", False),
                ("Fietsostrade", "Beerse", "Goedgekeurd", False),
            ],
        )
        self.assertEqual(response.context["period"].year, self.last_year)

    def test_the_default_is_this_year_with_what_waits_now(self):
        self.client.force_login(self.stadsregio)
        response = self.client.get(URL)
        self.assertEqual(response.context["period"].year, timezone.localdate().year)
        rows = self.rows(response)
        self.assertEqual(rows[0], ("Deelauto's", "Beerse", "Wacht op akkoord", True))
        self.assertNotIn("Fietsostrade", [row[0] for row in rows])

    def test_the_member_filter(self):
        self.client.force_login(self.stadsregio)
        response = self.client.get(URL, {"jaar": "alle", "gemeente": self.turnhout.pk})
        self.assertEqual(
            self.rows(response), [("Fietsostrade", "Turnhout", "Wijzigingen gevraagd", False)]
        )

    def test_a_bad_year_gives_a_message_and_this_year(self):
        self.client.force_login(self.stadsregio)
        for value in ("abc", "1800", str(timezone.localdate().year + 5), "2025'--"):
            with self.subTest(value=value):
                response = self.client.get(URL, {"jaar": value})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["period"].year, timezone.localdate().year)
                self.assertContains(response, "Voor dat jaar zijn er geen cijfers")


class QueryCountTests(ReviewFiguresTestCase):
    def more_reviews(self, count, start):
        for number in range(start, start + count):
            page = self.create_project(
                self.partner,
                [self.beerse, self.turnhout],
                title=f"Project {number}",
                slug=f"project-{number}",
            )
            self.act(self.turnhout_editor, page, "approve")
        self.client.logout()

    def test_the_queries_do_not_grow_with_the_rows(self):
        self.more_reviews(2, 1)
        self.client.force_login(self.stadsregio)
        self.client.get(URL, {"jaar": "alle"})  # Caches warmed (content types, sessions).
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(URL, {"jaar": "alle"})
        # Counted now: the captured list is a slice of a log that later requests reset.
        few = len(queries)
        rows_before = len(response.context["rows"])
        self.more_reviews(2, 3)
        self.client.force_login(self.stadsregio)
        self.client.get(URL, {"jaar": "alle"})
        with self.assertNumQueries(few):
            response = self.client.get(URL, {"jaar": "alle"})
        self.assertEqual(len(response.context["rows"]), rows_before + 4)
        # Rounds A and B, then four more reviews: two decisions each.
        self.assertEqual(MemberDecision.objects.count(), 2 + 2 + 4 * 2)
