"""Site-wide template tags: main menu, breadcrumbs, footer data and member links.

Everything the header and footer need comes from a handful of queries that are cached on the
request, so a page costs the same number of queries whatever its content.
"""

import re
import uuid
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from cms_stadsregio.caching.cache import cached, fragment_cacheable, version_key
from cms_stadsregio.content.metadata import breadcrumb_list, json_ld_script
from cms_stadsregio.content.models import (
    AlertBanner,
)
from cms_stadsregio.content.navigation import footer, page_url, site_pages
from cms_stadsregio.content.navigation import member_url as navigation_member_url
from cms_stadsregio.content.navigation import section_url as navigation_section_url

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the home page that are marked 'show in menus', in tree order.

    The item of the current section gets aria-current: "page" when it is the page being shown,
    "true" when the page shown lies below it (or is a route of it, such as a member page).
    """
    request = context.get("request")
    current = context.get("page")
    current_path = getattr(current, "path", None) or ""
    items = []
    for item in site_pages(request)["menu"]:
        url = page_url(item, request)
        aria_current = None
        if current_path.startswith(item.path):
            aria_current = "true"
            if current.pk == item.pk and _is_page_itself(request, url):
                aria_current = "page"
        items.append({"title": item.title, "url": url, "aria_current": aria_current})
    return {"items": items}


def _is_page_itself(request, url):
    """False on a route below the page (a member under /gemeenten/); previews count as the page."""
    if request is None or getattr(request, "is_preview", False):
        return True
    return request.path == urlsplit(url).path


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_title=None, current_url=None):
    """Home > ... > current page. Nothing on the home page itself.

    `current_title` (and `current_url`) add a last crumb below the page, for routes such as a
    member's page under /gemeenten/, or stand alone on pages without a Wagtail page (404).
    """
    request = context.get("request")
    root = site_pages(request)["root"]
    page = context.get("page")
    crumbs = []
    path = getattr(page, "path", None)
    if path and root is not None and path.startswith(root.path) and page.depth > root.depth:
        if page.depth > root.depth + 1:
            ancestors = _ancestors_below(page, root)
            crumbs = [{"title": a.title, "url": page_url(a, request)} for a in ancestors]
        crumbs.append({"title": page.title, "url": page_url(page, request)})
    if current_title:
        crumbs.append({"title": current_title, "url": current_url or ""})
    if not crumbs:
        return {"crumbs": []}
    home_url = page_url(root, request) if root is not None else "/"
    json_ld = json_ld_script(breadcrumb_list(request, home_url, crumbs))
    return {"crumbs": crumbs, "home_url": home_url, "json_ld": json_ld}


def _ancestors_below(page, root):
    """The page's ancestors below the home page, top first. Wagtail's routing keeps each parent
    on the page it routed to, so a page being served needs no query; a preview needs one."""
    chain = []
    current = page
    while current.depth > root.depth + 1:
        current = getattr(current, "_cached_parent_obj", None)
        if current is None:
            return list(page.get_ancestors().filter(depth__gt=root.depth))
        chain.append(current)
    return chain[::-1]


@register.simple_tag(takes_context=True)
def footer_data(context):
    """Current members (linked to their page) and the legal pages (content/navigation.py)."""
    return footer(context.get("request"))


@register.simple_tag(takes_context=True)
def member_url(context, member):
    """/gemeenten/<slug>/ through the member overview page; "" when there is none."""
    return navigation_member_url(context.get("request"), member)


@register.simple_tag(takes_context=True)
def section_url(context, key):
    """URL of the project ("projects"), news ("news") or member ("members") overview, or ""."""
    return navigation_section_url(context.get("request"), key)


@register.simple_tag(takes_context=True)
def card_domains(context, item):
    """The domains a card names; none on a domain's own page (hide_domains), where every item is
    about that domain and the domains are not fetched."""
    if context.get("hide_domains"):
        return []
    return item.domains.all()


@register.simple_tag
def elided_page_range(page_obj, on_each_side=2, on_ends=1):
    """Page numbers with ellipses (Paginator.ELLIPSIS) for long listings."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


@register.simple_tag
def unique_id(prefix="id"):
    """An id for aria-labelledby that stays unique even when a block occurs twice on a page."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@register.filter
def for_person_cards(people):
    """People with employer and photo renditions fetched up front (no query per person)."""
    if people is None:
        return []
    queryset = people.all() if hasattr(people, "all") else people
    if not hasattr(queryset, "select_related"):
        return queryset
    return queryset.select_related("employer", "photo").prefetch_related("photo__renditions")


@register.filter
def current_members(members):
    return [member for member in members if member.is_current]


@register.filter
def former_members(members):
    return [member for member in members if not member.is_current]


@register.filter
def tel_href(number):
    """A phone number as written ("014 44 33 70") to a tel: target ("+3214443370").

    Belgian numbers written nationally (leading 0) get the country code so they work from abroad.
    """
    digits = re.sub(r"[^\d+]", "", number or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+32" + digits[1:]
    return digits


@register.tag
def cached_fragment(parser, token):
    """{% cached_fragment "name" vary_on... %}...{% endcached_fragment %}

    The enclosed HTML, kept until the next change of public content (the content version is part
    of the key, with the host). Rendered afresh in previews and for other methods than GET.
    Whatever the fragment shows must be computed lazily (querysets, SimpleLazyObject), so that a
    cached fragment costs no query.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if not fragment_cacheable(request):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.vary_on]
        if any(part is None or part == "" for part in parts):
            return self.nodelist.render(context)  # nothing to key it by: not cached
        # The template is part of the key: Wagtail may render another one for the same page (a
        # password form), which must not be served as the page's content.
        template_name = context.template.name if context.template else ""
        key = version_key(request, "fragment", request.get_host(), template_name, *parts)
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
        return html


# The site-wide notices


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
