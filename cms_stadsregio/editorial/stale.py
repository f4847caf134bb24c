"""Content that changes during a review: the review keeps in step with it.

In the member step, the approvals of changed content go stale (their members are mailed once and
asked again); a member added to the page is asked as well. In the publication step, a change of
content sends the review back to the members.
"""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowState

from cms_stadsregio.content.models import CoOwnedPage
from cms_stadsregio.editorial.fingerprints import members_in_content, revision_fingerprint
from cms_stadsregio.editorial.notifications import notify_members
from cms_stadsregio.editorial.workflows import (
    MemberApprovalTaskState,
    MemberDecision,
    log_decision,
    member_task_of,
)


def _member_step_state(workflow_state):
    return (
        MemberApprovalTaskState.objects.filter(workflow_state=workflow_state)
        .order_by("-started_at", "-pk")
        .first()
    )


def revision_saved(sender, instance, created=False, raw=False, **kwargs):
    """post_save of every revision: keep the review in step with the content.

    In the member step the approvals of changed content go stale (their members are mailed once
    and see the page again); in a later step a change the members did not approve sends the
    review back to them.
    """
    if raw:
        return
    model = instance.content_type.model_class()
    if model is None or not issubclass(model, CoOwnedPage):
        return
    workflow_state = (
        WorkflowState.objects.active()
        .filter(base_content_type_id=instance.base_content_type_id, object_id=instance.object_id)
        .select_related("current_task_state")
        .first()
    )
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        return
    current = workflow_state.current_task_state
    if current is None or current.status != TaskState.STATUS_IN_PROGRESS:
        return
    fingerprint = revision_fingerprint(instance)
    current = current.specific
    if isinstance(current, MemberApprovalTaskState):
        _member_step_content_changed(current, instance, fingerprint)
        return
    member_state = _member_step_state(workflow_state)
    if member_state is None or member_state.status == TaskState.STATUS_SKIPPED:
        if members_in_content(instance.content):
            _back_to_members(workflow_state, current, instance)
        return
    if member_state.content_fingerprint != fingerprint:
        _back_to_members(workflow_state, current, instance)


def _member_step_content_changed(task_state, revision, fingerprint):
    members = set(members_in_content(revision.content))
    decisions = {d.member_id: d for d in task_state.decisions.select_related("member")}
    added = [m for m in members if m not in decisions]
    removed = [d.pk for member_id, d in decisions.items() if member_id not in members]
    if removed:
        MemberDecision.objects.filter(pk__in=removed).delete()
    if added:
        MemberDecision.objects.bulk_create(
            MemberDecision(task_state=task_state, member_id=member_id) for member_id in added
        )
    previous = task_state.content_fingerprint
    if previous == fingerprint and not added:
        return
    task_state.content_fingerprint = fingerprint
    task_state.save(update_fields=["content_fingerprint"])
    now = timezone.now()
    newly_stale = [
        d
        for member_id, d in decisions.items()
        if member_id in members
        and d.decision == MemberDecision.Decision.APPROVED
        and d.content_fingerprint == previous
        and previous != fingerprint
    ]
    if newly_stale:
        MemberDecision.objects.filter(pk__in=[d.pk for d in newly_stale]).update(stale_since=now)
        page = task_state.workflow_state.content_object.specific
        log_decision(page, "stadsregio.approval_stale", revision.user, newly_stale, "", revision)
        transaction.on_commit(
            lambda: notify_members(
                "stale", page, [d.member_id for d in newly_stale], exclude=[revision.user_id]
            )
        )
    if added:
        page = task_state.workflow_state.content_object.specific
        transaction.on_commit(
            lambda: notify_members("submitted", page, added, exclude=[revision.user_id])
        )
    if task_state.pending_decisions().exists():
        return
    # Every remaining member had approved exactly this content already (a member left, or the
    # text went back to what they approved): the member step is done.
    task_state.revision = revision
    task_state.save(update_fields=["revision"])
    task_state.approve(user=None)


def _back_to_members(workflow_state, current, revision):
    """A later step saw content the members did not approve: the members review it again."""
    current.status = TaskState.STATUS_CANCELLED
    current.finished_at = timezone.now()
    current.finished_by_id = revision.user_id
    current.save(update_fields=["status", "finished_at", "finished_by"])
    member_task = member_task_of(workflow_state)
    if member_task is None:
        return
    new_state = member_task.start(workflow_state, user=revision.user)
    workflow_state.current_task_state = new_state
    workflow_state.save(update_fields=["current_task_state"])
    page = workflow_state.content_object.specific
    stale = list(
        new_state.decisions.filter(decision=MemberDecision.Decision.APPROVED).exclude(
            content_fingerprint=new_state.content_fingerprint
        )
    )
    log(
        instance=page,
        action="stadsregio.back_to_members",
        user=revision.user,
        revision=revision,
        data={"members": [d.member.name for d in stale]},
    )
    if new_state.status != TaskState.STATUS_IN_PROGRESS:
        workflow_state.update(user=revision.user)
