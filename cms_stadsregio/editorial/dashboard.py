"""Dashboard panels: where each review stands.

Each panel is only added when it has something to say to this user, who can act on it (see
wagtail_hooks.py): an empty dashboard means nothing is late.
"""

from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, WorkflowState

from cms_stadsregio.content.models import CoOwnedPage
from cms_stadsregio.editorial.roles import is_stadsregio_editor, user_member_ids
from cms_stadsregio.editorial.workflows import MemberApprovalTaskState, MemberDecision


def decisions_by_task_state(task_state_ids):
    """Every member decision of these task states, with its state, in one query."""
    by_state = {}
    decisions = (
        MemberDecision.objects.filter(task_state_id__in=task_state_ids)
        .select_related("member", "task_state")
        .order_by("member__name")
    )
    for decision in decisions:
        decision.state = decision.state_for(decision.task_state.content_fingerprint)
        by_state.setdefault(decision.task_state_id, []).append(decision)
    return by_state


class ReviewQueuePanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" with the members' state of each page, stale ones first.

    An approval that went stale because the text changed is listed again, on top, as
    "opnieuw te bekijken"; the row menu offers the same actions as the page editor.
    """

    template_name = "stadsregio_editorial/dashboard/review_queue.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        member_ids = user_member_ids(user)
        decisions = decisions_by_task_state([row["task_state"].pk for row in context["states"]])
        for row in context["states"]:
            row["decisions"] = decisions.get(row["task_state"].pk, [])
            row["stale_for_user"] = any(
                d.state == "stale" and d.member_id in member_ids for d in row["decisions"]
            )
        context["states"].sort(key=lambda row: not row["stale_for_user"])
        return context


class ReviewOverviewPanel(Component):
    """For the Stadsregio: every page in review, and per member where its approval stands."""

    name = "review_overview"
    template_name = "stadsregio_editorial/dashboard/review_overview.html"
    order = 210

    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def for_user(cls, user):
        if not is_stadsregio_editor(user):
            return None
        states = list(
            WorkflowState.objects.active()
            .filter(base_content_type__model="page")
            .select_related("current_task_state__task", "requested_by")
            .order_by("-created_at")
        )
        if not states:
            return None
        pages = Page.objects.filter(pk__in=[int(s.object_id) for s in states]).specific()
        pages = {str(page.pk): page for page in pages}
        member_states = {}
        for task_state in MemberApprovalTaskState.objects.filter(
            workflow_state__in=states
        ).order_by("started_at", "pk"):
            member_states[task_state.workflow_state_id] = task_state
        decisions = decisions_by_task_state([ts.pk for ts in member_states.values()])
        rows = []
        for state in states:
            page = pages.get(state.object_id)
            if page is None or not isinstance(page, CoOwnedPage):
                continue
            member_state = member_states.get(state.pk)
            rows.append(
                {
                    "page": page,
                    "workflow_state": state,
                    "step": state.current_task_state.task.name if state.current_task_state else "",
                    "decisions": decisions.get(member_state.pk, []) if member_state else [],
                }
            )
        return cls(rows) if rows else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = self.rows
        return context
