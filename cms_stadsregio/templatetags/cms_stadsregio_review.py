"""Template tags for the admin screens of the co-ownership review."""

from django import template

from cms_stadsregio.workflows import MemberApprovalTaskState

register = template.Library()


@register.simple_tag
def member_decisions(task_state=None, workflow_state=None):
    """The members' decisions of a member-step task state, or of a review's latest member step."""
    if task_state is None and workflow_state is not None:
        task_state = (
            MemberApprovalTaskState.objects.filter(workflow_state=workflow_state)
            .order_by("-started_at", "-pk")
            .first()
        )
    if task_state is None:
        return []
    task_state = (
        task_state.specific if not isinstance(task_state, MemberApprovalTaskState) else task_state
    )
    if not isinstance(task_state, MemberApprovalTaskState):
        return []
    return task_state.decisions_with_state()
