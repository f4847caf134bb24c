"""The site's own structure, as every page shows it: the home page and its live children (the
menu, the footer, the sections), read once per content version (`cached`) and once per request
(`per_request`). The template tags, the metadata and the search results use it."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Site

from cms_stadsregio.caching.cache import cached
from cms_stadsregio.caching.requests import per_request
from cms_stadsregio.content.models import MemberIndexPage, NewsIndexPage, ProjectIndexPage
from cms_stadsregio.content.models.organisation import all_members

# Pages the footer links to on every page (contact, privacy, accessibility statement, the figures
# of the cooperation), in order.
FOOTER_PAGE_SLUGS = ("contact", "privacy", "toegankelijkheid", "transparantie")
SECTION_MODELS = {
    "projects": ProjectIndexPage,
    "news": NewsIndexPage,
    "members": MemberIndexPage,
}


def site_pages(request):
    """The home page of the request's site and its live children: one query for the menu, the
    footer and the sections, kept in the cache until the next publish."""

    def read():
        site = Site.find_for_request(request) if request is not None else None
        if site is None:
            return _build_site_pages(None)
        return cached(request, f"site-pages:{site.pk}", lambda: _build_site_pages(site))

    return per_request(request, "site pages", read)


def _build_site_pages(site):
    root = site.root_page if site is not None else None
    result = {"root": root, "menu": [], "footer": [], "sections": {}}
    if root is None:
        return result
    # ContentType lookups are cached in-process by Django: no query after the first request.
    content_types = {
        ContentType.objects.get_for_model(model).pk: key for key, model in SECTION_MODELS.items()
    }
    # Every live child of the home page (a few dozen at most).
    children = list(root.get_children().live().order_by("path"))
    by_slug = {child.slug: child for child in children}
    result["menu"] = [child for child in children if child.show_in_menus]
    result["footer"] = [by_slug[slug] for slug in FOOTER_PAGE_SLUGS if slug in by_slug]
    for child in children:
        key = content_types.get(child.content_type_id)
        if key and key not in result["sections"]:
            # Deferred: the specific class (for routes) without a query for its own fields.
            result["sections"][key] = child.specific_deferred
    return result


def page_url(page, request):
    return page.get_url(request=request) or ""


def member_url(request, member):
    """/gemeenten/<slug>/ through the member overview page; "" when there is none."""
    index = site_pages(request)["sections"].get("members")
    if index is None or member is None:
        return ""
    return index.member_url(member)


def section_url(request, key):
    """URL of the project ("projects"), news ("news") or member ("members") overview, or ""."""
    section = site_pages(request)["sections"].get(key)
    return page_url(section, request) if section is not None else ""


def footer(request):
    """Current members (linked to their page when a member overview exists) and legal pages.

    One query for the members; the pages come from the cached site pages, and member URLs are
    built from the member overview's routes, so nothing is queried per member.
    """

    def read():
        members = [
            {"member": member, "url": member_url(request, member)}
            for member in all_members(request)
            if member.is_current
        ]
        pages = [
            {"title": page.title, "url": page_url(page, request)}
            for page in site_pages(request)["footer"]
        ]
        return {"members": members, "pages": pages}

    return per_request(request, "footer", read)
