"""The review's signal handlers, connected when the app is ready (apps.py)."""

from django.db.models.signals import post_save, pre_save

from wagtail.models import Revision
from wagtail.signals import page_published, task_submitted

from cms_stadsregio.content.models import Member
from cms_stadsregio.content.models.co_owned import set_co_ownership_policy
from cms_stadsregio.editorial.mail import member_approval_submission_notifier
from cms_stadsregio.editorial.publication import ReviewPolicy, revision_scheduled
from cms_stadsregio.editorial.roles import ensure_member_group
from cms_stadsregio.editorial.stale import revision_saved
from cms_stadsregio.editorial.transparency import record_public_change
from cms_stadsregio.editorial.workflows import MemberApprovalTaskState


def member_saved(sender, instance, raw=False, **kwargs):
    """A new member gets its editors' group at once: members are data."""
    if not raw:
        ensure_member_group(instance)


def register_signal_handlers():
    post_save.connect(member_saved, sender=Member, dispatch_uid="stadsregio_member_group")
    page_published.connect(record_public_change, dispatch_uid="stadsregio_public_change")
    pre_save.connect(
        revision_scheduled, sender=Revision, dispatch_uid="stadsregio_review_revision_scheduled"
    )
    post_save.connect(
        revision_saved, sender=Revision, dispatch_uid="stadsregio_review_revision_saved"
    )
    task_submitted.connect(
        member_approval_submission_notifier,
        sender=MemberApprovalTaskState,
        dispatch_uid="stadsregio_member_approval_submitted_email",
    )
    set_co_ownership_policy(ReviewPolicy())
