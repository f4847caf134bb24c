"""The review history of the demo's projects and news: each went through "Gedeelde goedkeuring".

The demo's pages are built as they would have been on a site in use: the members concerned
approved each one before the Stadsregio published it. The history is written directly (as an
import of past reviews), with the demo account of each member's editors as the approver, so that
the public trail shows the approvals and the guard sees that the live content was approved.
Generated volume (`--projects`, `--news`) gets no review history.

The history varies as it would on a real site, derived from the page's place in the tree (never
at random, so that every run writes the same): each member has its own pace, from a few hours to
about twelve days; in some reviews a member first asked for changes and everyone approved the
changed text in a second round; in others the text changed after an approval, which was then
given again. Two news items went online urgently, without the approval of one member.
"""

import datetime
import hashlib

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, TaskState, Workflow, WorkflowState

from cms_stadsregio.content.models import Member, NewsPage, ProjectPage
from cms_stadsregio.editorial.fingerprints import members_in_content, revision_fingerprint
from cms_stadsregio.editorial.models import (
    MemberApprovalTask,
    MemberApprovalTaskState,
    MemberDecision,
    PublicationTask,
)
from cms_stadsregio.editorial.roles import MEMBER_TASK_NAME, PUBLISH_TASK_NAME, WORKFLOW_NAME
from cms_stadsregio.editorial.transparency import UrgentPublication

HOUR = datetime.timedelta(hours=1)

# Hours from the start of a round to a member's decision, per member (in name order): each
# member has its own pace, and now and then takes much longer.
PACE = [
    [5, 20, 9, 30, 3, 46, 26, 14, 70, 18, 8, 52],
    [28, 50, 22, 75, 44, 120, 30, 60, 96, 36, 26, 140],
    [70, 96, 48, 150, 110, 210, 64, 90, 285, 120, 80, 170],
    [20, 8, 52, 30, 170, 26, 46, 22, 100, 34, 16, 60],
]

# How a review went, by the page's place in the tree.
PLAIN, CHANGES_ASKED, RENEWED = "plain", "changes asked", "renewed"
COURSES = [PLAIN, CHANGES_ASKED, RENEWED, PLAIN, RENEWED, CHANGES_ASKED, PLAIN]

CHANGE_REQUESTS = [
    "Graag de openingsuren van ons loket aanpassen: die zijn sinds deze maand gewijzigd.",
    "De naam van onze schepen is verkeerd gespeld. Kunnen jullie dat rechtzetten?",
    "Het bedrag voor onze gemeente klopt niet. Graag nakijken met onze financiële dienst.",
    "Onze gemeente staat niet bij de partners vermeld, terwijl we wel meedoen.",
    "De foto toont een gebouw in een andere gemeente. Graag een andere foto kiezen.",
]

# News items that went online before every member approved: (slug, missing member, reason).
URGENT = [
    (
        "proef-deelfietsen-stopt",
        "oud-turnhout",
        (
            "De vervoersmaatschappij maakte het einde van de proef 's ochtends bekend in de pers. "
            "Reizigers moesten nog die dag weten dat de deelfietsen aan de bushaltes verdwijnen."
        ),
    ),
    (
        "werkgroep-fietsknelpunten",
        "vosselaar",
        (
            "De oproep moest online staan voor de persconferentie van 14 uur; de redactie van "
            "Vosselaar was die dag niet bereikbaar."
        ),
    ),
]


