"""Counts of content for /transparantie/ (the framework: cms_stadsregio.content.figures).

What we do, for whom: projects, their budgets and the news, per member and per domain.

Counted like the listings they link to: live, public projects that ran during (part of) the year
(`/projecten/?jaar=`), news items dated in the year (`/nieuws/?jaar=`), with the status a project
has today. A project or news item of several members or domains counts for each of them, so the
row "Alle projecten" (each project once) is not the sum of the rows above it.
"""

from django.db.models import Count, Min, Q, Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as lazy

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


def members_during(period):
    """The members that were members for at least a day of the period: who the rows are for.

    `left_on` is the first day a member is no longer one (MemberQuerySet.current).
    """
    members = Member.objects.order_by("name")
    if not period.year:
        return list(members)
    return list(
        members.filter(Q(joined_on__isnull=True) | Q(joined_on__lte=period.last_day)).filter(
            Q(left_on__isnull=True) | Q(left_on__gt=period.first_day)
        )
    )


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


def _domains():
    domains = exclude_private(DomainPage.objects.live()).order_by("path")
    return list(domains.only("pk", "slug", "title"))


def _index_url(model):
    index = model.objects.live().only("pk", "url_path").first()
    return index.url if index is not None else ""


def _link(base, period, **params):
    if not base:
        return ""
    query = period.query(params)
    return f"{base}?{query}" if query else base


# Projects by status ------------------------------------------------------------------------


def _status_columns():
    return [
        *(Column(status.value, str(status.label)) for status in ProjectStatus),
        Column("total", _("Totaal")),
    ]


def _status_row(label, counts, base, period, param, note=""):
    values = {status.value: counts.get(status.value, 0) for status in ProjectStatus}
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


def _projects_by_status(period, relation, target):
    """{member or domain id: {status: number of projects}}, in one query."""
    through = getattr(ProjectPage, relation).through
    rows = (
        through.objects.filter(projectpage__in=_projects(period))
        .values(target, "projectpage__status")
        .annotate(n=Count("projectpage_id", distinct=True))
        .values_list(target, "projectpage__status", "n")
    )
    counts = {}
    for target_id, status, number in rows:
        counts.setdefault(target_id, {})[status] = number
    return counts


def _all_projects_row(period, base, label):
    counts = dict(
        _projects(period)
        .order_by()
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    row = _status_row(label, counts, base, period, {})
    row.total = True
    return row


def projects_per_member(period):
    base = _index_url(ProjectIndexPage)
    counts = _projects_by_status(period, "members", "member_id")
    rows = [
        _status_row(
            member.name,
            counts.get(member.pk, {}),
            base,
            period,
            {"gemeente": member.slug},
            membership_note(member, period),
        )
        for member in members_during(period)
    ]
    rows.append(_all_projects_row(period, base, _("Alle projecten (elk één keer)")))
    return Table(
        _status_columns(),
        rows,
        chart=tuple(status.value for status in ProjectStatus),
        stacked=True,
        row_heading=_("Gemeente"),
    )


def projects_per_domain(period):
    base = _index_url(ProjectIndexPage)
    counts = _projects_by_status(period, "domains", "domainpage_id")
    rows = [
        _status_row(domain.title, counts.get(domain.pk, {}), base, period, {"thema": domain.slug})
        for domain in _domains()
    ]
    rows.append(_all_projects_row(period, base, _("Alle projecten (elk één keer)")))
    return Table(
        _status_columns(),
        rows,
        chart=tuple(status.value for status in ProjectStatus),
        stacked=True,
        row_heading=_("Thema"),
    )


# Budgets -----------------------------------------------------------------------------------


def _budget_columns():
    return [
        Column("budget", _("Budget (euro)"), "euro"),
        Column("with_budget", _("Projecten met budget")),
        Column("with_funding", _("Projecten met beschreven financiering")),
        Column("projects", _("Projecten")),
    ]


_BUDGET_AGGREGATES = {
    "budget": Sum("projectpage__budget"),
    "with_budget": Count("projectpage_id", filter=Q(projectpage__budget__isnull=False)),
    "with_funding": Count("projectpage_id", filter=~Q(projectpage__funding="")),
    "projects": Count("projectpage_id"),
}


def _budgets(period, relation, target):
    through = getattr(ProjectPage, relation).through
    return {
        row.pop(target): row
        for row in through.objects.filter(projectpage__in=_projects(period))
        .values(target)
        .annotate(**_BUDGET_AGGREGATES)
        .values(target, *_BUDGET_AGGREGATES)
    }


def _budget_values(found):
    values = {key: found.get(key) or 0 for key in ("with_budget", "with_funding", "projects")}
    values["budget"] = found.get("budget") or 0
    return values


def _all_budgets_row(period):
    found = _projects(period).aggregate(
        sum_budget=Sum("budget"),
        with_budget=Count("pk", filter=Q(budget__isnull=False)),
        with_funding=Count("pk", filter=~Q(funding="")),
        projects=Count("pk"),
    )
    found["budget"] = found.pop("sum_budget")
    return Row(_("Alle projecten (elk één keer)"), _budget_values(found), total=True)


def budget_per_member(period):
    base = _index_url(ProjectIndexPage)
    found = _budgets(period, "members", "member_id")
    rows = []
    for member in members_during(period):
        values = _budget_values(found.get(member.pk, {}))
        link = _link(base, period, gemeente=member.slug) if values["projects"] else ""
        rows.append(Row(member.name, values, url=link, note=membership_note(member, period)))
    rows.append(_all_budgets_row(period))
    return Table(_budget_columns(), rows, chart=("budget",), row_heading=_("Gemeente"))


def budget_per_domain(period):
    base = _index_url(ProjectIndexPage)
    found = _budgets(period, "domains", "domainpage_id")
    rows = []
    for domain in _domains():
        values = _budget_values(found.get(domain.pk, {}))
        link = _link(base, period, thema=domain.slug) if values["projects"] else ""
        rows.append(Row(domain.title, values, url=link))
    rows.append(_all_budgets_row(period))
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


def _news_table(rows, period, heading):
    rows.append(
        Row(_("Alle nieuwsberichten (elk één keer)"), {"news": _news(period).count()}, total=True)
    )
    return Table([Column("news", _("Nieuwsberichten"))], rows, chart=("news",), row_heading=heading)


def news_per_member(period):
    base = _index_url(NewsIndexPage)
    counts = _news_counts(period, "members", "member_id")
    rows = []
    for member in members_during(period):
        number = counts.get(member.pk, 0)
        link = _link(base, period, gemeente=member.slug) if number else ""
        note = membership_note(member, period)
        rows.append(Row(member.name, {"news": number}, url=link, note=note))
    return _news_table(rows, period, _("Gemeente"))


def news_per_domain(period):
    base = _index_url(NewsIndexPage)
    counts = _news_counts(period, "domains", "domainpage_id")
    rows = []
    for domain in _domains():
        number = counts.get(domain.pk, 0)
        link = _link(base, period, thema=domain.slug) if number else ""
        rows.append(Row(domain.title, {"news": number}, url=link))
    return _news_table(rows, period, _("Thema"))


def _first_project_day():
    return exclude_private(ProjectPage.objects.live()).aggregate(first=Min("start_date"))["first"]


def _first_news_day():
    return exclude_private(NewsPage.objects.live()).aggregate(first=Min("date"))["first"]


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
            first_day=_first_project_day,
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
            first_day=_first_news_day,
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
