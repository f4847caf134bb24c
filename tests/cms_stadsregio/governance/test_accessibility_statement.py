"""/toegankelijkheid/: every part of the EU model statement, and the admin's review warning."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

import pytest

from cms_stadsregio.governance.factories import AccessibilityStatementPageFactory
from cms_stadsregio.governance.models import AccessibilityIssue, AccessibilityStatementPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    page = AccessibilityStatementPageFactory(
        compliance_status="gedeeltelijk",
        last_reviewed_on=datetime.date(2026, 9, 14),
        assessment_details="<p>Met axe-core en NVDA.</p>",
        feedback_phone="014 00 00 00",
        issues=[
            AccessibilityIssue(
                reason="niet-naleving",
                description="Oudere PDF-documenten zijn niet getagd.",
                criteria="1.3.1",
                remedy="We zetten ze om tegen eind 2026.",
                sort_order=0,
            ),
            AccessibilityIssue(
                reason="buiten-werkingssfeer",
                description="Kantoorbestanden van vóór 23 september 2018.",
                sort_order=1,
            ),
        ],
    )
    return page


def test_statement_has_every_part_of_the_eu_model(client, statement):
    response = client.get("/toegankelijkheid/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    for text in (
        "Nalevingsstatus",
        "<strong>gedeeltelijk in overeenstemming</strong>",
        "WCAG 2.1, niveau AA",
        "Niet-toegankelijke inhoud",
        "Niet-naleving van de toegankelijkheidsvoorschriften",
        "Oudere PDF-documenten zijn niet getagd.",
        "WCAG-succescriterium 1.3.1",
        "Valt buiten de werkingssfeer van de regelgeving",
        "Opstelling van deze verklaring",
        '<time datetime="2026-02-02">2 februari 2026</time>',
        '<time datetime="2026-09-14">14 september 2026</time>',
        "Zelfbeoordeling door de organisatie",
        "Met axe-core en NVDA.",
        "Toegankelijke alternatieven",
        "Feedback en contactgegevens",
        'href="mailto:info@stadsregio-turnhout.be"',
        'href="tel:+3214000000"',
        "Handhavingsprocedure",
        '<a href="https://www.vlaamseombudsdienst.be">Vlaamse Ombudsdienst</a>',
    ):
        assert text in html, text
    # A reason without issues gets no heading of its own.
    assert "Onevenredige last" not in html


def test_a_fully_compliant_statement_says_so(client):
    AccessibilityStatementPageFactory(compliance_status="volledig")
    html = client.get("/toegankelijkheid/").content.decode()
    assert "<strong>volledig in overeenstemming</strong>" in html
    assert "We kennen geen inhoud op deze website die niet toegankelijk is." in html


def test_review_dates_must_follow_each_other(statement):
    statement.next_review_on = statement.last_reviewed_on
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert "next_review_on" in error.value.message_dict


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.com", "x")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("days", "warned"), [(-3, True), (0, True), (29, True), (30, True), (31, False), (200, False)]
)
def test_dashboard_warns_before_the_review_date(admin_client, statement, days, warned):
    AccessibilityStatementPage.objects.filter(pk=statement.pk).update(
        next_review_on=timezone.localdate() + datetime.timedelta(days=days)
    )
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert ("Toegankelijkheidsverklaring herzien" in html) is warned
    if days < 0:
        assert "is te laat" in html


def test_editor_page_opens(admin_client, statement):
    assert (
        admin_client.get(reverse("wagtailadmin_pages:edit", args=[statement.pk])).status_code == 200
    )


def test_only_one_statement(statement):
    assert AccessibilityStatementPage.max_count == 1
    assert not AccessibilityStatementPage.can_create_at(statement.get_parent())
