"""Forms for anonymous visitors without a CSRF cookie.

Django's CSRF protection pairs a token in the form with a cookie. Public pages set no cookies, so
a page whose form only anonymous visitors use (the request form at /openbaarheid/) declares
`csrf_exempt = True` and checks instead that the POST comes from one of our own pages: browsers
send the Origin header with every POST, and modern ones Sec-Fetch-Site as well. Every other page
keeps Django's check (cms_stadsregio.content.views.serve_page).
"""

from urllib.parse import urlsplit

from django.conf import settings


def _origin(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def is_same_origin(request):
    """True when the request comes from a page of this site (or of a CSRF_TRUSTED_ORIGINS).

    Origin first; browsers that send none (older ones, on a same-origin POST) are judged by
    Sec-Fetch-Site, and else by the Referer. A request with none of the three is refused: a
    browser always sends one of them with a form, so it is not a visitor's browser."""
    own = {f"{request.scheme}://{request.get_host()}".lower()}
    own.update(origin.lower() for origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", []))
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.lower() in own
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    referer = request.headers.get("Referer")
    return referer is not None and _origin(referer) in own
