"""Runs one of the benchmark's scripts on a copy of the seeded demo, before and after 40 more
projects and news items: the suite checks the same numbers the benchmark reports."""

import json
import subprocess
import sys
from pathlib import Path

from tests.demo_database import copy_of
from tests.e2e.conftest import _manage

BASE_DIR = Path(__file__).resolve().parents[2]


def run_script(demo, arguments, out: Path, **env) -> list[dict]:
    result = subprocess.run(  # noqa: S603 (our own script, fixed arguments)
        [sys.executable, *arguments, str(out)],
        env=demo.env(BENCHMARK_RUNS="1", **env),
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(out.read_text())


def measure_small_and_large(seeded_demo, workdir, arguments, **env):
    """The script's rows on the demo content, then with 40 more projects and news items."""
    with copy_of(seeded_demo, workdir, workdir.name) as demo:
        small = run_script(demo, arguments, workdir / "small.json", **env)
        _manage(demo.env(), "seed_demo", "--projects", "40", "--news", "40")
        large = run_script(demo, arguments, workdir / "large.json", **env)
    return small, large
