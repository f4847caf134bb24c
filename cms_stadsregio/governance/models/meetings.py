"""Meetings of the governing bodies with their agenda and decision list (/bestuur/zittingen/).

A meeting page is both the agenda and, once the decisions are entered, the decision list: every
agenda item carries its own decision fields, so an editor enters the whole list in one screen.
The page publishes it as OSLO "Besluit publicatie" RDFa (see meeting_page.html); the URIs of the
resources in it are fragments of the meeting's own URL, built here.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from cms_stadsregio.caching.cache import lazy_values
from cms_stadsregio.content.admin_forms import PageForm
from cms_stadsregio.content.listing import PAGE_KEYS, paginate
from cms_stadsregio.content.models.base import BasePage, BasePageManager, BasePageQuerySet
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.governance.linked_data import RDFA_PREFIXES, GovernanceUris, page_uri
from cms_stadsregio.governance.models.bodies import GoverningBody, Seat, administrative_unit

MEETINGS_PER_PAGE = 40
# The older rule for local governments: the decision list is online within 20 days.
DECISION_LIST_DEADLINE = datetime.timedelta(days=20)


MEETING_INDEX_KEYS = (
    *PAGE_KEYS,  # paginate()
    *("bodies", "years", "selected_body", "selected_year", "filtered", "filter_messages"),
    "page_uri",
)
MEETING_KEYS = (
    *("uri", "agenda_items", "has_decisions", "documents", "body_uri", "body_url"),
    *("body_classification", "chair", "secretary", "attendees", "minutes_uri", "minutes_url"),
    *("linked_data", "rdfa_prefixes"),
)


class MeetingIndexPage(BasePage):
    """/bestuur/zittingen/: every meeting, newest first; the harvester's starting point."""

    parent_page_types = ["stadsregio_governance.GovernancePage"]
    subpage_types = ["stadsregio_governance.MeetingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht zittingen")

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        # Lazy: nothing is read when the content comes from the fragment cache.
        context.update(lazy_values(lambda: self._meetings(request), MEETING_INDEX_KEYS))
        return context

    def _meetings(self, request):

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
                "page_uri": page_uri(self, request),
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


class MeetingPageForm(PageForm):
    """The meeting editor: whoever is ticked as present held a mandate in the body that met, on
    that day (the published minutes name them as its mandatarissen)."""

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("governing_body")
        start = cleaned.get("started_at") or cleaned.get("planned_start")
        if body is None or start is None:
            return cleaned
        day = timezone.localdate(start)
        wrong = [
            mandate
            for mandate in cleaned.get("attendees") or ()
            if mandate.governing_body_id != body.pk or not mandate.held_on(day)
        ]
        if wrong:
            self.add_error(
                "attendees",
                _("Geen mandaat in %(body)s op de dag van de zitting: %(names)s.")
                % {"body": body.name, "names": ", ".join(m.holder_name for m in wrong)},
            )
        return cleaned


