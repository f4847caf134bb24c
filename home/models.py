from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms_stadsregio.blocks import BodyBlock
from cms_stadsregio.models import BasePage, DomainPage, NewsPage, ProjectPage, ProjectStatus

HOME_NEWS_COUNT = 3
HOME_PROJECT_COUNT = 3


class HomePage(BasePage):
    hero_image = models.ForeignKey(
        "cms_stadsregio.StadsregioImage",
        verbose_name=_("beeld bovenaan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*BasePage.content_panels, FieldPanel("hero_image"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms_stadsregio.StandardPage",
        "cms_stadsregio.DomainIndexPage",
        "cms_stadsregio.ProjectIndexPage",
        "cms_stadsregio.NewsIndexPage",
        "cms_stadsregio.MemberIndexPage",
        "cms_stadsregio.GovernancePage",
        "cms_stadsregio.AccessibilityStatementPage",
        "cms_stadsregio.DocumentRequestPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["domains"] = (
            DomainPage.objects.live().public().select_related("listing_image").order_by("path")
        )
        context["news_items"] = (
            NewsPage.objects.live().public().for_listing().order_by("-date")[:HOME_NEWS_COUNT]
        )
        context["projects"] = (
            ProjectPage.objects.live()
            .public()
            .filter(status=ProjectStatus.ONGOING)
            .for_listing()
            .order_by("-start_date")[:HOME_PROJECT_COUNT]
        )
        return context
