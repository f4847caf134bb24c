"""Writes the benchmark table (Markdown) from the JSON files of benchmarks/measure.py, and puts
it in README.md between the benchmark markers.

    python benchmarks/report.py DIR
    # DIR holds meta.json, small.json, large.json, load-off.json, load-on.json and stress.json
"""

import json
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
START = "<!-- benchmark:start -->"
END = "<!-- benchmark:end -->"
# The targets of the public pages (README, "Speed and caching").
MAX_WARM, MAX_COLD, MAX_LISTING_BYTES = 12, 24, 30_000


def _by_name(rows):
    return {row["name"]: row for row in rows}


def table(folder):
    small = _by_name(json.loads((folder / "small.json").read_text()))
    large = json.loads((folder / "large.json").read_text())
    load_off = _by_name(json.loads((folder / "load-off.json").read_text()))
    load_on = _by_name(json.loads((folder / "load-on.json").read_text()))
    meta = json.loads((folder / "meta.json").read_text())
    lines = [
        (
            f"Measured {meta['date']} on {meta['machine']}; PostgreSQL {meta['postgres']}, "
            f"cache: {meta['cache']}; {meta['projects']} projects and {meta['news']} news items "
            f"(the demo content has {meta['small_projects']} and {meta['small_news']}). "
            f"Requests per second: wrk, {meta['connections']} connections, {meta['seconds']} s "
            "per page, against gunicorn with 2 workers on the same 2 cores."
        ),
        "",
        (
            "| page type | queries warm (demo → 4,000) | queries cold | ms cold | ms warm "
            "| HTML KB | req/s, no page cache | req/s, page cache |"
        ),
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    failures = []
    for row in large:
        name = row["name"]
        before = small.get(name)
        warm = (
            f"{before['queries_warm']} → {row['queries_warm']}" if before else row["queries_warm"]
        )
        endpoint = row.get("kind") == "endpoint"
        label = f"{name} (`{row['path']}`)" + (" ¹" if endpoint else "")
        lines.append(
            f"| {label} | {warm} | {row['queries_cold']} | {row['ms_cold']} "
            f"| {row['ms_warm']} | {row['bytes'] / 1000:.1f} | {load_off[name]['rps']} "
            f"| {load_on[name]['rps']} |"
        )
        if endpoint:
            continue  # the query targets are for pages
        if row["queries_warm"] > MAX_WARM:
            failures.append(f"{name}: {row['queries_warm']} queries warm (max {MAX_WARM})")
        if row["queries_cold"] > MAX_COLD:
            failures.append(f"{name}: {row['queries_cold']} queries cold (max {MAX_COLD})")
        if before and before["queries_warm"] != row["queries_warm"]:
            failures.append(
                f"{name}: {before['queries_warm']} queries at demo volume, "
                f"{row['queries_warm']} at 4,000"
            )
        if row["listing"] and row["bytes"] > MAX_LISTING_BYTES:
            failures.append(f"{name}: {row['bytes']} bytes of HTML (max {MAX_LISTING_BYTES})")
    lines += [
        "",
        (
            "¹ Open data, not a page, so not held to the page targets. The feed, the export and"
            " the API take a fixed number of queries (tested); the sitemap lists every page and"
            " reads their own fields in chunks, so it grows slowly with the number of pages. The"
            " page cache serves each of them with one query."
        ),
        "",
        f"CSS and JavaScript together: {meta['asset_bytes'] / 1000:.1f} KB.",
    ]
    stress = json.loads((folder / "stress.json").read_text())
    lines += [
        "",
        (
            f"Load test: wrk, {stress[0]['connections']} connections for {stress[0]['seconds']} s "
            "per address, against gunicorn (2 workers, production settings, page cache on)."
        ),
        "",
        "| address | req/s | p50 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in stress:
        lines.append(
            f"| `{row['path']}` | {row['rps']} | {row['p50_ms']} | {row['p99_ms']} "
            f"| {row['errors']} |"
        )
        if row["errors"]:
            failures.append(f"load test {row['path']}: {row['errors']} errors")
    if meta["asset_bytes"] > 30_000:
        failures.append(f"CSS and JavaScript: {meta['asset_bytes']} bytes (max 30,000)")
    lines += admin_table(folder, meta, failures)
    lines += ["", "Targets met." if not failures else "Targets NOT met: " + "; ".join(failures)]
    return "\n".join(lines), failures


MAX_ADMIN_QUERIES, MAX_ADMIN_MS = 60, 300


def admin_table(folder, meta, failures):
    """The admin screens and review steps as each role (benchmarks/admin.py), if measured."""
    if not (folder / "admin-small.json").exists():
        return []
    small = json.loads((folder / "admin-small.json").read_text())
    large = json.loads((folder / "admin-large.json").read_text())
    before = {(row["screen"], row["role"]): row for row in small}
    lines = [
        "",
        (
            f"Admin, in-process (queries and median server time; demo → "
            f"{meta['projects']:,} projects and {meta['news']:,} news items):"
        ),
        "",
        (
            f"Budget: at most {MAX_ADMIN_QUERIES} queries on every admin screen; every screen and "
            f"step under {MAX_ADMIN_MS} ms; nothing grows with the content. A review step is a "
            "write (Wagtail's tree, revision, log entries, workflow states, search and reference "
            "index, mails): its queries are reported and held flat, not held to the screens' "
            "budget."
        ),
        "",
        "| screen or step | role | queries | ms |",
        "|---|---|---|---|",
    ]
    for row in large:
        key = (row["screen"], row["role"])
        first = before.get(key, row)
        lines.append(
            f"| {row['screen']} | {row['role']} | {first['queries']} → {row['queries']} "
            f"| {first['ms']} → {row['ms']} |"
        )
        label = f"admin {row['screen']} ({row['role']})"
        if row.get("kind", "screen") == "screen" and row["queries"] > MAX_ADMIN_QUERIES:
            failures.append(f"{label}: {row['queries']} queries (max {MAX_ADMIN_QUERIES})")
        if row["queries"] != first["queries"]:
            failures.append(f"{label}: {first['queries']} queries → {row['queries']}")
        if row["ms"] > MAX_ADMIN_MS:
            failures.append(f"{label}: {row['ms']} ms (max {MAX_ADMIN_MS})")
    return lines


def main(argv):
    folder = Path(argv[1])
    text, failures = table(folder)
    (folder / "table.md").write_text(text + "\n")
    readme = BASE_DIR / "README.md"
    content = readme.read_text()
    if START in content and END in content:
        head, rest = content.split(START, 1)
        _old, tail = rest.split(END, 1)
        readme.write_text(f"{head}{START}\n{text}\n{END}{tail}")
    print(text)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
