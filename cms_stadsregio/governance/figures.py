"""Governance on time, for /transparantie/: meetings and their decision lists per body, and the
document requests answered within the legal term.

A meeting belongs to the year of its planned start (as on /bestuur/zittingen/?jaar=); it counts
as held once it has started. Its decision list was on time when it first went online complete
within 20 days (DecisionListPublication); a held meeting without one after 20 days is overdue.
A document request belongs to the year it was received; it was answered on time when decided
within its term (20 calendar days, 40 when extended). Only dates are counted: nobody's name.
"""

import datetime

from django.db.models import Count, F, Q
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as lazy

from cms_stadsregio.content.figures import Column, Figure, Row, Table, now, page_url, today
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.governance.models import (
    DocumentRequest,
    DocumentRequestPage,
    GoverningBody,
    MeetingIndexPage,
    MeetingPage,
)
from cms_stadsregio.governance.models.meetings import DECISION_LIST_DEADLINE


def _share(on_time, counted):
    return round(100 * on_time / counted, 1) if counted else None


def _held_by(moment):
    """Q on a body's meetings: the meeting started (or, without a recorded start, was planned to
    start) by `moment`."""
    return Q(meetings__started_at__lte=moment) | Q(
        meetings__started_at__isnull=True, meetings__planned_start__lte=moment
    )


def meetings_per_body(period, memo=None):
    moment = now()
    meetings = exclude_private(MeetingPage.objects.live()).filter(period.in_year("planned_start"))
    counted = Q(meetings__in=meetings.values("pk"))
    published = "meetings__decision_list_publication"
    aggregates = {
        "meetings": Count("meetings", filter=counted),
        "held": Count("meetings", filter=counted & _held_by(moment)),
        "on_time": Count(
            "meetings",
            filter=counted & Q(**{f"{published}__published_on__lte": F(f"{published}__deadline")}),
        ),
        "late": Count(
            "meetings",
            filter=counted & Q(**{f"{published}__published_on__gt": F(f"{published}__deadline")}),
        ),
        "overdue": Count(
            "meetings",
            filter=counted
            & Q(**{f"{published}__isnull": True})
            & _held_by(moment - DECISION_LIST_DEADLINE),
        ),
        "minutes": Count(
            "meetings", filter=counted & Q(meetings__minutes_approved_on__isnull=False)
        ),
    }
    # Every body, with or without meetings in the period, and its counts: one query (named
    # apart from the body's own fields: `meetings` is its relation).
    bodies = GoverningBody.objects.order_by("sort_order", "name").annotate(
        **{f"count_{key}": aggregate for key, aggregate in aggregates.items()}
    )
    base = page_url(MeetingIndexPage, memo)
    rows = []
    totals = dict.fromkeys(aggregates, 0)
    for body in bodies:
        values = {key: getattr(body, f"count_{key}") for key in aggregates}
        for key in aggregates:
            totals[key] += values[key]
        rows.append(_meeting_row(body.name, values, base, period, body.slug))
    if rows:
        rows.append(_meeting_row(_("Alle organen"), totals, base, period, None, total=True))
    return Table(
        [
            Column("held", _("Zittingen gehouden")),
            Column("on_time", _("Besluitenlijst binnen 20 dagen online")),
            Column("late", _("Besluitenlijst later online")),
            Column("overdue", _("Besluitenlijst na 20 dagen nog niet online")),
            Column("share", _("Op tijd"), "percent"),
            Column("minutes", _("Notulen gepubliceerd")),
        ],
        rows,
        chart=("on_time", "late", "overdue"),
        stacked=True,
        row_heading=_("Bestuursorgaan"),
    )


def _meeting_row(label, values, base, period, slug, total=False):
    counted = values["on_time"] + values["late"] + values["overdue"]
    shown = {key: values[key] for key in ("held", "on_time", "late", "overdue", "minutes")}
    shown["share"] = _share(values["on_time"], counted)
    url = ""
    if base and values["meetings"]:
        url = f"{base}?{period.query({'orgaan': slug} if slug else None)}".rstrip("?")
    return Row(label, shown, url=url, total=total)


