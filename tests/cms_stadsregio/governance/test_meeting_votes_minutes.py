"""What an editor enters per meeting (chair, secretary, attendance, votes, the approval of the
minutes) and what a citizen then reads: the meeting page and its minutes at notulen/."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from cms_stadsregio.governance.factories import (
    GovernancePageFactory,
    GoverningBodyFactory,
    MandateFactory,
    MeetingIndexPageFactory,
    MeetingPageFactory,
    agenda_item,
)
from cms_stadsregio.governance.models import AgendaItem, Mandate, MeetingPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    GovernancePageFactory()
    MeetingIndexPageFactory()
    return GoverningBodyFactory(name="Raad van bestuur", slug="raad-van-bestuur")


@pytest.fixture
def people(board):
    chair = MandateFactory(governing_body=board, holder_name="Els Voorzitter", role="voorzitter")
    members = [
        MandateFactory(governing_body=board, holder_name=f"Lid {n}", role="bestuurder")
        for n in range(3)
    ]
    adviser = MandateFactory(
        governing_body=board, holder_name="Raad Gevend", role="bestuurder", seat="raadgevend"
    )
    secretary = MandateFactory(
        governing_body=board,
        holder_name="Ann Secretaris",
        role="secretaris",
        seat="zonder-stem",
        appointed_by=None,
    )
    return {"chair": chair, "members": members, "adviser": adviser, "secretary": secretary}


def make_meeting(board, people, **fields):
    page = MeetingPageFactory(
        slug="raad-van-bestuur-2026-03-12",
        governing_body=board,
        chair=people["chair"],
        secretary=people["secretary"],
        agenda_items=[
            agenda_item("Verslag", sort_order=0, vote="open", **votes(4, 0, 0)),
            agenda_item("Begroting", sort_order=1, vote="open", **votes(2, 1, 1)),
            agenda_item("Personeel", public=False, sort_order=2, vote="geheim", **votes(3, 1, 0)),
            agenda_item("Jaarverslag", sort_order=3, outcome="kennisgenomen"),
        ],
        **fields,
    )
    page.attendees.set(
        [people["chair"], *people["members"], people["adviser"], people["secretary"]]
    )
    page.save_revision().publish()
    return page


def votes(for_, against, abstained):
    return {"votes_for": for_, "votes_against": against, "votes_abstained": abstained}


def test_the_meeting_page_shows_chair_secretary_attendees_and_votes(client, board, people):
    page = make_meeting(board, people)
    html = client.get(page.url).content.decode()
    facts = html[html.index('id="meeting-facts"') : html.index('id="agenda"')]
    assert "Els Voorzitter" in facts
    assert "Ann Secretaris" in facts
    assert "Raad Gevend" in facts
    assert "Open stemming:" in html
    assert "Geheime stemming:" in html
    assert "Open stemming: 2 voor, 1 tegen, 1 onthouding." in strip_tags(html)
    assert 'content="Goedgekeurd (voor: 2, tegen: 1, onthoudingen: 1)"' in html
    # The names of those in favour are only in the minutes.
    assert "Voor: Els Voorzitter" not in html
    # No minutes approved yet: no link to them.
    assert "notulen/" not in html
    assert client.get(f"{page.url}notulen/").status_code == 404
    assert "notulen/" not in client.get("/sitemap.xml").content.decode()


def test_approved_minutes_have_their_own_address_and_name_the_unanimous_votes(
    client, board, people
):
    page = make_meeting(board, people, minutes_approved_on=datetime.date(2026, 4, 16))
    html = client.get(page.url).content.decode()
    assert f'href="{page.url}notulen/"' in html
    response = client.get(f"{page.url}notulen/")
    assert response.status_code == 200
    minutes = response.content.decode()
    assert minutes.count("<h1") == 1
    assert "Notulen: " in minutes
    # Everyone present with a vote voted in favour of item 1: their names are published.
    assert "Voor: Els Voorzitter, Lid 0, Lid 1, Lid 2." in strip_tags(minutes)
    # The split vote and the secret one name nobody.
    assert minutes.count('property="besluit:heeftVoorstander"') == 4
    assert "niet bekendgemaakt wie wat stemde" in minutes
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://localhost{page.url}notulen/</loc>" in sitemap
    # Publishing purges the minutes from caching proxies too.
    assert page.get_cached_paths() == ["/", "/notulen/"]
    index = client.get("/bestuur/zittingen/").content.decode()
    assert f'href="{page.url}notulen/" property="lblodBesluit:linkToPublication"' in index


def test_a_vote_needs_its_counts_and_a_decision():
    item = AgendaItem(title="Begroting", outcome="goedgekeurd", decision_description="Ja.")
    item.vote = "open"
    item.votes_for = 3
    with pytest.raises(ValidationError) as error:
        item.full_clean(exclude=["page"])
    assert set(error.value.message_dict) == {"votes_against", "votes_abstained"}

    counts_only = AgendaItem(title="Begroting", votes_for=3)
    with pytest.raises(ValidationError) as error:
        counts_only.full_clean(exclude=["page"])
    assert "vote" in error.value.message_dict

    undecided = AgendaItem(title="Begroting", vote="open", **votes(3, 0, 0))
    with pytest.raises(ValidationError) as error:
        undecided.full_clean(exclude=["page"])
    assert "outcome" in error.value.message_dict


def test_chair_and_secretary_belong_to_the_body_and_the_day(board, people):
    page = make_meeting(board, people)
    other = MandateFactory(governing_body=GoverningBodyFactory(), role="voorzitter")
    page.chair = other
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "chair" in error.value.message_dict

    page.chair = people["chair"]
    Mandate.objects.filter(pk=people["secretary"].pk).update(end_date=datetime.date(2026, 1, 31))
    page.secretary = Mandate.objects.get(pk=people["secretary"].pk)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "secretary" in error.value.message_dict


def test_minutes_name_chair_and_secretary(board, people):
    page = make_meeting(board, people)
    page.secretary = None
    page.minutes_approved_on = datetime.date(2026, 4, 16)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "secretary" in error.value.message_dict

    page.secretary = people["secretary"]
    page.minutes_approved_on = datetime.date(2026, 3, 1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "minutes_approved_on" in error.value.message_dict


def test_a_mandatendatabank_uri_replaces_the_sites_own(client, board, people):
    mandate = people["chair"]
    mandate.mandatendatabank_uri = "https://example.org/iemand"
    with pytest.raises(ValidationError) as error:
        mandate.full_clean()
    assert "mandatendatabank_uri" in error.value.message_dict

    uri = "http://data.lblod.info/id/mandatarissen/5FF2DC1278A81C0009000A0B"
    Mandate.objects.filter(pk=mandate.pk).update(mandatendatabank_uri=uri)
    page = make_meeting(board, people)
    html = client.get(page.url).content.decode()
    assert f'property="besluit:heeftVoorzitter" resource="{uri}"' in html
    governance = client.get("/bestuur/").content.decode()
    assert f'resource="{uri}" typeof="mandaat:Mandataris"' in governance


# The meeting editor ------------------------------------------------------------------------


def editor_data(page, people, attendees, item, **fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "governing_body": page.governing_body_id,
            "planned_start": "12-03-2026 19:00",
            "started_at": "12-03-2026 19:05",
            "ended_at": "12-03-2026 21:10",
            "location": "Stadhuis Turnhout",
            "chair": people["chair"].pk,
            "secretary": people["secretary"].pk,
            "minutes_approved_on": "2026-04-16",
            "agenda_items": inline_formset([item], initial=1),
            "documents": inline_formset([]),
            "action-publish": "publish",
            **fields,
        }
    )
    # Ticked boxes: one value per mandate.
    data["attendees"] = [mandate.pk for mandate in attendees]
    return data


def test_an_editor_enters_chair_secretary_attendance_vote_and_minutes(client, board, people):
    page = MeetingPageFactory(
        slug="raad-van-bestuur-2026-03-12",
        governing_body=board,
        agenda_items=[agenda_item("Begroting", decided=False, sort_order=0)],
    )
    item = page.agenda_items.get()
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.com", "x")
    client.force_login(user)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit_url).status_code == 200
    present = [people["chair"], *people["members"], people["secretary"]]
    decided = {
        "id": item.pk,
        "title": item.title,
        "description": "De begroting 2027.",
        "public": "on",
        "outcome": "goedgekeurd",
        "decision_title": "",
        "decision_description": "De begroting 2027 is vastgesteld.",
        "decision_motivation": "Gelet op de statuten.",
        "vote": "open",
        "votes_for": "3",
        "votes_against": "1",
        "votes_abstained": "0",
        "ORDER": "1",
    }
    response = client.post(edit_url, editor_data(page, people, present, decided))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = MeetingPage.objects.get(pk=page.pk)
    assert (page.chair, page.secretary) == (people["chair"], people["secretary"])
    assert set(page.attendees.all()) == set(present)
    assert page.minutes_approved_on == datetime.date(2026, 4, 16)
    item = page.agenda_items.get()
    assert (item.vote, item.votes_for, item.votes_against, item.votes_abstained) == (
        "open",
        3,
        1,
        0,
    )
    assert client.get(f"{page.url}notulen/").status_code == 200

    # Someone from another body cannot be ticked as present.
    stranger = MandateFactory(governing_body=GoverningBodyFactory(), holder_name="Iemand Anders")
    response = client.post(edit_url, editor_data(page, people, [*present, stranger], decided))
    assert response.status_code == 200
    assert "Iemand Anders" in str(response.context["form"].errors["attendees"])
