"""`migrate` stops on a database made before the apps had their own migrations."""

from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

import pytest

from cms_stadsregio.content.checks import migrations_on_disk

pytestmark = pytest.mark.django_db


def test_a_current_database_passes():
    assert migrations_on_disk(databases=["default"]) == []


def test_a_database_from_before_the_split_is_refused_with_what_to_do():
    MigrationRecorder(connection).record_applied("cms_stadsregio", "0009_related_project_links")
    errors = migrations_on_disk(databases=["default"])
    assert [error.id for error in errors] == ["stadsregio.E001"]
    assert "cms_stadsregio.0009_related_project_links" in errors[0].msg
    assert "remove db.sqlite3" in errors[0].hint
    with pytest.raises(SystemCheckError, match="stadsregio.E001"):
        call_command("check", databases=["default"])


def test_other_apps_migrations_are_not_ours_to_judge():
    MigrationRecorder(connection).record_applied("someoneelse", "0001_initial")
    assert migrations_on_disk(databases=["default"]) == []
