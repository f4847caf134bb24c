from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .admin_filters import DecisionListFilter, MandateFilterSet
from .dashboard import (
    AccessibilityReviewPanel,
    OverdueDecisionListsPanel,
    ReviewOverviewPanel,
    ReviewQueuePanel,
)
from .models import (
    AlertBanner,
    GoverningBody,
    Mandate,
    MeetingPage,
    Member,
    NewsPage,
    OfficialDocument,
    PartnerOrganisation,
    Person,
    ProjectPage,
    ProjectRole,
)
from .publicity import check_public
from .review_admin import (
    UrgentPublicationMenuItem,
    review_decision_view,
    review_listing_buttons,
    urgent_publication_view,
)
from .workflows import MemberApprovalRequiredMixin, missing_approvals


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "home"
    list_display = ["name", "nis_code", "postcode", "joined_on", "left_on"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "job_title", "employer"]
    list_filter = ["employer", "members"]
    search_fields = ["name", "job_title"]


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    list_display = ["name", "website"]
    search_fields = ["name"]


class ProjectRoleViewSet(SnippetViewSet):
    model = ProjectRole
    icon = "tag"
    list_display = ["name", "sort_order"]


class OrganisationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Organisatie")
    menu_icon = "group"
    menu_order = 250
    items = (MemberViewSet, PersonViewSet, PartnerOrganisationViewSet, ProjectRoleViewSet)


register_snippet(OrganisationViewSetGroup)


class GoverningBodyViewSet(SnippetViewSet):
    model = GoverningBody
    icon = "group"
    list_display = ["name", "part_of", "sort_order"]


class MandateViewSet(SnippetViewSet):
    model = Mandate
    icon = "user"
    list_display = [
        "holder_name",
        "role",
        "seat",
        "governing_body",
        "appointed_by",
        "start_date",
        "end_date",
    ]
    filterset_class = MandateFilterSet
    search_fields = ["holder_name", "office"]

    def get_queryset(self, request):
        return Mandate.objects.select_related("governing_body", "appointed_by")


class OfficialDocumentViewSet(SnippetViewSet):
    model = OfficialDocument
    icon = "doc-full"
    list_display = ["title", "slug", "sort_order"]


class GovernanceViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Bestuur")
    menu_icon = "group"
    menu_order = 260
    items = (GoverningBodyViewSet, MandateViewSet, OfficialDocumentViewSet)


register_snippet(GovernanceViewSetGroup)


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    menu_label = _("Mededelingen")
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["title", "starts_at", "ends_at"]


register_snippet(AlertBannerViewSet)


@hooks.register("before_serve_document")
def hide_unpublished_documents(document, request):
    check_public(request, document)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    # Wagtail's "awaiting your review" gives way to the same list with the members' state.
    panels[:] = [
        ReviewQueuePanel() if type(panel) is WorkflowObjectsToModeratePanel else panel
        for panel in panels
    ]
    for panel_class in (ReviewOverviewPanel, OverdueDecisionListsPanel, AccessibilityReviewPanel):
        panel = panel_class.for_user(request.user)
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
    if not isinstance(page, MemberApprovalRequiredMixin):
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


class ProjectAdmin(ModelAdmin):
    """All projects across the tree, filterable: what the page explorer cannot show."""

    model = ProjectPage
    menu_label = _("Alle projecten")
    menu_icon = "folder-open-inverse"
    list_display = ("title", "status", "start_date", "end_date", "live")
    list_filter = ("status", "domains", "members", "live")
    search_fields = ("title", "intro")
    ordering = ("-start_date",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("domains", "members")


class NewsAdmin(ModelAdmin):
    model = NewsPage
    menu_label = _("Alle nieuwsberichten")
    menu_icon = "doc-full"
    list_display = ("title", "date", "live")
    list_filter = ("domains", "members", "live")
    search_fields = ("title", "intro")
    ordering = ("-date",)


class MeetingAdmin(ModelAdmin):
    """Meetings of every governing body, filterable on the state of their decision list."""

    model = MeetingPage
    menu_label = _("Alle zittingen")
    menu_icon = "date"
    list_display = ("title", "governing_body", "planned_start", "live")
    list_filter = (DecisionListFilter, "governing_body", "live")
    search_fields = ("title",)
    ordering = ("-planned_start",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("governing_body")


class ContentOverviewGroup(ModelAdminGroup):
    menu_label = _("Overzichten")
    menu_icon = "list-ul"
    menu_order = 150
    items = (ProjectAdmin, NewsAdmin, MeetingAdmin)


modeladmin_register(ContentOverviewGroup)
