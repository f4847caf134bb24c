"""Samenwerking in cijfers (/transparantie/): figures that the apps add, each a table of aggregates.

The page (`FiguresPage`) knows no figure by name. Every app registers its own through the Wagtail
hook `register_stadsregio_figures` (a function that returns `Figure`s): content counts projects,
budgets and news; editorial the members' reviews; governance the meetings and document requests.
An app left out of the site takes its figures with it.

A figure's `build(period, memo)` returns a `Table`: its columns, one row per member, domain, body or
month, and which columns its chart draws. The page shows each table as an SVG chart and as an
HTML table with the same numbers, and offers it as CSV and JSON. Every build is a fixed number of
aggregate queries, whatever the number of pages; what several figures need (the members, one
grouped query of the projects) is read once and kept in `memo` for the build. The page keeps the
results under the content version, which every publication and every decision of a member in a
review changes.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

HOOK_NAME = "register_stadsregio_figures"
# The value of `jaar` for every year together.
ALL_YEARS = "alle"

# The page's sections, in their order: a figure names the one it belongs to.
SECTIONS = {
    "work": _("Wat we doen, voor wie"),
    "co-ownership": _("Co-eigenaarschap aan het werk"),
    "governance": _("Bestuur op tijd"),
}


@dataclass(frozen=True)
class Period:
    """A calendar year, or every year (`year=None`)."""

    year: int | None

    @property
    def label(self):
        return str(self.year) if self.year else str(_("alle jaren"))

    @property
    def first_day(self):
        return datetime.date(self.year, 1, 1) if self.year else None

    @property
    def last_day(self):
        return datetime.date(self.year, 12, 31) if self.year else None

    def in_year(self, lookup):
        """Q: the date or moment `lookup` is in the year (Belgian time); anything, for all years."""
        return Q(**{f"{lookup}__year": self.year}) if self.year else Q()

    def overlaps(self, start, end):
        """Q: something that ran from `start` to `end` (open: still running) ran in the year."""
        if not self.year:
            return Q()
        return Q(**{f"{start}__lte": self.last_day}) & (
            Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": self.first_day})
        )

    def query(self, extra=None):
        """The listing filters for this period, as a query string (`jaar=2025&...`)."""
        params = {"jaar": self.year} if self.year else {}
        params.update(extra or {})
        return "&".join(f"{key}={value}" for key, value in params.items())


@dataclass
class Column:
    key: str
    label: str
    # count, euro, days, percent, date or text: how a value is written and summed.
    kind: str = "count"


@dataclass
class Row:
    label: str
    values: dict
    url: str = ""
    # Per column key: the listing that shows exactly the items counted in that cell.
    links: dict = field(default_factory=dict)
    # Said after the label: "lid sinds 1 juli 2022".
    note: str = ""
    # A row that sums the others (shown last, in bold, never drawn in the chart).
    total: bool = False


@dataclass
class Table:
    columns: list
    rows: list
    # The keys of the columns the chart draws; stacked into one bar per row, or side by side.
    chart: tuple = ()
    stacked: bool = False
    # The first column's heading: "Gemeente", "Thema", "Orgaan", "Maand".
    row_heading: str = ""
    empty: str = ""

    def column(self, key):
        return next(column for column in self.columns if column.key == key)


@dataclass(frozen=True)
class Figure:
    slug: str
    section: str
    title: str
    explanation: str
    build: Callable
    order: int = 0
    # Where the figure's data begins, for the year filter: a function that returns a queryset of
    # one date or moment, the earliest (read together with the other figures' in one query).
    earliest: Callable | None = None
    # The page types whose address the figure links to (an overview, a form): the page reads
    # those of every figure in one query before it builds them (`page_urls`).
    links_to: tuple = ()


def all_figures():
    """Every registered figure, in the page's order: by section, then by `order`."""
    figures = [figure for hook in hooks.get_hooks(HOOK_NAME) for figure in hook()]
    section_order = list(SECTIONS)
    return sorted(
        figures,
        key=lambda figure: (section_order.index(figure.section), figure.order, figure.slug),
    )


def page_urls(models, memo=None):
    """{model: the address of its live page}, for page types of which a site has one (an
    overview, a form). A build of the page reads every figure's `links_to` at once into `memo`
    (FiguresPage.tables); what is not there yet is read in one query and kept."""
    known = memo.setdefault("urls", {}) if memo is not None else {}
    missing = [model for model in models if model not in known]
    if missing:
        types = ContentType.objects.get_for_models(*missing)
        urls = {}
        pages = Page.objects.live().type(*missing).only("pk", "url_path", "content_type")
        for page in pages.order_by("path"):
            urls.setdefault(page.content_type_id, page.url or "")
        known.update({model: urls.get(types[model].pk, "") for model in missing})
    return {model: known[model] for model in models}


def page_url(model, memo=None):
    """The address of the live page of `model` (`page_urls` for one page type)."""
    return page_urls((model,), memo)[model]


def years_since(first_year):
    """This year and every year back to `first_year` (None: only this year), newest first."""
    last = today().year
    return list(range(last, min(first_year or last, last) - 1, -1))


def today():
    return timezone.localdate()


def now():
    return timezone.now()
