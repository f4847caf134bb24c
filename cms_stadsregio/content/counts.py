"""Counts of content for /transparantie/ (the framework: cms_stadsregio.content.figures).

What we do, for whom: projects, their budgets and the news, per member and per domain.

Counted like the listings they link to: live, public projects that ran during (part of) the year
(`/projecten/?jaar=`), news items dated in the year (`/nieuws/?jaar=`), with the status a project
has today. A project or news item of several members or domains counts for each of them, so the
row "Alle projecten" (each project once) is not the sum of the rows above it.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as lazy

from wagtail.models import Page

from cms_stadsregio.content.figures import Column, Figure, Row, Table
from cms_stadsregio.content.models import (
    DomainPage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectStatus,
)
from cms_stadsregio.content.models.listing import exclude_private
from cms_stadsregio.content.models.organisation import Member


def shared(memo, key, build):
    """What several figures of one build need (the members, the domains, one grouped query),
    read once: `memo` is the build's dict, or None (a figure built on its own)."""
    if memo is None:
        return build()
    if key not in memo:
        memo[key] = build()
    return memo[key]


def members_during(period, memo=None):
    """The members that were members for at least a day of the period: who the rows are for.

    `left_on` is the first day a member is no longer one (MemberQuerySet.current).
    """

    def read():
        members = Member.objects.order_by("name")
        if not period.year:
            return list(members)
        return list(
            members.filter(Q(joined_on__isnull=True) | Q(joined_on__lte=period.last_day)).filter(
                Q(left_on__isnull=True) | Q(left_on__gt=period.first_day)
            )
        )

    return shared(memo, "members", read)


def membership_note(member, period):
    """What a row says of a member that was not a member for the whole period."""
    parts = []
    # Over all years only a departure is worth a note: every member joined some day.
    if member.joined_on and period.year and member.joined_on > period.first_day:
        parts.append(_("lid sinds %(day)s") % {"day": _day(member.joined_on)})
    if member.left_on and (not period.year or member.left_on <= period.last_day):
        parts.append(_("lid tot %(day)s") % {"day": _day(member.left_on)})
    return ", ".join(str(part) for part in parts)


def _day(day):
    return date_format(day, "j F Y")


def _projects(period):
    return exclude_private(ProjectPage.objects.live()).filter(
        period.overlaps("start_date", "end_date")
    )


def _news(period):
    return exclude_private(NewsPage.objects.live()).filter(period.in_year("date"))


def _domains(memo):
    def read():
        domains = exclude_private(DomainPage.objects.live()).order_by("path")
        return list(domains.only("pk", "slug", "title"))

    return shared(memo, "domains", read)


def page_urls(models, memo):
    """{model: the address of its live page}, for pages of which a site has one (overviews, a
    form), all read in one query."""

    def read():
        types = ContentType.objects.get_for_models(*models)
        pages = Page.objects.live().type(*models).only("pk", "url_path", "content_type")
        urls = {}
        for page in pages.order_by("path"):
            urls.setdefault(page.content_type_id, page.url or "")
        return {model: urls.get(types[model].pk, "") for model in models}

    return shared(memo, "urls:" + ",".join(model._meta.label for model in models), read)


def _index_url(model, memo):
    return page_urls((ProjectIndexPage, NewsIndexPage), memo)[model]


def _link(base, period, **params):
    if not base:
        return ""
    query = period.query(params)
    return f"{base}?{query}" if query else base


# Projects: one grouped query per relation, and one for every project once -------------------

_PROJECT_SUMS = ("n", "budget", "with_budget", "with_funding")


def _project_sums():
    """Per group of rows of a relation: how many projects, their budget, how many have one, how
    many describe their funding."""
    return {
        "n": Count("projectpage_id"),
        "budget": Sum("projectpage__budget"),
        "with_budget": Count("projectpage_id", filter=Q(projectpage__budget__isnull=False)),
        "with_funding": Count("projectpage_id", filter=~Q(projectpage__funding="")),
    }


