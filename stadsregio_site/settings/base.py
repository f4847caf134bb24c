"""Settings shared by every environment; what differs per machine comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

from stadsregio_site.settings.environment import env_bool, env_int, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

# The Stadsregio's own apps, one per concern (docs/architecture.md). The optional ones can be left
# out with STADSREGIO_LEAVE_OUT=governance,opendata,demo (any of them); the rest of the site works
# without them (tests/stadsregio_site/test_optional_apps.py). The demo builds governance content,
# so it goes when governance goes.
OPTIONAL_APPS = {
    "demo": "cms_stadsregio.demo",
    "opendata": "cms_stadsregio.opendata",
    "governance": "cms_stadsregio.governance",
}
LEFT_OUT = env_list("STADSREGIO_LEAVE_OUT")
if unknown := set(LEFT_OUT) - set(OPTIONAL_APPS):
    raise ImproperlyConfigured(
        f"STADSREGIO_LEAVE_OUT={','.join(LEFT_OUT)}: alleen {', '.join(sorted(OPTIONAL_APPS))} "
        f"kunnen weg, niet {', '.join(sorted(unknown))} (only these apps are optional)."
    )
if "governance" in LEFT_OUT and "demo" not in LEFT_OUT:
    raise ImproperlyConfigured(
        "STADSREGIO_LEAVE_OUT: zonder governance kan de demo niet; laat ook demo weg "
        "(the demo builds governance content: leave out demo too)."
    )
STADSREGIO_APPS = [
    app
    for app in (
        "home",
        "cms_stadsregio.demo",
        "cms_stadsregio.opendata",
        "cms_stadsregio.governance",
        "cms_stadsregio.editorial",
        "cms_stadsregio.content",
        "cms_stadsregio.caching",
    )
    if app not in {OPTIONAL_APPS[name] for name in LEFT_OUT}
]

INSTALLED_APPS = [
    *STADSREGIO_APPS,
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "wagtail_modeladmin",
    "rest_framework",
    "modelcluster",
    "taggit",
    "csp",
    "axes",
    # wagtail-modeladmin's list filters are built on Django's admin; its URLs are not mounted.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its Dutch catalogue translates the "5 minuten geleden" of Wagtail's status panel.
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages, feeds, the API and the export compressed for a client that accepts it, also when
    # gunicorn is not behind nginx; outside the page cache, which keeps one uncompressed copy.
    # Django's GZip adds random bytes to each response against BREACH, and CSRF tokens are masked
    # per response.
    "django.middleware.gzip.GZipMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached page for an anonymous visitor skips them.
    "cms_stadsregio.caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Wagtail's site for the request, from the cache (cms_stadsregio/caching/middleware.py).
    "cms_stadsregio.caching.middleware.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The review task confirms each decision on the request that made it.
    "cms_stadsregio.caching.requests.CurrentRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout during authentication into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "stadsregio_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "stadsregio_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several editors on the embedded database: readers never wait for a writer (WAL), a writer
    # waits up to 20 s for another instead of failing with "database is locked", and every
    # transaction takes the write lock when it starts (IMMEDIATE), so an autosave and a press on
    # "Bewaar concept" queue instead of one of them failing halfway.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a login while the account is locked out, even with the right
# password, before Django's backend checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# Files that must be at the root of the site, served by WhiteNoise: /favicon.ico, which browsers
# and feed readers ask for whatever a page declares.
WHITENOISE_ROOT = BASE_DIR / "stadsregio_site" / "root_files"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


# Uploads on S3-compatible object storage (django-storages, its own variable names) when a bucket
# is named, so that every app server sees the same files; MEDIA_ROOT on local disk otherwise.
# Static files stay with WhiteNoise. The keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) are not
# settings: django-storages and boto3 read them from the environment themselves. The bucket is
# private: images and renditions are addressed through the site (/media/...), which serves them
# once the public may see them (cms_stadsregio.content.publicity), like documents (/documenten/...).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "stadsregio_site.storage.PrivateMediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE") or None,
            "signature_version": os.environ.get("AWS_S3_SIGNATURE_VERSION") or "s3v4",
            "location": os.environ.get("AWS_LOCATION", ""),
            # No ACL per object: nobody but the site reads the bucket (and buckets that enforce
            # "bucket owner" object ownership refuse uploads that carry an ACL).
            "default_acl": None,
            # A second upload named like an existing file gets a name of its own instead of
            # replacing a file that published pages, renditions and caches still point at.
            "file_overwrite": False,
            # A day, not a year: a file that had to be taken down is gone from caches by tomorrow.
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }


# An image file or rendition under MEDIA_URL is served by cms_stadsregio.content.views.image_file
# once the public may see its image. Behind nginx, Django only decides and nginx sends the file
# from this internal location (X-Accel-Redirect; deploy/nginx/stadsregio.conf); empty: Django
# sends it.
MEDIA_X_ACCEL_PREFIX = os.environ.get("MEDIA_X_ACCEL_PREFIX", "")

# Cache and sessions. With REDIS_URL all app servers share one cache (rendered pages, fragments,
# the rate limit of the document request form) and see the same sessions. Without it every process
# has a cache of its own in memory: pages stay correct, because the content version that keys them
# is read from the database, but each worker renders and keeps its own copy, and the rate limit
# counts per process. Sessions are then kept in the database.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "stadsregio")
if REDIS_URL:
    # Short socket timeouts, and a backend that turns a Redis that stopped answering into a cache
    # miss (stadsregio_site/cache.py): the site slows down, it does not fail or hang.
    _redis_options = {"socket_connect_timeout": 2, "socket_timeout": 2}
    CACHES = {
        "default": {
            "BACKEND": "stadsregio_site.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": _redis_options,
        },
        "sessions": {
            "BACKEND": "stadsregio_site.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-sessions",
            "OPTIONS": _redis_options,
        },
    }
    # cached_db, not cache: sessions are read from Redis but also written to the database, so an
    # editor stays logged in when Redis restarts, evicts keys under memory pressure or is flushed
    # (RedisCache.clear() empties the whole Redis database). Only logged-in editors have sessions,
    # so the extra write costs next to nothing.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": CACHE_KEY_PREFIX,
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# A CDN or caching reverse proxy in front of the site is purged when a page is published or
# unpublished. Wagtail purges that page's own addresses only; listings and the home page that show
# it depend on a short TTL in the proxy. Unset: nothing is purged (development, tests).
WAGTAILFRONTENDCACHE = {}
# One purge address per proxy (Varnish, or nginx with the cache-purge module): with a proxy on each
# machine, every one of them must hear of the change.
for _number, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL"), start=1):
    WAGTAILFRONTENDCACHE[f"proxy-{_number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    # Checked here: Wagtail would only complain at the first publish, after the page went live.
    if not os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"):
        raise ImproperlyConfigured(
            "FRONTEND_CACHE_CLOUDFLARE_ZONEID vraagt ook FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN."
        )
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""),
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Mail goes to the console until an SMTP server is configured (production: EMAIL_HOST and friends).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", "redactie@stadsregio-turnhout.be"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "website@stadsregio-turnhout.be")

# The base of the linked-data URIs in the published decisions (meetings, minutes, governing bodies,
# mandates): identifiers that must never change once a decision is published, so they do not
# follow the host a page happens to be served from (127.0.0.1 in the demo, a test server, a
# proxy). Set it to the site's public address before the first real publication; see
# docs/decisions.md.
LINKED_DATA_BASE_URL = os.environ.get(
    "LINKED_DATA_BASE_URL", "https://www.stadsregio-turnhout.be"
).rstrip("/")

# Wagtail
WAGTAIL_SITE_NAME = "Stadsregio Turnhout"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_IMAGE_MODEL = "cms_stadsregio.StadsregioImage"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels (a large camera photo): decoding one takes at most some 160 MB
# (cms_stadsregio/content/uploads.py).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms_stadsregio.content.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms_stadsregio.content.uploads.DocumentForm"
# Documents always go through Wagtail's view, also on object storage: it sends Content-Disposition
# (PDF inline, everything else as a download), X-Content-Type-Options: nosniff and
# "Content-Security-Policy: default-src 'none'" (WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT), so a
# document cannot run scripts on our domain, and it applies collection privacy.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend; on SQLite with the title weighed as on PostgreSQL.
        "BACKEND": "wagtail.search.backends.database"
        if DATABASE_IS_POSTGRES
        else "cms_stadsregio.content.search_sqlite",
        # Dutch stemming is only available on PostgreSQL; SQLite FTS5 ignores this option.
        "SEARCH_CONFIG": "dutch",
    }
}
# Re-approval is by content, not by revision (cms_stadsregio/editorial/workflows.py): an autosave
# that changes nothing keeps every approval, an edit makes the changed content's approvals stale.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
WAGTAILADMIN_USER_LOGIN_FORM = "cms_stadsregio.content.admin_forms.LoginForm"
# Avatars from gravatar.com would make every admin page call another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"

WAGTAILEMBEDS_FINDERS = []  # third-party embeds would track visitors

# The public API (/api/v2/) is anonymous and read-only: no logins through it, so it shows exactly
# what a visitor sees and cannot be used to guess passwords.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# Up to 100 items per API request (Wagtail's default is 20); a listing costs the same queries.
WAGTAILAPI_LIMIT_MAX = 100

# Security headers on every response, in every environment (so the browser tests see them too).
# Public pages load nothing from other hosts and have no inline scripts or styles. The Wagtail
# admin needs inline scripts and styles, so it is left out (it is only for logged-in editors).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # No page of the site is shown in a frame (Wagtail's preview frames an admin address):
        # the same rule as X-Frame-Options below, for browsers that know only one of the two.
        "frame-ancestors": ["'none'"],
    },
}
X_FRAME_OPTIONS = "DENY"
# Browser features the site never uses (django-permissions-policy): no origin may use them.
# Only features Chromium knows: it logs an error for every other one (the browser tests check).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# The visitor's address behind a reverse proxy: the header the proxy sets (e.g. X-Real-IP), for
# the rate limit of the request form and the login lockout. Unset: the connection's address.
CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER", "").strip()
if CLIENT_IP_HEADER and not CLIENT_IP_HEADER.startswith("HTTP_"):
    CLIENT_IP_HEADER = "HTTP_" + CLIENT_IP_HEADER.upper().replace("-", "_")

# Brute-force protection of the logins (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords
# for one account from one address, that combination is locked out for LOGIN_LOCKOUT_MINUTES,
# even with the right password. Locking the account alone would let anyone lock editors out.
# Unlock early: `manage.py axes_reset_username <name>` (or `axes_reset` for everyone).
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms_stadsregio.content.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "stadsregio_site.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# After a front-end login without `next` (Wagtail's /_util/login/): the home page, not Django's
# /accounts/profile/, which does not exist here.
LOGIN_REDIRECT_URL = "/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

# Caching for anonymous visitors (cms_stadsregio/caching/): whole pages and shared fragments,
# invalidated on every publish through the content version in the database.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 3600)
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documenten/", "/afbeeldingen/", "/media/", "/static/")

SITE_ORGANISATION_FALLBACK_NAME = _("Stadsregio Turnhout")
