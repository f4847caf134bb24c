import os

from django.core.exceptions import ImproperlyConfigured

from stadsregio_site.settings.base import *  # noqa: F403
from stadsregio_site.settings.environment import env_bool, env_int

DEBUG = False

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_SECRET_KEY moet ingesteld zijn in productie.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS moet ingesteld zijn in productie.")


SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading binds the whole domain and its subdomains to HTTPS in every browser for months
    # and is hard to undo, so it is the domain owner's choice (DJANGO_SECURE_HSTS_PRELOAD). The
    # check only says the site cannot be submitted to the preload list without it.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Persistent database connections (a minute by default): opening one per request halves the
# throughput, also of pages served from the cache. The health check at the start of a request
# replaces a connection that the database closed (a restart, a failover) instead of failing on it.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Errors and warnings to stderr, where the process manager (systemd, a container) collects them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "readable": {"format": "{asctime} {levelname} {name} {process:d}: {message}", "style": "{"},
    },
    # A request that fails on an unreachable database: one line, not a traceback per request.
    "filters": {
        "database_unavailable": {"()": "cms_stadsregio.caching.outage.DatabaseUnavailableFilter"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "readable",
            "filters": ["database_unavailable"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        # 4xx answers (bots asking for /wp-login.php) would drown the errors.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
