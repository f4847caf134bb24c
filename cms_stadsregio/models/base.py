from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """Fields every public page shares: an intro for listings and search, and a listing image."""

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        max_length=500,
        help_text=_("Eén tot drie zinnen; verschijnt bovenaan de pagina en in overzichten."),
    )
    listing_image = models.ForeignKey(
        "cms_stadsregio.StadsregioImage",
        verbose_name=_("afbeelding in overzichten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = [*Page.promote_panels, FieldPanel("listing_image")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("listing_image")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Wagtail indexes a page on post_save, before modelcluster saves its relations (tags,
        # members), so a first publish would be found without them: index again once they are
        # saved. Only on a full save; a partial one (a draft revision) changes no live content.
        if kwargs.get("update_fields") is None and self._search_indexes_relations():
            index.insert_or_update_object(self)
        return result

    @classmethod
    def _search_indexes_relations(cls):
        return any(isinstance(field, index.RelatedFields) for field in cls.search_fields)
