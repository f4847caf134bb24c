"""The admin's query budget, measured by the benchmark's own script (benchmarks/admin.py) on the
demo site and again with 40 more projects and news items: the dashboard, the page listing and the
page editor stay within 60 queries for every role, and no admin screen or review step grows with
the content.

Times are reported by `benchmarks/run`, not asserted here (the suite shares the machine).
"""

import pytest

from tests.benchmarks.measuring import BASE_DIR, measure_small_and_large

MAX_QUERIES = 60


@pytest.fixture(scope="module")
def measured(seeded_demo, tmp_path_factory):
    small, large = measure_small_and_large(
        seeded_demo,
        tmp_path_factory.mktemp("admin-speed"),
        [str(BASE_DIR / "benchmarks" / "admin.py")],
        DJANGO_SETTINGS_MODULE="stadsregio_site.settings.test",
    )
    return tuple({(row["screen"], row["role"]): row for row in rows} for rows in (small, large))


def test_every_screen_and_step_answers(measured):
    small, _large = measured
    assert len(small) >= 13
    assert {row["status"] for row in small.values()} <= {200, 302}, small
    # Zero would mean the measurement itself is broken.
    assert min(row["queries"] for row in small.values()) > 5
    screens = {name for (name, _role), row in small.items() if row["kind"] == "screen"}
    assert screens == {"dashboard", "page listing of the projects", "editor of a project in review"}


@pytest.mark.parametrize(
    "screen", ["dashboard", "page listing of the projects", "editor of a project in review"]
)
def test_every_admin_screen_stays_within_the_budget(measured, screen):
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
