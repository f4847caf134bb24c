from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .admin_filters import DecisionListFilter, MandateFilterSet
from .dashboard import AccessibilityReviewPanel, OverdueDecisionListsPanel
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
def add_deadline_panels(request, panels):
    for panel_class in (OverdueDecisionListsPanel, AccessibilityReviewPanel):
        panel = panel_class.for_user(request.user)
        if panel is not None:
            panels.append(panel)


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
