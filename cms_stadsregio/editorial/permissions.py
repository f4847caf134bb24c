"""What a user may do with a page that concerns members: Wagtail's rules, plus co-ownership.

- A member's editors edit and lock only the pages that concern their member (or that they made
  themselves); the Stadsregio and partners keep Wagtail's own rules.
- Nobody publishes content that a concerned member has not approved: "Publiceren" is not offered
  then (in the editor, the page listing, bulk actions and the revisions view), and the model
  refuses it on every other route (`CoOwnedPage` asks `publication.ReviewPolicy`).
"""

from django.db.models import BigIntegerField
from django.db.models.functions import Cast

from wagtail.models import PagePermissionTester, WorkflowState

from cms_stadsregio.content.models import NewsPage, ProjectPage
from cms_stadsregio.editorial.roles import is_stadsregio_editor, user_member_ids
from cms_stadsregio.editorial.workflows import MemberDecision, missing_approvals


def pages_concerning_members_of(user):
    """Ids of the pages that concern one of the user's members (memoised on the user object).

    A page concerns a member when it names the member now, or when its review in progress asks
    that member: a draft that adds a member before it is published.
    """
    cache_attr = "_stadsregio_member_page_ids"
    if not hasattr(user, cache_attr):
        member_ids = user_member_ids(user)
        queries = [
            field.remote_field.through.objects.filter(member__in=member_ids).values_list(
                f"{field.m2m_field_name()}_id", flat=True
            )
            for field in (model._meta.get_field("members") for model in (ProjectPage, NewsPage))
        ]
        in_review = MemberDecision.objects.filter(
            member__in=member_ids,
            task_state__workflow_state__status__in=(
                WorkflowState.STATUS_IN_PROGRESS,
                WorkflowState.STATUS_NEEDS_CHANGES,
            ),
        ).values_list(
            # A workflow state names its page as text.
            Cast("task_state__workflow_state__object_id", BigIntegerField()),
            flat=True,
        )
        # One query for the three.
        page_ids = set(queries[0].union(queries[1], in_review, all=True)) if member_ids else set()
        setattr(user, cache_attr, page_ids)
    return getattr(user, cache_attr)


class CoOwnedPagePermissionTester(PagePermissionTester):
    def _within_members_scope(self):
        user = self.user
        if user.is_superuser or is_stadsregio_editor(user) or not user_member_ids(user):
            return True
        if self.page.owner_id == user.pk:
            return True
        return self.page.pk in pages_concerning_members_of(user)

    def can_edit(self):
        user = self.user
        if (
            user.is_active
            and not user.is_superuser
            and "change" not in self.permissions
            and self.page.owner_id != user.pk
            and not user_member_ids(user)
            and not is_stadsregio_editor(user)
        ):
            # Wagtail would still ask the page's current review step (a query per row of the
            # page listing); its steps open the editor only to members' editors and the
            # Stadsregio.
            return False
        return super().can_edit() and self._within_members_scope()

    def can_delete(self, ignore_bulk=False):
        page = self.page
        if page.numchild or self.user.is_superuser or not self.user.is_active:
            return super().can_delete(ignore_bulk) and self._within_members_scope()
        # A project or news item has no children: Wagtail's rules for one leaf page, decided
        # on the page itself instead of a query for its live descendants (a query per row of
        # the page listing).
        if "change" in self.permissions:
            allowed = "publish" in self.permissions or not page.live
        elif "add" in self.permissions:
            allowed = page.owner_id == self.user.pk and (
                "publish" in self.permissions or not page.live
            )
        else:
            allowed = False
        return allowed and self._within_members_scope()

    def can_lock(self):
        return super().can_lock() and self._within_members_scope()

    def can_publish(self):
        if not super().can_publish():
            return False
        if not hasattr(self, "_missing"):
            self._missing = missing_approvals(self.page.get_latest_revision())
        return not self._missing

    def can_publish_ignoring_approvals(self):
        """Wagtail's own publish permission: who may make an urgent publication."""
        return super().can_publish()
