"""The co-ownership review's tasks: every member a page concerns approves exactly the text that
goes live.

Wagtail's tasks end at the first approve or reject. `MemberApprovalTask` keeps one decision per
member on its task state and approves the task state once every concerned member has approved the
current content; `PublicationTask` is the Stadsregio's step after it. docs/co-ownership.md states
the rules; beside this module live the rest of them:

- `fingerprints.py`: an approval is for *content*, not for a revision id; each decision stores
  the fingerprint of the content it approved. Authorship for four-eyes is who wrote content since
  the last published version (`content_authors`), not who pressed save or submit.
- `stale.py`: a change during the review makes the changed content's approvals stale.
- `publication.py`: a page that concerns members is never published without a current approval
  of each of them (`missing_approvals`, here), except by an urgent publication with a reason,
  which the public trail shows.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import GroupApprovalTask, Revision, Task, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.signals import task_submitted

from cms_stadsregio.caching.requests import add_message, request_memo
from cms_stadsregio.editorial.fingerprints import (
    content_authors,
    members_in_content,
    members_of_revision,
    revision_fingerprint,
)
from cms_stadsregio.editorial.roles import user_member_ids

# Task state and decisions ----------------------------------------------------------------


class MemberApprovalTaskState(TaskState):
    content_fingerprint = models.CharField(
        _("vingerafdruk van de huidige inhoud"), max_length=64, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("taakstatus akkoord gemeenten")
        verbose_name_plural = _("taakstatussen akkoord gemeenten")

    def pending_decisions(self):
        """Decisions still needed: not yet taken, changes asked, or an approval gone stale."""
        return (
            self.decisions.exclude(
                decision=MemberDecision.Decision.APPROVED,
                content_fingerprint=self.content_fingerprint,
            )
            .select_related("member")
            .order_by("member__name")
        )

    def decisions_with_state(self):
        """Every decision with `state`: approved (current), stale, pending or rejected."""
        decisions = list(self.decisions.select_related("member").order_by("member__name"))
        for decision in decisions:
            decision.state = decision.state_for(self.content_fingerprint)
        return decisions


class MemberDecision(models.Model):
    """One member's answer in one review: who decided, on which content, when, and why."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Wacht op akkoord")
        APPROVED = "approved", _("Goedgekeurd")
        REJECTED = "rejected", _("Wijzigingen gevraagd")

    # What an editor sees: a stale approval is an approval of earlier content.
    STATE_LABELS = {
        "approved": _("Goedgekeurd"),
        "stale": _("Opnieuw te bekijken"),
        "pending": _("Wacht op akkoord"),
        "rejected": _("Wijzigingen gevraagd"),
    }

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
    content_fingerprint = models.CharField(
        _("vingerafdruk van de goedgekeurde inhoud"), max_length=64, blank=True, editable=False
    )
    comment = models.TextField(_("opmerking"), blank=True)
    decided_at = models.DateTimeField(_("beslist op"), null=True, blank=True)
    stale_since = models.DateTimeField(_("verouderd sinds"), null=True, blank=True)
    # Approvals given again, in this round, after the content changed under them (a figure on
    # /transparantie/). An approval carried over into a new round starts again at 0.
    renewals = models.PositiveSmallIntegerField(_("opnieuw goedgekeurd"), default=0)

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

    def state_for(self, current_fingerprint):
        if self.decision == self.Decision.APPROVED:
            return "approved" if self.content_fingerprint == current_fingerprint else "stale"
        return self.decision

    @property
    def state_label(self):
        return self.STATE_LABELS[getattr(self, "state", self.decision)]


