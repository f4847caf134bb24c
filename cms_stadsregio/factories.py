"""Factories for every page type and snippet, for tests and generated content."""

import datetime

from django.utils import timezone

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from home.models import HomePage

from .models import (
    AccessibilityStatementPage,
    AgendaItem,
    AlertBanner,
    DecisionOutcome,
    DocumentRequestFormField,
    DocumentRequestPage,
    DomainIndexPage,
    DomainPage,
    GovernancePage,
    GoverningBody,
    Mandate,
    MeetingIndexPage,
    MeetingPage,
    Member,
    MemberIndexPage,
    NewsIndexPage,
    NewsPage,
    OfficialDocument,
    OfficialDocumentIndexPage,
    OfficialDocumentVersion,
    PartnerOrganisation,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectRole,
    ProjectStatus,
    StadsregioImage,
    StandardPage,
)
from .workflows import allow_publication_without_approvals


def publish(page, user=None):
    """Save and publish a page in test set-up, as content published before the review existed.

    Pages that concern members are otherwise published only with their approval
    (cms_stadsregio/workflows.py); tests of the review itself go through it.
    """
    with allow_publication_without_approvals("test set-up"):
        return page.save_revision(user=user).publish()


def home_page():
    return HomePage.objects.get(depth=2)


def _singleton_under_home(page_factory):
    """The one index page of a kind (max_count=1), created under the home page when missing."""

    def get():
        model = page_factory._meta.model
        return model.objects.first() or page_factory()

    return get


def set_cluster_relations(page, **relations):
    """Set ParentalManyToMany values and save them to the page and its latest revision;
    `related_projects`: the projects to link, in this order."""
    projects = relations.pop("related_projects", None)
    if projects is not None:
        link = page._meta.get_field("related_project_links").related_model
        page.related_project_links = [
            link(project=project, sort_order=i) for i, project in enumerate(projects)
        ]
    for name, values in relations.items():
        if values is not None:
            getattr(page, name).set(values)
    page.save()


class MemberFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")
    nis_code = factory.Sequence(lambda n: f"{13100 + n:05d}")
    postcode = "2300"

    class Meta:
        model = Member
        django_get_or_create = ("slug",)


class PartnerOrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")

    class Meta:
        model = PartnerOrganisation


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Medewerker {n}")
    job_title = "Projectcoördinator"
    email = factory.Sequence(lambda n: f"medewerker{n}@stadsregio-turnhout.be")

    class Meta:
        model = Person


class ProjectRoleFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Rol {n}")
    slug = factory.Sequence(lambda n: f"rol-{n}")

    class Meta:
        model = ProjectRole


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Afbeelding {n}")
    description = "Een blauw vlak als testbeeld"

    class Meta:
        model = StadsregioImage


class HomePageFactory(wagtail_factories.PageFactory):
    """The home page is created by a migration; this returns it rather than making a second one."""

    title = "Stadsregio Turnhout"

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return home_page()


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte inleiding."
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = StandardPage


class DomainIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = DomainIndexPage


class DomainPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Wat de Stadsregio op dit thema doet."
    parent = factory.LazyFunction(_singleton_under_home(DomainIndexPageFactory))

    class Meta:
        model = DomainPage


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projecten"
    slug = "projecten"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    intro = "Een project van de Stadsregio."
    status = ProjectStatus.ONGOING
    start_date = datetime.date(2025, 3, 1)
    parent = factory.LazyFunction(_singleton_under_home(ProjectIndexPageFactory))

    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    @factory.post_generation
    def relations(obj, create, extracted, **kwargs):
        """`relations__members=[...]`, `relations__domains=[...]`, ...; one member by default."""
        if not create:
            return
        kwargs.setdefault("members", [MemberFactory()])
        set_cluster_relations(obj, **kwargs)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    intro = "Nieuws uit de Stadsregio."
    date = datetime.date(2026, 1, 15)
    parent = factory.LazyFunction(_singleton_under_home(NewsIndexPageFactory))

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def relations(obj, create, extracted, **kwargs):
        if create and kwargs:
            set_cluster_relations(obj, **kwargs)


class MemberIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gemeenten"
    slug = "gemeenten"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = MemberIndexPage


# Governance ----------------------------------------------------------------------------


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
    parent = factory.LazyFunction(_singleton_under_home(GovernancePageFactory))

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
    parent = factory.LazyFunction(_singleton_under_home(MeetingIndexPageFactory))

    class Meta:
        model = MeetingPage


class OfficialDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Officiële documenten"
    slug = "documenten"
    parent = factory.LazyFunction(_singleton_under_home(GovernancePageFactory))

    class Meta:
        model = OfficialDocumentIndexPage


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="document.pdf", data=b"%PDF-1.4 test")


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


class AlertBannerFactory(DjangoModelFactory):
    title = "Dringend bericht"
    message = "De Dienst Wonen is vandaag gesloten."
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))

    class Meta:
        model = AlertBanner
