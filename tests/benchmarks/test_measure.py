"""The speed targets of the public pages, checked on the demo site by the benchmark's own
measurement (benchmarks/measure.py), for every public page type: at most 12 queries as a running
site serves a page (fragment and data caches warm, the page cache off), at most 24 with every
cache cleared (Wagtail's own routing: two queries per level of the address), the same counts with
40 more projects and news items, and listings under 30 KB of HTML.

The full benchmark (4,000 items, PostgreSQL, load under gunicorn) is `benchmarks/run`; this test
runs the same measurement on the suite's database so that a regression fails the build.
"""

import pytest

from tests.benchmarks.measuring import BASE_DIR, measure_small_and_large

MAX_WARM, MAX_COLD, MAX_LISTING_BYTES, MAX_ASSET_BYTES = 12, 24, 30_000, 30_000


@pytest.fixture(scope="module")
def measured(seeded_demo, tmp_path_factory):
    small, large = measure_small_and_large(
        seeded_demo,
        tmp_path_factory.mktemp("measure"),
        [str(BASE_DIR / "benchmarks" / "measure.py"), "queries"],
    )
    return tuple({row["name"]: row for row in rows} for rows in (small, large))


def test_every_public_page_type_is_measured(measured):
    small, _large = measured
    assert len(small) >= 25
    # A page is never served without a query (the site, the page, the content version): zero
    # would mean the measurement itself is broken.
    assert min(row["queries_warm"] for row in small.values()) >= 1
    statuses = {name: row["status"] for name, row in small.items()}
    assert statuses.pop("not found") == 404
    assert set(statuses.values()) == {200}, statuses


def _pages(rows):
    return {name: row for name, row in rows.items() if row["kind"] == "page"}


def test_warm_pages_take_at_most_12_queries(measured):
    for rows in measured:
        counts = {name: row["queries_warm"] for name, row in _pages(rows).items()}
        assert {k: v for k, v in counts.items() if v > MAX_WARM} == {}


def test_cold_pages_take_at_most_24_queries(measured):
    for rows in measured:
        counts = {name: row["queries_cold"] for name, row in _pages(rows).items()}
        assert {k: v for k, v in counts.items() if v > MAX_COLD} == {}


def test_query_counts_do_not_grow_with_content(measured):
    small, large = measured
    grown = {
        name: (small[name][kind], large[name][kind])
        for name in small
        for kind in ("queries_warm", "queries_cold")
        if large[name][kind] > small[name][kind]
    }
    # Fewer is possible: search results whose first page has no images with more content skip
    # the image queries.
    assert grown == {}


def test_listing_pages_stay_under_30_kb(measured):
    for rows in measured:
        heavy = {name: row["bytes"] for name, row in rows.items() if row["listing"]}
        assert len(heavy) >= 10
        assert {k: v for k, v in heavy.items() if v > MAX_LISTING_BYTES} == {}


def test_css_and_javascript_stay_under_30_kb():
    static = BASE_DIR / "cms_stadsregio" / "content" / "static"
    assets = [path for path in static.rglob("*") if path.suffix in (".css", ".js")]
    assert assets, "no stylesheet found"
    assert sum(path.stat().st_size for path in assets) <= MAX_ASSET_BYTES