def log_decision(page, action, user, member_decisions, comment="", revision=None):
    log(
        instance=page,
        action=action,
        user=user,
        revision=revision,
        data={
            "members": [d.member.name for d in member_decisions],
            "comment": comment,
        },
    )


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
        fingerprint = revision_fingerprint(revision)
        task_state = MemberApprovalTaskState(
            workflow_state=workflow_state,
            revision=revision,
            task=self,
            status=TaskState.STATUS_IN_PROGRESS if members else TaskState.STATUS_SKIPPED,
            content_fingerprint=fingerprint,
        )
        if not members:
            task_state.finished_at = timezone.now()
        task_state.save()
        # Approvals given earlier in this review carry over: they stay current when the content
        # is still what was approved, and show as stale (to be looked at again) otherwise.
        earlier = {
            decision.member_id: decision
            for decision in MemberDecision.objects.filter(
                task_state__workflow_state=workflow_state,
                decision=MemberDecision.Decision.APPROVED,
            ).order_by("decided_at", "pk")
        }
        decisions = []
        for member in members:
            previous = earlier.get(member.pk)
            if previous is not None:
                decisions.append(
                    MemberDecision(
                        task_state=task_state,
                        member=member,
                        decision=previous.decision,
                        user_id=previous.user_id,
                        revision_id=previous.revision_id,
                        content_fingerprint=previous.content_fingerprint,
                        comment=previous.comment,
                        decided_at=previous.decided_at,
                        stale_since=(
                            None
                            if previous.content_fingerprint == fingerprint
                            else (previous.stale_since or timezone.now())
                        ),
                    )
                )
            else:
                decisions.append(MemberDecision(task_state=task_state, member=member))
        MemberDecision.objects.bulk_create(decisions)
        if members:
            if not task_state.pending_decisions().exists():
                # Every member already approved exactly this content earlier in this review.
                task_state.status = TaskState.STATUS_APPROVED
                task_state.finished_at = timezone.now()
                task_state.save(update_fields=["status", "finished_at"])
            else:
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
    def is_author(obj, user, task_state=None):
        """Whoever wrote content since the last published version never approves it."""
        return user.pk in request_memo(("authors", obj.pk), lambda: content_authors(obj))

    user_member_ids = staticmethod(user_member_ids)

    def decisions_for_user(self, task_state, user):
        """The open decisions this user may take: those of the members whose editor they are."""
        member_ids = user_member_ids(user)
        if not member_ids:
            return []
        return [d for d in task_state.pending_decisions() if d.member_id in member_ids]

    def user_can_act(self, obj, user):
        # Asked several times per screen (action menu, side panel), on different copies of the
        # page: decided once per request that only reads.
        return request_memo(("can_act", obj.pk, user.pk), lambda: self._user_can_act(obj, user))

    def _user_can_act(self, obj, user):
        task_state = self._task_state_for(obj)
        if task_state is None or not user.is_authenticated:
            return False
        if not self.decisions_for_user(task_state, user):
            return False
        return not self.is_author(obj, user, task_state)

    def get_actions(self, obj, user):
        if not self.user_can_act(obj, user):
            return []
        # One word per action in both steps: "Goedkeuren" and "Wijzigingen vragen".
        return [
            ("reject", _("Wijzigingen vragen"), True),
            ("approve", _("Goedkeuren"), False),
            ("approve", _("Goedkeuren met opmerking"), True),
        ]

    def user_can_access_editor(self, obj, user):
        return bool(user_member_ids(user))

    def locked_for_user(self, obj, user):
        # Members' editors and the Stadsregio may edit a page in review, which makes the
        # approvals of the content they change stale; authors and partners wait for the review.
        if user.is_superuser or user_member_ids(user):
            return False
        return not PagePermissionPolicy().user_has_permission_for_instance(user, "publish", obj)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        member_ids = user_member_ids(user)
        if not member_ids:
            return TaskState.objects.none()
        open_decisions = MemberDecision.objects.filter(
            task_state=models.OuterRef("pk"), member__in=member_ids
        ).exclude(
            decision=MemberDecision.Decision.APPROVED,
            content_fingerprint=models.OuterRef("memberapprovaltaskstate__content_fingerprint"),
        )
        return TaskState.objects.filter(
            models.Exists(open_decisions), task=self, status=TaskState.STATUS_IN_PROGRESS
        )

    # What an action does -----------------------------------------------------------------

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Lock the task state so that two members approving at once cannot both miss the other.
        task_state = MemberApprovalTaskState.objects.select_for_update().get(pk=task_state.pk)
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            return
        obj = task_state.workflow_state.content_object.specific
        decisions = self.decisions_for_user(task_state, user)
        if not decisions:
            return
        if self.is_author(obj, user, task_state):
            add_message(
                "warning",
                _(
                    "Je schreef zelf mee aan deze tekst. Een andere redacteur van je gemeente "
                    "moet hem goedkeuren."
                ),
            )
            return
        comment = kwargs.get("comment", "")
        latest = obj.get_latest_revision()
        fingerprint = revision_fingerprint(latest)
        if fingerprint != task_state.content_fingerprint:
            task_state.content_fingerprint = fingerprint
            task_state.save(update_fields=["content_fingerprint"])
        rejecting = action_name == "reject"
        decision = (
            MemberDecision.Decision.REJECTED if rejecting else MemberDecision.Decision.APPROVED
        )
        now = timezone.now()
        for member_decision in decisions:
            if not rejecting and member_decision.state_for(fingerprint) == "stale":
                member_decision.renewals += 1
            member_decision.decision = decision
            member_decision.user = user
            member_decision.revision = latest
            member_decision.content_fingerprint = fingerprint
            member_decision.comment = comment
            member_decision.decided_at = now
            member_decision.stale_since = None
            member_decision.save()
        names = ", ".join(d.member.name for d in decisions)
        log_decision(
            obj,
            "stadsregio.member_reject" if rejecting else "stadsregio.member_approve",
            user,
            decisions,
            comment,
            latest,
        )
        if rejecting:
            task_state.reject(user=user, comment=comment)
            add_message(
                "success",
                _("Je vroeg wijzigingen voor %(members)s. De auteur krijgt je opmerking per mail.")
                % {"members": names},
            )
            return
        remaining = list(task_state.pending_decisions())
        if not remaining:
            # Every member approved the current content; Wagtail judges a finished task by the
            # revision on its task state, so move it there.
            task_state.revision = latest
            task_state.save(update_fields=["revision"])
            task_state.approve(user=user, comment=comment)
            add_message(
                "success",
                _(
                    "Goedgekeurd voor %(members)s. Alle gemeenten gaven akkoord: de pagina "
                    "wacht nu op publicatie door de Stadsregio."
                )
                % {"members": names},
            )
        else:
            add_message(
                "success",
                _("Goedgekeurd voor %(members)s. Nog te beslissen: %(remaining)s.")
                % {"members": names, "remaining": ", ".join(d.member.name for d in remaining)},
            )
        # Returns nothing: the admin view treats a return value as a URL to redirect to.


