from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms_stadsregio.blocks import BodyBlock

from .base import BasePage

LATEST_ITEMS_ON_DETAIL = 6


class DomainIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms_stadsregio.DomainPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht thema's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["domains"] = DomainPage.objects.child_of(self).live().public().order_by("path")
        return context


class DomainPage(BasePage):
    """A policy domain (beleidsdomein). Domains are content: editors can add new themes."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    contact_person = models.ForeignKey(
        "cms_stadsregio.Person",
        verbose_name=_("contactpersoon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("contact_person")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["cms_stadsregio.DomainIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_context(self, request, *args, **kwargs):
        from cms_stadsregio.filters import status_counts

        from .news import NewsPage
        from .projects import ProjectPage, ProjectStatus

        context = super().get_context(request, *args, **kwargs)
        # The latest items, counted and ordered as in the listings they link to (?thema=<slug>).
        projects = ProjectPage.objects.live_public().filter(domains=self)
        news_items = NewsPage.objects.live_public().filter(domains=self)
        statuses = status_counts(projects)
        context.update(
            projects=projects.exclude(status=ProjectStatus.STOPPED)
            .for_listing()
            .order_by("-start_date", "title")[:LATEST_ITEMS_ON_DETAIL],
            project_statuses=statuses,
            project_count=sum(count for _status, _label, count in statuses),
            news_items=news_items.for_listing().order_by("-date", "-pk")[:LATEST_ITEMS_ON_DETAIL],
            news_count=news_items.count(),
        )
        return context
