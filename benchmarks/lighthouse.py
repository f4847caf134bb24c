"""Lighthouse (mobile, median of 3 runs) on every public page type of a running site.

    python benchmarks/lighthouse.py OUT.json BASE_URL

The pages are those of benchmarks/measure.py (`pages()`, without the machine-readable ENDPOINTS:
feed, CSV, API and sitemap are no pages), read from the database of the environment: the one
that the server at BASE_URL serves. Each page is audited LIGHTHOUSE_RUNS times (3 by default),
one run after the other, by benchmarks/node_modules/.bin/lighthouse through Debian's Chromium (or
LIGHTHOUSE_CHROME), with Lighthouse's defaults: the mobile form factor and simulated throttling.
Node loads benchmarks/lighthouse_hooks.mjs into Lighthouse first: without it Lighthouse 12.2.3
cannot read a trace of Chromium 156, and six performance audits fail with an error.

Per page and category (performance, accessibility, best practices, SEO) the median score, 0-100.
`failing`: every audit that scored below 1 (or could not be scored: scoreDisplayMode "error"):
- performance audits, and audits of no category, from the run with the median performance score;
- accessibility, best-practices and SEO audits from every run (their union; `runs_failed` says in
  how many runs each failed), since one run can miss what another catches;
each with its id, title, displayValue, score, category and the first items of its details (URLs,
bytes, milliseconds, elements), enough to fix the page without running Lighthouse again; a
failing metric (blocking time, LCP, layout shift) under `related` the details of the
diagnostics that explain it (long tasks, main-thread work, the LCP element, the shifts).

A run that fails is tried once more; a page that fails twice before any run passed gets an
`error` instead of scores; failed attempts of a page that was measured are listed under
`errors`. The JSON is written after each page. Exits 0 when at least one page was measured, 2
otherwise (the server or the browser is not there).

The search page, with and without results, sends `noindex` on purpose (`noindex: true` in its
entry): its SEO score is lower by design, and the report keeps it apart; so is the SEO score of
the page that answers 404 (`status`), which Lighthouse audits with --ignore-status-code.
`benchmark_index` is Lighthouse's measure of the machine's CPU (the median of the runs): below
about 1,000 Lighthouse warns that its mobile CPU throttling makes the page look slower than it is.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # sets up Django against the database of the environment

BASE_DIR = measure.BASE_DIR
LIGHTHOUSE = BASE_DIR / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
# Lets Lighthouse 12.2.3 read the traces of Chromium 156 (benchmarks/lighthouse_hooks.mjs).
NODE_HOOKS = Path(__file__).resolve().parent / "lighthouse_register.mjs"
CHROME = os.environ.get("LIGHTHOUSE_CHROME", "/usr/bin/chromium")
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
RUN_TIMEOUT = int(os.environ.get("LIGHTHOUSE_TIMEOUT", "300"))  # seconds for one run
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# Pages that answer with an error status by design: audited all the same.
EXPECTED_STATUS = {"not found": 404}
# Pages that ask search engines not to index them, by design (robots.txt disallows /zoeken/, and
# the search template sends <meta name="robots" content="noindex, follow">): "is-crawlable" fails.
NOINDEX = {"search", "search results"}
# Metrics have no details of their own: a failing one takes those of the diagnostics that explain
# it, from the same run (long tasks and main-thread work for blocking time, the LCP element and
# its phases, the layout shifts).
RELATED = {
    "total-blocking-time": ["long-tasks", "mainthread-work-breakdown"],
    "max-potential-fid": ["long-tasks"],
    "interactive": ["long-tasks", "mainthread-work-breakdown"],
    "first-contentful-paint": ["mainthread-work-breakdown"],
    "largest-contentful-paint": ["largest-contentful-paint-element"],
    "cumulative-layout-shift": ["layout-shifts"],
}
MAX_ITEMS = 25  # details items kept per audit
MAX_SUB_ITEMS = 10
MAX_TEXT = 300  # characters of a snippet or other long text


def _short(text):
    text = str(text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _value(value):
    """A details value as plain JSON: an element as its selector, snippet and label, a source
    location as url:line:column, sub-items as a short list."""
    if isinstance(value, dict):
        kind = value.get("type")
        if kind == "node":
            node = {
                "selector": value.get("selector"),
                "snippet": _short(value.get("snippet", "")),
                "label": _short(value.get("nodeLabel", "")),
            }
            if value.get("explanation"):
                node["explanation"] = _short(value["explanation"])
            if value.get("boundingRect"):
                rect = value["boundingRect"]
                node["size"] = f"{rect.get('width')}x{rect.get('height')}"
            return node
        if kind == "source-location":
            return f"{value.get('url')}:{value.get('line', 0) + 1}:{value.get('column', 0) + 1}"
        if kind == "subitems":
            items = value.get("items", [])
            kept = [_item(item) for item in items[:MAX_SUB_ITEMS]]
            if len(items) > MAX_SUB_ITEMS:
                kept.append({"more": len(items) - MAX_SUB_ITEMS})
            return kept
        if kind in ("url", "code", "text", "numeric"):
            return value.get("value")
        if kind in ("debugdata", "screenshot", "filmstrip", "treemap-data"):
            return None
        return {key: _value(inner) for key, inner in value.items() if key != "type"}
    if isinstance(value, list):
        return [_value(inner) for inner in value[:MAX_SUB_ITEMS]]
    if isinstance(value, str):
        return _short(value)
    if isinstance(value, float):
        return round(value, 1)
    return value


def _item(item):
    if not isinstance(item, dict):
        return _value(item)
    kept = {}
    for key, value in item.items():
        simple = _value(value)
        if simple not in (None, "", [], {}):
            kept[key] = simple
    return kept


def _details(details):
    """The items of an audit's details, shortened: tables and opportunities have `items`, a list
    holds tables, a critical request chain its longest chain, a checklist its failed checks."""
    if not details:
        return {}
    kind = details.get("type")
    summary = {}
    if kind in ("table", "opportunity"):
        items = details.get("items", [])
        summary["items"] = [_item(item) for item in items[:MAX_ITEMS]]
        if len(items) > MAX_ITEMS:
            summary["items_total"] = len(items)
        if details.get("overallSavingsMs"):
            summary["savings_ms"] = round(details["overallSavingsMs"])
        if details.get("overallSavingsBytes"):
            summary["savings_bytes"] = round(details["overallSavingsBytes"])
    elif kind == "list":
        items = []
        for inner in details.get("items", []):
            items.extend(_details(inner).get("items", []))
        summary["items"] = items[:MAX_ITEMS]
    elif kind == "criticalrequestchain":
        summary["longest_chain"] = details.get("longestChain")
        summary["items"] = [{"url": url} for url in _chain_urls(details.get("chains", {}))]
    elif kind == "checklist":
        summary["items"] = [
            {"check": key, **_item(check)}
            for key, check in details.get("items", {}).items()
            if not check.get("value")
        ]
    return {key: value for key, value in summary.items() if value}


def _chain_urls(chains):
    urls = []
    for chain in chains.values():
        urls.append(chain.get("request", {}).get("url"))
        urls.extend(_chain_urls(chain.get("children", {})))
    return urls[:MAX_ITEMS]


def _audit_categories(lhr):
    by_audit = {}
    for category_id, category in lhr.get("categories", {}).items():
        for ref in category.get("auditRefs", []):
            by_audit.setdefault(ref["id"], []).append(category_id)
    return by_audit


def _failing(audit):
    if audit.get("scoreDisplayMode") == "error":
        return True
    score = audit.get("score")
    return score is not None and score < 1


def _finding(audit, categories):
    finding = {
        "id": audit["id"],
        "title": audit.get("title"),
        "displayValue": audit.get("displayValue"),
        "score": audit.get("score"),
        "category": ",".join(categories) or None,
    }
    if audit.get("scoreDisplayMode") == "error":
        finding["error"] = audit.get("errorMessage")
    finding.update(_details(audit.get("details")))
    return {key: value for key, value in finding.items() if value is not None}


def _score(lhr, category):
    score = lhr.get("categories", {}).get(category, {}).get("score")
    return None if score is None else score * 100


def _median(values):
    values = [value for value in values if value is not None]
    return round(statistics.median(values)) if values else None


def summarise(lhrs):
    """Median scores and failing audits of the runs of one page."""
    by_perf = sorted(lhrs, key=lambda lhr: _score(lhr, "performance") or 0)
    median_run = by_perf[(len(by_perf) - 1) // 2]
    categories = _audit_categories(median_run)
    failing = []
    for audit in median_run.get("audits", {}).values():
        in_categories = categories.get(audit["id"], [])
        others = [c for c in in_categories if c != "performance"]
        if others and "performance" not in in_categories:
            continue  # from every run, below
        if _failing(audit):
            finding = _finding(audit, in_categories)
            related = {
                related_id: _details(median_run["audits"][related_id].get("details"))
                for related_id in RELATED.get(audit["id"], [])
                if related_id in median_run["audits"]
            }
            if any(related.values()):
                finding["related"] = {key: value for key, value in related.items() if value}
            failing.append(finding)
    # Accessibility, best practices and SEO: the union of the runs.
    union = {}
    for lhr in lhrs:
        categories = _audit_categories(lhr)
        for audit in lhr.get("audits", {}).values():
            in_categories = categories.get(audit["id"], [])
            if not in_categories or "performance" in in_categories or not _failing(audit):
                continue
            if audit["id"] in union:
                union[audit["id"]]["runs_failed"] += 1
            else:
                union[audit["id"]] = {**_finding(audit, in_categories), "runs_failed": 1}
    failing.extend(union.values())
    order = {category: index for index, category in enumerate(CATEGORIES)}
    failing.sort(
        key=lambda f: (order.get(f.get("category", "").split(",")[0], 9), f.get("score") or 0)
    )
    return {
        **{category: _median([_score(lhr, category) for lhr in lhrs]) for category in CATEGORIES},
        "failing": failing,
        "warnings": sorted({_short(w) for lhr in lhrs for w in lhr.get("runWarnings", [])}),
    }


def run_lighthouse(url, folder, ignore_status_code=False):
    """One Lighthouse run; returns its result (LHR) or raises RuntimeError.

    The run has a folder of its own, which is also its TMPDIR: Chrome's profile is made there
    (chrome-launcher's `mktemp -t`), with the browser's process id in chrome.pid. Chrome runs
    in a process group of its own, so on a time-out that group is ended too, not only Lighthouse's.
    """
    run_folder = Path(tempfile.mkdtemp(prefix="run-", dir=folder))
    output = run_folder / "result.json"
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--chrome-path={CHROME}",
        "--chrome-flags=--headless=new --no-sandbox",
        "--quiet",
    ]
    if ignore_status_code:
        command.append("--ignore-status-code")
    node_options = f'{os.environ.get("NODE_OPTIONS", "")} --import="{NODE_HOOKS}"'.strip()
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            env={**os.environ, "NODE_OPTIONS": node_options, "TMPDIR": str(run_folder)},
        )
        try:
            stdout, stderr = process.communicate(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            _end_browser(run_folder)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise RuntimeError(f"no result within {RUN_TIMEOUT} s") from None
        if process.returncode != 0 or not output.exists():
            tail = " ".join((stderr or stdout).strip().splitlines()[-3:])
            raise RuntimeError(f"lighthouse exited with {process.returncode}: {_short(tail)}")
        lhr = json.loads(output.read_text())
    finally:
        shutil.rmtree(run_folder, ignore_errors=True)
    if lhr.get("runtimeError"):
        error = lhr["runtimeError"]
        raise RuntimeError(f"{error.get('code')}: {_short(error.get('message', ''))}")
    return lhr


def _end_browser(run_folder):
    """Ends the process group of the Chrome that this run started (its chrome.pid), if that
    process still runs with its profile in the run's folder."""
    for pid_file in run_folder.glob("lighthouse.*/chrome.pid"):
        with contextlib.suppress(OSError, ValueError):
            pid = int(pid_file.read_text().strip())
            command_line = Path(f"/proc/{pid}/cmdline").read_bytes()
            if str(pid_file.parent).encode() in command_line:
                os.killpg(pid, signal.SIGKILL)


def _status(url):
    """The page's HTTP status; the request also warms the server's caches for the page."""
    try:
        with urlopen(url, timeout=300) as response:  # noqa: S310 (our own http URL)
            response.read()
            return response.status
    except HTTPError as error:
        return error.code
    except (URLError, OSError):
        return None


def _chromium_version():
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        result = subprocess.run(
            [CHROME, "--version"], check=False, capture_output=True, text=True, timeout=60
        )
        found = re.search(r"(\d+\.\d+\.\d+\.\d+)", result.stdout)
        if found:
            return found.group(1)
    return None


def _lighthouse_version():
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        result = subprocess.run(
            [str(LIGHTHOUSE), "--version"], check=False, capture_output=True, text=True, timeout=60
        )
        return result.stdout.strip() or None
    return None


def web_pages():
    """(page type, path) of measure.pages(), without the feed, export, API and sitemap."""
    return [(name, path) for name, path in measure.pages() if name not in measure.ENDPOINT_NAMES]


def audit_page(name, path, base_url, folder):
    url = base_url + path
    entry = {"name": name, "path": path, "status": _status(url)}
    if name in NOINDEX:
        entry["noindex"] = True
    ignore_status_code = entry["status"] == EXPECTED_STATUS.get(name)
    lhrs, errors = [], []
    for run in range(1, RUNS + 1):
        # A failed run is tried once more: Chromium now and then records no usable trace
        # (NO_NAVSTART). Two failures before any success: the page is given up.
        for attempt in (1, 2):
            try:
                lhrs.append(run_lighthouse(url, folder, ignore_status_code))
                break
            except (RuntimeError, OSError, ValueError) as error:
                errors.append(f"run {run}, attempt {attempt}: {error}")
        if len(errors) >= 2 and not lhrs:
            break
    if lhrs:
        entry["runs"] = len(lhrs)
        entry.update(summarise(lhrs))
        entry["benchmark_index"] = _median(
            [lhr.get("environment", {}).get("benchmarkIndex") for lhr in lhrs]
        )
        if errors:
            entry["errors"] = errors
    else:
        entry["error"] = "; ".join(errors)
    return entry


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    out, base_url = Path(argv[1]), argv[2].rstrip("/")
    result = {
        "lighthouse": _lighthouse_version(),
        "chromium": _chromium_version(),
        "runs": RUNS,
        "form_factor": "mobile",
        "pages": [],
    }
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        for name, path in web_pages():
            page_started = time.monotonic()
            entry = audit_page(name, path, base_url, Path(folder))
            result["pages"].append(entry)
            result["seconds"] = round(time.monotonic() - started)
            out.write_text(json.dumps(result, indent=1, ensure_ascii=False))
            scores = " ".join(f"{c}={entry.get(c)}" for c in CATEGORIES)
            outcome = f"ERROR {entry['error']}" if "error" in entry else scores
            seconds = time.monotonic() - page_started
            print(f"  {name:28} {outcome} ({seconds:.0f} s)", file=sys.stderr)
    if not any("error" not in entry for entry in result["pages"]):
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
