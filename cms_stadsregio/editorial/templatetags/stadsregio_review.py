"""Template tags for the admin screens of the co-ownership review."""

from django import template
from django.contrib.contenttypes.models import ContentType

from cms_stadsregio.caching.requests import per_request
from cms_stadsregio.editorial.workflows import MemberApprovalTaskState

register = template.Library()


@register.simple_tag(takes_context=True)
def member_decisions(context, task_state=None, workflow_state=None):
    """The members' decisions of a member-step task state, or of a review's latest member step.

    Read once per request: the editor shows them in its status panel and in the dialog behind
    "Bekijk details", one asking by task state, the other by review.
    """
    request = context.get("request")
    memo = per_request(request, "member decisions", dict)
    if task_state is None and workflow_state is not None:
        step = ("member step", workflow_state.pk)
        if step not in memo:
            memo[step] = (
                MemberApprovalTaskState.objects.filter(workflow_state=workflow_state)
                .order_by("-started_at", "-pk")
                .first()
            )
        task_state = memo[step]
    if task_state is None:
        return []
    key = ("task", task_state.pk)
    if key not in memo:
        specific = _member_step(task_state)
        memo[key] = specific.decisions_with_state() if specific is not None else []
        if specific is not None:
            # The review's latest member step: the task states the editor lists are the latest
            # of each task.
            memo.setdefault(("member step", specific.workflow_state_id), specific)
    return memo[key]


def _member_step(task_state):
    """The task state as a member step, or None when it is another step."""
    if isinstance(task_state, MemberApprovalTaskState):
        return task_state
    # Only a member step has decisions; its content type says so without a query.
    member_step = ContentType.objects.get_for_model(MemberApprovalTaskState)
    if task_state.content_type_id != member_step.pk:
        return None
    return task_state.specific
