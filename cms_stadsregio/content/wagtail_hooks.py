from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from cms_stadsregio.content import counts
from cms_stadsregio.content.models import (
    AlertBanner,
    Member,
    NewsPage,
    PartnerOrganisation,
    Person,
    ProjectPage,
    ProjectRole,
)
from cms_stadsregio.content.publicity import check_public


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


class ContentOverviewGroup(ModelAdminGroup):
    menu_label = _("Overzichten")
    menu_icon = "list-ul"
    menu_order = 150
    items = (ProjectAdmin, NewsAdmin)


modeladmin_register(ContentOverviewGroup)


@hooks.register("register_stadsregio_figures")
def work_figures():
    return counts.figures()
