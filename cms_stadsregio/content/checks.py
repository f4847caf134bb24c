"""A database made before the apps had their own migrations cannot be migrated forward; `migrate`
(which runs the database checks) stops on it with what to do, instead of half-migrating it."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder


@register(Tags.database)
def migrations_on_disk(app_configs=None, databases=None, **kwargs):
    errors = []
    ours = {apps.get_containing_app_config(name).label for name in settings.STADSREGIO_APPS}
    for alias in databases or []:
        connection = connections[alias]
        try:
            applied = MigrationRecorder(connection).applied_migrations()
        except DatabaseError:
            continue  # no migrations table yet: a new database
        on_disk = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
        unknown = sorted(key for key in applied if key[0] in ours and key not in on_disk)
        if unknown:
            errors.append(
                Error(
                    f"The database '{alias}' has migrations that no longer exist: "
                    + ", ".join(f"{app}.{name}" for app, name in unknown[:5]),
                    hint="It was made before the apps got their own migrations "
                    "(docs/architecture.md, Migrations). Start from a new database: for the "
                    "demo, remove db.sqlite3 and run scripts/run-demo again (it rebuilds the "
                    "demo content).",
                    id="stadsregio.E001",
                )
            )
    return errors
