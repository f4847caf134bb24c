# Shared by scripts/backup and scripts/restore; sourced, not run.
# Finds the database and the uploads exactly as the site does, by reading its Django settings
# (DJANGO_SETTINGS_MODULE, default dev like manage.py; DATABASE_URL, MEDIA_ROOT, AWS_STORAGE_BUCKET_NAME).
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() {
    printf '==> %s\n' "$*" >&2
}

die() {
    printf 'FOUT / ERROR: %s\n' "$*" >&2
    exit 1
}

# The project's virtualenv when there is one (a checkout, /srv/stadsregio/app), else python3.
site_python() {
    if [[ -n ${PYTHON:-} ]]; then
        printf '%s' "$PYTHON"
    elif [[ -x $REPO_ROOT/.venv/bin/python ]]; then
        printf '%s' "$REPO_ROOT/.venv/bin/python"
    else
        printf 'python3'
    fi
}

# Sets DB_ENGINE (postgresql|sqlite), DB_NAME, MEDIA_ON_DISK (1|0), MEDIA_DIR and, for PostgreSQL,
# the PG* variables that pg_dump, pg_restore and psql read (no password on a command line).
load_site_settings() {
    local python settings
    python="$(site_python)"
    export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-stadsregio_site.settings.dev}"
    settings="$(cd "$REPO_ROOT" && "$python" - <<'PYTHON'
import shlex

from django.conf import settings

database = settings.DATABASES["default"]
engine = database["ENGINE"].rsplit(".", 1)[-1].replace("sqlite3", "sqlite")
values = {
    "DB_ENGINE": engine,
    "DB_NAME": str(database["NAME"]),
    "MEDIA_DIR": str(settings.MEDIA_ROOT),
    "MEDIA_ON_DISK": "1"
    if settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    else "0",
}
if engine == "postgresql":
    values.update(
        PGDATABASE=str(database["NAME"]),
        PGHOST=str(database.get("HOST") or ""),
        PGPORT=str(database.get("PORT") or ""),
        PGUSER=str(database.get("USER") or ""),
        PGPASSWORD=str(database.get("PASSWORD") or ""),
    )
for name, value in values.items():
    print(f"{name}={shlex.quote(value)}")
PYTHON
)" || die "de instellingen van de site konden niet gelezen worden / could not read the site's settings"
    eval "$settings"
    if [[ $DB_ENGINE == postgresql ]]; then
        export PGDATABASE PGHOST PGPORT PGUSER PGPASSWORD
        # Empty libpq variables are not the same as unset ones (an empty PGHOST means the socket).
        local name
        for name in PGHOST PGPORT PGUSER PGPASSWORD; do
            [[ -n ${!name} ]] || unset "$name"
        done
    elif [[ $DB_ENGINE != sqlite ]]; then
        die "databank $DB_ENGINE wordt niet ondersteund / database engine not supported: $DB_ENGINE"
    fi
}

# sqlite_copy SOURCE TARGET: a consistent copy through SQLite's online backup, safe while the site
# writes to SOURCE (a plain cp could catch a half-written page or miss the -wal file).
sqlite_copy() {
    "$(site_python)" - "$1" "$2" <<'PYTHON'
import contextlib
import sqlite3
import sys
from pathlib import Path

source, target = sys.argv[1], sys.argv[2]
if not Path(source).is_file():
    sys.exit(f"FOUT / ERROR: {source} bestaat niet / does not exist")
with (
    contextlib.closing(sqlite3.connect(source)) as origin,
    contextlib.closing(sqlite3.connect(target)) as copy,
):
    origin.backup(copy)
PYTHON
}
