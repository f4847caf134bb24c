"""The GET filters of the public listings, the news feeds and the CSV export.

Parameters as in the public URL contract: `thema`, `gemeente`, `status` (projects), `tag` and
`jaar`. A small form validates each one against what exists. An invalid value (unknown slug, a
malformed year, markup, a parameter given twice) becomes a message and is left out, so a stale or
mistyped link still shows a useful page, never a server error. The choices cost one query per
field, whatever the number of items.
"""

import datetime
import re

from django import forms
from django.db.models import Max, Min, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from .caching import all_members, cached
from .models import DomainPage, NewsPage, ProjectPage, ProjectStatus
from .models.listing import exclude_private

# Years further apart than this are a typing error in a date, not a reason for a longer list.
MAX_YEAR_SPAN = 60


class FilterChoiceField(forms.TypedChoiceField):
    """A choice among the values that exist; the message does not repeat what was typed."""

    def __init__(self, *, label, empty_label, **kwargs):
        super().__init__(
            label=label,
            required=False,
            empty_value=None,
            error_messages={
                "invalid_choice": _("onbekende waarde, deze filter is niet toegepast."),
            },
            **kwargs,
        )
        self.empty_label = empty_label


class ListingFilterForm(forms.Form):
    """The filters shared by projects and news; `model` and the year rule differ per listing."""

    model = None
    thema = FilterChoiceField(label=_("Thema"), empty_label=_("Alle thema's"))
    gemeente = FilterChoiceField(label=_("Gemeente"), empty_label=_("Alle gemeenten"))
    tag = FilterChoiceField(label=_("Trefwoord"), empty_label=_("Alle trefwoorden"))
    jaar = FilterChoiceField(label=_("Jaar"), empty_label=_("Alle jaren"), coerce=int)

    def __init__(self, data, *, base_queryset, fields=None, request=None, cache_key=None):
        """`base_queryset`: the live, public items the filters narrow down (their tags and years
        fill the choices); `fields`: a subset of the filters (the feeds take thema and gemeente).
        With a `request` and a `cache_key` naming the base queryset (its index page), the choices
        are read from the cache until the next publish."""
        super().__init__(data, auto_id="filter-%s")
        self.request = request
        self.cache_key = cache_key
        if fields is not None:
            for name in list(self.fields):
                if name not in fields:
                    del self.fields[name]
        self.base_queryset = base_queryset
        self._ids = {}
        for name, field in self.fields.items():
            field.choices = [("", field.empty_label), *getattr(self, f"_{name}_choices")()]

    # Choices: (value in the URL, label). Pages and members are looked up once, here.

    def _cached(self, name, build, shared=False):
        if self.cache_key is None and not shared:
            return build()
        key = name if shared else f"filter-choices:{self.model._meta.label}:{self.cache_key}:{name}"
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
            through = self.model.tags.through
            used = through.objects.filter(content_object__in=self.base_queryset).values("tag_id")
            tags = Tag.objects.filter(pk__in=used).order_by("name")
            return list(tags.values_list("slug", "name"))

        return self._cached("tag", build)

    def _jaar_choices(self):
        return [(year, str(year)) for year in self._cached("jaar", self.years)]

    def years(self):
        raise NotImplementedError

    def filter_year(self, queryset, year):
        raise NotImplementedError

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
            # Show a filter that was not applied as "all", not as the value that was refused.
            self.data = self.data.copy()
            for name in self._errors:
                self.data.pop(name, None)

    def messages(self):
        """(field id, sentence) per parameter that was not applied, for the error summary."""
        self.is_valid()
        return [
            (self[name].id_for_label, f"{self.fields[name].label}: {error}")
            for name, errors in self.errors.items()
            if name in self.fields
            for error in errors
        ]

    @property
    def values(self):
        """The filters that were given and are valid, in form order: {name: cleaned value}."""
        self.is_valid()
        return {
            name: value
            for name in self.fields
            if (value := self.cleaned_data.get(name)) not in (None, "")
        }

    def filter(self, queryset):
        for name, value in self.values.items():
            queryset = getattr(self, f"_filter_{name}")(queryset, value)
        return queryset

    def _filter_thema(self, queryset, slug):
        return queryset.filter(domains=self._ids["thema"][slug])

    def _filter_gemeente(self, queryset, slug):
        return queryset.filter(members=self._ids["gemeente"][slug])

    def _filter_tag(self, queryset, slug):
        return queryset.filter(tags__slug=slug)

    def _filter_jaar(self, queryset, year):
        return self.filter_year(queryset, year)

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
            labels = dict(self.fields[name].choices)
            without = query.copy()
            del without[name]
            result.append(
                {
                    "name": name,
                    "label": self.fields[name].label,
                    "value": labels.get(value, value),
                    "remove_query": without.urlencode(),
                }
            )
        return result


class ProjectFilterForm(ListingFilterForm):
    model = ProjectPage
    status = FilterChoiceField(label=_("Status"), empty_label=_("Alle statussen"))
    field_order = ["thema", "gemeente", "status", "tag", "jaar"]

    def _status_choices(self):
        return list(ProjectStatus.choices)

    def _filter_status(self, queryset, status):
        return queryset.filter(status=status)

    def years(self):
        """Every year in which a project ran, newest first; one without an end date still runs."""
        bounds = self.base_queryset.aggregate(
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


class NewsFilterForm(ListingFilterForm):
    model = NewsPage

    def years(self):
        return [day.year for day in self.base_queryset.dates("date", "year", order="DESC")]

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
