"""The benchmark table's verdict on the admin (benchmarks/report.py, admin_table): screens are held
to the query budget, review steps are not, and every row to its time and to staying flat."""

import importlib.util
import json

from tests.benchmarks.measuring import BASE_DIR

spec = importlib.util.spec_from_file_location("report", BASE_DIR / "benchmarks" / "report.py")
report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(report)

META = {"projects": 2000, "news": 2000}


def row(screen, kind, queries, ms=100, role="stadsregio"):
    return {
        "screen": screen,
        "kind": kind,
        "role": role,
        "status": 200,
        "queries": queries,
        "ms": ms,
    }


def verdict(tmp_path, small, large):
    (tmp_path / "admin-small.json").write_text(json.dumps(small))
    (tmp_path / "admin-large.json").write_text(json.dumps(large))
    failures = []
    lines = report.admin_table(tmp_path, META, failures)
    return lines, failures


def test_a_screen_over_the_budget_fails(tmp_path):
    rows = [row("editor", "screen", report.MAX_ADMIN_QUERIES + 1)]
    _lines, failures = verdict(tmp_path, rows, rows)
    assert failures == ["admin editor (stadsregio): 61 queries (max 60)"]


def test_a_review_step_is_reported_but_not_held_to_the_screens_budget(tmp_path):
    rows = [row("approve", "step", 140)]
    lines, failures = verdict(tmp_path, rows, rows)
    assert failures == []
    assert "| approve | stadsregio | 140 → 140 | 100 → 100 |" in lines


def test_growth_and_slowness_fail_for_screens_and_steps(tmp_path):
    small = [row("approve", "step", 70), row("dashboard", "screen", 40)]
    large = [row("approve", "step", 71), row("dashboard", "screen", 40, ms=301)]
    _lines, failures = verdict(tmp_path, small, large)
    assert failures == [
        "admin approve (stadsregio): 70 queries → 71",
        "admin dashboard (stadsregio): 301 ms (max 300)",
    ]
