"""The demo site in a database of its own, for tests that run the site in other processes.

Migrating and seeding takes half a minute, so it happens once per test session (the `seeded_demo`
fixture in tests/conftest.py); each test takes a copy, which costs a second. The database is on
the suite's engine: a temporary SQLite file, or a separate database on the suite's PostgreSQL.
"""

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.conftest import SETTINGS, _e2e_database, _manage


@dataclass(frozen=True)
class DemoDatabase:
    url: str
    media_root: Path

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a process (manage.py, gunicorn, a script) that uses this site."""
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(self.media_root),
            "PYTHONUNBUFFERED": "1",
        }
        # Services are the test's choice, not whatever the developer's shell has configured.
        for name in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_PURGE_URL"):
            environment.pop(name, None)
        environment.update(extra)
        return environment


@contextlib.contextmanager
def seeded_demo_database(workdir: Path):
    with _e2e_database(workdir, "seeded") as url:
        demo = DemoDatabase(url, workdir / "media")
        _manage(demo.env(), "migrate", "--noinput")
        _manage(demo.env(), "seed_demo")
        yield demo


@contextlib.contextmanager
def copy_of(demo: DemoDatabase, workdir: Path, name: str):
    """A copy of the database and its media folder, removed when the block ends."""
    with _e2e_database(workdir, name, template=demo.url) as url:
        media_root = workdir / f"{name}-media"
        shutil.copytree(demo.media_root, media_root)
        yield DemoDatabase(url, media_root)
