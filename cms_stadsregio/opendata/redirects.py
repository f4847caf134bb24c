"""Permanent redirects from the old website's addresses to the pages that replace them.

The old site had three shapes of address: `/nl/content/<id>/<slug>.html`, `/post/<slug>` (news)
and flat slugs such as `/woondienst`. Each becomes a wagtail.contrib.redirects Redirect to a
*page* (not a fixed path), so it keeps working when an editor moves or renames the page, and
editors can see and change it under Instellingen → Doorverwijzingen.

A target is given as a path on this site (or found from the old slug when none is given):
a page, or a route of a page such as a member's page under /gemeenten/.
"""

import csv
import re
from dataclasses import dataclass

from django.http import Http404
from django.test import RequestFactory
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from cms_stadsregio.content.models import DomainPage, NewsPage, ProjectPage, StandardPage

# Addresses of the old site that are known to have readers (links from the members' websites,
# printed material), with the page that replaces each, as a path on the new site.
OLD_SITE_REDIRECTS = {
    "/woondienst": "/projecten/dienst-wonen/",
    "/mobiliteitsplan": "/projecten/gewoon-gaan/",
    "/visie": "/projecten/langetermijnvisie-2030/",
    "/samenbeleidvoeren": "/over-ons/samenwerking/",
    "/wonen": "/themas/wonen/",
    "/mobiliteit": "/themas/mobiliteit/",
    "/socialeeconomie": "/themas/sociale-economie/",
    "/ruimtelijkeplanning": "/themas/ruimtelijke-planning/",
    "/woonlabo": "/projecten/woonlabo/",
}

OLD_CONTENT = re.compile(r"^/nl/content/\d+/(?P<slug>[^/]+?)(?:\.html?)?/?$", re.IGNORECASE)
OLD_POST = re.compile(r"^/post/(?P<slug>[^/]+?)/?$", re.IGNORECASE)
OLD_FLAT = re.compile(r"^/(?P<slug>[\w-]+)/?$")
# When an old slug matches several pages, the most specific kind of content wins.
SLUG_PREFERENCE = (ProjectPage, DomainPage, NewsPage, StandardPage)


@dataclass
class Outcome:
    old_path: str
    target: str = ""
    status: str = ""  # "created", "updated", "kept", "not_found"


def old_slug(old_path):
    """The slug in an old address, and whether it was a news post; (None, False) if unknown."""
    path = Redirect.normalise_path(old_path).split("?", 1)[0]
    for pattern, is_post in ((OLD_POST, True), (OLD_CONTENT, False), (OLD_FLAT, False)):
        if match := pattern.match(path):
            return match["slug"].lower(), is_post
    return None, False


class RedirectImporter:
    def __init__(self, site=None, overwrite=False, dry_run=False):
        self.site = site or Site.objects.select_related("root_page").get(is_default_site=True)
        self.overwrite = overwrite
        self.dry_run = dry_run
        self.request = RequestFactory().get("/", SERVER_NAME=self.site.hostname)

    def resolve(self, new_path):
        """(page, route path) for a path on this site, or None."""
        if not new_path:
            return None
        components = [part for part in new_path.split("?", 1)[0].split("/") if part]
        try:
            result = self.site.root_page.specific.route(self.request, components)
        except Http404:
            return None
        page = result.page
        if not page.live:
            return None
        page_path = page.get_url(self.request, current_site=self.site) or ""
        route = "/" + "/".join(components) + "/"
        remainder = route[len(page_path) :] if route.startswith(page_path) else ""
        return page, Redirect.normalise_page_route_path(remainder)

    def page_for_slug(self, slug, is_post):
        models = (NewsPage,) if is_post else SLUG_PREFERENCE
        for model in models:
            page = (
                model.objects.live()
                .descendant_of(self.site.root_page)
                .filter(slug=slug)
                .order_by("path")
                .first()
            )
            if page is not None:
                return page, ""
        return None

    def target_for(self, old_path, new_path=""):
        if new_path:
            return self.resolve(new_path)
        normalised = Redirect.normalise_path(old_path)
        if normalised in OLD_SITE_REDIRECTS:
            return self.resolve(OLD_SITE_REDIRECTS[normalised])
        slug, is_post = old_slug(old_path)
        if slug is None:
            return None
        # An old content page often had the same slug as a flat address: /nl/content/12/visie.html
        if f"/{slug}" in OLD_SITE_REDIRECTS and not is_post:
            return self.resolve(OLD_SITE_REDIRECTS[f"/{slug}"])
        return self.page_for_slug(slug, is_post)

    def import_one(self, old_path, new_path=""):
        normalised = Redirect.normalise_path(old_path)
        outcome = Outcome(old_path=normalised)
        target = self.target_for(old_path, new_path)
        if target is None:
            outcome.status = "not_found"
            return outcome
        page, route_path = target
        page_url = page.get_url(self.request, current_site=self.site) or ""
        outcome.target = page_url.rstrip("/") + route_path if route_path else page_url
        existing = Redirect.objects.filter(old_path=normalised, site__isnull=True).first()
        if existing is not None and not self.overwrite:
            outcome.status = "kept"
            return outcome
        outcome.status = "updated" if existing else "created"
        if not self.dry_run:
            redirect = existing or Redirect(old_path=normalised, site=None)
            redirect.redirect_page = page
            redirect.redirect_page_route_path = route_path
            redirect.redirect_link = ""
            redirect.is_permanent = True
            redirect.save()
        return outcome

    def import_rows(self, rows):
        return [self.import_one(old, new) for old, new in rows]


def read_csv(file):
    """Rows of (old address, new path or ""); a first row naming the columns is skipped.
    Comma, semicolon or tab separated, as spreadsheets save it."""
    text = file.read()
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for number, row in enumerate(csv.reader(text.splitlines(), dialect)):
        cells = [cell.strip() for cell in row]
        if not cells or not cells[0] or cells[0].startswith("#"):
            continue
        if number == 0 and not cells[0].startswith(("/", "http")):
            continue  # header
        rows.append((cells[0], cells[1] if len(cells) > 1 else ""))
    return rows


STATUS_LABELS = {
    "created": _("aangemaakt"),
    "updated": _("bijgewerkt"),
    "kept": _("bestond al, niet gewijzigd"),
    "not_found": _("GEEN DOEL GEVONDEN"),
}
