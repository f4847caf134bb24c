"""/bestuur/ and the meetings: board composition and history, the decision list entered in one
admin screen, the 20-day warning, listings with fixed query counts and bad input."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from cms_stadsregio.content.factories import MemberFactory
from cms_stadsregio.governance.factories import (
    GovernancePageFactory,
    GoverningBodyFactory,
    MandateFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    agenda_item,
)
from cms_stadsregio.governance.models import (
    AgendaItem,
    DecisionOutcome,
    Mandate,
    MandateRole,
    MeetingPage,
    Seat,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    beerse = MemberFactory(name="Beerse", slug="beerse", nis_code="13004")
    turnhout = MemberFactory(name="Turnhout", slug="turnhout", nis_code="13040")
    raad = GoverningBodyFactory(name="Raad van bestuur", slug="raad-van-bestuur", sort_order=1)
    regioraad = GoverningBodyFactory(name="RegioRaad", slug="regioraad", sort_order=2)
    commission = GoverningBodyFactory(
        name="Commissie grondgebonden zaken",
        slug="commissie-grondgebonden-zaken",
        part_of=regioraad,
        sort_order=3,
    )
    MandateFactory(
        governing_body=raad,
        holder_name="Lotte Voorbeeld",
        role=MandateRole.CHAIR,
        appointed_by=turnhout,
    )
    MandateFactory(
        governing_body=raad,
        holder_name="Pieter Proef",
        role=MandateRole.DIRECTOR,
        seat=Seat.ADVISORY,
        appointed_by=beerse,
        office="gemeenteraadslid",
    )
    MandateFactory(
        governing_body=raad,
        holder_name="Vroegere Voorzitter",
        role=MandateRole.CHAIR,
        appointed_by=beerse,
        start_date=datetime.date(2019, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    MandateFactory(
        governing_body=commission,
        holder_name="Commissielid Eén",
        role=MandateRole.MEMBER,
        appointed_by=beerse,
    )
    page = GovernancePageFactory()
    return {"raad": raad, "regioraad": regioraad, "commission": commission, "page": page}


def test_governance_page_shows_current_board_and_history(client, board):
    response = client.get("/bestuur/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    current = html[: html.index('id="former-mandates"')]
    history = html[html.index('id="former-mandates"') :]
    assert "Lotte Voorbeeld" in current
    assert "Raadgevend" in current
    assert "Beerse, gemeenteraadslid" in current
    assert "Vroegere Voorzitter" not in current
    assert "Vroegere Voorzitter" in history
    assert '<time property="mandaat:einde" datetime="2024-12-31">31 december 2024</time>' in history
    # Commissions sit inside the RegioRaad's section.
    regioraad = html[html.index('id="regioraad"') : html.index('id="former-mandates"')]
    assert "Commissie grondgebonden zaken" in regioraad
    assert "Commissielid Eén" in regioraad


def test_ending_a_mandate_keeps_it_in_the_history(client, board):
    mandate = Mandate.objects.get(holder_name="Lotte Voorbeeld")
    mandate.end_date = timezone.localdate() - datetime.timedelta(days=1)
    mandate.full_clean()
    mandate.save()
    html = client.get("/bestuur/").content.decode()
    history = html[html.index('id="former-mandates"') :]
    assert "Lotte Voorbeeld" in history
    assert Mandate.objects.filter(holder_name="Lotte Voorbeeld").exists()
    assert list(Mandate.objects.former()).count(mandate) == 1


def test_a_mandate_cannot_end_before_it_starts(board):
    mandate = Mandate.objects.get(holder_name="Pieter Proef")
    mandate.end_date = mandate.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="vóór het begin"):
        mandate.full_clean()


def test_governance_page_queries_do_not_grow_with_mandates(client, board):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/bestuur/").status_code == 200
        return len(queries)

    client.get("/bestuur/")
    few = count()
    for n in range(20):
        MandateFactory(governing_body=board["raad"], holder_name=f"Extra {n}")
        MandateFactory(
            governing_body=board["commission"],
            holder_name=f"Oud lid {n}",
            end_date=datetime.date(2024, 12, 31),
            start_date=datetime.date(2019, 1, 1),
        )
    assert count() == few


# Meetings ---------------------------------------------------------------------------------


def make_meeting(day, body=None, decided=True, items=3, **fields):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(19, 0)))
    kwargs = {"governing_body": body} if body else {}
    return MeetingPageFactory(
        title=f"Raad van bestuur van {day:%d-%m-%Y}",
        slug=f"raad-van-bestuur-{day:%Y-%m-%d}",
        planned_start=start,
        agenda_items=[
            agenda_item(f"Punt {n} op {day}", decided=decided, sort_order=n) for n in range(items)
        ],
        **kwargs,
        **fields,
    )


def test_meeting_page_shows_agenda_and_decisions(client, board):
    meeting = make_meeting(datetime.date(2026, 3, 12), body=board["raad"])
    second = meeting.agenda_items.all()[1]
    AgendaItem.objects.filter(pk=second.pk).update(public=False, outcome=DecisionOutcome.POSTPONED)
    response = client.get("/bestuur/zittingen/raad-van-bestuur-2026-03-12/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Agenda en besluiten" in html
    assert "Besloten agendapunt" in html
    assert "Uitgesteld" in html
    assert 'href="/bestuur/#raad-van-bestuur"' in html
    assert '<time property="besluit:geplandeStart" datetime="2026-03-12T19:00:00+01:00">' in html
    assert "donderdag 12 maart 2026, 19.00 uur" in html


def test_meeting_without_decisions_announces_the_deadline(client, board):
    make_meeting(datetime.date(2026, 3, 12), body=board["raad"], decided=False)
    html = client.get("/bestuur/zittingen/raad-van-bestuur-2026-03-12/").content.decode()
    assert "Volgt uiterlijk op 1 april 2026" in html
    assert "besluit:Besluit" not in html


def test_meeting_index_lists_newest_first_and_filters(client, board):
    for month in (1, 2, 3):
        make_meeting(datetime.date(2026, month, 12), body=board["raad"])
    make_meeting(datetime.date(2025, 11, 13), body=board["raad"])
    regioraad = make_meeting(datetime.date(2026, 2, 20), body=board["regioraad"])
    html = client.get("/bestuur/zittingen/").content.decode()
    assert html.index("12-03-2026") < html.index("12-02-2026") < html.index("13-11-2025")
    assert "Besluitenlijst: 3 besluiten" in html

    by_body = client.get("/bestuur/zittingen/", {"orgaan": "regioraad"})
    assert list(by_body.context["items"]) == [MeetingPage.objects.get(pk=regioraad.pk)]
    by_year = client.get("/bestuur/zittingen/", {"jaar": "2025"})
    assert by_year.context["paginator"].count == 1


@pytest.mark.parametrize(
    "params",
    [
        {"orgaan": "bestaat-niet"},
        {"jaar": "abc"},
        {"jaar": "99999999999999"},
        {"orgaan": "x" * 500},
        {"pagina": "-1"},
        {"jaar": "<script>"},
    ],
)
def test_meeting_index_ignores_bad_filters(client, board, params):
    make_meeting(datetime.date(2026, 3, 12), body=board["raad"])
    response = client.get("/bestuur/zittingen/", params)
    assert response.status_code == 200
    assert response.context["paginator"].count == 1
    assert "<script>" not in response.content.decode()


def test_unknown_meeting_is_a_404(client, board):
    MeetingIndexPageFactory()
    assert client.get("/bestuur/zittingen/bestaat-niet/").status_code == 404


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def test_meeting_index_queries_do_not_grow_with_meetings(client, board):
    make_meeting(datetime.date(2026, 1, 8), body=board["raad"])
    client.get("/bestuur/zittingen/")
    few = count_queries(client, "/bestuur/zittingen/")
    for day in range(1, 26):
        make_meeting(
            datetime.date(2025, 1, 1) + datetime.timedelta(days=day * 9), body=board["raad"]
        )
    many = count_queries(client, "/bestuur/zittingen/")
    assert many == few
    assert few <= 20


def test_meeting_page_queries_do_not_grow_with_agenda_items(client, board):
    small = make_meeting(datetime.date(2026, 1, 8), body=board["raad"], items=1)
    large = make_meeting(datetime.date(2026, 2, 12), body=board["raad"], items=25)
    for _ in range(2):  # the first request of all creates the organisation settings
        client.get(small.url)
        client.get(large.url)
    assert count_queries(client, small.url) == count_queries(client, large.url)
    assert count_queries(client, large.url) <= 20


# Admin -------------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.com", "x")
    client.force_login(user)
    return client


def meeting_form_data(meeting, items):
    return nested_form_data(
        {
            "title": meeting.title,
            "slug": meeting.slug,
            "intro": "",
            "governing_body": meeting.governing_body_id,
            "planned_start": "12-03-2026 19:00",
            "started_at": "12-03-2026 19:05",
            "ended_at": "12-03-2026 21:10",
            "location": "Stadhuis Turnhout",
            "agenda_items": inline_formset(items, initial=meeting.agenda_items.count()),
            "documents": inline_formset([]),
            "action-publish": "publish",
        }
    )


def test_decision_list_is_entered_in_one_screen(admin_client, board):
    meeting = make_meeting(datetime.date(2026, 3, 12), body=board["raad"], decided=False, items=2)
    items = list(meeting.agenda_items.all())
    edit_url = reverse("wagtailadmin_pages:edit", args=[meeting.pk])
    assert admin_client.get(edit_url).status_code == 200
    data = meeting_form_data(
        meeting,
        [
            {
                "id": items[0].pk,
                "title": items[0].title,
                "description": "",
                "public": "on",
                "outcome": "goedgekeurd",
                "decision_title": "Verslag goedgekeurd",
                "decision_description": "Het verslag van de vorige zitting is goedgekeurd.",
                "ORDER": "1",
            },
            {
                "id": items[1].pk,
                "title": items[1].title,
                "description": "",
                "outcome": "afgekeurd",
                "decision_title": "",
                "decision_description": "Het voorstel is afgekeurd.",
                "ORDER": "2",
            },
        ],
    )
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    meeting = MeetingPage.objects.get(pk=meeting.pk)
    outcomes = list(meeting.agenda_items.values_list("pk", "outcome", "public"))
    assert outcomes == [(items[0].pk, "goedgekeurd", True), (items[1].pk, "afgekeurd", False)]
    assert MeetingPage.objects.decision_list_overdue().filter(pk=meeting.pk).count() == 0


def test_a_decision_needs_a_description_and_an_outcome(admin_client, board):
    meeting = make_meeting(datetime.date(2026, 3, 12), body=board["raad"], decided=False, items=1)
    item = meeting.agenda_items.get()
    edit_url = reverse("wagtailadmin_pages:edit", args=[meeting.pk])
    data = meeting_form_data(
        meeting,
        [
            {
                "id": item.pk,
                "title": item.title,
                "description": "",
                "public": "on",
                "outcome": "goedgekeurd",
                "decision_title": "",
                "decision_description": "",
                "ORDER": "1",
            }
        ],
    )
    response = admin_client.post(edit_url, data)
    assert response.status_code == 200
    assert "Beschrijf kort wat er besloten is." in response.content.decode()
    assert MeetingPage.objects.get(pk=meeting.pk).agenda_items.get().outcome == ""


def test_meeting_times_must_be_in_order(board):
    meeting = make_meeting(datetime.date(2026, 3, 12), body=board["raad"])
    meeting.ended_at = meeting.started_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError, match="vóór de start"):
        meeting.full_clean()


def test_overdue_decision_lists(board):
    today = timezone.localdate()
    late = make_meeting(today - datetime.timedelta(days=25), body=board["raad"], decided=False)
    partly = make_meeting(today - datetime.timedelta(days=40), body=board["raad"], decided=True)
    AgendaItem.objects.filter(pk=partly.agenda_items.first().pk).update(
        outcome="", decision_description=""
    )
    make_meeting(today - datetime.timedelta(days=10), body=board["raad"], decided=False)
    make_meeting(today - datetime.timedelta(days=30), body=board["raad"], decided=True)
    unpublished = make_meeting(today - datetime.timedelta(days=50), body=board["raad"])
    unpublished.unpublish()
    overdue = set(MeetingPage.objects.decision_list_overdue().values_list("pk", flat=True))
    assert overdue == {late.pk, partly.pk, unpublished.pk}


def test_dashboard_warns_about_late_decision_lists(admin_client, board):
    today = timezone.localdate()
    make_meeting(today - datetime.timedelta(days=25), body=board["raad"], decided=False)
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Besluitenlijsten te laat" in html
    assert f"Raad van bestuur van {today - datetime.timedelta(days=25):%d-%m-%Y}" in html


def test_dashboard_is_quiet_when_nothing_is_late(admin_client, board):
    make_meeting(timezone.localdate() - datetime.timedelta(days=25), body=board["raad"])
    assert (
        "Besluitenlijsten te laat"
        not in admin_client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_meeting_overview_filters_late_decision_lists(admin_client, board):
    today = timezone.localdate()
    late = make_meeting(today - datetime.timedelta(days=25), body=board["raad"], decided=False)
    make_meeting(today - datetime.timedelta(days=45), body=board["raad"])
    url = reverse("stadsregio_governance_meetingpage_modeladmin_index")
    response = admin_client.get(url, {"besluitenlijst": "te-laat"})
    assert response.status_code == 200
    assert [obj.pk for obj in response.context["object_list"]] == [late.pk]
    for value in ("onvolledig", "volledig"):
        assert admin_client.get(url, {"besluitenlijst": value}).status_code == 200


def test_mandate_admin_lists_and_filters(admin_client, board):
    url = reverse("wagtailsnippets_stadsregio_governance_mandate:list")
    response = admin_client.get(url, {"status": "voormalig"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vroegere Voorzitter" in html
    assert "Lotte Voorbeeld" not in html
    add = admin_client.get(reverse("wagtailsnippets_stadsregio_governance_mandate:add"))
    assert add.status_code == 200


def test_the_meeting_editor_shows_the_decision_fields_with_each_item(admin_client, board):
    meeting = make_meeting(datetime.date(2026, 3, 12), body=board["raad"], items=1)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk])).content.decode()
    for name in ("title", "public", "outcome", "decision_title", "decision_description"):
        assert f'name="agenda_items-0-{name}"' in html, name
    assert "Agenda en besluitenlijst" in html


def test_dashboard_warns_only_who_can_act(client, board):
    make_meeting(
        timezone.localdate() - datetime.timedelta(days=25), body=board["raad"], decided=False
    )
    user = get_user_model().objects.create_user("lezer", "lezer@example.com", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "Besluitenlijsten te laat" not in response.content.decode()


def test_governing_bodies_and_their_admin(admin_client, board):
    url = reverse("wagtailsnippets_stadsregio_governance_governingbody:list")
    html = admin_client.get(url).content.decode()
    assert "RegioRaad" in html and "Commissie grondgebonden zaken" in html


def test_a_meeting_page_describes_itself_to_search_engines(client, board):
    meeting = MeetingPageFactory(governing_body=board["raad"], title="Raad van bestuur, maart")
    html = client.get(meeting.url).content.decode()
    assert (
        '<meta name="description" content="Agenda, besluiten en documenten van de zitting van '
        'Raad van bestuur op 12 maart 2026.">'
    ) in html
    meeting.search_description = "De begroting van 2027 staat op de agenda."
    meeting.save_revision().publish()
    html = client.get(meeting.url).content.decode()
    assert '<meta name="description" content="De begroting van 2027 staat op de agenda.">' in html
