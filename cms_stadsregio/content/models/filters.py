"""The GET filters of the public listings, the news feeds and the CSV export (django-filter).

Parameters as in the public URL contract: `thema`, `gemeente`, `status` (projects), `tag` and
`jaar`. The filter set's form validates each one against what exists. An invalid value (an
unknown slug, a malformed year, markup, a parameter given twice) becomes a message and is left
out, so a stale or mistyped link still shows a useful page, never a server error. The choices
cost one query per field, whatever the number of items.
"""

import datetime
import re

from django import forms
from django.db.models import Max, Min, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import django_filters
from taggit.models import Tag

from cms_stadsregio.caching.cache import cached
from cms_stadsregio.content.models.domains import DomainPage
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.content.models.organisation import all_members
from cms_stadsregio.content.models.projects import ProjectStatus

# Years further apart than this are a typing error in a date, not a reason for a longer list.
MAX_YEAR_SPAN = 60
INVALID_CHOICE = _("onbekende waarde, deze filter is niet toegepast.")


def choice_filter(label, empty_label, method):
    """A choice among the values that exist (set per request); the message does not repeat what
    was typed."""
    return django_filters.ChoiceFilter(
        label=label,
        empty_label=empty_label,
        method=method,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )


class ListingFilterForm(forms.Form):
    """The form of the filters: ids `filter-<name>`; a parameter given twice is refused, and a
    refused filter shows as "all" rather than as the value that was refused."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter-%s")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        getlist = getattr(self.data, "getlist", None)
        if getlist is not None:
            for name in list(self.fields):
                if len(getlist(name)) > 1:
                    self.add_error(
                        name, _("mag maar één keer voorkomen, deze filter is niet toegepast.")
                    )
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        if self._errors and hasattr(self.data, "copy"):
            self.data = self.data.copy()
            for name in self._errors:
                self.data.pop(name, None)


class ListingFilterSet(django_filters.FilterSet):
    """The filters shared by projects and news (django-filter); the model and the year rule
    differ per listing. django-filter applies only the filters whose value is valid: the others
    become a message (`messages()`)."""

    thema = choice_filter(_("Thema"), _("Alle thema's"), "filter_thema")
    gemeente = choice_filter(_("Gemeente"), _("Alle gemeenten"), "filter_gemeente")
    tag = choice_filter(_("Trefwoord"), _("Alle trefwoorden"), "filter_tag")
    jaar = choice_filter(_("Jaar"), _("Alle jaren"), "filter_jaar")

    field_order = ["thema", "gemeente", "tag", "jaar"]

    class Meta:
        form = ListingFilterForm
        fields = []

    def __init__(self, data, *, queryset, fields=None, request=None, cache_key=None):
        """`queryset`: the live, public items the filters narrow down (their tags and years fill
        the choices); `fields`: a subset of the filters (the feeds take thema and gemeente).
        With a `request` and a `cache_key` naming the queryset (its index page), the choices are
        read from the cache until the next publish."""
        super().__init__(data, queryset=queryset, request=request)
        self.cache_key = cache_key
        self._ids = {}
        self.filters = {
            name: self.filters[name]
            for name in self.field_order
            if name in self.filters and (fields is None or name in fields)
        }
        for name, filter_ in self.filters.items():
            filter_.extra["choices"] = getattr(self, f"_{name}_choices")()

    # Choices: (value in the URL, label). Pages and members are looked up once, here.

    def _cached(self, name, build, shared=False):
        if self.cache_key is None and not shared:
            return build()
        model = self.queryset.model
        key = name if shared else f"filter-choices:{model._meta.label}:{self.cache_key}:{name}"
        return cached(self.request, key, build)

    def _thema_choices(self):
        domains = self._cached(
            "public-domains",
            lambda: list(
                exclude_private(DomainPage.objects.live())
                .order_by("path")
                .values_list("pk", "slug", "title")
            ),
            shared=True,
        )
        self._ids["thema"] = {slug: pk for pk, slug, _title in domains}
        return [(slug, title) for _pk, slug, title in domains]

    def _gemeente_choices(self):
        members = all_members(self.request)
        self._ids["gemeente"] = {member.slug: member.pk for member in members}
        return [(member.slug, member.name) for member in members]

    def _tag_choices(self):
        def build():
            through = self.queryset.model.tags.through
            used = through.objects.filter(content_object__in=self.queryset).values("tag_id")
            tags = Tag.objects.filter(pk__in=used).order_by("name")
            return list(tags.values_list("slug", "name"))

        return self._cached("tag", build)

    def _jaar_choices(self):
        return [(str(year), str(year)) for year in self._cached("jaar", self.years)]

    def years(self):
        raise NotImplementedError

    def filter_thema(self, queryset, name, slug):
        return queryset.filter(domains=self._ids["thema"][slug])

    def filter_gemeente(self, queryset, name, slug):
        return queryset.filter(members=self._ids["gemeente"][slug])

    def filter_tag(self, queryset, name, slug):
        return queryset.filter(tags__slug=slug)

    def filter_jaar(self, queryset, name, year):
        return self.filter_year(queryset, int(year))

    def filter_year(self, queryset, year):
        raise NotImplementedError

    # What the listing, the feeds and the export show of the filters.

    def messages(self):
        """(field id, sentence) per parameter that was not applied, for the error summary."""
        form = self.form
        return [
            (form[name].id_for_label, f"{form.fields[name].label}: {error}")
            for name, errors in self.errors.items()
            if name in form.fields
            for error in errors
        ]

    @property
    def values(self):
        """The filters that were given and are valid, in form order: {name: cleaned value}."""
        self.form.is_valid()
        cleaned = self.form.cleaned_data
        return {
            name: value for name in self.filters if (value := cleaned.get(name)) not in (None, "")
        }

    def query(self, names=None):
        """The valid filters (or those among `names`) as a QueryDict, without `pagina`: for
        canonical and shareable URLs."""
        query = QueryDict(mutable=True)
        for name, value in self.values.items():
            if names is None or name in names:
                query[name] = str(value)
        return query

    def active_filters(self):
        """The applied filters with a link (query string) that removes each one."""
        result = []
        query = self.query()
        for name, value in self.values.items():
            field = self.form.fields[name]
            without = query.copy()
            del without[name]
            result.append(
                {
                    "name": name,
                    "label": field.label,
                    "value": dict(field.choices).get(value, value),
                    "remove_query": without.urlencode(),
                }
            )
        return result


class ProjectFilterSet(ListingFilterSet):
    status = choice_filter(_("Status"), _("Alle statussen"), "filter_status")

    field_order = ["thema", "gemeente", "status", "tag", "jaar"]

    def _status_choices(self):
        return list(ProjectStatus.choices)

    def filter_status(self, queryset, name, status):
        return queryset.filter(status=status)

    def years(self):
        """Every year in which a project ran, newest first; one without an end date still runs."""
        bounds = self.queryset.aggregate(
            first=Min("start_date"), last_start=Max("start_date"), last_end=Max("end_date")
        )
        if bounds["first"] is None:
            return []
        last = max(
            bounds["last_start"], bounds["last_end"] or bounds["last_start"], timezone.localdate()
        ).year
        first = max(bounds["first"].year, last - MAX_YEAR_SPAN)
        return list(range(last, first - 1, -1))

    def filter_year(self, queryset, year):
        """Projects that ran during (part of) the year."""
        return queryset.filter(start_date__lte=datetime.date(year, 12, 31)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1))
        )


class NewsFilterSet(ListingFilterSet):
    def years(self):
        return [day.year for day in self.queryset.dates("date", "year", order="DESC")]

    def filter_year(self, queryset, year):
        return queryset.filter(date__year=year)


MAX_SEARCH_LENGTH = 200
# What the full-text backends can take as search terms: words and hyphens. Quotes, brackets and
# operators would be read as query syntax (SQLite FTS5 fails on an unmatched quote).
NOT_A_SEARCH_TERM = re.compile(r"[^\w\s-]|_")


class SearchForm(forms.Form):
    """/zoeken/?q=...&type=...; `type` narrows the results to one kind of page."""

    q = forms.CharField(
        label=_("Zoekterm"),
        required=False,
        max_length=MAX_SEARCH_LENGTH,
        error_messages={
            "max_length": _("Uw zoekterm is te lang: gebruik hoogstens %(limit_value)d tekens."),
        },
    )
    type = forms.ChoiceField(
        label=_("Soort"),
        required=False,
        error_messages={"invalid_choice": _("onbekende soort, er is in alles gezocht.")},
    )

    def __init__(self, data, *, types):
        super().__init__(data, auto_id="search-%s")
        self.fields["type"].choices = [("", _("Alles")), *types]

    def clean_q(self):
        q = self.cleaned_data["q"]
        if q and not self.terms_of(q):
            raise forms.ValidationError(_("Typ minstens één woord om te zoeken."))
        return q

    @staticmethod
    def terms_of(q):
        words = (word.strip("-") for word in NOT_A_SEARCH_TERM.sub(" ", q).split())
        return " ".join(word for word in words if word)

    @property
    def terms(self):
        """The words to search for; "" when there is nothing (valid) to search."""
        self.is_valid()
        return self.terms_of(self.cleaned_data.get("q") or "")

    @property
    def type_key(self):
        self.is_valid()
        return self.cleaned_data.get("type") or ""
