"""The cooperation's own data: its members, the people who work for it, partners and settings."""

from django.apps import apps
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site
from wagtail.search import index

from cms_stadsregio.caching.cache import cached
from cms_stadsregio.content.blocks import SocialLinkBlock

nis_code_validator = RegexValidator(r"^\d{5}$", _("Een NIS-code bestaat uit vijf cijfers."))
postcode_validator = RegexValidator(
    r"^\d{4}$", _("Een Belgische postcode bestaat uit vier cijfers.")
)


class MemberQuerySet(models.QuerySet):
    def current(self):
        today = timezone.localdate()
        return self.filter(models.Q(left_on__isnull=True) | models.Q(left_on__gt=today))


class Member(index.Indexed, models.Model):
    """A member municipality (with its OCMW). Members are data: adding one here is all it takes."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Deel van het webadres: /gemeenten/<slug>/. Kleine letters en streepjes."),
    )
    nis_code = models.CharField(
        _("NIS-code"), max_length=5, unique=True, validators=[nis_code_validator]
    )
    postcode = models.CharField(_("postcode"), max_length=4, validators=[postcode_validator])
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("korte beschrijving"),
        blank=True,
        help_text=_("Eén of twee zinnen over de gemeente en wat de Stadsregio met haar doet."),
    )
    joined_on = models.DateField(_("lid sinds"), null=True, blank=True)
    left_on = models.DateField(
        _("lid tot"),
        null=True,
        blank=True,
        help_text=_("Vul in wanneer de gemeente uittreedt; haar geschiedenis blijft bewaard."),
    )

    editors_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("redactiegroep"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="member",
        help_text=_("Wordt automatisch aangemaakt wanneer de gemeente bewaard wordt."),
    )

    objects = MemberQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("nis_code"), FieldPanel("postcode")]),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("left_on")]),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        """The member's public page; listings build it from one MemberIndexPage instead."""
        # The member pages are routes of that page, which is defined on top of this model.
        index = apps.get_model("cms_stadsregio", "MemberIndexPage").objects.live().first()
        return index.member_url(self) if index else ""

    @property
    def is_current(self):
        return self.left_on is None or self.left_on > timezone.localdate()


class PartnerOrganisation(index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=150, unique=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("korte beschrijving"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partnerorganisatie")
        verbose_name_plural = _("partnerorganisaties")

    def __str__(self):
        return self.name


class Person(index.Indexed, models.Model):
    """Staff of the Stadsregio or of a member; staff is shared, so a person can work for several."""

    name = models.CharField(_("naam"), max_length=150)
    job_title = models.CharField(_("functie"), max_length=150)
    employer = models.ForeignKey(
        Member,
        verbose_name=_("werkgever"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="employees",
        help_text=_("Leeg laten als de persoon in dienst is van de Stadsregio zelf."),
    )
    members = models.ManyToManyField(
        Member,
        verbose_name=_("werkt voor"),
        blank=True,
        related_name="staff",
        help_text=_("De gemeenten waarvoor deze persoon werkt (gedeeld personeel)."),
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    photo = models.ForeignKey(
        "cms_stadsregio.StadsregioImage",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        MultiFieldPanel([FieldPanel("employer"), FieldPanel("members")], heading=_("Organisatie")),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("photo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("job_title"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")

    def __str__(self):
        return f"{self.name} ({self.job_title})"


class ProjectRole(models.Model):
    """A role the Stadsregio takes in a project (faciliteren, initiëren, ...), from its strategy."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("beschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("rol van de Stadsregio")
        verbose_name_plural = _("rollen van de Stadsregio")

    def __str__(self):
        return self.name


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Identification the law asks for on every page (WER art. XII.6); the name can change."""

    name = models.CharField(_("naam van de organisatie"), max_length=150)
    legal_name = models.CharField(
        _("officiële naam"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: Projectvereniging Stadsregio Turnhout."),
    )
    street_address = models.CharField(_("straat en nummer"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("gemeente"), max_length=100, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    company_number = models.CharField(
        _("ondernemingsnummer"),
        max_length=20,
        blank=True,
        validators=[
            RegexValidator(
                r"^[01]\d{3}\.\d{3}\.\d{3}$",
                _("Schrijf het ondernemingsnummer als 0123.456.789."),
            )
        ],
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("sociale media")
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("legal_name")], heading=_("Naam")),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
            ],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("company_number")],
            heading=_("Contact en identificatie"),
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("organisatiegegevens")

    @classmethod
    def for_request(cls, request):
        """As Wagtail's, but read from the cache until the next change of public content: the
        header, footer and metadata of every page need it. The admin's edit view reads the row
        itself (for_site), so an editor never edits a cached copy."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        instance = cached(request, f"organisation-settings:{site.pk}", lambda: cls.for_site(site))
        instance._request = request
        setattr(request, attr_name, instance)
        return instance

    def __str__(self):
        return self.name or str(self.fallback_name())

    @staticmethod
    def fallback_name():
        return _("Stadsregio Turnhout")

    @property
    def display_name(self):
        return self.name or self.fallback_name()


def all_members(request):
    """Every member, former ones too, by name: the footer, the filters and the member pages
    share this one list."""
    return cached(request, "members", lambda: list(Member.objects.order_by("name")))
