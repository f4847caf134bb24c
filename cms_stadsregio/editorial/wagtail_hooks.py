from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.log_actions import LogFormatter

from cms_stadsregio.content.models import CoOwnedPage, Member
from cms_stadsregio.editorial.dashboard import ReviewOverviewPanel, ReviewQueuePanel
from cms_stadsregio.editorial.review_admin import (
    UrgentPublicationMenuItem,
    review_decision_view,
    review_listing_buttons,
    urgent_publication_view,
)
from cms_stadsregio.editorial.workflows import missing_approvals


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    # Wagtail's "awaiting your review" gives way to the same list with the members' state.
    panels[:] = [
        ReviewQueuePanel() if type(panel) is WorkflowObjectsToModeratePanel else panel
        for panel in panels
    ]
    panel = ReviewOverviewPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)


@hooks.register("register_admin_urls")
def review_admin_urls():
    return [
        path(
            "spoedpublicatie/<int:page_id>/",
            urgent_publication_view,
            name="stadsregio_urgent_publication",
        ),
        path(
            "beoordeling/<int:page_id>/<str:action>/",
            review_decision_view,
            name="stadsregio_review_decision",
        ),
    ]


hooks.register("register_page_listing_more_buttons", review_listing_buttons)


@hooks.register("register_page_action_menu_item")
def urgent_publication_menu_item():
    return UrgentPublicationMenuItem()


@hooks.register("before_publish_page")
def refuse_publication_without_approvals(request, page):
    """The editor's "Publiceren" after an edit: the new text needs the members first.

    The edit is already saved as a draft; the editor is told why it did not go live instead of
    meeting the model's refusal as an error page.
    """
    if not isinstance(page, CoOwnedPage):
        return None
    missing = missing_approvals(page.get_latest_revision())
    if not missing:
        return None
    names = ", ".join(Member.objects.filter(pk__in=missing).values_list("name", flat=True))
    messages.error(
        request,
        _(
            "Niet gepubliceerd: %(members)s gaf nog geen akkoord voor deze tekst. Je wijzigingen "
            "zijn bewaard als concept; stuur de pagina door ter goedkeuring."
        )
        % {"members": names},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    def members(data):
        return ", ".join(data.get("members") or [])

    @actions.register_action("stadsregio.member_approve")
    class MemberApprove(LogFormatter):
        label = _("Goedgekeurd door gemeente")

        def format_message(self, log_entry):
            return _("Goedgekeurd voor %(members)s") % {"members": members(log_entry.data)}

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action("stadsregio.member_reject")
    class MemberReject(LogFormatter):
        label = _("Wijzigingen gevraagd door gemeente")

        def format_message(self, log_entry):
            return _("Wijzigingen gevraagd voor %(members)s") % {"members": members(log_entry.data)}

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action("stadsregio.approval_stale")
    class ApprovalStale(LogFormatter):
        label = _("Akkoord verouderd")

        def format_message(self, log_entry):
            return _("De tekst veranderde na het akkoord van %(members)s: opnieuw te bekijken") % {
                "members": members(log_entry.data)
            }

    @actions.register_action("stadsregio.back_to_members")
    class BackToMembers(LogFormatter):
        label = _("Terug naar de gemeenten")

        def format_message(self, log_entry):
            return _(
                "De tekst veranderde tijdens de publicatiestap: terug naar de gemeenten "
                "(%(members)s)"
            ) % {"members": members(log_entry.data)}

    @actions.register_action("stadsregio.urgent_publish")
    class UrgentPublish(LogFormatter):
        label = _("Spoedpublicatie")

        def format_message(self, log_entry):
            return _("Gepubliceerd zonder akkoord van %(members)s") % {
                "members": members(log_entry.data)
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")
