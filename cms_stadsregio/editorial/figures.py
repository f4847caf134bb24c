"""Co-ownership at work, for /transparantie/: how each member takes part in the review.

Counted from the members' own decisions on pages that are live and public now: no drafts, no
private pages. A decision belongs to the year it was taken. An approval carried over from an
earlier round of the same review (MemberApprovalTask.start) was not taken again and is not
counted again. The time to a decision runs from the start of the round that asked for it (the
submission, or the resubmission after changes) to the member's decision; the median and the 90th
percentile (nearest rank) are computed from one query of those times, since SQLite has no
percentile aggregate.
"""

import math
import statistics

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as lazy

from wagtail.models import Page

from cms_stadsregio.content.counts import members_during, membership_note, shared
from cms_stadsregio.content.figures import Column, Figure, Row, Table
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.editorial.transparency import UrgentPublication
from cms_stadsregio.editorial.workflows import MemberDecision

SECONDS_PER_DAY = 24 * 3600


def public_page_keys():
    """The ids of the live, public pages, as the text that a workflow state stores."""
    return (
        exclude_private(Page.objects.live())
        .annotate(key=Cast("pk", output_field=CharField()))
        .values("key")
    )


def own_decisions(period):
    """The decisions members took in the period, on pages the public can see."""
    return MemberDecision.objects.filter(
        period.in_year("decided_at"),
        decided_at__isnull=False,
        decided_at__gte=F("task_state__started_at"),
        task_state__workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        task_state__workflow_state__object_id__in=public_page_keys(),
    )


def _urgent(period):
    return UrgentPublication.objects.filter(
        period.in_year("published_at"), page__in=exclude_private(Page.objects.live())
    )


def _urgent_rows(period, memo):
    """The urgent publications of the period, one row per member each went without (a
    publication without any: one row with no member), ordered by day and member name: what both
    figures need, in one query."""

    def read():
        return list(
            _urgent(period)
            .order_by("published_at", "pk", "missing_members__name")
            .values(
                "pk",
                "published_at",
                "reason",
                "page_id",
                "page__title",
                "page__url_path",
                "missing_members__pk",
                "missing_members__name",
            )
        )

    return shared(memo, "urgent", read)


def nearest_rank(values, share):
    """The value at `share` (0..1) of the sorted values, nearest-rank method."""
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def reviews_per_member(period, memo=None):
    counts = {}
    durations = {}
    # One row per decision: a year holds hundreds at most, counted here from one query.
    decisions = own_decisions(period).values_list(
        "member_id",
        "task_state__workflow_state_id",
        "decision",
        "renewals",
        "task_state__started_at",
        "decided_at",
    )
    for member_id, review, decision, renewals, started, decided in decisions:
        found = counts.setdefault(
            member_id, {"reviews": set(), "decisions": 0, "changes_asked": 0, "renewed": 0}
        )
        found["reviews"].add(review)
        found["decisions"] += 1
        found["changes_asked"] += decision == MemberDecision.Decision.REJECTED
        found["renewed"] += renewals
        durations.setdefault(member_id, []).append(
            (decided - started).total_seconds() / SECONDS_PER_DAY
        )
    urgent = {}
    for row in _urgent_rows(period, memo):
        member_id = row["missing_members__pk"]
        if member_id is not None:
            urgent[member_id] = urgent.get(member_id, 0) + 1
    rows = []
    for member in members_during(period, memo):
        found = counts.get(member.pk, {})
        times = durations.get(member.pk)
        rows.append(
            Row(
                member.name,
                {
                    "reviews": len(found.get("reviews", ())),
                    "decisions": found.get("decisions", 0),
                    "median": statistics.median(times) if times else None,
                    "p90": nearest_rank(times, 0.9) if times else None,
                    "changes_asked": found.get("changes_asked", 0),
                    "renewed": found.get("renewed", 0),
                    "urgent": urgent.get(member.pk, 0),
                },
                note=membership_note(member, period),
            )
        )
    return Table(
        [
            Column("reviews", _("Beoordelingen")),
            Column("decisions", _("Beslissingen")),
            Column("median", _("Mediaan tot beslissing"), "days"),
            Column("p90", _("90e percentiel tot beslissing"), "days"),
            Column("changes_asked", _("Wijzigingen gevraagd")),
            Column("renewed", _("Opnieuw goedgekeurd na een wijziging")),
            Column("urgent", _("Spoedpublicaties zonder akkoord")),
        ],
        rows,
        chart=("median", "p90"),
        row_heading=_("Gemeente"),
    )


def urgent_publications(period, memo=None):
    rows, missing = {}, {}
    for found in _urgent_rows(period, memo):
        if found["pk"] not in rows:
            page = Page(pk=found["page_id"], url_path=found["page__url_path"])
            rows[found["pk"]] = Row(
                found["page__title"],
                {
                    "published_on": timezone.localdate(found["published_at"]),
                    "missing": "",
                    "reason": found["reason"],
                },
                url=page.url or "",
            )
        if found["missing_members__name"] is not None:
            missing.setdefault(found["pk"], []).append(found["missing_members__name"])
    for key, row in rows.items():
        row.values["missing"] = ", ".join(missing.get(key, []))
    rows = list(rows.values())
    return Table(
        [
            Column("published_on", _("Gepubliceerd op"), "date"),
            Column("missing", _("Zonder akkoord van"), "text"),
            Column("reason", _("Reden"), "text"),
        ],
        rows,
        row_heading=_("Pagina"),
        empty=_("In deze periode werd niets gepubliceerd zonder het akkoord van een gemeente."),
    )


def _earliest_decision():
    decided = MemberDecision.objects.filter(decided_at__isnull=False)
    return decided.order_by("decided_at").values("decided_at")[:1]


def first_decision_day():
    first = _earliest_decision().values_list("decided_at", flat=True).first()
    return timezone.localdate(first) if first else None


def figures():
    return [
        Figure(
            "beoordelingen-per-gemeente",
            "co-ownership",
            lazy("Beoordelingen per gemeente"),
            lazy(
                "Elke pagina die een gemeente aanbelangt, wordt pas gepubliceerd als die gemeente "
                "ze goedkeurt. Per gemeente: in hoeveel beoordelingen ze in het jaar besliste, "
                "hoe lang dat duurde vanaf de indiening (de mediaan en het 90e percentiel, in "
                "dagen), hoe vaak ze wijzigingen vroeg, hoe vaak ze een goedkeuring opnieuw gaf "
                "nadat de tekst nog veranderde, en hoe vaak de Stadsregio dringend publiceerde "
                "zonder haar akkoord. Alleen pagina's die nu gepubliceerd en openbaar zijn, tellen "
                "mee."
            ),
            reviews_per_member,
            order=10,
            earliest=_earliest_decision,
        ),
        Figure(
            "spoedpublicaties",
            "co-ownership",
            lazy("Spoedpublicaties zonder akkoord"),
            lazy(
                "Soms kan een tekst niet wachten op elke gemeente. Dan publiceert de Stadsregio "
                "hem met een reden, die ook op de pagina zelf staat. Elke spoedpublicatie van het "
                "jaar, met de gemeenten die nog niet akkoord gaven."
            ),
            urgent_publications,
            order=20,
        ),
    ]
