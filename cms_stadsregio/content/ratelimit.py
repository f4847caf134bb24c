"""A fixed-window rate limit in Django's cache: no third-party service, shared by every server
that shares the cache (Redis in production)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The visitor's address. Behind a reverse proxy every request comes from the proxy, so a
    deployment names the header the proxy sets (e.g. CLIENT_IP_HEADER = "HTTP_X_REAL_IP").

    In a list (X-Forwarded-For) the last address is the one our proxy added; the ones before it
    come from the client and could be made up to dodge the rate limit and the login lockout."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


class RateLimit:
    def __init__(self, name, *, limit, window):
        self.name = name
        self.limit = limit
        self.window = window

    def _key(self, identity):
        # Hashed so that IP addresses are not kept in the cache as they are.
        digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
        return f"ratelimit:{self.name}:{digest}"

    def allow(self, identity):
        """Count one hit for `identity`; False once it has used up its hits in this window."""
        key = self._key(identity)
        if cache.add(key, 1, self.window):
            return True
        try:
            count = cache.incr(key)
        except ValueError:
            # The entry expired between add() and incr(): this hit starts a new window.
            cache.set(key, 1, self.window)
            return True
        return count <= self.limit

    def reset(self, identity):
        cache.delete(self._key(identity))
