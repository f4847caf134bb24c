from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from cms_stadsregio.governance import figures
from cms_stadsregio.governance.admin_filters import DecisionListFilter, MandateFilterSet
from cms_stadsregio.governance.dashboard import AccessibilityReviewPanel, OverdueDecisionListsPanel
from cms_stadsregio.governance.models import (
    DocumentRequest,
    GoverningBody,
    Mandate,
    MeetingPage,
    OfficialDocument,
)


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


class DocumentRequestViewSet(SnippetViewSet):
    """The register of document requests: dates, term and outcome, never the requester."""

    model = DocumentRequest
    icon = "mail"
    list_display = ["__str__", "received_on", "deadline", "decided_on", "outcome"]
    list_filter = ["outcome", "extended"]
    ordering = ["-received_on", "-pk"]


class GovernanceViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Bestuur")
    menu_icon = "group"
    menu_order = 260
    items = (GoverningBodyViewSet, MandateViewSet, OfficialDocumentViewSet, DocumentRequestViewSet)


register_snippet(GovernanceViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_deadline_panels(request, panels):
    for panel_class in (OverdueDecisionListsPanel, AccessibilityReviewPanel):
        panel = panel_class.for_user(request.user)
        if panel is not None:
            panels.append(panel)


class MeetingAdmin(ModelAdmin):
    """Meetings of every governing body, filterable on the state of their decision list: a menu
    item of its own, next to the content's overviews."""

    model = MeetingPage
    menu_label = _("Alle zittingen")
    menu_icon = "date"
    list_display = ("title", "governing_body", "planned_start", "live")
    list_filter = (DecisionListFilter, "governing_body", "live")
    search_fields = ("title",)
    ordering = ("-planned_start",)
    menu_order = 151

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("governing_body")


modeladmin_register(MeetingAdmin)


@hooks.register("register_stadsregio_figures")
def governance_figures():
    return figures.figures()
