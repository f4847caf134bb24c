"""Every page type is valid HTML according to the Nu Html Checker (vnu.jar, from npm)."""

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.pages import PAGE_PARAMS, PAGES

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def vnu_report(demo_site, vnu_command, tmp_path_factory) -> dict[str, dict]:
    """Per page name: its path, status and the checker's errors; the checker runs once for all."""
    folder = tmp_path_factory.mktemp("html")
    report = {}
    for demo_page in PAGES:
        try:
            path = demo_site.path_of(demo_page)
        except LookupError as error:
            report[demo_page.name] = {"problem": str(error)}
            continue
        status, html = demo_site.fetch(path)
        (folder / f"{demo_page.name}.html").write_text(html)
        report[demo_page.name] = {"path": path, "status": status, "errors": []}

    files = sorted(str(file) for file in folder.glob("*.html"))
    result = subprocess.run(  # noqa: S603 (fixed command)
        [*vnu_command, "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    try:
        messages = json.loads(result.stderr)["messages"]  # vnu writes its report to stderr
    except (json.JSONDecodeError, KeyError):
        pytest.fail(
            f"vnu.jar gave no JSON report (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}",
            pytrace=False,
        )
    for message in messages:
        name = Path(message.get("url", "")).stem
        # A message about no file in particular (the checker itself failing) concerns every page.
        for entry in [report[name]] if name in report else report.values():
            entry.setdefault("errors", []).append(message)
    return report


@pytest.mark.parametrize("demo_page", PAGE_PARAMS)
def test_html_is_valid(vnu_report, demo_page):
    entry = vnu_report[demo_page.name]
    if "problem" in entry:
        pytest.fail(entry["problem"], pytrace=False)
    assert entry["status"] == demo_page.status, (
        f"{entry['path']} answered {entry['status']}, expected {demo_page.status}"
    )
    if entry["errors"]:
        lines = [f"{len(entry['errors'])} Nu Html Checker error(s) in {entry['path']}:"]
        for error in entry["errors"]:
            lines.append(
                f"- line {error.get('lastLine', '?')}, column {error.get('firstColumn', '?')}: "
                f"{error.get('message')}"
            )
            if error.get("extract"):
                lines.append(f"    {error['extract']!r}")
        pytest.fail("\n".join(lines), pytrace=False)
