"""Caches for what the public reads, all invalidated by one number: the content version.

- The content version (ContentVersion, one row) changes in the same transaction as every change
  the public can see: publish, unpublish, move, delete, and the save or delete of a snippet, a
  setting, an image, a document, a site or a view restriction. Drafts and autosaves leave it alone.
- `cached(request, name, build)` keeps data that many pages share (menu, footer, settings, filter
  choices) under that version; template fragments use `{% cached_fragment %}` the same way.
- `PageCacheMiddleware` keeps whole responses for anonymous visitors under that version. A visitor
  with a session (an editor) always gets a freshly rendered page, and so does every request that
  is not a GET or HEAD, or whose response sets a cookie or is not a plain 200.

Reading the version costs one primary-key query per request. That is the price of correctness
with any cache backend: local memory per process, or Redis shared by several servers, a change
published through one process is seen on the very next request through every other.
"""

import hashlib
import operator
import secrets
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models.signals import post_delete, post_migrate, post_save, pre_migrate
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

REQUEST_ATTR = "_stadsregio_content_version"
MEMO_ATTR = "_stadsregio_cached"
HEADER = "X-Page-Cache"
_MISSING = object()
# What a database that cannot be reached raises.
UNAVAILABLE = (OperationalError, InterfaceError)

# Models whose rows the public sees, besides pages (which count when published, not when saved).
TRACKED_APPS = {"cms_stadsregio", "home", "taggit", "wagtaildocs", "wagtailsearchpromotions"}
TRACKED_WAGTAIL_MODELS = {
    ("wagtailcore", "site"),
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailcore", "collectionviewrestriction"),
}
# Saved while pages are rendered or reviewed, never shown as such: no reason to invalidate.
UNTRACKED_MODELS = {
    ("cms_stadsregio", "contentversion"),
    ("cms_stadsregio", "stadsregiorendition"),
    ("cms_stadsregio", "memberapprovaltask"),
    ("cms_stadsregio", "memberapprovaltaskstate"),
    ("cms_stadsregio", "memberdecision"),
}


def content_version(request=None):
    """The current content version; read once per request."""
    if request is not None:
        value = getattr(request, REQUEST_ATTR, None)
        if value is not None:
            return value
    from .models import ContentVersion

    value = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first() or 0
    if request is not None:
        setattr(request, REQUEST_ATTR, value)
    global _last_known_version
    _last_known_version = value
    return value


# The content version this process read last: while the database is unreachable, the pages cached
# under it are served as they were (PageCacheMiddleware). Per process, not in the cache: a cache
# write per request would cost more than it saves.
_last_known_version = None


def bump_content_version():
    """Invalidate every cached page and fragment (within the caller's transaction)."""
    from .models import ContentVersion

    # A random number rather than a counter: after a database restore, the numbers that follow
    # cannot meet cache entries made before the restore for other content.
    value = secrets.randbits(62)
    if not ContentVersion.objects.filter(pk=1).update(value=value, changed_at=timezone.now()):
        try:
            with transaction.atomic():
                ContentVersion.objects.create(pk=1, value=value)
        except IntegrityError:  # created meanwhile by another request
            ContentVersion.objects.filter(pk=1).update(value=value)


def version_key(request, *parts):
    raw = ":".join(str(part) for part in (content_version(request), *parts))
    return "stadsregio:" + hashlib.sha256(raw.encode()).hexdigest()


def cached(request, name, build, timeout=None):
    """`build()`, computed once per content version (and per request without a cache hit).

    For data that many pages share: menus, footer, settings, filter choices. Without a request
    (a mail, a block preview) it is simply built.
    """
    if request is None:
        return build()
    memo = getattr(request, MEMO_ATTR, None)
    if memo is None:
        memo = {}
        setattr(request, MEMO_ATTR, memo)
    if name in memo:
        return memo[name]
    key = version_key(request, "data", name)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout or settings.FRAGMENT_CACHE_SECONDS)
    memo[name] = value
    return value


def all_members(request):
    """Every member, former ones too, by name: the footer, the filters and the member pages
    share this one list."""
    from .models import Member

    return cached(request, "members", lambda: list(Member.objects.order_by("name")))


def lazy_values(build, keys):
    """{key: lazy value} for a page's context: `build()` (returning a dict with these keys) runs
    once, when the template first uses one of them, so not at all when the page's content comes
    from the fragment cache."""
    data = SimpleLazyObject(build)
    return {key: SimpleLazyObject(partial(operator.getitem, data, key)) for key in keys}


def fragment_cacheable(request):
    """Fragments are shared by everyone who sees the page: not in previews, and only for GET."""
    return (
        request is not None
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
    )


# The anonymous page cache


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
        """The page as last cached, or the 503 page (stadsregio_site/outage.py)."""
        from stadsregio_site.outage import database_unavailable

        if _last_known_version is not None:
            setattr(request, REQUEST_ATTR, _last_known_version)
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
        from .models import AlertBanner

        now = timezone.now()
        timeout = settings.PAGE_CACHE_SECONDS
        upcoming = AlertBanner.objects.next_change_after(now)
        if upcoming is not None:
            timeout = max(1, min(timeout, int((upcoming - now) / timedelta(seconds=1)) + 1))
        return timeout


# Invalidation


_migrating = False


def _migration_started(**kwargs):
    # Data migrations save pages and settings before the content version's table exists;
    # nothing is cached while the schema changes.
    global _migrating
    _migrating = True


def _migration_finished(**kwargs):
    global _migrating
    _migrating = False


def _page_changed(sender, **kwargs):
    if not _migrating:
        bump_content_version()


def _row_changed(sender, instance=None, raw=False, **kwargs):
    if raw or _migrating:
        return
    from wagtail.models import Page

    meta = sender._meta
    if issubclass(sender, Page):
        # Drafts and autosaves save only some fields of the page's row and change nothing the
        # public sees. A full save of a live page (publishing, copying, a script) or a delete does.
        deleted = kwargs.get("signal") is post_delete
        if deleted or (instance.live and kwargs.get("update_fields") is None):
            bump_content_version()
        return
    name = (meta.app_label, meta.model_name)
    if name in UNTRACKED_MODELS:
        return
    if meta.app_label in TRACKED_APPS or name in TRACKED_WAGTAIL_MODELS:
        bump_content_version()


def register_signal_handlers():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    pre_migrate.connect(_migration_started, dispatch_uid="stadsregio_cache_migrating")
    post_migrate.connect(_migration_finished, dispatch_uid="stadsregio_cache_migrated")
    page_published.connect(_page_changed, dispatch_uid="stadsregio_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="stadsregio_cache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="stadsregio_cache_moved")
    post_save.connect(_row_changed, dispatch_uid="stadsregio_cache_saved")
    post_delete.connect(_row_changed, dispatch_uid="stadsregio_cache_deleted")
