from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.co_owned import CoOwnedPage
from cms_stadsregio.content.models.listing import ListingPageManager
from cms_stadsregio.content.models.projects import (
    ProjectPage,
    RelatedProjectLink,
    related_projects_panel,
)
from cms_stadsregio.content.serializers import (
    MembersField,
    RelatedPagesField,
    RelatedProjectsField,
    TagNamesField,
)

# Routes of the news index; a news item with such a slug could never be reached.
FEED_ROUTES = ("rss", "atom")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms_stadsregio.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(CoOwnedPage, BasePage):
    date = models.DateField(_("datum"), default=timezone.localdate)
    image = models.ForeignKey(
        "cms_stadsregio.StadsregioImage",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    domains = ParentalManyToManyField(
        "cms_stadsregio.DomainPage", verbose_name=_("thema's"), related_name="news", blank=True
    )
    members = ParentalManyToManyField(
        "cms_stadsregio.Member",
        verbose_name=_("betrokken gemeenten"),
        related_name="news",
        blank=True,
        help_text=_("Elke betrokken gemeente keurt het bericht goed voor het gepubliceerd wordt."),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("trefwoorden"))

    objects = ListingPageManager()
    listing_image_fields = ("listing_image", "image")
    select_with_page = ("listing_image", "image")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
        FieldPanel("members", widget=forms.CheckboxSelectMultiple),
        related_projects_panel(),
        FieldPanel("tags"),
        FieldPanel("public_change_note"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("members", [index.SearchField("name")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("date"),
        APIField("image"),
        APIField("domains", serializer=RelatedPagesField()),
        APIField("members", serializer=MembersField()),
        APIField(
            "related_projects", serializer=RelatedProjectsField(source="related_project_links")
        ),
        APIField("tags", serializer=TagNamesField()),
        APIField("body"),
    ]

    parent_page_types = ["cms_stadsregio.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")

    og_type = "article"

    def social_image(self):
        return self.image or self.listing_image

    def structured_data(self, meta):
        """A schema.org NewsArticle, published by the Stadsregio."""
        publisher = meta.organisation_reference()
        published = self.first_published_at
        if not published or timezone.localdate(published) != self.date:
            published = self.date
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "datePublished": published,
            "dateModified": self.last_published_at or published,
            "inLanguage": "nl-BE",
            "mainEntityOfPage": meta.canonical,
            "url": meta.canonical,
            "author": publisher,
            "publisher": publisher,
        }
        if meta.description:
            data["description"] = meta.description
        if meta.image_url:
            data["image"] = [meta.image_url]
        return data

    def clean(self):
        super().clean()
        if self.slug in FEED_ROUTES:
            raise ValidationError(
                {"slug": _("Dit adres is voorbehouden voor de nieuwsfeeds; kies een andere slug.")}
            )

    @property
    def card_image(self):
        return self.listing_image or self.image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        # Plain links (no cards): without what a card shows.
        # Lazy: nothing is read (or even put together) when the content comes from the fragment
        # cache.
        context["related"] = SimpleLazyObject(
            lambda: list(ProjectPage.objects.live_related_to(self, preview, cards=False))
        )
        if self.image is not None:
            # Shown at the top and the Open Graph image: both renditions in one query.
            prefetch_related_objects([self.image], "renditions")
        return context


class NewsRelatedProject(RelatedProjectLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_project_links")
