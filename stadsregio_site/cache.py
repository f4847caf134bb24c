"""Django's Redis cache backend, made tolerant: a Redis server that is down, restarting or slow
turns a cache operation into a miss (and a warning in the log) instead of an error page. The
site then renders every page from the database, as it would with an empty cache; the content
version in the database keeps what it renders correct."""

import functools
import logging

from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What each operation answers when Redis does not: as if the key were absent.
FALLBACKS = {
    "add": False,
    "get": None,
    "set": None,
    "touch": False,
    "delete": False,
    "get_many": {},
    "has_key": False,
    "set_many": [],
    "delete_many": None,
    "clear": None,
}


def _tolerant(name, fallback):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (RedisError, OSError):
            logger.warning("Redis unavailable: cache %s skipped", name, exc_info=True)
            if name == "get":
                return kwargs.get("default", args[1] if len(args) > 1 else None)
            return fallback

    return wrapper


class TolerantRedisCache(RedisCache):
    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except (RedisError, OSError):
            logger.warning("Redis unavailable: cache incr skipped", exc_info=True)
            return delta  # counted as a first hit: a rate limit does not lock everyone out


for _name, _fallback in FALLBACKS.items():
    setattr(TolerantRedisCache, _name, _tolerant(_name, _fallback))
