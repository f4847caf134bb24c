"""The mail on submission: to the editors of each member whose approval is awaited."""

from wagtail.admin.mail import EmailNotificationMixin, Notifier

from cms_stadsregio.editorial.notifications import member_editors
from cms_stadsregio.editorial.workflows import MemberApprovalTaskState


class MemberApprovalSubmissionNotifier(EmailNotificationMixin, Notifier):
    """Mails the editors of each member whose approval is awaited (and nobody else)."""

    notification = "submitted"

    def __init__(self):
        super().__init__((MemberApprovalTaskState,))

    def get_template_base_prefix(self, instance, **kwargs):
        # Wagtail's own task-submitted templates fit; only the recipients differ.
        return "task_state_"

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task"] = task_state.task.specific
        context["object"] = task_state.workflow_state.content_object
        context["model_name"] = context["object"]._meta.verbose_name
        context["page"] = context["object"].specific
        return context

    def get_recipient_users(self, task_state, **kwargs):
        member_ids = [d.member_id for d in task_state.pending_decisions()]
        excluded = {kwargs.get("user") and kwargs["user"].pk}
        return set(member_editors(member_ids, excluded))


member_approval_submission_notifier = MemberApprovalSubmissionNotifier()
