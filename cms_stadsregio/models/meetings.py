"""Meetings of the governing bodies with their agenda and decision list (/bestuur/zittingen/).

A meeting page is both the agenda and, once the decisions are entered, the decision list: every
agenda item carries its own decision fields, so an editor enters the whole list in one screen.
The page publishes it as OSLO "Besluit publicatie" RDFa (see meeting_page.html); the URIs of the
resources in it are fragments of the meeting's own URL, built here.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey

from .base import BasePage, BasePageManager, BasePageQuerySet
from .listing import exclude_private

MEETINGS_PER_PAGE = 40
# The older rule for local governments: the decision list is online within 20 days.
DECISION_LIST_DEADLINE = datetime.timedelta(days=20)


MEETING_INDEX_KEYS = (
    *("items", "page_obj", "paginator", "page_query", "page_error"),  # paginate()
    *("bodies", "years", "selected_body", "selected_year", "filtered", "filter_messages"),
    "page_uri",
)
MEETING_KEYS = ("uri", "agenda_items", "has_decisions", "documents", "body_uri", "body_url")


class MeetingIndexPage(BasePage):
    """/bestuur/zittingen/: every meeting, newest first; the harvester's starting point."""

    parent_page_types = ["cms_stadsregio.GovernancePage"]
    subpage_types = ["cms_stadsregio.MeetingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht zittingen")

    def get_context(self, request, *args, **kwargs):
        from cms_stadsregio.caching import lazy_values

        context = super().get_context(request, *args, **kwargs)
        # Lazy: nothing is read when the content comes from the fragment cache.
        context.update(lazy_values(lambda: self._meetings(request), MEETING_INDEX_KEYS))
        return context

    def _meetings(self, request):
        from cms_stadsregio.listing import paginate

        from .governance import GoverningBody

        context = {}
        meetings = exclude_private(MeetingPage.objects.child_of(self).live())
        bodies = list(GoverningBody.objects.filter(meetings__in=meetings).distinct())
        years = sorted(
            {moment.year for moment in meetings.datetimes("planned_start", "year")}, reverse=True
        )
        messages = []
        body = _choice(request.GET.get("orgaan"), {b.slug: b for b in bodies})
        if body is None and request.GET.get("orgaan"):
            messages.append(_("Dat bestuursorgaan kennen we niet; alle organen worden getoond."))
        year = _choice(request.GET.get("jaar"), {str(y): y for y in years})
        if year is None and request.GET.get("jaar"):
            messages.append(_("Voor dat jaar zijn er geen zittingen; alle jaren worden getoond."))
        if body is not None:
            meetings = meetings.filter(governing_body=body)
        if year is not None:
            meetings = meetings.filter(planned_start__year=year)
        meetings = (
            meetings.select_related("governing_body")
            .with_decision_counts()
            .order_by("-planned_start", "-pk")
        )
        context.update(paginate(request, meetings, MEETINGS_PER_PAGE))
        context.update(
            {
                "bodies": bodies,
                "years": years,
                "selected_body": body,
                "selected_year": year,
                "filtered": body is not None or year is not None,
                "filter_messages": messages,
                "page_uri": self.get_full_url(request),
            }
        )
        return context


def _choice(raw, options):
    """The option a GET parameter names, or None: an unknown value shows the whole list."""
    if not raw or len(raw) > 100:
        return None
    return options.get(raw)


class MeetingPageQuerySet(BasePageQuerySet):
    def with_decision_counts(self):
        return self.annotate(
            item_count=models.Count("agenda_items", distinct=True),
            decision_count=models.Count(
                "agenda_items",
                filter=~models.Q(agenda_items__outcome=""),
                distinct=True,
            ),
        )

    def decision_list_overdue(self, now=None):
        """Meetings held more than 20 days ago whose complete decision list is not live.

        The database rows of a live page hold its published version, so decisions saved only in
        a draft do not count as published.
        """
        cutoff = (now or timezone.now()) - DECISION_LIST_DEADLINE
        return (
            self.with_decision_counts()
            .annotate(held_moment=Coalesce("started_at", "planned_start"))
            .filter(held_moment__lte=cutoff)
            .filter(
                models.Q(live=False)
                | models.Q(item_count=0)
                | models.Q(decision_count__lt=models.F("item_count"))
            )
        )


MeetingPageManager = BasePageManager.from_queryset(MeetingPageQuerySet)


