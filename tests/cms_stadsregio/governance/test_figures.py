"""Governance on time (/transparantie/): meetings and their decision lists per body, and document
requests decided within the legal term, number by number; and how their records come about."""

import datetime
from unittest import mock

from django.core.cache import cache
from django.test import Client
from django.utils import timezone

import pytest

from cms_stadsregio.content.figures import Period
from cms_stadsregio.governance import figures
from cms_stadsregio.governance.factories import (
    DocumentRequestPageFactory,
    GoverningBodyFactory,
    MeetingPageFactory,
    agenda_item,
)
from cms_stadsregio.governance.models import (
    DecisionListPublication,
    DocumentRequest,
    MeetingPage,
    RequestOutcome,
)
from cms_stadsregio.governance.models.records import record_decision_list

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2026, 12, 2, 12, 0))


def at(year, month, day, hour=19):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


@pytest.fixture
def frozen():
    with (
        mock.patch.object(figures, "now", lambda: NOW),
        mock.patch.object(figures, "today", lambda: NOW.date()),
    ):
        yield


def meeting(body, start, published_on=None, minutes_on=None, **fields):
    page = MeetingPageFactory(
        governing_body=body,
        planned_start=start,
        started_at=start,
        ended_at=start + datetime.timedelta(hours=2),
        **fields,
    )
    if minutes_on:  # without the chair's and secretary's mandates, which the form would ask
        MeetingPage.objects.filter(pk=page.pk).update(minutes_approved_on=minutes_on)
    if published_on:
        DecisionListPublication.objects.create(
            meeting=page, published_on=published_on, deadline=page.decision_deadline
        )
    return page


@pytest.fixture
def meetings(frozen):
    board = GoverningBodyFactory(name="Raad van bestuur", slug="raad-van-bestuur", sort_order=1)
    council = GoverningBodyFactory(name="RegioRaad", slug="regioraad", sort_order=2)
    GoverningBodyFactory(name="Commissie", slug="commissie", sort_order=3)
    # On time (deadline 2 March), with its minutes; late (a day after 30 May); overdue.
    meeting(board, at(2025, 2, 10), datetime.date(2025, 3, 2), datetime.date(2025, 3, 10))
    meeting(board, at(2025, 5, 10), datetime.date(2025, 5, 31))
    meeting(board, at(2025, 9, 10))
    # Held 5 days ago: its 20 days are not over, so it is neither on time nor late yet.
    meeting(council, NOW - datetime.timedelta(days=5))
    # Planned: not held, counts nowhere.
    meeting(council, NOW + datetime.timedelta(days=10))
    # Unpublished: not a public fact.
    meeting(council, at(2025, 3, 1), datetime.date(2025, 3, 5)).unpublish()
    return board, council


def test_meetings_per_body(meetings):
    table = figures.meetings_per_body(Period(2025))
    assert {row.label: row.values for row in table.rows} == {
        "Raad van bestuur": {
            "held": 3,
            "on_time": 1,
            "late": 1,
            "overdue": 1,
            "share": 33.3,
            "minutes": 1,
        },
        "RegioRaad": {
            "held": 0,
            "on_time": 0,
            "late": 0,
            "overdue": 0,
            "share": None,
            "minutes": 0,
        },
        "Commissie": {
            "held": 0,
            "on_time": 0,
            "late": 0,
            "overdue": 0,
            "share": None,
            "minutes": 0,
        },
        "Alle organen": {
            "held": 3,
            "on_time": 1,
            "late": 1,
            "overdue": 1,
            "share": 33.3,
            "minutes": 1,
        },
    }
    rows = {row.label: row for row in table.rows}
    assert rows["Raad van bestuur"].url == "/bestuur/zittingen/?jaar=2025&orgaan=raad-van-bestuur"
    assert rows["RegioRaad"].url == ""  # no meetings that year: nothing to link to


