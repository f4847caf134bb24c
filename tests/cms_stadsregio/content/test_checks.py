"""`migrate` stops on a database made before the apps had their own migrations (the database
check that cms_stadsregio/content/apps.py registers; this module does not import it, so a check
left unregistered fails here)."""

from django.core.checks import Tags, run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

import pytest

pytestmark = pytest.mark.django_db


def database_errors():
    return [
        error
        for error in run_checks(databases=["default"], tags=[Tags.database])
        if error.id.startswith("stadsregio.")
    ]


def test_a_current_database_passes():
    assert database_errors() == []


def test_a_database_from_before_the_split_is_refused_with_what_to_do():
    MigrationRecorder(connection).record_applied("cms_stadsregio", "0009_related_project_links")
    errors = database_errors()
    assert [error.id for error in errors] == ["stadsregio.E001"]
    assert "cms_stadsregio.0009_related_project_links" in errors[0].msg
    assert "remove db.sqlite3" in errors[0].hint
    with pytest.raises(SystemCheckError, match="stadsregio.E001"):
        call_command("check", databases=["default"])


def test_other_apps_migrations_are_not_ours_to_judge():
    MigrationRecorder(connection).record_applied("someoneelse", "0001_initial")
    assert database_errors() == []