def document_requests(period, memo=None):
    day = today()
    by_year = not period.year
    requests = DocumentRequest.objects.filter(period.in_year("received_on"))
    unit = ExtractYear("received_on") if by_year else ExtractMonth("received_on")
    aggregates = {
        "received": Count("pk"),
        "on_time": Count("pk", filter=Q(decided_on__lte=F("deadline"))),
        "late": Count("pk", filter=Q(decided_on__gt=F("deadline"))),
        "open": Count("pk", filter=Q(decided_on__isnull=True, deadline__gte=day)),
        "overdue": Count("pk", filter=Q(decided_on__isnull=True, deadline__lt=day)),
    }
    found = list(
        requests.annotate(unit=unit).values("unit").annotate(**aggregates).order_by("unit")
    )
    rows = []
    totals = dict.fromkeys(aggregates, 0)
    for row in found:
        unit_value = row.pop("unit")
        label = (
            str(unit_value)
            if by_year
            else date_format(datetime.date(period.year, unit_value, 1), "F")
        )
        for key in aggregates:
            totals[key] += row[key]
        rows.append(Row(label, _request_values(row)))
    if rows:
        rows.append(
            Row(
                _("Alle aanvragen"),
                _request_values(totals),
                url=page_url(DocumentRequestPage, memo),
                total=True,
            )
        )
    return Table(
        [
            Column("received", _("Ontvangen")),
            Column("on_time", _("Binnen de termijn beslist")),
            Column("late", _("Na de termijn beslist")),
            Column("open", _("Nog open, binnen de termijn")),
            Column("overdue", _("Nog open, termijn voorbij")),
            Column("share", _("Op tijd"), "percent"),
        ],
        rows,
        chart=("on_time", "late", "open", "overdue"),
        stacked=True,
        row_heading=_("Jaar") if by_year else _("Maand van ontvangst"),
        empty=_("In deze periode kwamen er geen aanvragen binnen."),
    )


def _request_values(values):
    counted = values["on_time"] + values["late"] + values["overdue"]
    return {**values, "share": _share(values["on_time"], counted)}


def _earliest_meeting():
    return MeetingPage.objects.live().order_by("planned_start").values("planned_start")[:1]


def _earliest_request():
    return DocumentRequest.objects.order_by("received_on").values("received_on")[:1]


def figures():
    return [
        Figure(
            "zittingen-per-orgaan",
            "governance",
            lazy("Zittingen en besluitenlijsten per orgaan"),
            lazy(
                "De zittingen van het jaar die al gehouden zijn. De besluitenlijst moet binnen 20 "
                "dagen na de zitting online staan: hier staat hoe vaak dat lukte, hoe vaak later, "
                "en hoeveel lijsten na 20 dagen nog ontbreken. Het aandeel op tijd telt alleen "
                "zittingen waarvan de 20 dagen voorbij zijn of de lijst al online staat. "
                "Notulen: zittingen waarvan de goedgekeurde notulen gepubliceerd zijn."
            ),
            meetings_per_body,
            order=10,
            earliest=_earliest_meeting,
            links_to=(MeetingIndexPage,),
        ),
        Figure(
            "aanvragen-openbaarheid",
            "governance",
            lazy("Aanvragen van bestuursdocumenten"),
            lazy(
                "Iedereen mag bestuursdocumenten opvragen. De Stadsregio beslist binnen 20 "
                "kalenderdagen na ontvangst, of binnen 40 als ze de termijn verlengt. Per maand "
                "van ontvangst: hoeveel aanvragen binnenkwamen en of ze op tijd beslist werden. "
                "Zonder namen of onderwerpen van aanvragen."
            ),
            document_requests,
            order=20,
            earliest=_earliest_request,
            links_to=(DocumentRequestPage,),
        ),
    ]
