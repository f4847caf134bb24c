"""Template tags for the governance features: the site-wide alert banner."""

from django import template

from cms_stadsregio.models import AlertBanner

register = template.Library()

CACHE_ATTR = "_cms_stadsregio_alert_banners"


@register.simple_tag(takes_context=True)
def active_alert_banners(context):
    """The notices whose window is open now, newest first; one query, cached on the request."""
    request = context.get("request")
    banners = getattr(request, CACHE_ATTR, None) if request is not None else None
    if banners is None:
        banners = list(AlertBanner.objects.active().select_related("link_page"))
        if request is not None:
            setattr(request, CACHE_ATTR, banners)
    return banners
