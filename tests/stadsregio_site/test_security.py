"""Security settings and headers: `check --deploy` is clean in production, HSTS and the HTTPS
redirect come from the environment, and every response carries the security headers."""

import json

from django.test import RequestFactory

import pytest

from cms_stadsregio.content.factories import DocumentFactory
from cms_stadsregio.content.ratelimit import client_ip
from home.factories import HomePageFactory
from tests.stadsregio_site.production import run_production

PUBLIC_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def directives(policy):
    """'a x y; b z' -> {"a": ["x", "y"], "b": ["z"]} (django-csp does not keep an order)."""
    parsed = {}
    for directive in policy.split(";"):
        name, *values = directive.split()
        parsed[name] = values
    return parsed


def production_settings(*names, **env):
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = run_production(["-c", code], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_is_clean_in_production():
    result = run_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output
    assert "WARNING" not in output


def test_check_deploy_is_clean_with_hsts_preload():
    result = run_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECURE_HSTS_PRELOAD="true",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_check_deploy_warns_when_https_is_switched_off():
    # The clean result above means something: the check does look at these settings.
    result = run_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_HSTS_SECONDS="0",
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout
    assert "security.W008" in result.stderr + result.stdout


def test_production_https_defaults():
    values = production_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
    )
    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
    }


def test_production_https_from_the_environment():
    values = production_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_PRELOAD",
        "AXES_FAILURE_LIMIT",
        "CLIENT_IP_HEADER",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_HSTS_SECONDS="300",
        DJANGO_SECURE_HSTS_PRELOAD="true",
        LOGIN_FAILURE_LIMIT="10",
        DJANGO_CLIENT_IP_HEADER="X-Real-IP",
    )
    assert values == {
        "SECURE_SSL_REDIRECT": False,
        "SECURE_HSTS_SECONDS": 300,
        "SECURE_HSTS_PRELOAD": True,
        "AXES_FAILURE_LIMIT": 10,
        "CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
    }


def test_production_keeps_database_connections_with_health_checks():
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "db = settings.DATABASES['default']; "
        "print(json.dumps([db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS']]))"
    )
    result = run_production(["-c", code])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [60, True]
    result = run_production(["-c", code], DATABASE_CONN_MAX_AGE="0")
    assert json.loads(result.stdout) == [0, True]


def test_production_logs_errors_readably_to_stderr():
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').error('Internal Server Error: /kapot/'); "
        "logging.getLogger('django.request').warning('Not Found: /wp-login.php'); "
        "logging.getLogger('cms_stadsregio').info('not shown')"
    )
    result = run_production(["-c", code])
    assert result.returncode == 0, result.stderr
    assert "ERROR django.request" in result.stderr
    assert "Internal Server Error: /kapot/" in result.stderr
    assert "wp-login" not in result.stderr
    assert "not shown" not in result.stderr
    assert result.stdout == ""


@pytest.mark.django_db
def test_public_pages_send_the_security_headers(client):
    HomePageFactory()
    response = client.get("/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == PUBLIC_CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in policy.split(", ")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/bestaat-niet/", "/zoeken/?q=wonen", "/api/v2/pages/"])
def test_the_framing_headers_agree(client, path):
    # DENY with frame-ancestors 'none', or SAMEORIGIN with 'self': never one of each.
    HomePageFactory()
    response = client.get(path)
    frame_ancestors = directives(response["Content-Security-Policy"])["frame-ancestors"]
    expected = {"DENY": ["'none'"], "SAMEORIGIN": ["'self'"]}[response["X-Frame-Options"]]
    assert frame_ancestors == expected


@pytest.mark.django_db
def test_a_front_end_login_without_next_lands_on_the_home_page(client, django_user_model):
    HomePageFactory()
    django_user_model.objects.create_user("lezer", "lezer@example.org", "geheim-wachtwoord")
    response = client.post("/_util/login/", {"username": "lezer", "password": "geheim-wachtwoord"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/bestaat-niet/", "/zoeken/?q=wonen", "/sitemap.xml"])
def test_other_public_responses_have_the_policy_too(client, path):
    HomePageFactory()
    response = client.get(path)
    assert directives(response["Content-Security-Policy"]) == PUBLIC_CSP
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_the_admin_is_left_out_of_the_content_security_policy(client):
    # Wagtail's admin uses inline scripts and styles; it still gets the other headers.
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "filename,content,disposition",
    [
        ("besluit.pdf", b"%PDF-1.4\n%%EOF\n", "inline"),
        ("lijst.csv", b"naam;gemeente\n", 'attachment; filename="lijst.csv"'),
        ("nota.txt", b"<script>alert(1)</script>", 'attachment; filename="nota.txt"'),
    ],
)
def test_documents_are_served_with_safe_headers(client, filename, content, disposition):
    from django.core.files.base import ContentFile

    from wagtail.models import Collection

    from cms_stadsregio.content.publicity import PUBLIC_COLLECTION_NAME

    document = DocumentFactory(
        file=ContentFile(content, name=filename),
        collection=Collection.objects.get(name=PUBLIC_COLLECTION_NAME),
    )
    response = client.get(document.url)
    assert document.url.startswith("/documenten/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    # Wagtail's own policy for documents, not the pages' one: a document runs nothing.
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content) == content


@pytest.mark.parametrize(
    "header_value,expected",
    [
        ("198.51.100.7", "198.51.100.7"),
        # The proxy appends the address it saw; what comes before it, the client may have made up.
        ("203.0.113.99, 198.51.100.7", "198.51.100.7"),
    ],
)
def test_client_ip_trusts_only_what_the_proxy_added(settings, header_value, expected):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR=header_value, REMOTE_ADDR="10.0.0.1")
    assert client_ip(request) == expected


def test_client_ip_without_a_proxy_header_is_the_connection(settings):
    settings.CLIENT_IP_HEADER = ""
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="203.0.113.99", REMOTE_ADDR="10.0.0.1")
    assert client_ip(request) == "10.0.0.1"
