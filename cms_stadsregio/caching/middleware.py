"""The anonymous page cache: whole responses for visitors without a session."""

import contextlib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone

from wagtail.models import Site

from cms_stadsregio.caching import cache as versions
from cms_stadsregio.caching.cache import UNAVAILABLE, VERSION_KEY, cached, version_key
from cms_stadsregio.caching.outage import database_unavailable
from cms_stadsregio.caching.requests import memo_of

HEADER = "X-Page-Cache"

# Callables `next_change(now)` that return when something on every page appears or disappears by
# itself (a notice with a start or end time), or None. Apps add theirs in their `ready()`.
_scheduled_changes = []


def register_scheduled_change(next_change):
    """Cached pages expire no later than `next_change(now)`."""
    if next_change not in _scheduled_changes:
        _scheduled_changes.append(next_change)


class PageCacheMiddleware:
    """Whole responses for anonymous visitors, keyed by content version, host and full path."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._request_cacheable(request):
            return self.get_response(request)
        address = ("page", request.scheme, request.get_host(), request.get_full_path())
        try:
            key = version_key(request, *address)
        except UNAVAILABLE:
            return self._while_database_unavailable(request, address)
        stored = cache.get(key)
        if stored is not None:
            return self._cached_response(stored, "hit")
        response = self.get_response(request)
        if self._response_cacheable(request, response):
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            cache.set(key, (response.status_code, headers, response.content), self._timeout())
            response[HEADER] = "miss"
        return response

    @staticmethod
    def _cached_response(stored, state):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = state
        return response

    def _while_database_unavailable(self, request, address):
        """The page as last cached, or the 503 page (cms_stadsregio/caching/outage.py)."""
        if versions.last_known_version is not None:
            memo_of(request)[VERSION_KEY] = versions.last_known_version
            stored = cache.get(version_key(request, *address))
            if stored is not None:
                return self._cached_response(stored, "stale")
        return database_unavailable(request)

    @staticmethod
    def _request_cacheable(request):
        if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return False  # an editor (or a visitor who entered a page password)
        return not request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)

    @staticmethod
    def _response_cacheable(request, response):
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not getattr(request, "is_preview", False)
            and not (user is not None and user.is_authenticated)
            and not any(
                word in response.get("Cache-Control", "")
                for word in ("private", "no-cache", "no-store")
            )
        )

    @staticmethod
    def _timeout():
        """The configured lifetime, but never past the moment a notice appears or disappears."""
        now = timezone.now()
        timeout = settings.PAGE_CACHE_SECONDS
        for next_change in _scheduled_changes:
            upcoming = next_change(now)
            if upcoming is not None:
                timeout = max(1, min(timeout, int((upcoming - now) / timedelta(seconds=1)) + 1))
        return timeout


class SiteMiddleware:
    """Wagtail's site for the request's host and port, kept under the content version.

    Wagtail looks the site up once per request (`Site.find_for_request`, which keeps it on the
    request as `_wagtail_site`): a query whose ordering over every site makes it the most costly
    one of the page's routing. The answer only changes when a site is saved or deleted, which
    changes the content version. Wagtail's routing, privacy and permission checks run unchanged
    with the site this finds. After CommonMiddleware, so only hosts in ALLOWED_HOSTS get a key.
    Public addresses only (not PAGE_CACHE_EXCLUDED_PATHS).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS):
            # The admin and files: Wagtail looks the site up itself, as it always does. An
            # editor's screen does not read the content version otherwise, so the cache would
            # cost it a query more than it saves.
            return self.get_response(request)
        hostname = split_domain_port(request._get_raw_host())[0]
        address = f"site {hostname}:{request.get_port()}"
        # Without the database the view meets the outage itself and answers with the 503 page.
        with contextlib.suppress(UNAVAILABLE):
            request._wagtail_site = cached(request, address, lambda: Site.find_for_request(request))
        return self.get_response(request)
