"""How a figure's values are written for a reader: Dutch numbers, euros, days and shares."""

from decimal import Decimal

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def figure_value(value, kind="count"):
    """`value` of a column of this kind, as text; an unknown value (None) is a dash."""
    if value is None or value == "":
        return "–"
    if kind == "euro":
        return "€ " + number_format(Decimal(value).quantize(Decimal(1)), 0, force_grouping=True)
    if kind == "days":
        days = round(float(value), 1)
        return ngettext("%(days)s dag", "%(days)s dagen", 1 if days == 1 else 2) % {
            "days": number_format(days, 1)
        }
    if kind == "percent":
        return _("%(share)s %%") % {"share": number_format(round(float(value)), 0)}
    if kind == "date":
        return date_format(value, "j F Y")
    if kind == "count":
        return number_format(value, 0, force_grouping=True)
    return str(value)
