"""Counts of content for /transparantie/ (the framework: cms_stadsregio.content.figures).

What we do, for whom: projects, their budgets and the news, per member and per domain.

Counted like the listings they link to: live, public projects that ran during (part of) the year
(`/projecten/?jaar=`), news items dated in the year (`/nieuws/?jaar=`), with the status a project
has today. A project or news item of several members or domains counts for each of them, so the
row "Alle projecten" (each project once) is not the sum of the rows above it.
"""

from django.db.models import Count, F, Q, Sum, Value
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as lazy

from cms_stadsregio.content.figures import Column, Figure, Row, Table, page_url
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


def _link(base, period, **params):
    if not base:
        return ""
    query = period.query(params)
    return f"{base}?{query}" if query else base


# Projects: per member, per domain and each once, in one query --------------------------------


def _project_sums(counted, prefix=""):
    """Per group: how many projects (`counted`), their budget, how many have one, how many
    describe their funding (`prefix`: the path from the rows grouped to the project)."""
    return {
        "n": Count(counted),
        # Not named "budget": on the projects themselves that is the field the filters read.
        "sum_budget": Sum(f"{prefix}budget"),
        "with_budget": Count(counted, filter=Q(**{f"{prefix}budget__isnull": False})),
        "with_funding": Count(counted, filter=~Q(**{f"{prefix}funding": ""})),
    }


def _project_counts(period, memo):
    """{"members" | "domains": {member or domain id: {status: sums}}, "every": {status: sums}}:
    the projects of the period grouped by member, by domain and each once, read in one query
    (three grouped selects joined by UNION ALL)."""

    def read():
        projects = _projects(period).order_by()
        every = projects.values(kind=Value("every"), key=Value(0), project_status=F("status"))
        groups = [every.annotate(**_project_sums("pk"))]
        for relation, target in (("members", "member_id"), ("domains", "domainpage_id")):
            through = getattr(ProjectPage, relation).through
            grouped = through.objects.filter(projectpage__in=projects).order_by()
            grouped = grouped.values(
                kind=Value(relation), key=F(target), project_status=F("projectpage__status")
            )
            groups.append(grouped.annotate(**_project_sums("projectpage_id", "projectpage__")))
        found = {"every": {}, "members": {}, "domains": {}}
        for row in groups[0].union(*groups[1:], all=True):
            sums = {
                "n": row["n"],
                "budget": row["sum_budget"],
                "with_budget": row["with_budget"],
                "with_funding": row["with_funding"],
            }
            found[row["kind"]].setdefault(row["key"], {})[row["project_status"]] = sums
        return found

    return shared(memo, "projects", read)


def _projects_by(period, relation, memo):
    """{member or domain id: {status: {n, budget, with_budget, with_funding}}}."""
    return _project_counts(period, memo)[relation]


def _every_project(period, memo):
    """{status: sums} of the projects, each once."""
    return _project_counts(period, memo)["every"].get(0, {})


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
    base = page_url(ProjectIndexPage, memo)
    found = _projects_by(period, "members", memo)
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
    base = page_url(ProjectIndexPage, memo)
    found = _projects_by(period, "domains", memo)
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
    base = page_url(ProjectIndexPage, memo)
    found = _projects_by(period, "members", memo)
    rows = []
    for member in members_during(period, memo):
        values = _budget_values(found.get(member.pk, {}))
        link = _link(base, period, gemeente=member.slug) if values["projects"] else ""
        rows.append(Row(member.name, values, url=link, note=membership_note(member, period)))
    rows.append(_every_budget_row(period, memo))
    return Table(_budget_columns(), rows, chart=("budget",), row_heading=_("Gemeente"))


def budget_per_domain(period, memo=None):
    base = page_url(ProjectIndexPage, memo)
    found = _projects_by(period, "domains", memo)
    rows = []
    for domain in _domains(memo):
        values = _budget_values(found.get(domain.pk, {}))
        link = _link(base, period, thema=domain.slug) if values["projects"] else ""
        rows.append(Row(domain.title, values, url=link))
    rows.append(_every_budget_row(period, memo))
    return Table(_budget_columns(), rows, chart=("budget",), row_heading=_("Thema"))


# News --------------------------------------------------------------------------------------


def _news_counts(period, memo):
    """{"members" | "domains": {member or domain id: news items}, "every": {0: news items}}: the
    news of the period per member, per domain and each once, read in one query (UNION ALL)."""

    def read():
        news = _news(period).order_by()
        groups = [news.values(kind=Value("every"), key=Value(0)).annotate(n=Count("pk"))]
        for relation, target in (("members", "member_id"), ("domains", "domainpage_id")):
            through = getattr(NewsPage, relation).through
            grouped = through.objects.filter(newspage__in=news).order_by()
            groups.append(
                grouped.values(kind=Value(relation), key=F(target)).annotate(n=Count("newspage_id"))
            )
        found = {"every": {}, "members": {}, "domains": {}}
        for row in groups[0].union(*groups[1:], all=True):
            found[row["kind"]][row["key"]] = row["n"]
        return found

    return shared(memo, "news", read)


def _news_table(rows, period, heading, memo):
    every = _news_counts(period, memo)["every"].get(0, 0)
    rows.append(Row(_("Alle nieuwsberichten (elk één keer)"), {"news": every}, total=True))
    return Table([Column("news", _("Nieuwsberichten"))], rows, chart=("news",), row_heading=heading)


def news_per_member(period, memo=None):
    base = page_url(NewsIndexPage, memo)
    counts = _news_counts(period, memo)["members"]
    rows = []
    for member in members_during(period, memo):
        number = counts.get(member.pk, 0)
        link = _link(base, period, gemeente=member.slug) if number else ""
        note = membership_note(member, period)
        rows.append(Row(member.name, {"news": number}, url=link, note=note))
    return _news_table(rows, period, _("Gemeente"), memo)


def news_per_domain(period, memo=None):
    base = page_url(NewsIndexPage, memo)
    counts = _news_counts(period, memo)["domains"]
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
            links_to=(ProjectIndexPage,),
        ),
        Figure(
            "projecten-per-thema",
            "work",
            lazy("Projecten per thema"),
            lazy("Dezelfde projecten per thema. Een project met meer thema's telt bij elk thema."),
            projects_per_domain,
            order=20,
            links_to=(ProjectIndexPage,),
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
            links_to=(ProjectIndexPage,),
        ),
        Figure(
            "budget-per-thema",
            "work",
            lazy("Budget per thema"),
            lazy("Dezelfde budgetten per thema."),
            budget_per_domain,
            order=40,
            links_to=(ProjectIndexPage,),
        ),
        Figure(
            "nieuws-per-gemeente",
            "work",
            lazy("Nieuws per gemeente"),
            lazy("Gepubliceerde nieuwsberichten met een datum in het jaar, per gemeente."),
            news_per_member,
            order=50,
            earliest=_earliest_news,
            links_to=(NewsIndexPage,),
        ),
        Figure(
            "nieuws-per-thema",
            "work",
            lazy("Nieuws per thema"),
            lazy("Dezelfde nieuwsberichten per thema."),
            news_per_domain,
            order=60,
            links_to=(NewsIndexPage,),
        ),
    ]
