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


def test_the_bakerydemo_table_shows_each_pages_ceiling(tmp_path):
    bakery = {
        "commit": "8e2b625755d8942412d5b7627b146a795933b8b2",
        "source": "side by side",
        "pages": [
            {"name": "bread", "path": "/breads/x/", "rps": 76, "pairs_with": "project"},
            {"name": "home", "path": "/", "rps": 24, "pairs_with": "home"},
        ],
    }
    (tmp_path / "bakerydemo.json").write_text(json.dumps(bakery))
    floor = [{"name": "project", "path": "/projecten/x/", "rps": 169, "non_2xx": 0}]
    (tmp_path / "load-floor.json").write_text(json.dumps(floor))
    load_off = {
        "project": {"name": "project", "path": "/projecten/x/", "rps": 101},
        "home": {"name": "home", "path": "/", "rps": 160},
    }
    failures = []
    lines = report.bakerydemo_table(tmp_path, load_off, failures)
    project = "| project (`/projecten/x/`) | 101 | bread (`/breads/x/`) | 76 | 1.3× | 169 | 2.2× |"
    assert project in lines
    assert "| home (`/`) | 160 | home (`/`) | 24 | 6.7× | – | – |" in lines
    assert failures == ["uncached project: 1.3x bakerydemo's bread (min 3x; ceiling 2.2x)"]
