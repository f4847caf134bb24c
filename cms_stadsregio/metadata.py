"""Absolute URLs and schema.org JSON-LD for the page metadata (templatetags/cms_stadsregio_meta).

Absolute URLs are built on the Wagtail Site's root URL, as the sitemap, the feeds and the API
build theirs, so that every channel names a page by the same address.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Site

CACHE_ATTR = "_cms_stadsregio_root_url"
# Characters that could end the <script> element or start markup inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def site_root_url(request):
    if request is None:
        return ""
    if not hasattr(request, CACHE_ATTR):
        site = Site.find_for_request(request)
        setattr(request, CACHE_ATTR, site.root_url if site is not None else "")
    return getattr(request, CACHE_ATTR)


def absolute_url(request, url):
    if not url or url.startswith(("http://", "https://")):
        return url
    return site_root_url(request) + url


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 - the only markup-significant characters are escaped
        f'<script type="application/ld+json">{text.translate(JSON_SCRIPT_ESCAPES)}</script>'
    )


def breadcrumb_list(request, home_url, crumbs):
    """schema.org BreadcrumbList of what the visible breadcrumbs show, Home first."""
    items = [{"title": _("Home"), "url": home_url}, *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(item["title"]),
                **({"item": absolute_url(request, item["url"])} if item.get("url") else {}),
            }
            for position, item in enumerate(items, start=1)
        ],
    }