class MeetingPage(BasePage):
    """One meeting (zitting) of a governing body: agenda, decision list and documents."""

    governing_body = models.ForeignKey(
        "cms_stadsregio.GoverningBody",
        verbose_name=_("bestuursorgaan"),
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    planned_start = models.DateTimeField(_("geplande start"))
    started_at = models.DateTimeField(
        _("werkelijke start"),
        null=True,
        blank=True,
        help_text=_("Vul in na de zitting, samen met het einde."),
    )
    ended_at = models.DateTimeField(_("einde"), null=True, blank=True)
    location = models.CharField(_("plaats"), max_length=200, blank=True)

    objects = MeetingPageManager()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("governing_body"),
                FieldPanel("planned_start"),
                FieldRowPanel([FieldPanel("started_at"), FieldPanel("ended_at")]),
                FieldPanel("location"),
            ],
            heading=_("Zitting"),
        ),
        InlinePanel(
            "agenda_items",
            heading=_("Agenda en besluitenlijst"),
            label=_("Agendapunt"),
            help_text=_(
                "Vul per agendapunt het besluit in zodra het genomen is. De besluitenlijst moet "
                "binnen 20 dagen na de zitting gepubliceerd zijn."
            ),
        ),
        InlinePanel("documents", heading=_("Documenten"), label=_("Document")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("planned_start"),
        index.RelatedFields(
            "agenda_items",
            [
                index.SearchField("title"),
                index.SearchField("description"),
                index.SearchField("decision_title"),
                index.SearchField("decision_description"),
            ],
        ),
    ]

    parent_page_types = ["cms_stadsregio.MeetingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("zitting")
        verbose_name_plural = _("zittingen")

    def clean(self):
        super().clean()
        errors = {}
        if self.ended_at and not self.started_at:
            errors["started_at"] = _("Vul ook in wanneer de zitting begon.")
        if self.started_at and self.ended_at and self.ended_at < self.started_at:
            errors["ended_at"] = _("Het einde ligt vóór de start van de zitting.")
        if errors:
            raise ValidationError(errors)

    @property
    def held_at(self):
        return self.started_at or self.planned_start

    @property
    def decision_deadline(self):
        return timezone.localdate(self.held_at + DECISION_LIST_DEADLINE)

    def get_context(self, request, *args, **kwargs):
        from cms_stadsregio.caching import lazy_values

        context = super().get_context(request, *args, **kwargs)
        # Lazy: nothing is read when the content comes from the fragment cache.
        context.update(lazy_values(lambda: self._meeting(request), MEETING_KEYS))
        return context

    def _meeting(self, request):
        context = {}
        uri = self.get_full_url(request) if self.pk else ""
        items = list(self.agenda_items.all())
        for number, item in enumerate(items, start=1):
            item.number = number
            item.fragment = f"agendapunt-{item.pk or f'nieuw-{number}'}"
            item.uris = {
                kind: f"{uri}#{kind}-{item.pk or f'nieuw-{number}'}"
                for kind in ("agendapunt", "behandeling", "besluit")
            }
        body = self.governing_body
        # The page tree fixes the governance page two levels up (bestuur/zittingen/<slug>/), so
        # its URL, where the governing bodies have their URIs, needs no query.
        context.update(
            {
                "uri": uri,
                "agenda_items": items,
                "has_decisions": any(item.has_decision for item in items),
                "documents": list(self.documents.select_related("document")),
                "body_uri": f"{_grandparent_url(uri)}#{body.slug}" if uri else "",
                "body_url": f"{_grandparent_url(self.get_url(request) or '')}#{body.slug}",
            }
        )
        return context


def _grandparent_url(url):
    """'https://host/bestuur/zittingen/x/' -> 'https://host/bestuur/'."""
    if not url:
        return ""
    return url.rstrip("/").rsplit("/", 2)[0] + "/"


class DecisionOutcome(models.TextChoices):
    APPROVED = "goedgekeurd", _("goedgekeurd")
    REJECTED = "afgekeurd", _("afgekeurd")
    POSTPONED = "uitgesteld", _("uitgesteld")
    NOTED = "kennisgenomen", _("kennis genomen")


class AgendaItem(Orderable):
    """An agenda item (agendapunt) and, once taken, the decision on it."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="agenda_items")
    title = models.CharField(_("titel"), max_length=255)
    description = models.TextField(_("korte beschrijving"), blank=True)
    public = models.BooleanField(
        _("openbaar"),
        default=True,
        help_text=_("Uitvinken voor een besloten agendapunt, bijvoorbeeld over personeel."),
    )
    outcome = models.CharField(
        _("uitkomst"),
        max_length=20,
        choices=DecisionOutcome.choices,
        blank=True,
        help_text=_("Leeg laten zolang er geen besluit is."),
    )
    decision_title = models.CharField(
        _("titel van het besluit"),
        max_length=255,
        blank=True,
        help_text=_("Leeg laten om de titel van het agendapunt te gebruiken."),
    )
    decision_description = models.TextField(
        _("korte beschrijving van het besluit"),
        blank=True,
        help_text=_(
            "Wat er besloten is, in een paar zinnen en zonder persoonsgegevens: geen namen van "
            "burgers of personeelsleden."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("public"),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldPanel("decision_title"),
                FieldPanel("decision_description"),
            ],
            heading=_("Besluit"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.outcome and (self.decision_title or self.decision_description):
            raise ValidationError({"outcome": _("Kies de uitkomst van het besluit.")})
        if self.outcome and not self.decision_description.strip():
            raise ValidationError({"decision_description": _("Beschrijf kort wat er besloten is.")})

    @property
    def has_decision(self):
        return bool(self.outcome)

    @property
    def decision_heading(self):
        return self.decision_title or self.title


class MeetingDocumentKind(models.TextChoices):
    AGENDA = "agenda", _("agenda")
    DECISION_LIST = "besluitenlijst", _("besluitenlijst")
    MINUTES = "notulen", _("notulen")
    ANNEX = "bijlage", _("bijlage")


class MeetingDocument(Orderable):
    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(
        _("soort"),
        max_length=20,
        choices=MeetingDocumentKind.choices,
        default=MeetingDocumentKind.MINUTES,
    )
    title = models.CharField(
        _("titel"),
        max_length=255,
        blank=True,
        help_text=_("Leeg laten om de titel van het document te gebruiken."),
    )

    panels = [FieldPanel("document"), FieldRowPanel([FieldPanel("kind"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = _("document van de zitting")
        verbose_name_plural = _("documenten van de zitting")
