from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.listing import exclude_private


class StandardPage(BasePage):
    """Over ons, missie en visie, contact, privacy, toegankelijkheid and the like."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["home.HomePage", "cms_stadsregio.StandardPage"]
    subpage_types = ["cms_stadsregio.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: nothing is read when the content comes from the fragment cache.
        context["child_pages"] = (
            exclude_private(self.get_children().live()).in_menu().specific().order_by("path")
        )
        return context
