"""Dashboard panels for legal deadlines: decision lists and the accessibility statement.

Each panel is only added when it has something to say to this user, who can act on it: an empty
dashboard means nothing is late.
"""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from cms_stadsregio.governance.models import AccessibilityStatementPage, MeetingPage


class OverdueDecisionListsPanel(Component):
    """Meetings whose decision list is not online 20 days after the meeting."""

    name = "overdue_decision_lists"
    template_name = "stadsregio_governance/dashboard/overdue_decision_lists.html"
    order = 90

    def __init__(self, meetings):
        self.meetings = meetings

    @classmethod
    def for_user(cls, user):
        meetings = [
            meeting
            for meeting in MeetingPage.objects.decision_list_overdue()
            .select_related("governing_body")
            .order_by("held_moment")
            if meeting.permissions_for_user(user).can_edit()
        ]
        return cls(meetings) if meetings else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["meetings"] = self.meetings
        return context


class AccessibilityReviewPanel(Component):
    """The accessibility statement is due for review within 30 days, or overdue."""

    name = "accessibility_review"
    template_name = "stadsregio_governance/dashboard/accessibility_review.html"
    order = 91

    def __init__(self, statements):
        self.statements = statements

    @classmethod
    def for_user(cls, user):
        statements = [
            statement
            for statement in AccessibilityStatementPage.due_for_review()
            if statement.permissions_for_user(user).can_edit()
        ]
        return cls(statements) if statements else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["statements"] = self.statements
        context["today"] = timezone.localdate()
        return context
