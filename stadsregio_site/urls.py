from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms_stadsregio import views as cms_views
from cms_stadsregio.api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    # Public discovery and open data. The news feeds are routes of the news index page; the CSV
    # export cannot be one, since Wagtail only routes paths of slugs ending in a slash.
    path("zoeken/", cms_views.search, name="search"),
    path("projecten/export.csv", cms_views.project_export, name="project_export"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA:
    from django.urls import re_path
    from django.views.static import serve

    # Only where no web server or object storage serves media (development, browser tests).
    # Not django.conf.urls.static.static(): that does nothing when DEBUG is False.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += [path("", include(wagtail_urls))]