def _projects_by(period, relation, target, memo):
    """{member or domain id: {status: {n, budget, with_budget, with_funding}}}, in one query."""

    def read():
        through = getattr(ProjectPage, relation).through
        rows = (
            through.objects.filter(projectpage__in=_projects(period))
            .values(target, "projectpage__status")
            .annotate(**_project_sums())
            .values(target, "projectpage__status", *_PROJECT_SUMS)
        )
        found = {}
        for row in rows:
            found.setdefault(row[target], {})[row["projectpage__status"]] = row
        return found

    return shared(memo, f"projects:{relation}", read)


def _every_project(period, memo):
    """{status: sums} of the projects, each once."""

    def read():
        rows = (
            _projects(period)
            .order_by()
            .values("status")
            .annotate(
                n=Count("pk"),
                sum_budget=Sum("budget"),
                with_budget=Count("pk", filter=Q(budget__isnull=False)),
                with_funding=Count("pk", filter=~Q(funding="")),
            )
        )
        return {row["status"]: {**row, "budget": row["sum_budget"]} for row in rows}

    return shared(memo, "projects:every", read)


def _status_columns():
    return [
        *(Column(status.value, str(status.label)) for status in ProjectStatus),
        Column("total", _("Totaal")),
    ]


def _status_row(label, by_status, base, period, param, note=""):
    values = {status.value: by_status.get(status.value, {}).get("n", 0) for status in ProjectStatus}
    values["total"] = sum(values.values())
    links = {}
    if base:
        for key, value in values.items():
            if not value:
                continue
            params = dict(param)
            if key != "total":
                params["status"] = key
            links[key] = _link(base, period, **params)
    return Row(label, values, url=links.get("total", ""), links=links, note=note)


EVERY_PROJECT = gettext_lazy("Alle projecten (elk één keer)")


def _every_project_row(period, base, memo):
    row = _status_row(str(EVERY_PROJECT), _every_project(period, memo), base, period, {})
    row.total = True
    return row


def _status_table(rows, period, base, memo, heading):
    """The rows by status, and every project once: a stacked bar of the statuses each."""
    rows.append(_every_project_row(period, base, memo))
    return Table(
        _status_columns(),
        rows,
        chart=tuple(status.value for status in ProjectStatus),
        stacked=True,
        row_heading=heading,
    )


def projects_per_member(period, memo=None):
    base = _index_url(ProjectIndexPage, memo)
    found = _projects_by(period, "members", "member_id", memo)
    rows = [
        _status_row(
            member.name,
            found.get(member.pk, {}),
            base,
            period,
            {"gemeente": member.slug},
            membership_note(member, period),
        )
        for member in members_during(period, memo)
    ]
    return _status_table(rows, period, base, memo, _("Gemeente"))


def projects_per_domain(period, memo=None):
    base = _index_url(ProjectIndexPage, memo)
    found = _projects_by(period, "domains", "domainpage_id", memo)
    rows = [
        _status_row(domain.title, found.get(domain.pk, {}), base, period, {"thema": domain.slug})
        for domain in _domains(memo)
    ]
    return _status_table(rows, period, base, memo, _("Thema"))


# Budgets -----------------------------------------------------------------------------------


def _budget_columns():
    return [
        Column("budget", _("Budget (euro)"), "euro"),
        Column("with_budget", _("Projecten met budget")),
        Column("with_funding", _("Projecten met beschreven financiering")),
        Column("projects", _("Projecten")),
    ]


def _budget_values(by_status):
    """The sums of one member, domain or every project, over its statuses."""
    groups = by_status.values()
    return {
        "budget": sum((group["budget"] or 0 for group in groups), 0),
        "with_budget": sum(group["with_budget"] for group in groups),
        "with_funding": sum(group["with_funding"] for group in groups),
        "projects": sum(group["n"] for group in groups),
    }


def _every_budget_row(period, memo):
    values = _budget_values(_every_project(period, memo))
    return Row(str(EVERY_PROJECT), values, total=True)


def budget_per_member(period, memo=None):
    base = _index_url(ProjectIndexPage, memo)
    found = _projects_by(period, "members", "member_id", memo)
    rows = []
    for member in members_during(period, memo):
        values = _budget_values(found.get(member.pk, {}))
        link = _link(base, period, gemeente=member.slug) if values["projects"] else ""
        rows.append(Row(member.name, values, url=link, note=membership_note(member, period)))
    rows.append(_every_budget_row(period, memo))
    return Table(_budget_columns(), rows, chart=("budget",), row_heading=_("Gemeente"))


