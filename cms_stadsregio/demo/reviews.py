"""The review history of the demo's projects and news: each went through "Gedeelde goedkeuring".

The demo's pages are built as they would have been on a site in use: the members concerned
approved each one shortly before the Stadsregio published it. The history is written directly
(as an import of past reviews), with the demo account of each member's editors as the approver,
so that the public trail shows the approvals and the guard sees that the live content was
approved. Generated volume (`--projects`, `--news`) gets no review history.
"""

import datetime

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
    reviewed = 0
    for model in (ProjectPage, NewsPage):
        pages = (
            model.objects.live()
            .filter(pk__in=page_ids)
            .select_related("live_revision")
            .order_by("path")
        )
        already = set(
            WorkflowState.objects.filter(
                base_content_type=page_type,
                status=WorkflowState.STATUS_APPROVED,
                object_id__in=[str(page.pk) for page in pages],
            ).values_list("object_id", flat=True)
        )
        for page in pages:
            revision = page.live_revision
            if str(page.pk) in already or revision is None:
                continue
            members = members_in_content(revision.content)
            if not members:
                continue
            _record_review(page, revision, members, workflow, member_task, publish_task, users)
            reviewed += 1
    if reviewed and stadsregio is not None:
        report.add("goedkeuringsrondes (geschiedenis)", reviewed)


def _member_slugs():

    return Member.objects.values_list("slug", flat=True)


def _record_review(page, revision, member_ids, workflow, member_task, publish_task, users):

    published = page.first_published_at or revision.created_at
    submitted = published - datetime.timedelta(days=4)
    fingerprint = revision_fingerprint(revision)
    stadsregio = users.get("stadsregio")
    state = WorkflowState.objects.create(
        content_type_id=page.content_type_id,
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        workflow=workflow,
        status=WorkflowState.STATUS_APPROVED,
        requested_by=stadsregio,
    )
    member_state = MemberApprovalTaskState.objects.create(
        workflow_state=state,
        revision=revision,
        task=member_task,
        status=TaskState.STATUS_APPROVED,
        content_fingerprint=fingerprint,
        finished_at=published - datetime.timedelta(days=1),
    )
    members = Member.objects.filter(pk__in=member_ids).order_by("name")
    MemberDecision.objects.bulk_create(
        MemberDecision(
            task_state=member_state,
            member=member,
            decision=MemberDecision.Decision.APPROVED,
            user=users.get(f"redactie-{member.slug}"),
            revision=revision,
            content_fingerprint=fingerprint,
            decided_at=submitted + datetime.timedelta(days=1 + index % 3, hours=2 * index),
        )
        for index, member in enumerate(members)
    )
    publish_state = TaskState.objects.create(
        workflow_state=state,
        revision=revision,
        task=publish_task,
        status=TaskState.STATUS_APPROVED,
        finished_at=published,
        finished_by=stadsregio,
    )
    TaskState.objects.filter(pk=member_state.pk).update(started_at=submitted)
    TaskState.objects.filter(pk=publish_state.pk).update(
        started_at=published - datetime.timedelta(days=1)
    )
    WorkflowState.objects.filter(pk=state.pk).update(
        created_at=submitted, current_task_state=publish_state
    )
