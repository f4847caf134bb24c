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
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from cms_stadsregio.caching.models import ContentVersion
from cms_stadsregio.caching.requests import memo_of

VERSION_KEY = "content version"
_MISSING = object()
# What a database that cannot be reached raises.
UNAVAILABLE = (OperationalError, InterfaceError)


def content_version(request=None):
    """The current content version; read once per request."""
    if request is not None:
        value = memo_of(request).get(VERSION_KEY)
        if value is not None:
            return value
    value = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first() or 0
    if request is not None:
        memo_of(request)[VERSION_KEY] = value
    global last_known_version
    last_known_version = value
    return value


# The content version this process read last: while the database is unreachable, the pages cached
# under it are served as they were (PageCacheMiddleware). Per process, not in the cache: a cache
# write per request would cost more than it saves.
last_known_version = None


def bump_content_version():
    """Invalidate every cached page and fragment (within the caller's transaction)."""
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
    memo = memo_of(request)
    if ("cached", name) in memo:
        return memo["cached", name]
    key = version_key(request, "data", name)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout or settings.FRAGMENT_CACHE_SECONDS)
    memo["cached", name] = value
    return value


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
