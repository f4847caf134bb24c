"""The admin's query budget, measured by the benchmark's own script (benchmarks/admin.py) on the
demo site and again with 40 more projects and news items: the dashboard and the page listing stay
within 60 queries for every role, and no admin screen or review step grows with the content.

Times are reported by `benchmarks/run`, not asserted here (the suite shares the machine).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo_database import copy_of
from tests.e2e.conftest import _manage

BASE_DIR = Path(__file__).resolve().parents[2]
MAX_QUERIES = 60


def _measure(demo, out: Path) -> dict[tuple[str, str], dict]:
    result = subprocess.run(  # noqa: S603 (our own script, fixed arguments)
        [sys.executable, str(BASE_DIR / "benchmarks" / "admin.py"), str(out)],
        env=demo.env(BENCHMARK_RUNS="1", DJANGO_SETTINGS_MODULE="stadsregio_site.settings.test"),
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return {(row["screen"], row["role"]): row for row in json.loads(out.read_text())}


@pytest.fixture(scope="module")
def measured(seeded_demo, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("admin-speed")
    with copy_of(seeded_demo, workdir, "admin") as demo:
        small = _measure(demo, workdir / "small.json")
        _manage(demo.env(), "seed_demo", "--projects", "40", "--news", "40")
        large = _measure(demo, workdir / "large.json")
    return small, large


def test_every_screen_and_step_answers(measured):
    small, _large = measured
    assert len(small) >= 13
    assert {row["status"] for row in small.values()} <= {200, 302}, small
    # Zero would mean the measurement itself is broken.
    assert min(row["queries"] for row in small.values()) > 5


@pytest.mark.parametrize("screen", ["dashboard", "page listing of the projects"])
def test_dashboard_and_listing_stay_within_the_budget(measured, screen):
    small, large = measured
    for rows in (small, large):
        for (name, role), row in rows.items():
            if name == screen:
                assert row["queries"] <= MAX_QUERIES, (role, row)


def test_no_admin_screen_grows_with_the_content(measured):
    small, large = measured
    grown = {
        key: (small[key]["queries"], row["queries"])
        for key, row in large.items()
        if row["queries"] != small[key]["queries"]
    }
    assert grown == {}
