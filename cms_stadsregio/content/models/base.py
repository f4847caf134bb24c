from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms_stadsregio.content.admin_forms import PageForm


class BasePageQuerySet(PageQuerySet):
    """Page querysets whose default manager selects related rows (BasePageManager), made safe
    for what cannot take them: row locks (PostgreSQL refuses FOR UPDATE on an outer join; the
    tree locks pages when it adds or moves one) and loading only some fields."""

    def select_for_update(self, *args, **kwargs):
        return super(BasePageQuerySet, self.select_related(None)).select_for_update(*args, **kwargs)

    def only(self, *fields):
        # Loading a few fields (admin actions, deletes): without the rows selected with the page.
        return super(BasePageQuerySet, self.select_related(None)).only(*fields)

    def defer(self, *fields):
        selected = {name.split("__")[0] for name in getattr(self.model, "select_with_page", ())}
        queryset = self
        if any(field.split("__")[0] in selected for field in fields):
            queryset = self.select_related(None)
        return super(BasePageQuerySet, queryset).defer(*fields)


class BasePageManager(PageManager.from_queryset(BasePageQuerySet)):
    """Selects, with the page, the related rows its model lists in `select_with_page`: the page
    that Wagtail's routing fetches arrives with its listing image (for Open Graph) and the like,
    instead of one query for each."""

    def get_queryset(self):
        queryset = super().get_queryset()
        related = getattr(self.model, "select_with_page", ())
        return queryset.select_related(*related) if related else queryset


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

    objects = BasePageManager()
    select_with_page = ("listing_image",)
    base_form_class = PageForm

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.intro

    # What link previews and search engines are told (templatetags/cms_stadsregio_meta).
    og_type = "website"

    def social_image(self):
        """The image of link previews (Open Graph)."""
        return self.listing_image

    def structured_data(self, meta):
        """schema.org data about the page (JSON-LD), from a metadata.PageMeta; None: none."""
        return

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
