"""Factories for governance's page types and snippets, for tests and generated content."""

import datetime

from django.utils import timezone

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms_stadsregio.content.factories import (
    DocumentFactory,
    MemberFactory,
    home_page,
    singleton_under_home,
)
from cms_stadsregio.governance.models import (
    AccessibilityStatementPage,
    AgendaItem,
    DecisionOutcome,
    DocumentRequestFormField,
    DocumentRequestPage,
    GovernancePage,
    GoverningBody,
    Mandate,
    MeetingIndexPage,
    MeetingPage,
    OfficialDocument,
    OfficialDocumentIndexPage,
    OfficialDocumentVersion,
)


class GoverningBodyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Orgaan {n}")
    slug = factory.Sequence(lambda n: f"orgaan-{n}")

    class Meta:
        model = GoverningBody
        django_get_or_create = ("slug",)


class MandateFactory(DjangoModelFactory):
    governing_body = factory.SubFactory(GoverningBodyFactory)
    holder_name = factory.Sequence(lambda n: f"Mandataris {n}")
    appointed_by = factory.SubFactory(MemberFactory)
    office = "burgemeester"
    start_date = datetime.date(2025, 1, 1)

    class Meta:
        model = Mandate


class GovernancePageFactory(wagtail_factories.PageFactory):
    title = "Bestuur"
    slug = "bestuur"
    intro = "Hoe de Stadsregio bestuurd wordt."
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = GovernancePage


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Zittingen en besluiten"
    slug = "zittingen"
    parent = factory.LazyFunction(singleton_under_home(GovernancePageFactory))

    class Meta:
        model = MeetingIndexPage


def agenda_item(title="Agendapunt", decided=True, **fields):
    """An unsaved agenda item for `MeetingPageFactory(agenda_items=[...])`."""
    if decided:
        fields.setdefault("outcome", DecisionOutcome.APPROVED)
        fields.setdefault("decision_description", f"Het bestuur keurt {title.lower()} goed.")
    return AgendaItem(title=title, **fields)


class MeetingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Zitting {n}")
    governing_body = factory.SubFactory(
        GoverningBodyFactory, name="Raad van bestuur", slug="raad-van-bestuur"
    )
    planned_start = factory.LazyFunction(
        lambda: timezone.make_aware(datetime.datetime(2026, 3, 12, 19, 0))
    )
    started_at = factory.LazyAttribute(lambda o: o.planned_start + datetime.timedelta(minutes=5))
    ended_at = factory.LazyAttribute(lambda o: o.planned_start + datetime.timedelta(hours=2))
    location = "Stadhuis Turnhout, raadzaal"
    agenda_items = factory.LazyFunction(
        lambda: [
            agenda_item("Verslag van de vorige zitting", sort_order=0),
            agenda_item("Begrotingswijziging", sort_order=1),
        ]
    )
    parent = factory.LazyFunction(singleton_under_home(MeetingIndexPageFactory))

    class Meta:
        model = MeetingPage


class OfficialDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Officiële documenten"
    slug = "documenten"
    parent = factory.LazyFunction(singleton_under_home(GovernancePageFactory))

    class Meta:
        model = OfficialDocumentIndexPage


class OfficialDocumentFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Officieel document {n}")
    slug = factory.Sequence(lambda n: f"officieel-document-{n}")

    class Meta:
        model = OfficialDocument
        skip_postgeneration_save = True

    @factory.post_generation
    def versions(obj, create, extracted, **kwargs):
        """`versions=[(date, document), ...]`; one version dated 1 January 2025 by default."""
        if not create:
            return
        for date, document in extracted or [(datetime.date(2025, 1, 1), DocumentFactory())]:
            OfficialDocumentVersion.objects.create(
                official_document=obj, date=date, document=document
            )


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Toegankelijkheidsverklaring"
    slug = "toegankelijkheid"
    prepared_on = datetime.date(2026, 2, 2)
    next_review_on = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=200)
    )
    alternatives = "<p>Vraag ons de informatie in een andere vorm.</p>"
    feedback_email = "info@stadsregio-turnhout.be"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = AccessibilityStatementPage


def document_request_fields():
    return [
        DocumentRequestFormField(label="Naam", clean_name="naam", field_type="singleline"),
        DocumentRequestFormField(label="E-mailadres", clean_name="e_mailadres", field_type="email"),
        DocumentRequestFormField(
            label="Welke documenten vraagt u op?",
            clean_name="welke_documenten_vraagt_u_op",
            field_type="multiline",
        ),
        DocumentRequestFormField(
            label="Vorm",
            clean_name="vorm",
            field_type="radio",
            choices="Inzage\nUitleg\nAfschrift",
        ),
    ]


class DocumentRequestPageFactory(wagtail_factories.PageFactory):
    title = "Bestuursdocumenten opvragen"
    slug = "openbaarheid"
    to_address = "info@stadsregio-turnhout.be"
    from_address = "website@stadsregio-turnhout.be"
    subject = "Nieuwe aanvraag bestuursdocumenten"
    confirmation_subject = "We hebben uw aanvraag ontvangen"
    confirmation_text = "Bedankt voor uw aanvraag."
    form_fields = factory.LazyFunction(document_request_fields)
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = DocumentRequestPage
