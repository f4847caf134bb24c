from django.db import models
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.models import BasePage, DomainPage, NewsPage, ProjectPage, ProjectStatus
from cms_stadsregio.content.models.listing import exclude_private, prefetch_card_renditions

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
    select_with_page = ("listing_image", "hero_image")
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # No list of child types: every section names the home page as its parent, so that a section
    # of an optional app (governance) can be added when the app is installed.
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def social_image(self):
        return self.hero_image or self.listing_image

    def structured_data(self, meta):
        """The Stadsregio (GovernmentOrganization, with its members) and the site with its
        search (WebSite); the home page shows no breadcrumbs, so its trail is itself."""
        return {
            "@context": "https://schema.org",
            "@graph": [
                meta.government_organisation(),
                {
                    "@type": "WebSite",
                    "name": str(meta.organisation.display_name),
                    "url": meta.root_url + "/",
                    "inLanguage": "nl-BE",
                    "publisher": {"@id": meta.root_url + "/#organisatie"},
                    "potentialAction": {
                        "@type": "SearchAction",
                        "target": meta.root_url + reverse("search") + "?q={search_term_string}",
                        "query-input": "required name=search_term_string",
                    },
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": gettext("Home"),
                            "item": meta.canonical,
                        }
                    ],
                },
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.hero_image is not None:
            # Shown at the top and the Open Graph image: both renditions in one query.
            prefetch_related_objects([self.hero_image], "renditions")
        # Lazy: nothing is read when the content comes from the fragment cache.
        context["listings"] = SimpleLazyObject(self._listings)
        return context

    @staticmethod
    def _listings():
        news_items = list(
            NewsPage.objects.live_public()
            .for_listing(renditions=False)
            .order_by("-date")[:HOME_NEWS_COUNT]
        )
        projects = list(
            ProjectPage.objects.live_public()
            .filter(status=ProjectStatus.ONGOING)
            .for_listing(renditions=False)
            .order_by("-start_date")[:HOME_PROJECT_COUNT]
        )
        # Domains are pages (BasePageManager): their listing image comes with them.
        domains = list(exclude_private(DomainPage.objects.live()).order_by("path"))
        prefetch_card_renditions(news_items, projects, domains)
        return {
            "domains": domains,
            "news_items": news_items,
            "projects": projects,
        }
