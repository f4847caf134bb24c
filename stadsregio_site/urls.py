from django.apps import apps
from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms_stadsregio.content import views as cms_views
from stadsregio_site.throttling import LimitedPasswordResetView, limit_password_guesses

# Wagtail's password forms (pages, document collections) and the admin's password reset, with
# the limits of stadsregio_site.throttling; same addresses and names as Wagtail's own.
PAGE_PASSWORD_VIEW = "wagtailcore_authenticate_with_password"  # noqa: S105 (a URL name)
DOCUMENT_PASSWORD_VIEW = "wagtaildocs_authenticate_with_password"  # noqa: S105 (a URL name)


def _wagtail_pattern(patterns, name):
    return next(pattern for pattern in patterns if pattern.name == name)


_page_password = _wagtail_pattern(wagtail_urls.urlpatterns, PAGE_PASSWORD_VIEW)
_document_password = _wagtail_pattern(wagtaildocs_urls.urlpatterns, DOCUMENT_PASSWORD_VIEW)

# A 500 caused by an unreachable database is a 503 with Retry-After
# (cms_stadsregio/caching/outage.py).
handler500 = "cms_stadsregio.caching.outage.server_error"

urlpatterns = [
    path(
        "admin/password_reset/",
        LimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path(
        f"documenten/{_document_password.pattern}",
        limit_password_guesses(_document_password.callback, "documenten"),
        name=DOCUMENT_PASSWORD_VIEW,
    ),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", cms_views.search, name="search"),
    # Signed image URLs (Wagtail's serve view): the Open Graph image of a page is addressed
    # without a query while the page renders; the rendition is made at the first fetch and reused.
    # Only for images the public may see (cms_stadsregio.content.publicity).
    re_path(
        r"^afbeeldingen/([^/]*)/(\d*)/([^/]*)/[^/]*$",
        cms_views.PublicImageServeView.as_view(action="redirect"),
        name="wagtailimages_serve",
    ),
]

# Image files and renditions, for whoever may see the image (in production nginx hands these
# addresses to Django). Nothing else under /media/ is served: documents go through /documenten/.
urlpatterns += [
    re_path(
        r"^media/(?P<path>(?:original_images|images)/.+)$",
        cms_views.image_file,
        name="image_file",
    ),
]

# Open data (API, feeds, export, sitemap, robots.txt), when its app is installed.
if apps.is_installed("cms_stadsregio.opendata"):
    urlpatterns.append(path("", include("cms_stadsregio.opendata.urls")))

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Wagtail's front-end URLs, with its page view swapped for one that lets a page do without
# Django's CSRF cookie (cms_stadsregio.content.views.serve_page); same pattern and name, so page
# URLs are unchanged.
urlpatterns += [
    path(
        str(_page_password.pattern),
        limit_password_guesses(_page_password.callback, "pagina"),
        name=PAGE_PASSWORD_VIEW,
    ),
    *(
        pattern
        for pattern in wagtail_urls.urlpatterns
        if pattern.name not in ("wagtail_serve", PAGE_PASSWORD_VIEW)
    ),
    re_path(wagtail_urls.serve_pattern, cms_views.serve_page, name="wagtail_serve"),
]
