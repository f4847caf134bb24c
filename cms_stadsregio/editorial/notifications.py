"""Mail to the editors of members about a page: submitted, stale or urgent."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail.admin.mail import send_mail

from cms_stadsregio.content.models import Member

logger = logging.getLogger(__name__)


def member_editors(member_ids, exclude=()):
    return (
        get_user_model()
        .objects.filter(groups__member__in=member_ids, is_active=True)
        .exclude(email="")
        .exclude(pk__in=[pk for pk in exclude if pk])
        .distinct()
    )


def notify_members(kind, page, member_ids, exclude=(), extra=None):
    """Mail the editors of these members about this page: 'submitted', 'stale' or 'urgent'."""
    recipients = list(member_editors(member_ids, exclude))
    if not recipients:
        return
    context = {
        "page": page,
        "members": list(Member.objects.filter(pk__in=member_ids).order_by("name")),
        "edit_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "live_url": page.full_url if page.live else "",
        **(extra or {}),
    }
    subject = render_to_string(f"stadsregio_editorial/mail/{kind}_subject.txt", context).strip()
    body = render_to_string(f"stadsregio_editorial/mail/{kind}.txt", context)
    for user in recipients:
        try:
            send_mail(subject, body, [user.email])
        except Exception:  # a mail server that fails must not undo the editor's work
            logger.exception("Could not mail %s about page %s", user.pk, page.pk)
