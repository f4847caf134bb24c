"""The public trail of a reviewed page: who approved it, when it was published and changed.

Shows organisations, never people, and only what was written for the public: the change note
has its own field, separate from the comments editors leave for each other in a review.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Revision

from cms_stadsregio.content.models import CoOwnedPage
from cms_stadsregio.editorial.fingerprints import revision_fingerprint
from cms_stadsregio.editorial.workflows import MemberDecision


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
    content_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("gepubliceerde wijziging")
        verbose_name_plural = _("gepubliceerde wijzigingen")

    def __str__(self):
        return f"{self.page_id} @ {self.published_at:%Y-%m-%d}"


def record_public_change(sender, instance, revision=None, **kwargs):
    """page_published: add the version to the history, once per publication."""
    if not isinstance(instance, CoOwnedPage):
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
        content_fingerprint=revision_fingerprint(revision),
    )


class UrgentPublication(models.Model):
    """A publication without every concerned member's approval: who, why, and whose was missing.

    Only the Stadsregio redactie makes one, with a reason; the public trail shows it, and the
    editors of the members concerned are mailed.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="urgent_publications"
    )
    revision = models.ForeignKey(Revision, null=True, on_delete=models.SET_NULL, related_name="+")
    content_fingerprint = models.CharField(max_length=64, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reden"))
    missing_members = models.ManyToManyField(
        "cms_stadsregio.Member", related_name="+", verbose_name=_("zonder akkoord van")
    )
    published_at = models.DateTimeField(_("gepubliceerd op"), default=timezone.now)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("spoedpublicatie")
        verbose_name_plural = _("spoedpublicaties")

    def __str__(self):
        return f"{self.page_id} @ {self.published_at:%Y-%m-%d %H:%M}"


def transparency_for(page):
    """Everything the public trail shows, in a fixed, small number of queries.

    Approvals are shown only for exactly the content that is live: a decision counts when its
    content fingerprint is the live version's. A member without one is named as such, with the
    reason of the urgent publication that put this version online.
    """
    changes = list(PublicChange.objects.filter(page_id=page.pk)[:50])
    live_fingerprint = changes[0].content_fingerprint if changes else ""
    if changes and not live_fingerprint and page.live_revision_id:
        # A version published before fingerprints were recorded.
        live_fingerprint = revision_fingerprint(page.live_revision)
    approvals, urgent = [], None
    reviewed = False
    if live_fingerprint:
        by_member = {}
        for decision in (
            MemberDecision.objects.filter(
                task_state__workflow_state__base_content_type_id=(page.get_base_content_type().pk),
                task_state__workflow_state__object_id=str(page.pk),
                decision=MemberDecision.Decision.APPROVED,
                content_fingerprint=live_fingerprint,
            )
            .select_related("member")
            .order_by("decided_at")
        ):
            by_member.setdefault(decision.member_id, decision)
        approvals = sorted(by_member.values(), key=lambda d: d.member.name)
        urgent = (
            UrgentPublication.objects.filter(page_id=page.pk, content_fingerprint=live_fingerprint)
            .prefetch_related("missing_members")
            .first()
        )
        reviewed = bool(approvals) or urgent is not None
    return {
        "reviewed": reviewed,
        "approvals": approvals,
        "urgent": urgent,
        "urgent_missing": list(urgent.missing_members.all()) if urgent else [],
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "changes": changes,
    }
