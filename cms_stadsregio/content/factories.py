"""Factories for every page type and snippet, for tests and generated content."""

import datetime

from django.utils import timezone

from wagtail.models import Site

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms_stadsregio.content.models import (
    AlertBanner,
    DomainIndexPage,
    DomainPage,
    FiguresPage,
    Member,
    MemberIndexPage,
    NewsIndexPage,
    NewsPage,
    PartnerOrganisation,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectRole,
    ProjectStatus,
    StadsregioImage,
    StandardPage,
)
from cms_stadsregio.content.models.co_owned import co_ownership_policy


def publish(page, user=None):
    """Save and publish a page in test set-up, as content published before the review existed.

    Pages that concern members are otherwise published only with their approval
    (cms_stadsregio/editorial/publication.py); tests of the review itself go through it.
    """
    with co_ownership_policy().publishing_without_approvals("test set-up"):
        return page.save_revision(user=user).publish()


def home_page():
    """The site's root page: the home page that home's migration creates."""
    return Site.objects.get(is_default_site=True).root_page.specific


def singleton_under_home(page_factory):
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
    parent = factory.LazyFunction(singleton_under_home(DomainIndexPageFactory))

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
    parent = factory.LazyFunction(singleton_under_home(ProjectIndexPageFactory))

    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    @factory.post_generation
    def relations(obj, create, extracted, **kwargs):
        """`relations__members=[...]`, `relations__domains=[...]`, ...; one member by default."""
        if not create:
            return
        if "members" not in kwargs:  # not setdefault: its default would make a member every time
            kwargs["members"] = [MemberFactory()]
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
    parent = factory.LazyFunction(singleton_under_home(NewsIndexPageFactory))

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


class FiguresPageFactory(wagtail_factories.PageFactory):
    title = "Samenwerking in cijfers"
    slug = "transparantie"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = FiguresPage


# Governance ----------------------------------------------------------------------------


class AlertBannerFactory(DjangoModelFactory):
    title = "Dringend bericht"
    message = "De Dienst Wonen is vandaag gesloten."
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))

    class Meta:
        model = AlertBanner


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="document.pdf", data=b"%PDF-1.4 test")
