"""Official documents (statuten, begroting, ...) with a stable URL and their earlier versions.

Member municipalities link to /bestuur/documenten/statuten/: that address must keep working when a
new version is uploaded, so it is a route that redirects to the current version's file, never a
link to a file. The versions are a history: a new one is added, earlier ones stay listed.
"""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from cms_stadsregio.content.models.base import BasePage


class OfficialDocument(index.Indexed, ClusterableModel):
    """A kind of official document, e.g. the statutes, with all the versions it had."""

    title = models.CharField(_("naam"), max_length=150, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_(
            "Het vaste webadres: /bestuur/documenten/<slug>/ toont altijd de huidige versie. "
            "Gemeenten linken ernaar: wijzig het niet meer."
        ),
    )
    description = models.TextField(_("korte beschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        InlinePanel(
            "versions",
            heading=_("Versies"),
            label=_("Versie"),
            min_num=1,
            help_text=_(
                "Voeg een nieuwe versie toe in plaats van de vorige te vervangen: de vorige "
                "versies blijven zo raadpleegbaar. De recentste versie (volgens datum) is de "
                "huidige."
            ),
        ),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("description")]

    class Meta:
        ordering = ["sort_order", "title"]
        verbose_name = _("officieel document")
        verbose_name_plural = _("officiële documenten")

    def __str__(self):
        return self.title

    def sorted_versions(self):
        """Newest first; a version dated in the future (adopted, not yet in force) comes last."""
        today = timezone.localdate()
        return sorted(
            self.versions.all(),
            key=lambda v: (v.date > today, -v.date.toordinal(), -(v.pk or 0)),
        )

    @property
    def current_version(self):
        """The newest version in force that still has its file."""
        return next((v for v in self.sorted_versions() if v.document_id), None)


class OfficialDocumentVersion(Orderable):
    official_document = ParentalKey(
        OfficialDocument, on_delete=models.CASCADE, related_name="versions"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("bestand"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wordt het bestand ooit verwijderd, dan blijft de versie in de lijst staan."),
    )
    date = models.DateField(
        _("datum"), help_text=_("De datum van goedkeuring of vaststelling van deze versie.")
    )
    label = models.CharField(
        _("omschrijving"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: wijziging na de verlenging van de vereniging."),
    )

    panels = [FieldPanel("document"), FieldPanel("date"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("versie")
        verbose_name_plural = _("versies")

    def __str__(self):
        return f"{self.official_document} ({self.date:%d-%m-%Y})"


class OfficialDocumentIndexPage(RoutablePageMixin, BasePage):
    """/bestuur/documenten/ lists the documents; /bestuur/documenten/<slug>/ is the current one."""

    parent_page_types = ["stadsregio_governance.GovernancePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("overzicht officiële documenten")

    def document_url(self, official_document, request=None):
        return self.get_url(request) + self.reverse_subpage(
            "current", kwargs={"slug": official_document.slug}
        )

    @path("")
    def index(self, request):
        documents = list(
            OfficialDocument.objects.prefetch_related(
                models.Prefetch(
                    "versions",
                    queryset=OfficialDocumentVersion.objects.select_related("document"),
                )
            )
        )
        for official_document in documents:
            current = official_document.current_version
            official_document.current = current
            official_document.earlier = [
                v for v in official_document.sorted_versions() if v is not current
            ]
            official_document.stable_url = self.document_url(official_document, request)
            official_document.stable_full_url = self.get_full_url(request) + self.reverse_subpage(
                "current", kwargs={"slug": official_document.slug}
            )
        return self.render(request, context_overrides={"documents": documents})

    @path("<slug:slug>/", name="current")
    def current(self, request, slug):
        official_document = (
            OfficialDocument.objects.filter(slug=slug)
            .prefetch_related("versions__document")
            .first()
        )
        version = official_document.current_version if official_document else None
        if version is None:
            raise Http404
        # Temporary on purpose: the target changes with every new version, so nothing may cache it.
        return redirect(version.document.url, permanent=False)
