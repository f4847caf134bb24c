"""Measures the admin screens editors use, as each role, in this database; called by benchmarks/run.

    python benchmarks/admin.py OUT.json

In-process through Django's test client with the settings of the environment, logged in as the
demo accounts of seed_demo: the dashboard, the page listing of the projects, the editor of a
project in review, and each step of the review (create and submit as the partner, approve as a
member's editor from the dashboard's action URL, save a draft as the Stadsregio, approve the
publication as the Stadsregio, ask for changes as a member). For every screen: queries (the
second request, as a running site serves it) and the median server time. Each review step is
measured once, on a project made for it, because it changes the data.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stadsregio_site.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from wagtail.models import Page, WorkflowState  # noqa: E402
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield  # noqa: E402

from cms_stadsregio.content.models import Member, ProjectIndexPage, ProjectPage  # noqa: E402

TIMED_RUNS = int(os.environ.get("BENCHMARK_RUNS", "5"))
ROLES = ("stadsregio", "redactie-beerse", "partner")
# The admin pages an editor looks at; the other rows are review steps (a POST that writes).
SCREENS = {"dashboard", "page listing of the projects", "editor of a project in review"}


def client_for(username):
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    client.force_login(get_user_model().objects.get(username=username))
    return client


def measure(client, method, url, data=None, repeat=True):
    """(status, queries, median ms) of a request; GETs are repeated, POSTs run once."""
    call = getattr(client, method)
    if repeat:
        call(url, data)  # the first request warms this process's lookups
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = call(url, data)
        first = time.perf_counter() - started
    queries = len(captured.captured_queries)  # read now: each request clears Django's log
    times = [first]
    for _ in range(TIMED_RUNS - 1 if repeat else 0):
        started = time.perf_counter()
        call(url, data)
        times.append(time.perf_counter() - started)
    return response.status_code, queries, statistics.median(times) * 1000


def project_form(title, slug, members, **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Gemeten in de benchmark.",
            "status": "lopend",
            "start_date": "2026-12-01",
            "end_date": "",
            "body": streamfield([]),
            "documents": streamfield([]),
            "tags": "",
            "related_project_links": inline_formset([]),
            "budget": "",
            "funding": "",
            **extra,
        }
    )
    data["members"] = [member.pk for member in members]
    return data


def action_url(page, action):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def main(out):
    rows = []

    def row(screen, role, result):
        status, queries, ms = result
        rows.append(
            {
                "screen": screen,
                "kind": "screen" if screen in SCREENS else "step",
                "role": role,
                "status": status,
                "queries": queries,
                "ms": round(ms),
            }
        )
        print(f"  {screen:38} {role:18} {status} {queries:4} q {ms:7.1f} ms", file=sys.stderr)

    index = ProjectIndexPage.objects.order_by("path").first()
    beerse = Member.objects.get(slug="beerse")
    suffix = str(int(time.time()))
    clients = {role: client_for(role) for role in ROLES}

    create = reverse("wagtailadmin_pages:add", args=("cms_stadsregio", "projectpage", index.pk))

    def review_steps(record, tag):
        """Create and submit, open, save, approve, publish, ask for changes: as editors do."""
        data = project_form("Benchmark in review", f"benchmark-review-{tag}", [beerse])
        data["action-submit"] = "1"
        partner = clients["partner"]
        record(
            "create and submit a project",
            "partner",
            measure(partner, "post", create, data, repeat=False),
        )
        in_review = ProjectPage.objects.get(slug=f"benchmark-review-{tag}")
        edit = reverse("wagtailadmin_pages:edit", args=[in_review.pk])
        for role in ("stadsregio", "redactie-beerse"):
            record("editor of a project in review", role, measure(clients[role], "get", edit))
        draft = project_form("Benchmark in review", in_review.slug, [beerse])
        record(
            "save a draft (no change)",
            "stadsregio",
            measure(clients["stadsregio"], "post", edit, draft, repeat=False),
        )
        record(
            "approve (member)",
            "redactie-beerse",
            measure(
                clients["redactie-beerse"],
                "post",
                action_url(in_review, "approve"),
                {},
                repeat=False,
            ),
        )
        record(
            "approve and publish",
            "stadsregio",
            measure(
                clients["stadsregio"], "post", action_url(in_review, "approve"), {}, repeat=False
            ),
        )
        data = project_form("Benchmark changes", f"benchmark-changes-{tag}", [beerse])
        data["action-submit"] = "1"
        partner.post(create, data)
        asked = ProjectPage.objects.get(slug=f"benchmark-changes-{tag}")
        record(
            "request changes (member)",
            "redactie-beerse",
            measure(
                clients["redactie-beerse"],
                "post",
                action_url(asked, "reject"),
                {"comment": "Graag aanvullen."},
                repeat=False,
            ),
        )
        return [in_review, asked]

    # Once unmeasured: the first review in a process fills its lookups (content types, tags).
    made = review_steps(lambda *args: None, f"warm-{suffix}")
    for role in ROLES:
        client = clients[role]
        row("dashboard", role, measure(client, "get", reverse("wagtailadmin_home")))
        listing = reverse("wagtailadmin_explore", args=[index.pk])
        row("page listing of the projects", role, measure(client, "get", listing))
    made += review_steps(row, suffix)

    # Leave the database as it was: the benchmark's pages and their reviews go again.
    for page in made:
        WorkflowState.objects.filter(
            base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk)
        ).delete()
        Page.objects.get(pk=page.pk).delete()
    Path(out).write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main(sys.argv[1])
