import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_production_settings(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="stadsregio_site.settings.production")
    return subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import django; django.setup(); from django.conf import settings; "
                "print(settings.EMAIL_BACKEND)"
            ),
        ],
        check=False,
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "env,missing",
    [
        ({}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "x" * 50}, "DJANGO_ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_key_and_hosts(env, missing):
    result = load_production_settings(**env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_production_starts_when_configured():
    result = load_production_settings(
        DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="www.stadsregio-turnhout.be"
    )
    assert result.returncode == 0, result.stderr


def test_production_mails_through_smtp_when_configured():
    configured = {"DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "example.org"}
    assert "console" in load_production_settings(**configured).stdout
    result = load_production_settings(**configured, EMAIL_HOST="smtp.example.org")
    assert result.stdout.strip() == "django.core.mail.backends.smtp.EmailBackend"


def test_dutch_and_brussels_time():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "nl-be"
    assert settings.TIME_ZONE == "Europe/Brussels"