class MeetingPage(RoutablePageMixin, BasePage):
    """One meeting (zitting) of a governing body: agenda, decision list and documents; once
    approved, its minutes (notulen) at notulen/ below the meeting's own address."""

    governing_body = models.ForeignKey(
        "stadsregio_governance.GoverningBody",
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
    chair = models.ForeignKey(
        "stadsregio_governance.Mandate",
        verbose_name=_("voorzitter"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="chaired_meetings",
        help_text=_("Het mandaat van wie de zitting voorzat."),
    )
    secretary = models.ForeignKey(
        "stadsregio_governance.Mandate",
        verbose_name=_("secretaris"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings_as_secretary",
        help_text=_("Het mandaat van wie de notulen opstelde."),
    )
    attendees = ParentalManyToManyField(
        "stadsregio_governance.Mandate",
        verbose_name=_("aanwezigen"),
        blank=True,
        related_name="attended_meetings",
        help_text=_(
            "Wie bij de start van de zitting aanwezig was. De stemmen bij een open stemming "
            "zonder tegenstemmen en onthoudingen worden op hun naam gepubliceerd."
        ),
    )
    minutes_approved_on = models.DateField(
        _("notulen goedgekeurd op"),
        null=True,
        blank=True,
        help_text=_(
            "De dag waarop het orgaan de notulen goedkeurde, meestal op de volgende zitting. "
            "Dan verschijnen de notulen op hun eigen webadres: dat van de zitting met notulen/ "
            "erachter. Vul per besluit ook de motivering in."
        ),
    )

    objects = MeetingPageManager()
    select_with_page = ("listing_image", "governing_body", "chair", "secretary")
    base_form_class = MeetingPageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("governing_body"),
                FieldPanel("planned_start"),
                FieldRowPanel([FieldPanel("started_at"), FieldPanel("ended_at")]),
                FieldPanel("location"),
                FieldRowPanel([FieldPanel("chair"), FieldPanel("secretary")]),
                FieldPanel("attendees", widget=forms.CheckboxSelectMultiple),
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
        FieldPanel("minutes_approved_on", heading=_("Notulen")),
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

    parent_page_types = ["stadsregio_governance.MeetingIndexPage"]
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
        day = timezone.localdate(self.held_at) if self.planned_start else None
        for field in ("chair", "secretary"):
            mandate = getattr(self, field)
            if mandate is None:
                continue
            if mandate.governing_body_id != self.governing_body_id:
                errors[field] = _("Kies een mandaat in het orgaan dat de zitting hield.")
            elif day and not mandate.held_on(day):
                errors[field] = _("Dat mandaat liep niet op de dag van de zitting.")
        if self.minutes_approved_on:
            for field in ("chair", "secretary"):
                if getattr(self, field) is None and field not in errors:
                    errors[field] = _("Notulen vermelden de voorzitter en de secretaris.")
            if not self.started_at:
                errors["minutes_approved_on"] = _("Notulen zijn er pas na de zitting.")
            elif self.minutes_approved_on < timezone.localdate(self.started_at):
                errors["minutes_approved_on"] = _("De notulen zijn goedgekeurd vóór de zitting.")
        if errors:
            raise ValidationError(errors)

    @property
    def held_at(self):
        return self.started_at or self.planned_start

    @property
    def meta_description(self):
        """The editor's own, or what a search engine can say of any meeting: which body, when."""
        own = super().meta_description
        if own or not self.planned_start:
            return own
        return _("Agenda, besluiten en documenten van de zitting van %(body)s op %(day)s.") % {
            "body": self.governing_body.name,
            "day": date_format(timezone.localdate(self.held_at), "j F Y"),
        }

    @property
    def decision_deadline(self):
        return timezone.localdate(self.held_at + DECISION_LIST_DEADLINE)

    @property
    def has_minutes(self):
        return self.minutes_approved_on is not None

    def get_sitemap_urls(self, request=None):
        """The meeting and, once approved, its minutes (a route the sitemap would miss)."""
        urls = super().get_sitemap_urls(request)
        if self.has_minutes and urls:
            urls.append({**urls[0], "location": urls[0]["location"] + "notulen/"})
        return urls

    def get_cached_paths(self):
        # A publish purges the minutes from caching proxies along with the meeting page.
        return ["/", "/notulen/"]

    @path("notulen/")
    def minutes(self, request):
        """The minutes as a publication of their own, with the same resources as the meeting."""
        if not self.has_minutes:
            raise Http404
        return self.render(request, template="stadsregio_governance/meeting_minutes.html")

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        # Lazy: nothing is read when the content comes from the fragment cache.
        context.update(lazy_values(lambda: self._meeting(request), MEETING_KEYS))
        return context

    def _meeting(self, request):

        uri = page_uri(self, request) if self.pk else ""
        uris = GovernanceUris(_grandparent_url(uri))
        body = self.governing_body
        chair, secretary = self.chair, self.secretary
        attendees = sorted(self.attendees.all(), key=lambda m: (m.rank, m.holder_name))
        for mandate in [*attendees, chair, secretary]:
            if mandate is not None:
                mandate.uri = uris.mandate(mandate)
                mandate.person_uri = uris.person(mandate)
        voters = [m for m in attendees if m.seat == Seat.VOTING]
        items = list(self.agenda_items.all())
        day = timezone.localdate(self.held_at).strftime("%d.%m.%Y")
        previous = previous_treated = None
        for number, item in enumerate(items, start=1):
            key = item.pk or f"nieuw-{number}"
            item.number = number
            item.fragment = f"agendapunt-{key}"
            item.uris = {
                kind: f"{uri}#{kind}-{key}"
                for kind in ("agendapunt", "behandeling", "besluit", "stemming", "artikel")
            }
            item.previous = previous
            item.previous_treated = previous_treated if item.has_decision else None
            item.citation = _("%(body)s %(day)s, punt %(number)s") % {
                "body": body.name,
                "day": day,
                "number": number,
            }
            item.voters = voters if item.has_vote else []
            item.named_in_favour = voters if item.is_unanimous_open_vote(len(voters)) else []
            previous = item
            if item.has_decision:
                previous_treated = item
        # The page tree fixes the governance page two levels up (bestuur/zittingen/<slug>/), so
        # its URL, where the governing bodies have their URIs, needs no query.
        return {
            "uri": uri,
            "agenda_items": items,
            "has_decisions": any(item.has_decision for item in items),
            "documents": list(self.documents.select_related("document")),
            "body_uri": uris.body(body) if uri else "",
            "body_url": f"{_grandparent_url(self.get_url(request) or '')}#{body.slug}",
            "body_classification": uris.body_classification(body),
            "chair": chair,
            "secretary": secretary,
            "attendees": attendees,
            "minutes_uri": f"{uri}notulen/" if uri and self.has_minutes else "",
            "minutes_url": f"{self.get_url(request) or ''}notulen/" if self.has_minutes else "",
            "linked_data": administrative_unit(uris, request),
            "rdfa_prefixes": RDFA_PREFIXES,
        }


def _grandparent_url(url):
    """'https://host/bestuur/zittingen/x/' -> 'https://host/bestuur/'."""
    if not url:
        return ""
    return url.rstrip("/").rsplit("/", 2)[0] + "/"
