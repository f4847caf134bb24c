"""The public trail of a reviewed page: who approved it, when it was published and changed.

Shows organisations, never people, and only what was written for the public: the change note
has its own field, separate from the comments editors leave for each other in a review.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Revision, TaskState, WorkflowState

from .workflows import MemberApprovalTaskState, MemberDecision


class PublicChangeNoteMixin(models.Model):
    """A page whose published versions form a public change history."""

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

    def get_transparency(self):
        return transparency_for(self)


class PublicChange(models.Model):
    """One published version of a page, with the note its editor wrote for the public."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="public_changes"
    )
    revision = models.ForeignKey(
        Revision, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(_("gepubliceerd op"))
    note = models.CharField(_("notitie"), max_length=300, blank=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("gepubliceerde wijziging")
        verbose_name_plural = _("gepubliceerde wijzigingen")

    def __str__(self):
        return f"{self.page_id} @ {self.published_at:%Y-%m-%d}"


def record_public_change(sender, instance, revision=None, **kwargs):
    """page_published: add the version to the history, once per publication."""
    if not isinstance(instance, PublicChangeNoteMixin):
        return
    note = instance.public_change_note.strip()
    last_note = (
        PublicChange.objects.filter(page_id=instance.pk)
        .exclude(note="")
        .values_list("note", flat=True)
        .first()
    )
    if note == last_note:
        # The field keeps its value from the previous version; it does not describe this one.
        note = ""
    PublicChange.objects.create(
        page_id=instance.pk,
        revision=revision,
        published_at=instance.last_published_at or timezone.now(),
        note=note,
    )


def transparency_for(page):
    """Everything the public trail shows, in a fixed, small number of queries."""
    reviews = WorkflowState.objects.filter(
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        status=WorkflowState.STATUS_APPROVED,
    ).order_by("-created_at", "-pk")
    review = reviews.first()
    approvals, member_step_skipped, review_is_current = [], False, False
    if review is not None:
        member_task_state = (
            MemberApprovalTaskState.objects.filter(
                workflow_state=review,
                status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED],
            )
            .order_by("-started_at", "-pk")
            .first()
        )
        if member_task_state is not None:
            member_step_skipped = member_task_state.status == TaskState.STATUS_SKIPPED
            approvals = list(
                MemberDecision.objects.filter(
                    task_state=member_task_state, decision=MemberDecision.Decision.APPROVED
                )
                .select_related("member")
                .order_by("member__name")
            )
        last_task_state = review.task_states.order_by("-finished_at", "-pk").first()
        review_is_current = (
            last_task_state is not None and last_task_state.revision_id == page.live_revision_id
        )
    return {
        "reviewed": review is not None,
        "approvals": approvals,
        "member_step_skipped": member_step_skipped,
        "review_is_current": review_is_current,
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "changes": list(PublicChange.objects.filter(page_id=page.pk)[:50]),
    }