class PublicationTask(GroupApprovalTask):
    """Publicatie Stadsregio: the Stadsregio approves, and the page is published.

    Offered only while every concerned member's approval is current; an edit that makes one
    stale sends the review back to the members (`content_changed_in_review`).
    """

    class Meta:
        verbose_name = _("publicatie door de Stadsregio")
        verbose_name_plural = _("publicaties door de Stadsregio")

    @classmethod
    def get_description(cls):
        return _("De Stadsregio keurt de pagina goed en publiceert ze.")

    def start(self, workflow_state, user=None):
        # Resumed after changes were asked at this step, the text may have changed since the
        # members approved it: then it goes back to them first.
        revision = workflow_state.content_object.get_latest_revision()
        if missing_approvals(revision):
            member_task = member_task_of(workflow_state)
            if member_task is not None:
                return member_task.start(workflow_state, user=user)
        return super().start(workflow_state, user=user)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions:
            return []
        if missing_approvals(obj.get_latest_revision()):
            return []
        # Wagtail adds "en publiceren" to the last step's approve only when approvals are not
        # re-required on edit; these labels say it whatever that setting is.
        return [
            ("reject", _("Wijzigingen vragen"), True),
            ("approve", _("Goedkeuren en publiceren"), False),
            ("approve", _("Goedkeuren en publiceren met opmerking"), True),
        ]

    def on_action(self, task_state, user, action_name, **kwargs):
        result = super().on_action(task_state, user, action_name, **kwargs)
        if action_name == "approve":
            add_message("success", _("Goedgekeurd en gepubliceerd."))
        elif action_name == "reject":
            add_message(
                "success", _("Je vroeg wijzigingen. De auteur krijgt je opmerking per mail.")
            )
        return result


# Content changed during a review ---------------------------------------------------------


def member_task_of(workflow_state):
    for task in (
        Task.objects.filter(workflow_tasks__workflow_id=workflow_state.workflow_id, active=True)
        .specific()
        .order_by("workflow_tasks__sort_order")
    ):
        if isinstance(task, MemberApprovalTask):
            return task
    return None


# The publication guard's question ---------------------------------------------------------


def missing_approvals(revision):
    """Members the revision concerns that have not approved exactly its content."""
    if revision is None:
        return []
    members = members_in_content(revision.content)
    if not members:
        return []
    cache = getattr(revision, "_stadsregio_missing", None)
    if cache is not None:
        return cache
    fingerprint = revision_fingerprint(revision)
    approved = set(
        MemberDecision.objects.filter(
            task_state__workflow_state__base_content_type_id=revision.base_content_type_id,
            task_state__workflow_state__object_id=revision.object_id,
            decision=MemberDecision.Decision.APPROVED,
            content_fingerprint=fingerprint,
            member_id__in=members,
        ).values_list("member_id", flat=True)
    )
    missing = [member_id for member_id in members if member_id not in approved]
    revision._stadsregio_missing = missing
    return missing
