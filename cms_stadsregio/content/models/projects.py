from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Value
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.co_owned import CoOwnedPage
from cms_stadsregio.content.models.listing import ListingPageManager, exclude_private
from cms_stadsregio.content.models.organisation import (
    PartnerOrganisation,
    ProjectRole,
    all_members,
)
from cms_stadsregio.content.serializers import (
    MembersField,
    NamedItemsField,
    RelatedPagesField,
    StatusLabelField,
    TagNamesField,
)


class ProjectStatus(models.TextChoices):
    PLANNED = "gepland", _("Gepland")
    ONGOING = "lopend", _("Lopend")
    COMPLETED = "afgerond", _("Afgerond")
    STOPPED = "stopgezet", _("Stopgezet")


class ProjectPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms_stadsregio.ProjectPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ProjectDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("titel"),
        required=False,
        max_length=150,
        help_text=_("Leeg laten om de titel van het document te gebruiken."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class RelatedProjectLink(Orderable):
    """A project that a project or news item links to under "Verwante projecten", in the order
    the editor gives. Chosen with Wagtail's page chooser (search and browse): a list of every
    project in the editor would grow with the site."""

    project = models.ForeignKey(
        "cms_stadsregio.ProjectPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("project"),
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("verwant project")
        verbose_name_plural = _("verwante projecten")


def related_projects_panel():
    return MultipleChooserPanel(
        "related_project_links",
        chooser_field_name="project",
        heading=_("Verwante projecten"),
        label=_("Verwant project"),
    )


class ProjectPage(CoOwnedPage, BasePage):
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    start_date = models.DateField(_("startdatum"))
    end_date = models.DateField(_("einddatum"), null=True, blank=True)
    domains = ParentalManyToManyField(
        "cms_stadsregio.DomainPage",
        verbose_name=_("thema's"),
        related_name="projects",
        blank=True,
    )
    members = ParentalManyToManyField(
        "cms_stadsregio.Member",
        verbose_name=_("betrokken gemeenten"),
        related_name="projects",
        help_text=_("Elke betrokken gemeente keurt het project goed voor het gepubliceerd wordt."),
    )
    roles = ParentalManyToManyField(
        "cms_stadsregio.ProjectRole",
        verbose_name=_("rol van de Stadsregio"),
        related_name="projects",
        blank=True,
    )
    partners = ParentalManyToManyField(
        "cms_stadsregio.PartnerOrganisation",
        verbose_name=_("partners"),
        related_name="projects",
        blank=True,
    )
    contact_people = ParentalManyToManyField(
        "cms_stadsregio.Person",
        verbose_name=_("contactpersonen"),
        related_name="projects",
        blank=True,
    )
    budget = models.DecimalField(
        _("budget (euro)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    funding = models.TextField(
        _("financiering"),
        blank=True,
        help_text=_("Wie betaalt mee: subsidies, bijdragen van de gemeenten, ..."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))
    documents = StreamField(
        [("document", ProjectDocumentBlock())], blank=True, verbose_name=_("documenten")
    )
    tags = ClusterTaggableManager(through=ProjectPageTag, blank=True, verbose_name=_("trefwoorden"))

    objects = ListingPageManager()
    listing_image_fields = ("listing_image",)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Verloop"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("domains", widget=forms.CheckboxSelectMultiple),
                FieldPanel("members", widget=forms.CheckboxSelectMultiple),
                FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partners"),
                FieldPanel("contact_people"),
            ],
            heading=_("Wie en wat"),
        ),
        FieldPanel("body"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [FieldPanel("budget"), FieldPanel("funding")], heading=_("Budget en financiering")
        ),
        related_projects_panel(),
        FieldPanel("tags"),
        FieldPanel("public_change_note"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("funding"),
        index.FilterField("status"),
        index.FilterField("start_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("members", [index.SearchField("name")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("status"),
        APIField("status_label", serializer=StatusLabelField()),
        APIField("start_date"),
        APIField("end_date"),
        APIField("domains", serializer=RelatedPagesField()),
        APIField("members", serializer=MembersField()),
        APIField("roles", serializer=NamedItemsField(attributes=("name", "slug"))),
        APIField("partners", serializer=NamedItemsField(attributes=("name", "website"))),
        APIField("tags", serializer=TagNamesField()),
        APIField("budget"),
        APIField("funding"),
        APIField("body"),
        APIField("documents"),
    ]

    parent_page_types = ["cms_stadsregio.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projecten")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("De einddatum kan niet vóór de startdatum liggen.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        # Lazy: nothing is read (or even put together) when the content comes from the fragment
        # cache.
        context["related"] = SimpleLazyObject(
            lambda: list(ProjectPage.objects.live_related_to(self, preview))
        )
        context["facts"] = SimpleLazyObject(lambda: self.facts(request, preview))
        return context

    def facts(self, request, preview=False):
        """Domains, members, roles and partners for the facts box and the public trail."""
        if preview or self.pk is None:
            # The relations being edited, from the page itself (unsaved in a preview).
            return {
                "domains": list(self.domains.all()),
                "members": list(self.members.all()),
                "roles": list(self.roles.all()),
                "partners": list(self.partners.all()),
            }
        return project_facts(self, request)


def project_facts(project, request):
    """What the facts box of a live project names (its live, public domains, members, roles and
    partners), read in one query: a UNION over the four relation tables, each row the kind, the
    id and what is shown. Members come from the cached list of all members. A preview reads the
    relations being edited from the page itself (ProjectPage.facts)."""
    DomainPage = ProjectPage._meta.get_field("domains").related_model
    text, number = models.CharField(), models.IntegerField()

    def rows(name, kind, *columns):
        field = ProjectPage._meta.get_field(name)
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        values = [
            Value(column, output_field=text)
            if isinstance(column, str) and "__" not in column
            else column
            for column in columns
        ]
        queryset = field.remote_field.through.objects.filter(**{source: project.pk})
        if name == "domains":
            queryset = exclude_private(queryset.filter(domainpage__live=True), "domainpage__path")
        return queryset.values_list(Value(kind, output_field=text), f"{target}_id", *values)

    union = rows(
        "domains",
        "domain",
        "domainpage__title",
        "domainpage__url_path",
        "domainpage__path",
        Value(0, output_field=number),
    ).union(
        rows("members", "member", "", "", "", Value(0, output_field=number)),
        rows("roles", "role", "projectrole__name", "", "", "projectrole__sort_order"),
        rows(
            "partners",
            "partner",
            "partnerorganisation__name",
            "partnerorganisation__website",
            "",
            Value(0, output_field=number),
        ),
        all=True,
    )
    members_by_id = {member.pk: member for member in all_members(request)}
    facts = {"domains": [], "members": [], "roles": [], "partners": []}
    for kind, pk, name, extra, path, order in union:
        if kind == "domain":
            facts["domains"].append(DomainPage(id=pk, title=name, url_path=extra, path=path))
        elif kind == "member" and pk in members_by_id:
            facts["members"].append(members_by_id[pk])
        elif kind == "role":
            facts["roles"].append(ProjectRole(id=pk, name=name, sort_order=order))
        elif kind == "partner":
            facts["partners"].append(PartnerOrganisation(id=pk, name=name, website=extra))
    # The orders of the models themselves (Meta.ordering; pages by their place in the tree).
    facts["domains"].sort(key=lambda domain: domain.path)
    facts["members"].sort(key=lambda member: member.name)
    facts["roles"].sort(key=lambda role: (role.sort_order, role.name))
    facts["partners"].sort(key=lambda partner: partner.name)
    return facts


class ProjectRelatedProject(RelatedProjectLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="related_project_links")
