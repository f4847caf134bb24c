"""Template filters of /transparantie/: a figure's values, written for a reader."""

from django import template

from cms_stadsregio.content.figures.formatting import figure_value

register = template.Library()
register.filter("figure_value", figure_value)


@register.filter
def figure_cell(row, column):
    """The value of `row` in `column`, written for a reader."""
    return figure_value(row.values.get(column.key), column.kind)


@register.filter
def figure_link(row, column):
    return row.links.get(column.key, "")
