"""The date of a sitemap entry, as the sitemap protocol writes it (W3C date, YYYY-MM-DD)."""

from django import template

register = template.Library()


@register.filter(expects_localtime=True)
def w3c_date(value):
    """What `|date:"Y-m-d"` gives, without Django's date formatting machinery for each of
    thousands of entries (a fifth of the sitemap's time)."""
    return value.strftime("%Y-%m-%d") if value else ""
