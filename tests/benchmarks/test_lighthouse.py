"""How benchmarks/lighthouse.py sums up the Lighthouse runs of a page: the median score per
category, the failing audits of the median performance run, the union of the runs for the other
categories, and the details (URLs, bytes, elements) that say what to fix."""

import importlib.util

import pytest

from tests.benchmarks.measuring import BASE_DIR

spec = importlib.util.spec_from_file_location(
    "lighthouse_benchmark", BASE_DIR / "benchmarks" / "lighthouse.py"
)
lighthouse = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lighthouse)


def audit(audit_id, score, display_value=None, details=None, mode="binary"):
    return {
        "id": audit_id,
        "title": audit_id.replace("-", " ").capitalize(),
        "score": score,
        "scoreDisplayMode": mode,
        "displayValue": display_value,
        "details": details,
    }


def lhr(performance, accessibility=1.0, audits=()):
    refs = {
        "performance": ["uses-responsive-images", "total-blocking-time"],
        "accessibility": ["color-contrast"],
        "best-practices": ["errors-in-console"],
        "seo": ["meta-description"],
    }
    scores = {
        "performance": performance,
        "accessibility": accessibility,
        "best-practices": 1.0,
        "seo": 1.0,
    }
    return {
        "categories": {
            category: {"score": scores[category], "auditRefs": [{"id": i} for i in ids]}
            for category, ids in refs.items()
        },
        "audits": {a["id"]: a for a in audits},
        "runWarnings": [],
    }


IMAGES = {
    "type": "opportunity",
    "overallSavingsBytes": 13_312,
    "items": [
        {
            "url": "http://127.0.0.1/media/images/foto.width-800.jpg",
            "totalBytes": 20_000,
            "wastedBytes": 13_312,
            "node": {
                "type": "node",
                "selector": "main > img",
                "snippet": '<img src="foto.jpg">',
                "nodeLabel": "Foto",
                "boundingRect": {"width": 360, "height": 240},
            },
        }
    ],
}


def test_median_scores_and_the_failing_audits_of_the_median_performance_run():
    runs = [
        lhr(0.99, audits=[audit("total-blocking-time", 0.9, "150 ms", mode="numeric")]),
        lhr(0.95, audits=[audit("uses-responsive-images", 0, "13 KiB", IMAGES, "metricSavings")]),
        lhr(0.97, audits=[audit("uses-responsive-images", 0.5, "5 KiB", IMAGES, "metricSavings")]),
    ]

    summary = lighthouse.summarise(runs)

    assert summary["performance"] == 97
    assert summary["accessibility"] == 100
    (finding,) = summary["failing"]
    assert finding["id"] == "uses-responsive-images"
    assert finding["displayValue"] == "5 KiB"
    assert finding["savings_bytes"] == 13_312
    assert finding["items"] == [
        {
            "url": "http://127.0.0.1/media/images/foto.width-800.jpg",
            "totalBytes": 20_000,
            "wastedBytes": 13_312,
            "node": {
                "selector": "main > img",
                "snippet": '<img src="foto.jpg">',
                "label": "Foto",
                "size": "360x240",
            },
        }
    ]


def test_other_categories_take_what_any_run_found():
    contrast = audit("color-contrast", 0)
    runs = [lhr(0.9, 0.9, [contrast]), lhr(0.9), lhr(0.9, 0.9, [contrast])]

    summary = lighthouse.summarise(runs)

    assert summary["accessibility"] == 90
    assert [(f["id"], f["category"], f["runs_failed"]) for f in summary["failing"]] == [
        ("color-contrast", "accessibility", 2)
    ]


def test_an_audit_that_could_not_run_is_reported_with_its_error():
    broken = audit("total-blocking-time", None, mode="error")
    broken["errorMessage"] = "Cannot read properties of undefined"

    summary = lighthouse.summarise([lhr(0.9, audits=[broken])])

    assert summary["failing"] == [
        {
            "id": "total-blocking-time",
            "title": "Total blocking time",
            "category": "performance",
            "error": "Cannot read properties of undefined",
        }
    ]


def test_passing_and_unscored_audits_are_left_out():
    runs = [
        lhr(
            1.0,
            audits=[
                audit("total-blocking-time", 1, "0 ms", mode="numeric"),
                audit("uses-responsive-images", None, mode="notApplicable"),
            ],
        )
    ]

    assert lighthouse.summarise(runs)["failing"] == []


@pytest.mark.django_db
def test_the_pages_are_those_of_measure_without_the_endpoints():
    names = [name for name, _path in lighthouse.web_pages()]

    assert {"home", "search results", "not found"} <= set(names)
    assert not set(names) & lighthouse.measure.ENDPOINT_NAMES
    assert set(names) >= lighthouse.NOINDEX
    assert set(lighthouse.EXPECTED_STATUS) <= set(names)


def test_a_failing_metric_brings_the_diagnostics_that_explain_it():
    long_tasks = {
        "type": "table",
        "items": [{"url": "http://127.0.0.1/", "duration": 112.0, "startTime": 1210.99}],
    }
    runs = [
        lhr(
            0.9,
            audits=[
                audit("total-blocking-time", 0.9, "150 ms", mode="numeric"),
                audit("long-tasks", 1, "1 long task found", long_tasks, "informative"),
            ],
        )
    ]

    (finding,) = lighthouse.summarise(runs)["failing"]

    assert finding["id"] == "total-blocking-time"
    assert finding["related"] == {
        "long-tasks": {
            "items": [{"url": "http://127.0.0.1/", "duration": 112.0, "startTime": 1211.0}]
        }
    }
