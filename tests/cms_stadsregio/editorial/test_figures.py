"""Co-ownership in numbers (/transparantie/): each member's reviews, checked number by number on a
known history of rounds and decisions, and the list of urgent publications."""

import datetime
import json

from django.contrib.contenttypes.models import ContentType
from django.test import TestCase
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, TaskState, Workflow, WorkflowState

from cms_stadsregio.content.factories import (
    FiguresPageFactory,
    MemberFactory,
    ProjectPageFactory,
)
from cms_stadsregio.content.figures import Period
from cms_stadsregio.editorial.figures import (
    nearest_rank,
    reviews_per_member,
    urgent_publications,
)
from cms_stadsregio.editorial.models import (
    MemberApprovalTask,
    MemberApprovalTaskState,
    MemberDecision,
    UrgentPublication,
)
from cms_stadsregio.editorial.roles import MEMBER_TASK_NAME, WORKFLOW_NAME
from cms_stadsregio.editorial.setup import setup_editorial
from tests.cms_stadsregio.editorial.reviewing import EditorialTestCase

APPROVED = MemberDecision.Decision.APPROVED
REJECTED = MemberDecision.Decision.REJECTED


def moment(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class ReviewHistory:
    """Reviews written straight into the tables, with the moments a test needs."""

    def __init__(self):
        self.workflow = Workflow.objects.get(name=WORKFLOW_NAME)
        self.task = MemberApprovalTask.objects.get(name=MEMBER_TASK_NAME)
        self.page_type = ContentType.objects.get_for_model(Page)

    def review(self, page):
        self.revisions = getattr(self, "revisions", {})
        revision = page.save_revision()
        review = WorkflowState.objects.create(
            content_type_id=page.content_type_id,
            base_content_type=self.page_type,
            object_id=str(page.pk),
            workflow=self.workflow,
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        self.revisions[review.pk] = revision
        return review

    def round(self, review, started, decisions):
        """`decisions`: (member, decision, decided_at or None, renewals)."""
        state = MemberApprovalTaskState.objects.create(
            workflow_state=review,
            task=self.task,
            status=TaskState.STATUS_IN_PROGRESS,
            revision=self.revisions[review.pk],
        )
        TaskState.objects.filter(pk=state.pk).update(started_at=started)
        for member, decision, decided, renewals in decisions:
            MemberDecision.objects.create(
                task_state=state,
                member=member,
                decision=decision,
                decided_at=decided,
                renewals=renewals,
            )
        return state


class ReviewFiguresTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.aa = MemberFactory(name="Aa", slug="aa", nis_code="13001")
        cls.bb = MemberFactory(
            name="Bb", slug="bb", nis_code="13002", joined_on=datetime.date(2025, 7, 1)
        )
        cls.cc = MemberFactory(name="Cc", slug="cc", nis_code="13003")
        cls.gone = MemberFactory(
            name="Weg", slug="weg", nis_code="13005", left_on=datetime.date(2025, 1, 1)
        )
        setup_editorial()
        history = ReviewHistory()
        page = ProjectPageFactory(title="Samen", relations__members=[cls.aa, cls.bb])
        review = history.review(page)
        # Round 1: Aa asks for changes after 2 days; Bb had not decided yet.
        history.round(
            review,
            moment(datetime.date(2025, 3, 1)),
            [
                (cls.aa, REJECTED, moment(datetime.date(2025, 3, 3)), 0),
                (cls.bb, MemberDecision.Decision.PENDING, None, 0),
            ],
        )
        # Round 2: Aa approves after 1 day; Bb after 4, after its approval went stale once.
        history.round(
            review,
            moment(datetime.date(2025, 3, 5)),
            [
                (cls.aa, APPROVED, moment(datetime.date(2025, 3, 6)), 0),
                (cls.bb, APPROVED, moment(datetime.date(2025, 3, 9)), 1),
            ],
        )
        # Round 3 carries Aa's approval over: not a decision taken again.
        history.round(
            review,
            moment(datetime.date(2025, 4, 1)),
            [(cls.aa, APPROVED, moment(datetime.date(2025, 3, 6)), 0)],
        )
        # Decided in the first days of 2026: counts in 2026 (Belgian time).
        later = history.review(ProjectPageFactory(title="Later", relations__members=[cls.aa]))
        history.round(
            later,
            moment(datetime.date(2025, 12, 30)),
            [(cls.aa, APPROVED, moment(datetime.date(2026, 1, 1), hour=0), 0)],
        )
        # Cc decides ten reviews in 1, 2, ... 10 days: median 5.5, 90th percentile 9.
        for days in range(1, 11):
            review = history.review(
                ProjectPageFactory(title=f"Cc {days}", relations__members=[cls.cc])
            )
            start = moment(datetime.date(2025, 5, 1))
            history.round(
                review, start, [(cls.cc, APPROVED, start + datetime.timedelta(days=days), 0)]
            )
        # A draft and a private page: their reviews are not public facts.
        draft = ProjectPageFactory(title="Ontwerp", relations__members=[cls.aa])
        draft.unpublish()
        private = ProjectPageFactory(title="Besloten", relations__members=[cls.aa])
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        for hidden in (draft, private):
            history.round(
                history.review(hidden),
                moment(datetime.date(2025, 6, 1)),
                [(cls.aa, REJECTED, moment(datetime.date(2025, 6, 2)), 1)],
            )
        cls.page = page
        urgent = UrgentPublication.objects.create(
            page=page,
            content_fingerprint="x",
            reason="De persmededeling moest vóór de gemeenteraad online.",
            published_at=moment(datetime.date(2025, 3, 10)),
        )
        urgent.missing_members.set([cls.bb])
        hidden_urgent = UrgentPublication.objects.create(
            page=draft,
            content_fingerprint="y",
            reason="Ontwerp",
            published_at=moment(datetime.date(2025, 6, 3)),
        )
        hidden_urgent.missing_members.set([cls.aa])

    def test_each_members_reviews_in_a_year(self):
        table = reviews_per_member(Period(2025))
        self.assertEqual(
            {row.label: row.values for row in table.rows},
            {
                "Aa": {
                    "reviews": 1,
                    "decisions": 2,
                    "median": 1.5,
                    "p90": 2.0,
                    "changes_asked": 1,
                    "renewed": 0,
                    "urgent": 0,
                },
                "Bb": {
                    "reviews": 1,
                    "decisions": 1,
                    "median": 4.0,
                    "p90": 4.0,
                    "changes_asked": 0,
                    "renewed": 1,
                    "urgent": 1,
                },
                "Cc": {
                    "reviews": 10,
                    "decisions": 10,
                    "median": 5.5,
                    "p90": 9.0,
                    "changes_asked": 0,
                    "renewed": 0,
                    "urgent": 0,
                },
            },
        )
        self.assertEqual({row.label: row.note for row in table.rows}["Bb"], "lid sinds 1 juli 2025")

    def test_a_decision_belongs_to_the_year_it_was_taken(self):
        values = {row.label: row.values for row in reviews_per_member(Period(2026)).rows}
        self.assertEqual(values["Aa"]["decisions"], 1)
        self.assertAlmostEqual(values["Aa"]["median"], 1 + 14 / 24)
        self.assertEqual(values["Cc"]["reviews"], 0)
        self.assertIsNone(values["Cc"]["median"])
        self.assertIsNone(values["Cc"]["p90"])
        self.assertNotIn("Weg", values)

    def test_an_empty_year(self):
        table = reviews_per_member(Period(2024))
        self.assertEqual([row.label for row in table.rows], ["Aa", "Cc", "Weg"])
        self.assertTrue(all(row.values["reviews"] == 0 for row in table.rows))
        self.assertEqual(urgent_publications(Period(2024)).rows, [])

    def test_every_urgent_publication_of_a_public_page_with_its_reason(self):
        table = urgent_publications(Period(2025))
        self.assertEqual(len(table.rows), 1)
        row = table.rows[0]
        self.assertEqual(row.label, "Samen")
        self.assertEqual(row.url, self.page.url)
        self.assertEqual(
            row.values,
            {
                "published_on": datetime.date(2025, 3, 10),
                "missing": "Bb",
                "reason": "De persmededeling moest vóór de gemeenteraad online.",
            },
        )
        self.assertEqual(len(urgent_publications(Period(None)).rows), 1)

    def test_an_urgent_publication_names_every_member_it_went_without_once(self):
        # Read as one row per member it went without: two members make one publication, in
        # the order of their names, and a publication without any still shows.
        two = UrgentPublication.objects.create(
            page=self.page,
            content_fingerprint="z",
            reason="Twee gemeenten",
            published_at=moment(datetime.date(2025, 8, 1)),
        )
        two.missing_members.set([self.cc, self.aa])
        UrgentPublication.objects.create(
            page=self.page,
            content_fingerprint="w",
            reason="Geen",
            published_at=moment(datetime.date(2025, 9, 1)),
        )
        table = urgent_publications(Period(2025))
        self.assertEqual(
            [(row.label, row.values["missing"], row.values["reason"]) for row in table.rows],
            [
                ("Samen", "Bb", "De persmededeling moest vóór de gemeenteraad online."),
                ("Samen", "Aa, Cc", "Twee gemeenten"),
                ("Samen", "", "Geen"),
            ],
        )
        urgent = {row.label: row.values["urgent"] for row in reviews_per_member(Period(2025)).rows}
        self.assertEqual(urgent, {"Aa": 1, "Bb": 1, "Cc": 1})

    def test_a_members_decision_changes_the_public_figure_at_once(self):
        FiguresPageFactory()
        url = "/transparantie/cijfers/beoordelingen-per-gemeente/json/?jaar=2025"

        def bb_decisions():
            rows = json.loads(self.client.get(url).content)["rows"]
            return next(row for row in rows if row["label"] == "Bb")["values"]["decisions"]

        self.assertEqual(bb_decisions(), 1)
        pending = MemberDecision.objects.get(member=self.bb, decided_at__isnull=True)
        pending.decision = REJECTED
        pending.decided_at = moment(datetime.date(2025, 3, 4))
        pending.save()
        self.assertEqual(bb_decisions(), 2)

    def test_no_names_of_people(self):
        table = reviews_per_member(Period(2025))
        self.assertEqual(
            [column.key for column in table.columns],
            ["reviews", "decisions", "median", "p90", "changes_asked", "renewed", "urgent"],
        )


def test_nearest_rank_percentile():
    assert nearest_rank([3.0], 0.9) == 3.0
    assert nearest_rank([1.0, 2.0], 0.9) == 2.0
    assert nearest_rank(list(range(1, 21)), 0.9) == 18
    assert nearest_rank([5, 1, 4, 2, 3], 0.5) == 3


class RenewalTests(EditorialTestCase):
    """Through the review itself: an approval given again after the text changed is counted."""

    def test_an_approval_given_again_after_a_change_counts_as_a_renewal(self):
        project = self.create_project(self.partner, [self.beerse, self.turnhout, self.vosselaar])
        self.act(self.beerse_editor, project, "approve")
        self.act(self.turnhout_editor, project, "approve")
        self.edit_project(self.stadsregio, project, intro="De Stadsregio past aan.")
        self.assertEqual(
            self.decisions(project),
            {"beerse": "stale", "turnhout": "stale", "vosselaar": "pending"},
        )
        self.act(self.beerse_editor, project, "approve")
        self.act(self.turnhout_editor, project, "reject", comment="Graag de datum aanpassen.")
        decisions = {
            d.member.slug: (d.decision, d.renewals)
            for d in MemberDecision.objects.select_related("member")
        }
        self.assertEqual(
            decisions,
            {
                "beerse": (APPROVED, 1),
                # Asking for changes on a text that changed is not a renewal.
                "turnhout": (REJECTED, 0),
                "vosselaar": (MemberDecision.Decision.PENDING, 0),
            },
        )
