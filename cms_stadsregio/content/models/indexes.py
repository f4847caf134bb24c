"""The overviews of projects and news, with the listing filters (filters.py beside this module)."""

from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms_stadsregio.content.listing import paginate
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.filters import NewsFilterSet, ProjectFilterSet
from cms_stadsregio.content.models.news import NewsPage
from cms_stadsregio.content.models.projects import ProjectPage

PROJECTS_PER_PAGE = 12
NEWS_PER_PAGE = 12
# The listing filters the news feeds take as well.
FEED_FILTERS = ("thema", "gemeente")
# The hook through which an app serves the news index's feeds (cms_stadsregio/opendata does):
# `fn(news_index, request, kind)` with kind one of FEED_ROUTES.
NEWS_FEED_HOOK = "serve_stadsregio_news_feed"


def has_news_feeds():
    return bool(hooks.get_hooks(NEWS_FEED_HOOK))


def project_export_url():
    """The CSV export's address, if an app serves one (cms_stadsregio/opendata does)."""
    try:
        return reverse("project_export")
    except NoReverseMatch:
        return None


def serve_news_feed(news_index, request, kind):
    for serve in hooks.get_hooks(NEWS_FEED_HOOK):
        return serve(news_index, request, kind)
    raise Http404


class ProjectIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms_stadsregio.ProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht projecten")

    def live_projects(self):
        return ProjectPage.objects.child_of(self).live_public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = self.live_projects()
        filters = ProjectFilterSet(
            request.GET, queryset=projects, request=request, cache_key=self.pk
        )
        projects = filters.qs.for_listing().order_by("-start_date", "title")
        context.update(
            paginate(request, projects, PROJECTS_PER_PAGE, query=filters.query()),
            filters=filters,
            export_url=project_export_url(),
        )
        return context


class NewsIndexPage(RoutablePageMixin, BasePage):
    """/nieuws/ with its feeds as routes (/nieuws/rss/, /nieuws/atom/): they follow the index if
    it moves, and Wagtail's routing applies the index's privacy to them as well."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms_stadsregio.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht nieuws")

    def live_news(self):
        return NewsPage.objects.child_of(self).live_public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_items = self.live_news()
        filters = NewsFilterSet(
            request.GET, queryset=news_items, request=request, cache_key=self.pk
        )
        news_items = filters.qs.for_listing().order_by("-date", "-pk")
        context.update(
            paginate(request, news_items, NEWS_PER_PAGE, query=filters.query()),
            filters=filters,
            feed_query=filters.query(names=FEED_FILTERS),
            news_feeds=has_news_feeds(),
        )
        return context

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return serve_news_feed(self, request, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return serve_news_feed(self, request, "atom")
