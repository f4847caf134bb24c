"""The publication guard: content that concerns members goes live only with their approval of
exactly that content, or as an urgent publication with a reason. It is the co-ownership policy
that co-owned pages ask (cms_stadsregio/content/models/co_owned.py)."""

import contextlib
import contextvars

from django.utils.translation import gettext_lazy as _

from wagtail.actions.publish_page_revision import PublishPagePermissionError

from cms_stadsregio.content.models import CoOwnedPage, Member
from cms_stadsregio.content.models.co_owned import CoOwnershipPolicy
from cms_stadsregio.editorial.permissions import CoOwnedPagePermissionTester
from cms_stadsregio.editorial.transparency import transparency_for
from cms_stadsregio.editorial.workflows import missing_approvals

_urgent = contextvars.ContextVar("stadsregio_urgent_publication", default=None)


class MembersHaveNotApproved(PublishPagePermissionError):
    """Raised when content that concerns members would go live without their approval."""


@contextlib.contextmanager
def allow_publication_without_approvals(reason):
    """Publications in this block skip the approval check; the caller records why (an urgent
    publication) or is an import of content published elsewhere before (the demo)."""
    token = _urgent.set(reason)
    try:
        yield
    finally:
        _urgent.reset(token)


def _check_publication(revision):
    if _urgent.get():
        return
    missing = missing_approvals(revision)
    if missing:
        names = ", ".join(Member.objects.filter(pk__in=missing).values_list("name", flat=True))
        raise MembersHaveNotApproved(
            _("Niet gepubliceerd: %(members)s gaf geen akkoord voor deze versie.")
            % {"members": names}
        )


def revision_scheduled(sender, instance, update_fields=None, raw=False, **kwargs):
    """pre_save of a revision: scheduling it for publication is publishing it, later."""
    if raw or not instance.approved_go_live_at:
        return
    if update_fields is not None and "approved_go_live_at" not in update_fields:
        return
    model = instance.content_type.model_class()
    if model is not None and issubclass(model, CoOwnedPage):
        _check_publication(instance)


class ReviewPolicy(CoOwnershipPolicy):
    """The review's answers to a co-owned page (set when the app is ready)."""

    def permission_tester(self, user, page):
        return CoOwnedPagePermissionTester(user, page)

    def check_publication(self, revision):
        _check_publication(revision)

    def public_trail(self, page):
        return transparency_for(page)

    def publishing_without_approvals(self, reason):
        return allow_publication_without_approvals(reason)
