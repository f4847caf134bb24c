"""The co-ownership review task: every member a page concerns approves it, one approval per member.

Wagtail's tasks end at the first approve or reject. This task keeps one decision per member on
its task state and approves the task state only when the last concerned member has approved the
latest revision. Read shared/design/co-ownership-task.md for the reasoning.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.models import Revision, Task, TaskState
from wagtail.signals import task_submitted


def members_of_revision(revision):
    """The members a revision concerns, read from the revision (what the reviewers will see)."""
    obj = revision.as_object()
    members = getattr(obj, "members", None)
    if members is None:
        return []
    return list(members.all())


class MemberApprovalTaskState(TaskState):
    class Meta:
        verbose_name = _("taakstatus akkoord gemeenten")
        verbose_name_plural = _("taakstatussen akkoord gemeenten")

    def pending_decisions(self):
        """Decisions still needed for the latest revision; approvals of older ones are stale."""
        latest = self.workflow_state.content_object.get_latest_revision()
        # Autosave overwrites a revision in place and moves its created_at: an approval given
        # before that moment approved other content, even though the revision id is the same.
        return self.decisions.exclude(
            decision=MemberDecision.Decision.APPROVED,
            revision=latest,
            decided_at__gte=latest.created_at,
        ).select_related("member")


class MemberDecision(models.Model):
    """One member's answer in one review: who decided, on which revision, when, and why."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Wacht op akkoord")
        APPROVED = "approved", _("Goedgekeurd")
        REJECTED = "rejected", _("Wijzigingen gevraagd")

    task_state = models.ForeignKey(
        MemberApprovalTaskState, on_delete=models.CASCADE, related_name="decisions"
    )
    member = models.ForeignKey(
        "cms_stadsregio.Member", on_delete=models.PROTECT, related_name="review_decisions"
    )
    decision = models.CharField(
        _("beslissing"), max_length=20, choices=Decision.choices, default=Decision.PENDING
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision = models.ForeignKey(
        Revision, verbose_name=_("versie"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(_("opmerking"), blank=True)
    decided_at = models.DateTimeField(_("beslist op"), null=True, blank=True)

    class Meta:
        verbose_name = _("beslissing van een gemeente")
        verbose_name_plural = _("beslissingen van gemeenten")
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "member"], name="one_decision_per_member_per_review"
            )
        ]

    def __str__(self):
        return f"{self.member}: {self.get_decision_display()}"


