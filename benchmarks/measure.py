"""Measures every public page type of the site in this database; called by benchmarks/run.

    python benchmarks/measure.py queries OUT.json      # queries, server time, HTML bytes
    python benchmarks/measure.py load OUT.json URL     # requests per second (wrk) against URL
    python benchmarks/measure.py stress OUT.json URL   # 50 connections, 20 s: p50, p99, errors
    python benchmarks/measure.py opendata OUT.json     # `queries` for the open data only
    python benchmarks/measure.py server OUT.json URL   # `load` on /, /projecten/, /nieuws/
    python benchmarks/measure.py floor OUT.json URL    # `load` on the pages paired with
                                                       # bakerydemo, against benchmarks/floor.py

`queries`, in-process through Django's test client with the settings of the environment:
- warm: queries of a request as a running site serves it: site, settings and fragment caches
  warm (the page before was rendered once), the anonymous page cache off;
- cold: queries with every cache cleared (Django's cache framework: fragments, settings, menus,
  Wagtail's rendition and site-root caches);
- median server time over repeated requests, cold (cache cleared before each) and warm;
- HTML bytes of the response.
`load`: wrk against a running server for each page (the caller starts it with or without the
page cache); the pages are read from the same database.
`stress`: the load test, wrk with 50 connections for 20 s against `/`, `/projecten/` and
`/zoeken/?q=wonen` (the server runs as in production, page cache on): requests per second, the
median and 99th-percentile latency, and every error (non-2xx/3xx answers, socket errors).
"""

import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stadsregio_site.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from cms_stadsregio.content.models import NewsPage, ProjectPage  # noqa: E402
from cms_stadsregio.governance.models import MeetingPage  # noqa: E402

TIMED_RUNS = int(os.environ.get("BENCHMARK_RUNS", "9"))
LOAD_SECONDS = int(os.environ.get("BENCHMARK_LOAD_SECONDS", "5"))
LOAD_CONNECTIONS = int(os.environ.get("BENCHMARK_CONNECTIONS", "8"))


def _first_url(model):
    page = model.objects.live().public().order_by("path").first()
    return page.url if page is not None else None


def pages():
    """(page type, path): one of each public page type, as in the browser tests."""
    fixed = [
        ("home", "/"),
        ("standard", "/over-ons/"),
        ("standard (child)", "/over-ons/missie-en-visie/"),
        ("domain index", "/themas/"),
        ("domain", "/themas/wonen/"),
        ("project index", "/projecten/"),
        ("project index, filtered", "/projecten/?thema=wonen&status=lopend"),
        ("project", _first_url(ProjectPage)),
        ("news index", "/nieuws/"),
        ("news index, page 50", "/nieuws/?pagina=50"),
        ("news", _first_url(NewsPage)),
        ("member index", "/gemeenten/"),
        ("member", "/gemeenten/turnhout/"),
        ("contact", "/contact/"),
        ("accessibility statement", "/toegankelijkheid/"),
        ("governance", "/bestuur/"),
        ("meeting index", "/bestuur/zittingen/"),
        ("meeting", _first_url(MeetingPage)),
        ("official documents", "/bestuur/documenten/"),
        ("document request", "/openbaarheid/"),
        ("figures", "/transparantie/"),
        ("search", "/zoeken/"),
        ("search results", "/zoeken/?q=wonen"),
        ("not found", "/bestaat-niet/"),
    ]
    return [(name, path) for name, path in fixed if path] + ENDPOINTS


# Machine-readable addresses (open data): measured too, but they are not pages; each lists every
# relation of its items, in a fixed number of queries that does not grow with them.
ENDPOINTS = [
    ("news feed (RSS)", "/nieuws/rss/"),
    ("project export (CSV)", "/projecten/export.csv"),
    ("API: projects", "/api/v2/pages/?type=cms_stadsregio.ProjectPage&fields=*&limit=20"),
    ("sitemap", "/sitemap.xml"),
]
ENDPOINT_NAMES = {name for name, _path in ENDPOINTS}
# Pages that list items: the 30 KB target for HTML applies to them.
LISTINGS = {
    *("home", "domain index", "domain", "member index", "member", "search results"),
    *("project index", "project index, filtered", "news index", "news index, page 50"),
    *("meeting index", "official documents"),
}


def _clear_caches():
    for alias in settings.CACHES:
        caches[alias].clear()


def measure_queries(only=None):
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    rows = []
    measured = only or pages()
    with override_settings(PAGE_CACHE_ENABLED=False):
        # Once round: a running site has loaded its code and Django's in-process lookups
        # (content types); "cold" is about the caches, not about a process that just started.
        for _name, path in measured:
            client.get(path)
        for name, path in measured:
            _clear_caches()
            with CaptureQueriesContext(connection) as cold:
                response = client.get(path)
            queries_cold = len(cold.captured_queries)  # read now: each request clears the log
            with CaptureQueriesContext(connection) as warm:
                response = client.get(path)
            queries_warm = len(warm.captured_queries)
            cold_times, warm_times = [], []
            for _ in range(TIMED_RUNS):
                _clear_caches()
                started = time.perf_counter()
                client.get(path)
                cold_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                client.get(path)
                warm_times.append(time.perf_counter() - started)
            rows.append(
                {
                    "name": name,
                    "path": path,
                    "status": response.status_code,
                    "queries_cold": queries_cold,
                    "queries_warm": queries_warm,
                    "ms_cold": round(statistics.median(cold_times) * 1000, 1),
                    "ms_warm": round(statistics.median(warm_times) * 1000, 1),
                    "bytes": len(response.content),
                    "kind": "endpoint" if name in ENDPOINT_NAMES else "page",
                    "listing": name in LISTINGS,
                }
            )
            print(f"  {name:28} {rows[-1]}", file=sys.stderr)
    return rows


