"""RSS 2.0 and Atom feeds of the news (/nieuws/rss/, /nieuws/atom/), with the listing's `thema`
and `gemeente` filters. Served as routes of the news index (NewsIndexPage)."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from cms_stadsregio.content.models import OrganisationSettings
from cms_stadsregio.content.models.filters import NewsFilterSet
from cms_stadsregio.content.models.indexes import FEED_FILTERS

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    route_name = "rss"
    language = "nl-be"

    @classmethod
    def serve(cls, index, request):
        """The feed of `index`; a filter that does not exist is a 400 with a plain explanation
        (a feed reader shows no page, so silently dropping the filter would mislead)."""
        news = index.live_news()
        filters = NewsFilterSet(
            request.GET,
            queryset=news,
            fields=FEED_FILTERS,
            request=request,
            cache_key=index.pk,
        )
        if errors := filters.messages():
            text = "\n".join([_("Deze feed bestaat niet:"), *(error for _id, error in errors)])
            return HttpResponseBadRequest(text, content_type="text/plain; charset=utf-8")
        return cls(index, request, filters)(request)

    def __init__(self, index, request, filters):
        super().__init__()
        self.index = index
        self.request = request
        self.filters = filters
        self.organisation = OrganisationSettings.for_request(request).display_name

    def get_object(self, request, *args, **kwargs):
        return self.index

    def _with_query(self, url):
        query = self.filters.query().urlencode()
        return f"{url}?{query}" if query else url

    def title(self, index):
        active = ", ".join(
            f"{item['label'].lower()} {item['value']}" for item in self.filters.active_filters()
        )
        if active:
            return f"{index.title} ({active}) | {self.organisation}"
        return f"{index.title} | {self.organisation}"

    def link(self, index):
        return self._with_query(index.get_full_url(self.request))

    def feed_url(self, index):
        url = index.get_full_url(self.request) + index.reverse_subpage(self.route_name)
        return self._with_query(url)

    def description(self, index):
        return index.intro or _("Het laatste nieuws van %(name)s.") % {"name": self.organisation}

    def author_name(self):
        return str(self.organisation)

    def items(self, index):
        news = self.filters.qs.with_relations(members=False)
        return news.order_by("-date", "-pk")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers treat the description as HTML; the intro is plain text.
        return escape(item.intro)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        # Noon: a date without a time must not become the day before in a reader west of here.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [domain.title for domain in item.domains.all()] + [
            tag.name for tag in item.tags.all()
        ]

    def item_author_name(self, item):
        return str(self.organisation)


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    route_name = "atom"

    def subtitle(self, index):
        return self.description(index)
