"""Cache, sessions, media storage and the frontend cache follow the environment.

Each case imports the production settings in a fresh process with only the variables it names.
"""

import json

import pytest

from tests.stadsregio_site.production import run_production

REPORT = """
import json
import django
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage
from wagtail.contrib.frontend_cache.utils import get_backends

default_storage._setup()  # the storage object behind the lazy default_storage
storage = default_storage._wrapped
print(json.dumps({
    "caches": settings.CACHES,
    "session_engine": settings.SESSION_ENGINE,
    "session_cache_alias": settings.SESSION_CACHE_ALIAS,
    "storages": settings.STORAGES,
    "middleware": settings.MIDDLEWARE,
    "storage_class": type(storage).__module__ + "." + type(storage).__qualname__,
    "storage": {
        name: getattr(storage, name, None)
        for name in ("querystring_auth", "file_overwrite", "default_acl", "bucket_name",
                     "endpoint_url", "region_name", "custom_domain", "object_parameters")
    },
    "image_url": default_storage.url("images/kaart.jpg"),
    "frontend_cache": settings.WAGTAILFRONTENDCACHE,
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "frontend_backends": {
        name: type(backend).__name__ for name, backend in get_backends().items()
    },
}))
"""


def production_settings(**env):
    result = run_production(["-c", REPORT], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_without_services_one_machine_defaults():
    report = production_settings()
    assert report["caches"]["default"]["BACKEND"] == (
        "django.core.cache.backends.locmem.LocMemCache"
    )
    assert report["session_engine"] == "django.contrib.sessions.backends.db"
    assert report["storage_class"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert report["image_url"] == "/media/images/kaart.jpg"
    # Nothing to purge in development and tests.
    assert report["frontend_cache"] == {}
    assert report["frontend_backends"] == {}


def test_redis_url_shares_cache_and_sessions_between_servers():
    report = production_settings(REDIS_URL="redis://cache.internal:6379/1")
    default, sessions = report["caches"]["default"], report["caches"]["sessions"]
    assert default["BACKEND"] == "stadsregio_site.cache.TolerantRedisCache"
    assert default["LOCATION"] == "redis://cache.internal:6379/1"
    assert default["KEY_PREFIX"] == "stadsregio"
    assert sessions["BACKEND"] == "stadsregio_site.cache.TolerantRedisCache"
    assert sessions["KEY_PREFIX"] != default["KEY_PREFIX"]
    assert report["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert report["session_cache_alias"] == "sessions"


def test_cache_key_prefix_from_the_environment():
    report = production_settings(REDIS_URL="redis://127.0.0.1:6379/0", CACHE_KEY_PREFIX="acc")
    assert report["caches"]["default"]["KEY_PREFIX"] == "acc"


def test_bucket_moves_uploads_to_s3_and_keeps_static_files_with_whitenoise():
    report = production_settings(
        AWS_STORAGE_BUCKET_NAME="stadsregio-media",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        AWS_S3_REGION_NAME="fr-par",
        AWS_ACCESS_KEY_ID="test-key",
        AWS_SECRET_ACCESS_KEY="test-secret",
    )
    backend = "stadsregio_site.storage.PrivateMediaStorage"
    assert report["storages"]["default"]["BACKEND"] == backend
    assert report["storage_class"] == backend
    storage = report["storage"]
    assert storage["bucket_name"] == "stadsregio-media"
    assert storage["endpoint_url"] == "https://s3.fr-par.scw.cloud"
    assert storage["region_name"] == "fr-par"
    # A private bucket: no per-object ACL; never replace an existing file.
    assert storage["default_acl"] is None
    assert storage["file_overwrite"] is False
    assert "max-age" in storage["object_parameters"]["CacheControl"]
    # Image files are addressed through the site, which checks that the public may see them.
    assert report["image_url"] == "/media/images/kaart.jpg"
    # Static files are not affected: WhiteNoise serves them from the app servers.
    assert report["storages"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in report["middleware"]


def test_purge_urls_configure_one_http_backend_per_proxy():
    report = production_settings(
        FRONTEND_CACHE_PURGE_URL="http://10.0.0.11:6081, http://10.0.0.12:6081"
    )
    assert report["frontend_cache"] == {
        "proxy-1": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://10.0.0.11:6081",
        },
        "proxy-2": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://10.0.0.12:6081",
        },
    }
    assert report["frontend_backends"] == {"proxy-1": "HTTPBackend", "proxy-2": "HTTPBackend"}


def test_cloudflare_zone_and_token_configure_the_cloudflare_backend():
    report = production_settings(
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone-123",
        FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN="token-abc",
    )
    assert report["frontend_cache"] == {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zone-123",
            "BEARER_TOKEN": "token-abc",
        }
    }
    assert report["frontend_backends"] == {"cloudflare": "CloudflareBackend"}


def test_cloudflare_zone_without_token_refuses_to_start():
    result = run_production(["-c", REPORT], FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone-123")
    assert result.returncode != 0
    assert "FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN" in result.stderr


@pytest.mark.parametrize("bucket", [{}, {"AWS_STORAGE_BUCKET_NAME": "stadsregio-media"}])
def test_images_come_from_the_site_itself_with_or_without_a_bucket(bucket):
    report = production_settings(**bucket)
    assert report["img_src"] == ["'self'", "data:"]
    assert report["image_url"] == "/media/images/kaart.jpg"
