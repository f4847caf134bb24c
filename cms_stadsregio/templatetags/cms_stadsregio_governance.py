"""Template tags for the governance features: the site-wide alert banner."""

from django import template
from django.utils import timezone

from cms_stadsregio.caching import cached
from cms_stadsregio.models import AlertBanner

register = template.Library()


@register.simple_tag(takes_context=True)
def active_alert_banners(context):
    """The notices whose window is open now, newest first; no query while the cache is warm."""
    request = context.get("request")
    now = timezone.now()
    notices = cached(request, "alert-banners", _current_and_planned)
    return [notice for notice in notices if notice.starts_at <= now < notice.ends_at]


def _current_and_planned():
    """Every notice not yet ended, with its link page: the cache can keep them until the next
    publish, and the window is checked at each render, so notices still come and go on time."""
    return list(AlertBanner.objects.filter(ends_at__gt=timezone.now()).select_related("link_page"))
