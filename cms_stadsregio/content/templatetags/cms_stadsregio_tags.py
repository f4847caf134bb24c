"""Site-wide template tags: main menu, breadcrumbs, footer data and member links.

Everything the header and footer need comes from a handful of queries that are cached on the
request, so a page costs the same number of queries whatever its content.
"""

import re
import uuid
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import timezone

from wagtail.models import Site

from cms_stadsregio.caching.cache import cached, fragment_cacheable, version_key
from cms_stadsregio.content.metadata import breadcrumb_list, json_ld_script
from cms_stadsregio.content.models import (
    AlertBanner,
    MemberIndexPage,
    NewsIndexPage,
    ProjectIndexPage,
)
from cms_stadsregio.content.models.organisation import all_members

register = template.Library()

# Pages the footer links to on every page (contact, privacy, accessibility statement), in order.
FOOTER_PAGE_SLUGS = ("contact", "privacy", "toegankelijkheid")
SECTION_MODELS = {
    "projects": ProjectIndexPage,
    "news": NewsIndexPage,
    "members": MemberIndexPage,
}
CACHE_ATTR = "_cms_stadsregio_tags"


def _request_cache(context):
    request = context.get("request")
    if request is None:
        # Without a request (block previews, mails) there is nothing to share between tags.
        return {}
    cache = getattr(request, CACHE_ATTR, None)
    if cache is None:
        cache = {}
        setattr(request, CACHE_ATTR, cache)
    return cache


def _site_pages(context):
    """The site's home page and its live children: one query for menu, footer and sections,
    kept in the cache until the next publish."""
    cache = _request_cache(context)
    if "site_pages" in cache:
        return cache["site_pages"]

    result = site_pages(context.get("request"))
    cache["site_pages"] = result
    return result


def site_pages(request):
    """The home page of the request's site and its live children (cached until the next publish)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return _build_site_pages(None)
    return cached(request, f"site-pages:{site.pk}", lambda: _build_site_pages(site))


def _build_site_pages(site):
    root = site.root_page if site is not None else None
    result = {"root": root, "menu": [], "footer": [], "sections": {}}
    if root is None:
        return result
    # ContentType lookups are cached in-process by Django: no query after the first request.
    content_types = {
        ContentType.objects.get_for_model(model).pk: key for key, model in SECTION_MODELS.items()
    }
    # Every live child of the home page (a few dozen at most): the menu, the footer, the
    # sections, and the routing of the home page (HomePage.route) use them.
    children = list(root.get_children().live().order_by("path"))
    by_slug = {child.slug: child for child in children}
    result["children"] = {child.slug: (child.pk, child.content_type_id) for child in children}
    result["menu"] = [child for child in children if child.show_in_menus]
    result["footer"] = [by_slug[slug] for slug in FOOTER_PAGE_SLUGS if slug in by_slug]
    for child in children:
        key = content_types.get(child.content_type_id)
        if key and key not in result["sections"]:
            # Deferred: the specific class (for routes) without a query for its own fields.
            result["sections"][key] = child.specific_deferred
    return result


def _page_url(page, request):
    return page.get_url(request=request) or ""


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
    for item in _site_pages(context)["menu"]:
        url = _page_url(item, request)
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
    root = _site_pages(context)["root"]
    page = context.get("page")
    crumbs = []
    path = getattr(page, "path", None)
    if path and root is not None and path.startswith(root.path) and page.depth > root.depth:
        if page.depth > root.depth + 1:
            ancestors = _ancestors_below(page, root)
            crumbs = [{"title": a.title, "url": _page_url(a, request)} for a in ancestors]
        crumbs.append({"title": page.title, "url": _page_url(page, request)})
    if current_title:
        crumbs.append({"title": current_title, "url": current_url or ""})
    if not crumbs:
        return {"crumbs": []}
    home_url = _page_url(root, request) if root is not None else "/"
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
    """Current members (linked to their page when a member overview exists) and legal pages.

    One query for the members; the pages come from the cached site pages, and member URLs are
    built from the member overview's routes, so nothing is queried per member.
    """
    cache = _request_cache(context)
    if "footer" not in cache:
        members = [
            {"member": member, "url": member_url(context, member)}
            for member in all_members(context.get("request"))
            if member.is_current
        ]
        cache["footer"] = {"members": members, "pages": _footer_pages(context)}
    return cache["footer"]


def _footer_pages(context):
    request = context.get("request")
    return [
        {"title": page.title, "url": _page_url(page, request)}
        for page in _site_pages(context)["footer"]
    ]


@register.simple_tag(takes_context=True)
def member_url(context, member):
    """/gemeenten/<slug>/ through the member overview page; "" when there is none."""
    index = _site_pages(context)["sections"].get("members")
    if index is None or member is None:
        return ""
    return index.member_url(member)


@register.simple_tag(takes_context=True)
def section_url(context, key):
    """URL of the project ("projects"), news ("news") or member ("members") overview, or ""."""
    section = _site_pages(context)["sections"].get(key)
    if section is None:
        return ""
    return _page_url(section, context.get("request"))


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
