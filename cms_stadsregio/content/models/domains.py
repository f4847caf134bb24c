from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.latest import latest_items
from cms_stadsregio.content.models.projects import ProjectStatus

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
    select_with_page = ("listing_image", "contact_person__photo", "contact_person__employer")
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["cms_stadsregio.DomainIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The latest items, counted and ordered as in the listings they link to (?thema=<slug>).
        # Lazy: nothing is read when the page's content comes from the fragment cache.
        context["listings"] = SimpleLazyObject(lambda: self._latest_items())
        return context

    def _latest_items(self):
        return latest_items(
            {"domains": self},
            LATEST_ITEMS_ON_DETAIL,
            exclude_status=ProjectStatus.STOPPED,
            card_domains=False,  # the cards on a domain's page do not repeat it (hide_domains)
        )
