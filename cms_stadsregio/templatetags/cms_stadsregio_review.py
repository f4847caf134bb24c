"""Template tags for the admin screens of the co-ownership review."""

from django import template
from django.contrib.contenttypes.models import ContentType

from cms_stadsregio.workflows import MemberApprovalTaskState

register = template.Library()


@register.simple_tag(takes_context=True)
def member_decisions(context, task_state=None, workflow_state=None):
    """The members' decisions of a member-step task state, or of a review's latest member step.

    Read once per request: the editor shows them in its status panel and in the dialog behind
    "Bekijk details".
    """
    request = context.get("request")
    memo = getattr(request, "_stadsregio_member_decisions", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._stadsregio_member_decisions = memo
    if task_state is not None:
        key = ("task", task_state.pk)
    else:
        key = ("review", workflow_state.pk if workflow_state is not None else None)
    if key not in memo:
        memo[key] = _member_decisions(task_state, workflow_state)
    return memo[key]


def _member_decisions(task_state, workflow_state):
    if task_state is None and workflow_state is not None:
        task_state = (
            MemberApprovalTaskState.objects.filter(workflow_state=workflow_state)
            .order_by("-started_at", "-pk")
            .first()
        )
    if task_state is None:
        return []
    if not isinstance(task_state, MemberApprovalTaskState):
        # Only a member step has decisions; its content type says so without a query.
        member_step = ContentType.objects.get_for_model(MemberApprovalTaskState)
        if task_state.content_type_id != member_step.pk:
            return []
        task_state = task_state.specific
    return task_state.decisions_with_state()
