"""Every setting reads a switch or a number from the environment the same way
(stadsregio_site/settings/environment.py), and a value it cannot read stops the site at start."""

import json

from django.core.exceptions import ImproperlyConfigured

import pytest

from stadsregio_site.settings.environment import env_bool, env_int, env_list
from tests.stadsregio_site.production import run_production


@pytest.mark.parametrize(
    "value,expected",
    [
        ("on", True),
        ("ON", True),
        (" yes ", True),
        ("true", True),
        ("1", True),
        ("off", False),
        ("False", False),
        ("no", False),
        ("0", False),
    ],
)
def test_a_switch_reads_the_same_words_everywhere(monkeypatch, value, expected):
    monkeypatch.setenv("STADSREGIO_TEST_FLAG", value)
    assert env_bool("STADSREGIO_TEST_FLAG", not expected) is expected


@pytest.mark.parametrize("default", [True, False])
def test_an_unset_or_empty_switch_keeps_its_default(monkeypatch, default):
    monkeypatch.delenv("STADSREGIO_TEST_FLAG", raising=False)
    assert env_bool("STADSREGIO_TEST_FLAG", default) is default
    monkeypatch.setenv("STADSREGIO_TEST_FLAG", "")
    assert env_bool("STADSREGIO_TEST_FLAG", default) is default


def test_a_switch_it_cannot_read_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("STADSREGIO_TEST_FLAG", "misschien")
    with pytest.raises(ImproperlyConfigured, match="STADSREGIO_TEST_FLAG"):
        env_bool("STADSREGIO_TEST_FLAG", False)


def test_numbers_and_lists(monkeypatch):
    monkeypatch.setenv("STADSREGIO_TEST_NUMBER", " 42 ")
    assert env_int("STADSREGIO_TEST_NUMBER", 1) == 42
    monkeypatch.setenv("STADSREGIO_TEST_NUMBER", "veel")
    with pytest.raises(ImproperlyConfigured, match="STADSREGIO_TEST_NUMBER"):
        env_int("STADSREGIO_TEST_NUMBER", 1)
    monkeypatch.setenv("STADSREGIO_TEST_LIST", "a, b,,c ")
    assert env_list("STADSREGIO_TEST_LIST") == ["a", "b", "c"]


SWITCHES = """
import json
import django
django.setup()
from django.conf import settings
print(json.dumps({
    "EMAIL_USE_TLS": settings.EMAIL_USE_TLS,
    "PAGE_CACHE_ENABLED": settings.PAGE_CACHE_ENABLED,
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "SECURE_HSTS_PRELOAD": settings.SECURE_HSTS_PRELOAD,
}))
"""


@pytest.mark.parametrize("word,expected", [("on", True), ("off", False)])
def test_every_switch_of_the_production_settings_reads_on_and_off(word, expected):
    names = {
        "EMAIL_USE_TLS": "EMAIL_USE_TLS",
        "PAGE_CACHE": "PAGE_CACHE_ENABLED",
        "DJANGO_SECURE_SSL_REDIRECT": "SECURE_SSL_REDIRECT",
        "DJANGO_SECURE_HSTS_PRELOAD": "SECURE_HSTS_PRELOAD",
    }
    result = run_production(["-c", SWITCHES], **dict.fromkeys(names, word))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == dict.fromkeys(names.values(), expected)


def test_the_site_does_not_start_on_a_switch_it_cannot_read():
    result = run_production(["-c", SWITCHES], EMAIL_USE_TLS="ja")
    assert result.returncode != 0
    assert "EMAIL_USE_TLS='ja'" in result.stderr
