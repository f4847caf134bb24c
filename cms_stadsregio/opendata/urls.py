"""The open data's addresses; stadsregio_site/urls.py includes them when the app is installed."""

from django.urls import path

from wagtail.contrib.sitemaps.views import sitemap

from cms_stadsregio.opendata.api import api_router
from cms_stadsregio.opendata.sitemap import PublicSitemap
from cms_stadsregio.opendata.views import project_export, robots_txt

urlpatterns = [
    # The CSV export cannot be a route of the project index: Wagtail only routes paths of slugs
    # ending in a slash. The news feeds are routes of the news index (wagtail_hooks.py).
    path("projecten/export.csv", project_export, name="project_export"),
    path(
        "sitemap.xml",
        sitemap,
        {
            "sitemaps": {"wagtail": PublicSitemap},
            "template_name": "stadsregio_opendata/sitemap.xml",
        },
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
]