def ensure_demo_reviews(report, page_ids):
    """A finished review for each of these pages that concerns members and has none yet."""
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    member_task = MemberApprovalTask.objects.get(name=MEMBER_TASK_NAME)
    publish_task = PublicationTask.objects.get(name=PUBLISH_TASK_NAME)
    users = get_user_model().objects.in_bulk(
        [
            "stadsregio",
            *(f"redactie-{slug}" for slug in _member_slugs()),
        ],
        field_name="username",
    )
    stadsregio = users.get("stadsregio")
    page_type = ContentType.objects.get_for_model(Page)
    pace = {member.pk: PACE[n % len(PACE)] for n, member in enumerate(_members())}
    urgent = {slug: (missing, reason) for slug, missing, reason in URGENT}
    reviewed = urgent_count = 0
    for model in (ProjectPage, NewsPage):
        pages = list(
            model.objects.live()
            .filter(pk__in=page_ids)
            .select_related("live_revision")
            .order_by("path")
        )
        already = set(
            WorkflowState.objects.filter(
                base_content_type=page_type,
                object_id__in=[str(page.pk) for page in pages],
            ).values_list("object_id", flat=True)
        )
        for number, page in enumerate(pages):
            revision = page.live_revision
            if str(page.pk) in already or revision is None:
                continue
            members = members_in_content(revision.content)
            if not members:
                continue
            review = Review(page, revision, members, number, pace, users)
            missing = urgent.get(page.slug)
            if missing and missing[0] in {member.slug for member in review.members}:
                review.record_urgent(workflow, member_task, *missing)
                urgent_count += 1
            else:
                review.record(workflow, member_task, publish_task)
            reviewed += 1
    if reviewed and stadsregio is not None:
        report.add("goedkeuringsrondes (geschiedenis)", reviewed)
    report.add("spoedpublicaties (geschiedenis)", urgent_count)


def _member_slugs():

    return Member.objects.values_list("slug", flat=True)


def _members():
    return list(Member.objects.order_by("name"))


def _earlier_fingerprint(fingerprint):
    """A stand-in for the fingerprint of the text before it was changed during the review."""
    return hashlib.sha256(f"eerdere versie {fingerprint}".encode()).hexdigest()