def test_a_meeting_whose_20_days_are_not_over_is_not_counted_yet(meetings):
    values = {row.label: row.values for row in figures.meetings_per_body(Period(2026)).rows}
    assert values["RegioRaad"] == {
        "held": 1,
        "on_time": 0,
        "late": 0,
        "overdue": 0,
        "share": None,
        "minutes": 0,
    }


def test_the_first_publication_of_a_complete_decision_list_is_recorded_once():
    page = MeetingPageFactory(planned_start=at(2026, 3, 12), started_at=at(2026, 3, 12))
    incomplete = MeetingPageFactory(
        planned_start=at(2026, 4, 2),
        started_at=at(2026, 4, 2),
        agenda_items=[agenda_item("Open punt", decided=False)],
    )
    for target in (page, incomplete):
        MeetingPage.objects.get(pk=target.pk).save_revision().publish()
    record = DecisionListPublication.objects.get()
    assert record.meeting_id == page.pk
    assert record.published_on == timezone.localdate()
    assert record.deadline == datetime.date(2026, 4, 1)
    MeetingPage.objects.get(pk=page.pk).save_revision().publish()
    assert DecisionListPublication.objects.count() == 1
    assert record_decision_list(page) is None


def request(received, decided=None, extended=False):
    return DocumentRequest.objects.create(
        received_on=received,
        decided_on=decided,
        extended=extended,
        outcome=RequestOutcome.GRANTED if decided else "",
    )


def test_document_requests_per_month_within_the_legal_term(frozen):
    day = datetime.date
    request(day(2025, 1, 5), day(2025, 1, 25))  # the 20th day: on time
    request(day(2025, 1, 6), day(2025, 1, 27))  # the 21st day: late
    request(day(2025, 3, 1), day(2025, 4, 10), extended=True)  # the 40th day: on time
    request(day(2025, 3, 2))  # open, its term long over
    request(day(2026, 11, 20))  # open, within its term
    table = figures.document_requests(Period(2025))
    assert [(row.label, row.values) for row in table.rows] == [
        (
            "januari",
            {"received": 2, "on_time": 1, "late": 1, "open": 0, "overdue": 0, "share": 50.0},
        ),
        (
            "maart",
            {"received": 2, "on_time": 1, "late": 0, "open": 0, "overdue": 1, "share": 50.0},
        ),
        (
            "Alle aanvragen",
            {"received": 4, "on_time": 2, "late": 1, "open": 0, "overdue": 1, "share": 50.0},
        ),
    ]
    every_year = figures.document_requests(Period(None))
    assert [(row.label, row.values["received"], row.values["open"]) for row in every_year.rows] == [
        ("2025", 4, 0),
        ("2026", 1, 1),
        ("Alle aanvragen", 5, 1),
    ]
    assert figures.document_requests(Period(2024)).rows == []


def test_the_legal_term_is_20_days_or_40_when_extended():
    assert request(datetime.date(2025, 1, 5)).deadline == datetime.date(2025, 1, 25)
    assert request(datetime.date(2025, 1, 5), extended=True).deadline == datetime.date(2025, 2, 14)


def test_a_request_sent_with_the_form_enters_the_register_without_personal_data():
    cache.clear()
    DocumentRequestPageFactory()
    client = Client(headers={"Origin": "http://testserver"})
    response = client.post(
        "/openbaarheid/",
        {
            "naam": "Jan Proef",
            "e_mailadres": "jan.proef@example.org",
            "welke_documenten_vraagt_u_op": "Het verslag van maart.",
            "vorm": "Afschrift",
        },
    )
    assert response.status_code == 200
    entry = DocumentRequest.objects.get()
    assert entry.received_on == timezone.localdate()
    assert entry.decided_on is None
    assert entry.number == entry.submission_id
    assert f"nummer {entry.number}" in response.content.decode()
    # The register keeps no field for what the requester typed.
    fields = {field.name for field in DocumentRequest._meta.get_fields()}
    assert fields == {
        "id",
        "submission",
        "received_on",
        "extended",
        "deadline",
        "decided_on",
        "outcome",
    }
    cache.clear()
