"""Filters for the governance listings in the admin (wagtail_hooks.py only registers them)."""

from django.contrib import admin
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from cms_stadsregio.governance.models import Mandate, MandateRole, Seat


class MandateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("huidig", _("huidig")), ("voormalig", _("voormalig"))],
        method="filter_status",
        empty_label=_("Alle mandaten"),
    )
    role = django_filters.ChoiceFilter(label=_("Mandaat"), choices=MandateRole.choices)
    seat = django_filters.ChoiceFilter(label=_("Stem"), choices=Seat.choices)

    class Meta:
        model = Mandate
        fields = ["governing_body", "appointed_by"]

    def filter_status(self, queryset, name, value):
        if value == "huidig":
            return queryset.current()
        if value == "voormalig":
            return queryset.former()
        return queryset


class DecisionListFilter(admin.SimpleListFilter):
    """Meetings by the state of their decision list, with the 20-day rule as one of them."""

    title = _("besluitenlijst")
    parameter_name = "besluitenlijst"

    def lookups(self, request, model_admin):
        return [
            ("te-laat", _("Te laat (meer dan 20 dagen na de zitting)")),
            ("onvolledig", _("Nog niet volledig")),
            ("volledig", _("Volledig gepubliceerd")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "te-laat":
            return queryset.decision_list_overdue(timezone.now())
        counted = queryset.with_decision_counts()
        complete = Q(live=True, item_count__gt=0, decision_count=F("item_count"))
        if value == "onvolledig":
            return counted.exclude(complete)
        if value == "volledig":
            return counted.filter(complete)
        return queryset