REQUESTS_PER_SECOND = re.compile(r"Requests/sec:\s+([\d.]+)")
NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")


def measure_opendata():
    """`queries` for the open data addresses only (the benchmark's SQLite round)."""
    return measure_queries(only=ENDPOINTS)


# The cached pages on which the shipped gunicorn config is compared with a bare command line.
SERVER_PATHS = [("home", "/"), ("project index", "/projecten/"), ("news index", "/nieuws/")]


def measure_server(base_url):
    """`load` for SERVER_PATHS only."""
    return measure_load(base_url, SERVER_PATHS)


# The pages of the bakerydemo comparison that Wagtail routes: their ceiling is measured against
# benchmarks/floor.py (search results are a Django view of their own).
FLOOR_PAGES = (
    *("home", "project index", "project", "news index", "news"),
    *("member index", "member", "standard", "contact"),
)


def measure_floor(base_url):
    """`load` for FLOOR_PAGES, against the site served by benchmarks/floor.py."""
    return measure_load(base_url, [(name, path) for name, path in pages() if name in FLOOR_PAGES])


def measure_load(base_url, measured=None):
    rows = []
    for name, path in measured or pages():
        # One request first: it waits until the server has worked off what the previous page's
        # load left queued (a slow export), and warms this page, as a running site has it.
        with contextlib.suppress(HTTPError):
            urlopen(base_url + path, timeout=300).read()  # noqa: S310 (our own http URL)
        result = subprocess.run(
            [
                "wrk",
                f"-t{min(2, LOAD_CONNECTIONS)}",
                f"-c{LOAD_CONNECTIONS}",
                f"-d{LOAD_SECONDS}s",
                "--timeout=30s",  # a slow page counts as slow, not as failed
                "--latency",
                base_url + path,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        rps = float(REQUESTS_PER_SECOND.search(result.stdout).group(1))
        errors = NON_2XX.search(result.stdout)
        rows.append(
            {
                "name": name,
                "path": path,
                "rps": round(rps),
                "non_2xx": int(errors.group(1)) if errors else 0,
            }
        )
        print(f"  {name:28} {rows[-1]}", file=sys.stderr)
    return rows


STRESS_PATHS = ["/", "/projecten/", "/zoeken/?q=wonen"]
STRESS_CONNECTIONS = int(os.environ.get("BENCHMARK_STRESS_CONNECTIONS", "50"))
STRESS_SECONDS = int(os.environ.get("BENCHMARK_STRESS_SECONDS", "20"))
LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
MILLISECONDS = {"us": 0.001, "ms": 1, "s": 1000}


def measure_stress(base_url):
    rows = []
    for path in STRESS_PATHS:
        with contextlib.suppress(HTTPError):
            urlopen(base_url + path, timeout=300).read()  # noqa: S310 (our own http URL)
        result = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{STRESS_CONNECTIONS}",
                f"-d{STRESS_SECONDS}s",
                "--timeout=30s",
                "--latency",
                base_url + path,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        latency = {
            percentile: round(float(value) * MILLISECONDS[unit], 1)
            for percentile, value, unit in LATENCY.findall(result.stdout)
        }
        non_2xx = NON_2XX.search(result.stdout)
        sockets = SOCKET_ERRORS.search(result.stdout)
        rows.append(
            {
                "path": path,
                "connections": STRESS_CONNECTIONS,
                "seconds": STRESS_SECONDS,
                "rps": round(float(REQUESTS_PER_SECOND.search(result.stdout).group(1))),
                "p50_ms": latency["50"],
                "p99_ms": latency["99"],
                "errors": (int(non_2xx.group(1)) if non_2xx else 0)
                + (sum(int(n) for n in sockets.groups()) if sockets else 0),
            }
        )
        print(f"  {path:28} {rows[-1]}", file=sys.stderr)
    return rows


MODES = {
    "queries": measure_queries,
    "opendata": measure_opendata,
    "load": measure_load,
    "server": measure_server,
    "floor": measure_floor,
    "stress": measure_stress,
}
IN_PROCESS = ("queries", "opendata")


def main(argv):
    if len(argv) < 3 or argv[1] not in MODES:
        sys.exit(__doc__)
    mode = MODES[argv[1]]
    rows = mode() if argv[1] in IN_PROCESS else mode(argv[3].rstrip("/"))
    Path(argv[2]).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main(sys.argv)