class MemberApprovalTask(Task):
    """Akkoord betrokken gemeenten: the editors of every concerned member approve the page."""

    task_state_class = MemberApprovalTaskState

    class Meta:
        verbose_name = _("akkoord betrokken gemeenten")
        verbose_name_plural = _("akkoord betrokken gemeenten")

    @classmethod
    def get_description(cls):
        return _(
            "De redactie van elke gemeente die de pagina aanbelangt, keurt ze goed. "
            "Een pagina die geen gemeente aanbelangt, slaat deze stap over."
        )

    def start(self, workflow_state, user=None):
        # Task.start() signals task_submitted before it returns; the decisions must exist by then
        # so that the notifier knows whom to mail. Hence the few lines of Task.start() again.
        revision = workflow_state.content_object.get_latest_revision()
        members = members_of_revision(revision)
        task_state = MemberApprovalTaskState(
            workflow_state=workflow_state,
            revision=revision,
            task=self,
            status=TaskState.STATUS_IN_PROGRESS if members else TaskState.STATUS_SKIPPED,
        )
        if not members:
            task_state.finished_at = timezone.now()
        task_state.save()
        MemberDecision.objects.bulk_create(
            MemberDecision(task_state=task_state, member=member) for member in members
        )
        if members:
            task_submitted.send(sender=MemberApprovalTaskState, instance=task_state, user=user)
        return task_state

    # Who may act -------------------------------------------------------------------------

    @staticmethod
    def _task_state_for(obj):
        workflow_state = obj.current_workflow_state
        task_state = workflow_state and workflow_state.current_task_state
        if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
            return
        return task_state.specific

    @staticmethod
    def is_author(obj, user, task_state):
        """The submitter and whoever wrote the latest revision never approve their own work."""
        if task_state.workflow_state.requested_by_id == user.pk:
            return True
        latest = obj.get_latest_revision()
        return latest is not None and latest.user_id == user.pk

    @staticmethod
    def user_member_ids(user):
        cache_attr = "_stadsregio_member_ids"
        if not hasattr(user, cache_attr):
            setattr(
                user,
                cache_attr,
                set(
                    Group.objects.filter(user=user, member__isnull=False).values_list(
                        "member__pk", flat=True
                    )
                ),
            )
        return getattr(user, cache_attr)

    def decisions_for_user(self, task_state, user):
        """The pending decisions this user may take: those of the members whose editor they are."""
        member_ids = self.user_member_ids(user)
        if not member_ids:
            return []
        return [d for d in task_state.pending_decisions() if d.member_id in member_ids]

    def user_can_act(self, obj, user):
        task_state = self._task_state_for(obj)
        if task_state is None or not user.is_authenticated:
            return False
        if self.is_author(obj, user, task_state):
            return False
        return bool(self.decisions_for_user(task_state, user))

    def get_actions(self, obj, user):
        if not self.user_can_act(obj, user):
            return []
        return [
            ("reject", _("Wijzigingen vragen"), True),
            ("approve", _("Goedkeuren"), False),
            ("approve", _("Goedkeuren met opmerking"), True),
        ]

    def user_can_access_editor(self, obj, user):
        return bool(self.user_member_ids(user))

    def locked_for_user(self, obj, user):
        # Members' editors and the Stadsregio (who may publish) may edit a page in review, which
        # asks for the approvals again; authors and partners wait for the review to end.
        if user.is_superuser or self.user_member_ids(user):
            return False
        return not obj.permissions_for_user(user).can_publish()

    def get_task_states_user_can_moderate(self, user, **kwargs):
        member_ids = self.user_member_ids(user)
        if not member_ids:
            return TaskState.objects.none()
        return TaskState.objects.filter(
            task=self,
            status=TaskState.STATUS_IN_PROGRESS,
            memberapprovaltaskstate__decisions__member__in=member_ids,
            memberapprovaltaskstate__decisions__decision=MemberDecision.Decision.PENDING,
        ).distinct()

    # What an action does -----------------------------------------------------------------

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Lock the task state so that two members approving at once cannot both miss the other.
        task_state = MemberApprovalTaskState.objects.select_for_update().get(pk=task_state.pk)
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            return
        obj = task_state.workflow_state.content_object
        if self.is_author(obj, user, task_state):
            return
        decisions = self.decisions_for_user(task_state, user)
        if not decisions:
            return
        comment = kwargs.get("comment", "")
        latest = obj.get_latest_revision()
        decision = (
            MemberDecision.Decision.REJECTED
            if action_name == "reject"
            else MemberDecision.Decision.APPROVED
        )
        now = timezone.now()
        for member_decision in decisions:
            member_decision.decision = decision
            member_decision.user = user
            member_decision.revision = latest
            member_decision.comment = comment
            member_decision.decided_at = now
            member_decision.save()
        if action_name == "reject":
            task_state.reject(user=user, comment=comment)
        elif not task_state.pending_decisions().exists():
            # Every member approved the latest revision; Wagtail judges a finished task by the
            # revision on its task state, so move it there or the review would start again.
            task_state.revision = latest
            task_state.save(update_fields=["revision"])
            task_state.approve(user=user, comment=comment)
        # Returns nothing: the admin view treats a return value as a URL to redirect to.


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
        member_ids = task_state.decisions.filter(
            decision=MemberDecision.Decision.PENDING
        ).values_list("member_id", flat=True)
        recipients = get_user_model().objects.filter(groups__member__in=member_ids).distinct()
        excluded = {kwargs.get("user") and kwargs["user"].pk, task_state.revision.user_id}
        excluded.add(task_state.workflow_state.requested_by_id)
        return {user for user in recipients if user.pk not in excluded}


member_approval_submission_notifier = MemberApprovalSubmissionNotifier()


def register_signal_handlers():
    task_submitted.connect(
        member_approval_submission_notifier,
        sender=MemberApprovalTaskState,
        dispatch_uid="stadsregio_member_approval_submitted_email",
    )
