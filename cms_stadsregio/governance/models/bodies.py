"""How the cooperation is governed: its governing bodies, the mandates in them and /bestuur/.

Governing bodies and mandates are snippets rather than orderables on the /bestuur/ page because
meetings point at a governing body (so it must exist apart from any page), and because a mandate
is a record with a term: it is ended with an end date and kept, not edited away with a page
revision. Editors filter them in the admin by body, member and current or former.
"""

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms_stadsregio.caching.cache import lazy_values
from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.content.models.organisation import Member, OrganisationSettings, all_members
from cms_stadsregio.governance.linked_data import (
    BODY_CLASSIFICATION_CHOICES,
    PROJECTVERENIGING,
    RDFA_PREFIXES,
    GovernanceUris,
    page_uri,
)
from cms_stadsregio.governance.models.document_requests import DocumentRequestPage


class GoverningBody(index.Indexed, models.Model):
    """A bestuursorgaan: the raad van bestuur, the RegioRaad or one of its commissions."""

    name = models.CharField(_("naam"), max_length=150, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_(
            "Vormt het vaste webadres van het orgaan (/bestuur/#<slug>) dat in de gepubliceerde "
            "besluiten staat. Wijzig het niet meer na de eerste zitting."
        ),
    )
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("maakt deel uit van"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parts",
        help_text=_("Voor een commissie: het orgaan waarvan ze deel uitmaakt."),
    )
    classification = models.CharField(
        _("soort orgaan"),
        max_length=40,
        choices=BODY_CLASSIFICATION_CHOICES,
        default="raad-van-bestuur",
        help_text=_(
            "De Vlaamse classificatie van het orgaan, zoals ze in de gepubliceerde besluiten "
            "staat. Een adviesraad of commissie heeft er geen: kies dan 'Adviesorgaan'."
        ),
    )
    description = models.TextField(_("korte beschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("classification"),
        FieldPanel("part_of"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("bestuursorgaan")
        verbose_name_plural = _("bestuursorganen")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.part_of_id and self.part_of_id == self.pk:
            raise ValidationError({"part_of": _("Een orgaan kan geen deel van zichzelf zijn.")})


class MandateRole(models.TextChoices):
    CHAIR = "voorzitter", _("voorzitter")
    VICE_CHAIR = "ondervoorzitter", _("ondervoorzitter")
    DIRECTOR = "bestuurder", _("bestuurder")
    MEMBER = "lid", _("lid")
    SECRETARY = "secretaris", _("secretaris")


class Seat(models.TextChoices):
    VOTING = "stemgerechtigd", _("stemgerechtigd")
    ADVISORY = "raadgevend", _("raadgevend")
    NONE = "zonder-stem", _("zonder stem")


MANDATENDATABANK_PREFIX = "http://data.lblod.info/id/mandatarissen/"


ROLE_RANK = {role: rank for rank, role in enumerate(MandateRole.values)}


class MandateQuerySet(models.QuerySet):
    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(models.Q(end_date__isnull=True) | models.Q(end_date__gte=today))

    def former(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today)


class Mandate(models.Model):
    """A seat held by a public office holder in a governing body, for a term.

    Office holders act in public, so their names are published; nothing else about them is kept.
    """

    governing_body = models.ForeignKey(
        GoverningBody,
        verbose_name=_("bestuursorgaan"),
        on_delete=models.PROTECT,
        related_name="mandates",
    )
    holder_name = models.CharField(_("naam"), max_length=150)
    role = models.CharField(
        _("mandaat"), max_length=20, choices=MandateRole.choices, default=MandateRole.DIRECTOR
    )
    seat = models.CharField(
        _("stem"),
        max_length=20,
        choices=Seat.choices,
        default=Seat.VOTING,
        help_text=_("Oppositieleden zetelen met raadgevende stem."),
    )
    appointed_by = models.ForeignKey(
        "cms_stadsregio.Member",
        verbose_name=_("aangeduid door"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="mandates",
    )
    office = models.CharField(
        _("functie in de gemeente"),
        max_length=150,
        blank=True,
        help_text=_("Bijvoorbeeld: burgemeester, schepen, gemeenteraadslid."),
    )
    start_date = models.DateField(_("begin van het mandaat"))
    end_date = models.DateField(
        _("einde van het mandaat"),
        null=True,
        blank=True,
        help_text=_(
            "De laatste dag van het mandaat. Verwijder een mandaat niet wanneer iemand vertrekt: "
            "vul de einddatum in, dan blijft het in de geschiedenis van het bestuur staan."
        ),
    )
    mandatendatabank_uri = models.URLField(
        _("URI in de Mandatendatabank"),
        max_length=255,
        blank=True,
        help_text=_(
            "Het adres van deze mandataris in de Vlaamse Mandatendatabank, bijvoorbeeld "
            "http://data.lblod.info/id/mandatarissen/… Ingevuld gebruiken de gepubliceerde "
            "besluiten dit adres; leeg maakt de website er zelf een."
        ),
    )

    objects = MandateQuerySet.as_manager()

    panels = [
        FieldPanel("holder_name"),
        FieldPanel("governing_body"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("seat")]),
        MultiFieldPanel(
            [FieldPanel("appointed_by"), FieldPanel("office")], heading=_("Namens de gemeente")
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Termijn")),
        FieldPanel("mandatendatabank_uri"),
    ]

    class Meta:
        ordering = ["governing_body__sort_order", "-start_date", "holder_name"]
        verbose_name = _("mandaat")
        verbose_name_plural = _("mandaten")

    def __str__(self):
        return f"{self.holder_name}, {self.get_role_display()} ({self.governing_body})"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Het einde van het mandaat ligt vóór het begin.")})
        uri = self.mandatendatabank_uri
        if uri and not uri.replace("https://", "http://", 1).startswith(MANDATENDATABANK_PREFIX):
            raise ValidationError(
                {
                    "mandatendatabank_uri": _(
                        "Een adres in de Mandatendatabank begint met "
                        "http://data.lblod.info/id/mandatarissen/."
                    )
                }
            )

    def held_on(self, day):
        """Whether the mandate ran on that day."""
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    @property
    def is_current(self):
        return self.end_date is None or self.end_date >= timezone.localdate()

    @property
    def rank(self):
        """Chair first, then vice-chair, directors and members; voting seats before advisory."""
        return (ROLE_RANK.get(self.role, len(ROLE_RANK)), self.seat != Seat.VOTING)


class GovernancePage(BasePage):
    """/bestuur/: the governing bodies with their current members and the history of mandates."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "stadsregio_governance.MeetingIndexPage",
        "stadsregio_governance.OfficialDocumentIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("bestuurspagina")
        verbose_name_plural = _("bestuurspagina's")

    def uris(self, request=None):

        return GovernanceUris(page_uri(self, request))

    def body_uri(self, body, request=None):
        """The stable URI of a governing body: its section on this page."""
        return self.uris(request).body(body)

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        # Lazy: nothing is read when the content comes from the fragment cache.
        context.update(
            lazy_values(
                lambda: self._governance(request),
                ("bodies", "former_mandates", "sections", "request_page", "linked_data"),
            )
        )
        return context

    def _governance(self, request):
        context = {}
        today = timezone.localdate()
        bodies = list(
            GoverningBody.objects.prefetch_related(
                models.Prefetch(
                    "mandates",
                    queryset=Mandate.objects.select_related("appointed_by"),
                )
            )
        )
        uris = self.uris(request)
        sections, former = [], []
        for body in bodies:
            for mandate in body.mandates.all():
                _add_mandate_uris(mandate, uris, body)
            mandates = body.mandates.all()
            body.current_mandates = sorted(
                (m for m in mandates if m.end_date is None or m.end_date >= today),
                key=lambda m: (
                    m.rank,
                    m.appointed_by.name if m.appointed_by else "",
                    m.holder_name,
                ),
            )
            former.extend(m for m in mandates if m.end_date is not None and m.end_date < today)
            body.uri = uris.body(body)
            body.classification_uri = uris.body_classification(body)
        # Commissions are shown inside the body they belong to, in the same order.
        for body in bodies:
            body.sub_bodies = [b for b in bodies if b.part_of_id == body.pk]
            if body.part_of_id is None:
                sections.append(body)
        by_pk = {body.pk: body for body in bodies}
        for mandate in former:
            mandate.governing_body = by_pk[mandate.governing_body_id]
        context["bodies"] = sections
        context["former_mandates"] = sorted(
            former, key=lambda m: (-m.end_date.toordinal(), m.governing_body.sort_order, m.rank)
        )
        context["sections"] = list(
            exclude_private(self.get_children().live()).specific().order_by("path")
        )
        context["request_page"] = _document_request_page()
        context["linked_data"] = administrative_unit(uris, request)
        return context


def _add_mandate_uris(mandate, uris, body):
    mandate.uri = uris.mandate(mandate)
    mandate.person_uri = uris.person(mandate)
    mandate.post_uri = uris.post(mandate, body)
    mandate.role_uri = uris.role(mandate.role)


def administrative_unit(uris, request=None):
    """What the RDFa says about the Stadsregio as a bestuurseenheid (shared by /bestuur/ and the
    meeting pages): its URI, name, classification and area."""

    WAGTAIL_SITE_NAME = django_settings.WAGTAIL_SITE_NAME
    # for_request: the settings the page's header already read, without another query.
    settings = (
        OrganisationSettings.for_request(request)
        if request is not None
        else OrganisationSettings.objects.first()
    )
    members = all_members(request) if request is not None else Member.objects.order_by("name")
    names = [member.name for member in members]
    area = ", ".join(names[:-1]) + (f" en {names[-1]}" if len(names) > 1 else "".join(names))
    return {
        "uri": uris.administrative_unit,
        "name": (settings.legal_name or settings.name) if settings else WAGTAIL_SITE_NAME,
        "classification": PROJECTVERENIGING,
        "area_uri": uris.area,
        "area": area,
        "uris": uris,
        "prefixes": RDFA_PREFIXES,
    }


def _document_request_page():

    return exclude_private(DocumentRequestPage.objects.live()).first()
