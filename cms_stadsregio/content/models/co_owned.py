"""Pages that concern members, and the contract they have with the review that guards them.

A co-owned page names the members it concerns; its publication needs their approval. The rules
live in the review (cms_stadsregio/editorial), which sets its `CoOwnershipPolicy` when it is
ready. Content does not import the review: it asks the policy. Without the review, a co-owned page
follows Wagtail's own rules and has no public trail.
"""

import contextlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PagePermissionTester, Revision, WorkflowState

from cms_stadsregio.caching.requests import request_memo


class CoOwnershipPolicy:
    """What a co-owned page asks of the review; this default asks nothing."""

    def permission_tester(self, user, page):
        return PagePermissionTester(user, page)

    def check_publication(self, revision):
        """Raise (a PublishPagePermissionError) if the revision may not go live."""

    def public_trail(self, page):
        """What the page shows of its approvals and changes; None for nothing."""
        return

    def publishing_without_approvals(self, reason):
        """A block in which publications need no approval (content published elsewhere before:
        the demo, a test's set-up); `reason` says why."""
        return contextlib.nullcontext()


_policy = CoOwnershipPolicy()


def set_co_ownership_policy(policy):
    global _policy
    _policy = policy


def co_ownership_policy():
    return _policy


class CoOwnedPage(models.Model):
    """A page that concerns members: published only as the co-ownership policy allows, with a
    public change history.

    Every route to publication ends in saving the page with a new live revision, or in marking a
    revision for scheduled publication (the review checks that one on the revision itself); the
    first is checked here. The admin hides what would fail (`permissions_for_user`).
    """

    public_change_note = models.CharField(
        _("wijzigingsnotitie voor het publiek"),
        max_length=300,
        blank=True,
        help_text=_(
            "Verschijnt bij deze versie in de publieke wijzigingsgeschiedenis, bijvoorbeeld "
            "'Einddatum aangepast'. Schrijf geen interne opmerkingen: dit is openbaar."
        ),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.live and self.live_revision_id and kwargs.get("update_fields") is None:
            stored = (
                Page.objects.filter(pk=self.pk).values_list("live_revision_id", flat=True).first()
            )
            if stored != self.live_revision_id:
                _policy.check_publication(Revision.objects.get(pk=self.live_revision_id))
        return super().save(*args, **kwargs)

    def permissions_for_user(self, user):
        return _policy.permission_tester(user, self)

    def get_transparency(self):
        return _policy.public_trail(self)

    @property
    def current_workflow_state(self):
        """The review in progress. The editor asks for it a few dozen times, on several copies of
        the page (the page, its latest revision, the lock, the side panels, the action menu):
        during a GET request every copy shares one reading, with what the screens show of it."""
        if hasattr(self, "_current_workflow_states") or self.pk is None:
            return super().current_workflow_state
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return None

        def read():
            return (
                self.workflow_states.active()
                .select_related("current_task_state__task", "workflow", "requested_by")
                .first()
            )

        return request_memo(("workflow state", self.pk), read)

    @property
    def workflow_in_progress(self):
        if hasattr(self, "_current_workflow_states") or self.pk is None:
            return super().workflow_in_progress
        state = self.current_workflow_state
        return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS

    @property
    def has_workflow(self):
        """Whether a workflow applies here; the editor asks it several times while it is drawn,
        so it is read once per GET request (request_memo)."""
        return request_memo(("has_workflow", self.pk), lambda: Page.has_workflow.fget(self))
