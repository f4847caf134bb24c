"""/sitemap.xml: Wagtail's sitemap, without building the specific page of every page it lists.

Wagtail's sitemap reads every public page as its specific page (a NewsPage with all its fields,
its clusters and its image) only to ask it for `get_sitemap_urls()`, which for almost every page
type is Wagtail's own: the page's address and when it was last published, both on the base Page.
At 4,000 news items and projects that took half of the sitemap's time. Here the pages come as base
Pages in one query, and only the types with a `get_sitemap_urls` of their own (the member
overview lists a page per member, a meeting its minutes) are read as specific pages, in one query
per type. The template writes the address and the date and nothing else.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models


def types_with_own_sitemap_urls():
    """Content type ids of the page models that list more (or other) addresses than their own."""
    return {
        ContentType.objects.get_for_model(model).pk
        for model in get_page_models()
        if model.get_sitemap_urls is not Page.get_sitemap_urls
    }


class PublicSitemap(Sitemap):
    def items(self):
        pages = list(
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
        )
        own = types_with_own_sitemap_urls()
        ids = [page.pk for page in pages if page.content_type_id in own]
        specific = {}
        if ids:
            specific = {
                page.pk: page
                for page in Page.objects.filter(pk__in=ids).defer_streamfields().specific()
            }
        return [specific.get(page.pk, page) for page in pages]

    def _urls(self, page, protocol, domain):
        # Wagtail's, over the list that items() returns (Wagtail's iterates a queryset).
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        # Empty when the whole site is private.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