class Review:
    """One page's review, written as it went: its rounds, each member's decisions, its end."""

    def __init__(self, page, revision, member_ids, number, pace, users):
        self.page = page
        self.revision = revision
        self.number = number
        self.users = users
        self.pace = pace
        self.members = list(Member.objects.filter(pk__in=member_ids).order_by("name"))
        self.fingerprint = revision_fingerprint(revision)
        self.published = page.first_published_at or revision.created_at
        self.course = COURSES[number % len(COURSES)]

    def hours(self, member, round_number=0):
        """How long the member took in this review (round 1 or 2), in hours."""
        pace = self.pace[member.pk]
        return pace[(3 * self.number + 5 * round_number) % len(pace)]

    # Writing --------------------------------------------------------------------------------

    def record(self, workflow, member_task, publish_task):
        if self.course == CHANGES_ASKED and len(self.members) > 1:
            rounds, end = self._two_rounds()
        else:
            rounds, end = self._one_round(renewed=self.course == RENEWED)
        state = self._workflow_state(workflow, WorkflowState.STATUS_APPROVED, rounds[0][0])
        for started, status, fingerprint, finished, decisions in rounds:
            self._member_state(
                state, member_task, started, status, fingerprint, finished, decisions
            )
        publish_state = TaskState.objects.create(
            workflow_state=state,
            revision=self.revision,
            task=publish_task,
            status=TaskState.STATUS_APPROVED,
            finished_at=self.published,
            finished_by=self.users.get("stadsregio"),
        )
        TaskState.objects.filter(pk=publish_state.pk).update(started_at=end)
        WorkflowState.objects.filter(pk=state.pk).update(current_task_state=publish_state)

    def record_urgent(self, workflow, member_task, missing_slug, reason):
        """Published by the Stadsregio before `missing_slug` decided: the review was cancelled."""
        rounds, _ = self._one_round(renewed=False, waiting_for=missing_slug)
        started, _, fingerprint, _, decisions = rounds[0]
        state = self._workflow_state(workflow, WorkflowState.STATUS_CANCELLED, started)
        member_state = self._member_state(
            state,
            member_task,
            started,
            TaskState.STATUS_CANCELLED,
            fingerprint,
            self.published,
            decisions,
        )
        WorkflowState.objects.filter(pk=state.pk).update(current_task_state=member_state)
        urgent = UrgentPublication.objects.create(
            page=self.page,
            revision=self.revision,
            content_fingerprint=self.fingerprint,
            user=self.users.get("stadsregio"),
            reason=reason,
            published_at=self.published,
        )
        urgent.missing_members.set(m for m in self.members if m.slug == missing_slug)

    def _workflow_state(self, workflow, status, submitted):
        state = WorkflowState.objects.create(
            content_type_id=self.page.content_type_id,
            base_content_type_id=self.page.get_base_content_type().pk,
            object_id=str(self.page.pk),
            workflow=workflow,
            status=status,
            requested_by=self.users.get("stadsregio"),
        )
        WorkflowState.objects.filter(pk=state.pk).update(created_at=submitted)
        return state

    def _member_state(self, state, task, started, status, fingerprint, finished, decisions):
        member_state = MemberApprovalTaskState.objects.create(
            workflow_state=state,
            revision=self.revision,
            task=task,
            status=status,
            content_fingerprint=fingerprint,
            finished_at=finished,
        )
        TaskState.objects.filter(pk=member_state.pk).update(started_at=started)
        MemberDecision.objects.bulk_create(
            MemberDecision(task_state=member_state, **decision) for decision in decisions
        )
        return member_state

    def _decision(self, member, decided_at, fingerprint=None, **extra):
        fields = {
            "member": member,
            "decision": MemberDecision.Decision.APPROVED,
            "user": self.users.get(f"redactie-{member.slug}"),
            "revision": self.revision,
            "content_fingerprint": fingerprint or self.fingerprint,
            "decided_at": decided_at,
        }
        return {**fields, **extra}

    # Timelines, built forward from the submission and then placed before the publication --

    def _one_round(self, renewed, waiting_for=None):
        """Every member approves; with `renewed`, the Stadsregio corrected the text right after
        one member's approval, and whoever had approved by then approved it again; with
        `waiting_for`, that member had not decided."""
        offsets = {member.pk: self.hours(member) * HOUR for member in self.members}
        renewing = set()
        if renewed:
            changed = offsets[self.members[(self.number // 2) % len(self.members)].pk]
            for n, member in enumerate(self.members):
                if offsets[member.pk] <= changed:
                    renewing.add(member.pk)
                    offsets[member.pk] = changed + (6 + (self.number + 11 * n) % 40) * HOUR
        end = max(
            (offsets[m.pk] for m in self.members if m.slug != waiting_for),
            default=HOUR,
        )
        submitted = self._submitted(end)
        decisions = []
        for member in self.members:
            if member.slug == waiting_for:
                decisions.append({"member": member})
                continue
            extra = {"renewals": 1} if member.pk in renewing else {}
            decisions.append(self._decision(member, submitted + offsets[member.pk], **extra))
        finished = submitted + end
        status = TaskState.STATUS_APPROVED
        return [(submitted, status, self.fingerprint, finished, decisions)], finished

    def _two_rounds(self):
        """A member asked for changes; the changed text was approved by all in a second round.

        Whoever approved the first text approves the changed one again (its approval went stale:
        a renewal); whoever had not decided yet when changes were asked, decides anew."""
        asking = self.members[self.number % len(self.members)]
        first = {member.pk: self.hours(member) * HOUR for member in self.members}
        asked = first[asking.pk]
        approved_first = {m.pk for m in self.members if m != asking and first[m.pk] < asked}
        fixing = (20 + 7 * (self.number % 6)) * HOUR
        second = {member.pk: self.hours(member, 1) * HOUR for member in self.members}
        second_start = asked + fixing
        end = second_start + max(second.values())
        submitted = self._submitted(end)
        earlier = _earlier_fingerprint(self.fingerprint)
        first_decisions = []
        for member in self.members:
            if member == asking:
                first_decisions.append(
                    self._decision(
                        member,
                        submitted + asked,
                        earlier,
                        decision=MemberDecision.Decision.REJECTED,
                        comment=CHANGE_REQUESTS[self.number % len(CHANGE_REQUESTS)],
                    )
                )
            elif member.pk in approved_first:
                first_decisions.append(
                    self._decision(member, submitted + first[member.pk], earlier)
                )
            else:
                first_decisions.append({"member": member})
        second_decisions = [
            self._decision(
                member,
                submitted + second_start + second[member.pk],
                renewals=1 if member.pk in approved_first else 0,
            )
            for member in self.members
        ]
        return [
            (submitted, TaskState.STATUS_REJECTED, earlier, submitted + asked, first_decisions),
            (
                submitted + second_start,
                TaskState.STATUS_APPROVED,
                self.fingerprint,
                submitted + end,
                second_decisions,
            ),
        ], submitted + end

    def _submitted(self, span):
        """The submission, so that the last decision falls half a day to two days before the
        publication."""
        margin = (12 + 6 * (self.number % 7)) * HOUR
        return self.published - margin - span
