"""Governance and open data are plugins: the site runs without either (and without the demo,
which builds governance content). Each variant runs tests/stadsregio_site/optional_apps.py in a
process of its own, on SQLite, with STADSREGIO_LEAVE_OUT set."""

import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

import pytest

REPO = Path(__file__).resolve().parents[2]
SMOKE = Path(__file__).with_name("optional_apps.py")

# Each variant runs on a SQLite database of its own, whatever the suite runs on: once is enough,
# in the SQLite pass (CI runs the suite on SQLite and on PostgreSQL).
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the variants run on SQLite, in the SQLite pass"
)


@pytest.mark.parametrize("leave_out", ["governance,demo", "opendata"])
def test_the_site_works_without(leave_out, tmp_path):
    env = {
        # Not the settings of the run that started this one (CI's `-n 2`, an xdist worker's name).
        **{name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")},
        "STADSREGIO_LEAVE_OUT": leave_out,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    result = subprocess.run(  # noqa: S603 (this interpreter running pytest)
        [
            sys.executable,
            "-m",
            "pytest",
            str(SMOKE),
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-o",
            "addopts=-ra",
            "--rootdir",
            str(REPO),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and " failed" not in result.stdout


def test_leaving_out_governance_but_keeping_the_demo_is_refused(tmp_path):
    env = {**os.environ, "STADSREGIO_LEAVE_OUT": "governance"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "laat ook demo weg" in result.stderr


def test_only_optional_apps_can_be_left_out():
    env = {**os.environ, "STADSREGIO_LEAVE_OUT": "editorial"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "STADSREGIO_LEAVE_OUT=editorial" in result.stderr