def budget_per_domain(period, memo=None):
    base = _index_url(ProjectIndexPage, memo)
    found = _projects_by(period, "domains", "domainpage_id", memo)
    rows = []
    for domain in _domains(memo):
        values = _budget_values(found.get(domain.pk, {}))
        link = _link(base, period, thema=domain.slug) if values["projects"] else ""
        rows.append(Row(domain.title, values, url=link))
    rows.append(_every_budget_row(period, memo))
    return Table(_budget_columns(), rows, chart=("budget",), row_heading=_("Thema"))


# News --------------------------------------------------------------------------------------


def _news_counts(period, relation, target):
    through = getattr(NewsPage, relation).through
    return dict(
        through.objects.filter(newspage__in=_news(period))
        .values(target)
        .annotate(n=Count("newspage_id"))
        .values_list(target, "n")
    )


def _news_table(rows, period, heading, memo):
    every = shared(memo, "news:every", lambda: _news(period).count())
    rows.append(Row(_("Alle nieuwsberichten (elk één keer)"), {"news": every}, total=True))
    return Table([Column("news", _("Nieuwsberichten"))], rows, chart=("news",), row_heading=heading)


def news_per_member(period, memo=None):
    base = _index_url(NewsIndexPage, memo)
    counts = _news_counts(period, "members", "member_id")
    rows = []
    for member in members_during(period, memo):
        number = counts.get(member.pk, 0)
        link = _link(base, period, gemeente=member.slug) if number else ""
        note = membership_note(member, period)
        rows.append(Row(member.name, {"news": number}, url=link, note=note))
    return _news_table(rows, period, _("Gemeente"), memo)


def news_per_domain(period, memo=None):
    base = _index_url(NewsIndexPage, memo)
    counts = _news_counts(period, "domains", "domainpage_id")
    rows = []
    for domain in _domains(memo):
        number = counts.get(domain.pk, 0)
        link = _link(base, period, thema=domain.slug) if number else ""
        rows.append(Row(domain.title, {"news": number}, url=link))
    return _news_table(rows, period, _("Thema"), memo)


def _earliest_project():
    projects = exclude_private(ProjectPage.objects.live())
    return projects.order_by("start_date").values("start_date")[:1]


def _earliest_news():
    return exclude_private(NewsPage.objects.live()).order_by("date").values("date")[:1]


def figures():
    return [
        Figure(
            "projecten-per-gemeente",
            "work",
            lazy("Projecten per gemeente"),
            lazy(
                "Gepubliceerde projecten die in het jaar liepen, met hun status van vandaag. Een "
                "project van meer gemeenten telt bij elk van hen."
            ),
            projects_per_member,
            order=10,
            earliest=_earliest_project,
        ),
        Figure(
            "projecten-per-thema",
            "work",
            lazy("Projecten per thema"),
            lazy("Dezelfde projecten per thema. Een project met meer thema's telt bij elk thema."),
            projects_per_domain,
            order=20,
        ),
        Figure(
            "budget-per-gemeente",
            "work",
            lazy("Budget per gemeente"),
            lazy(
                "De som van de budgetten van de projecten die in het jaar liepen, waar een budget "
                "ingevuld is, en hoeveel projecten hun financiering beschrijven. Het volledige "
                "budget van een project van meer gemeenten telt bij elk van hen: de rijen tellen "
                "niet op tot het totaal."
            ),
            budget_per_member,
            order=30,
        ),
        Figure(
            "budget-per-thema",
            "work",
            lazy("Budget per thema"),
            lazy("Dezelfde budgetten per thema."),
            budget_per_domain,
            order=40,
        ),
        Figure(
            "nieuws-per-gemeente",
            "work",
            lazy("Nieuws per gemeente"),
            lazy("Gepubliceerde nieuwsberichten met een datum in het jaar, per gemeente."),
            news_per_member,
            order=50,
            earliest=_earliest_news,
        ),
        Figure(
            "nieuws-per-thema",
            "work",
            lazy("Nieuws per thema"),
            lazy("Dezelfde nieuwsberichten per thema."),
            news_per_domain,
            order=60,
        ),
    ]
