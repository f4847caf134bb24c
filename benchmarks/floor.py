"""The ceiling of an uncached page under Wagtail's own routing, for the benchmark's comparison with
bakerydemo: our site as `benchmarks/run` serves it uncached (the same settings, middleware,
database and cache), but every page address answered by Wagtail's page view cut short before the
page renders.

    gunicorn --workers 2 'benchmarks.floor:wsgi()'      # from the repository root

`routed_only` is wagtail.views.serve with the page's own `serve()` replaced by a fixed answer of a
few bytes: Wagtail finds the site and routes the address (two queries per level of the address),
and its hooks run: `before_serve_page`, and `on_serve_page`, which holds the privacy check (a page
with a view restriction still answers with its login or password form). Nothing of the page is
rendered: no template, no header or footer, no context. Whatever a page does, it cannot serve more
requests per second than this on the same machine while it keeps Wagtail's routing and privacy
check, so the benchmark reports it beside each page pair (benchmarks/report.py) as the ceiling of
the ratio.
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stadsregio_site.settings.production")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import Http404, HttpResponse  # noqa: E402
from django.urls import re_path  # noqa: E402
from django.utils.html import escape  # noqa: E402

from wagtail import hooks  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.urls import serve_pattern  # noqa: E402

from stadsregio_site import urls as site_urls  # noqa: E402


def _answer(page, request, args, kwargs):
    return HttpResponse(f"<!doctype html><title>{escape(page.title)}</title>")


def routed_only(request, path):
    """wagtail.views.serve, step by step, with `_answer` where the page's serve() would be."""
    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    chain = _answer
    # Wagtail's privacy check wraps the page's serve() (an `on_serve_page` hook).
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)


# The site's own URLs (search, admin, feeds, the password form of a restricted page), with
# Wagtail's page view, the last of them, replaced.
urlpatterns = [
    *(p for p in site_urls.urlpatterns if getattr(p, "name", None) != "wagtail_serve"),
    re_path(serve_pattern, routed_only, name="wagtail_serve"),
]


def wsgi():
    """The WSGI application of the site with this module as its URLconf (gunicorn calls it)."""
    application = get_wsgi_application()
    settings.ROOT_URLCONF = __name__
    return application
