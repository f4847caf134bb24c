"""The latest projects and news of a domain, a member or the home page, as their listings count
and order them."""

from django.db.models import Case, Count, Q, When, Window

from cms_stadsregio.content.models.listing import prefetch_card_renditions
from cms_stadsregio.content.models.news import NewsPage
from cms_stadsregio.content.models.projects import ProjectPage, ProjectStatus


def latest_projects_with_counts(projects, limit, exclude_status=None, domains=True):
    """The latest `limit` projects (without those of `exclude_status`), and the number of
    projects per status among all of `projects` ([(status, label, count)], as in the status
    links): one query, the counts being window aggregates over every matching row."""
    statuses = list(ProjectStatus.choices)
    counts = {
        f"status_count_{index}": Window(Count("pk", filter=Q(status=value)))
        for index, (value, _label) in enumerate(statuses)
    }
    excluded_last = Case(When(status=exclude_status, then=1), default=0)
    rows = list(
        projects.for_listing(renditions=False, domains=domains)
        .annotate(**counts)
        .order_by(excluded_last, "-start_date", "title")[:limit]
    )
    status_counts = []
    if rows:
        for index, (value, label) in enumerate(statuses):
            count = getattr(rows[0], f"status_count_{index}")
            if count:
                status_counts.append((value, label, count))
    return [row for row in rows if row.status != exclude_status], status_counts


def latest_items(relation, limit, exclude_status=None, card_domains=True):
    """The latest projects and news items of one domain or member (`relation`: {"domains": page}
    or {"members": member}), with counts as in the listings they link to, for a page's lazy
    context: a query each for the projects (with their status counts) and the news (with its
    total), their members (and domains), and one for all their card images."""
    projects, statuses = latest_projects_with_counts(
        ProjectPage.objects.live_public().filter(**relation),
        limit,
        exclude_status=exclude_status,
        domains=card_domains,
    )
    news_items = list(
        NewsPage.objects.live_public()
        .filter(**relation)
        .for_listing(renditions=False, domains=card_domains)
        .annotate(total=Window(Count("pk")))
        .order_by("-date", "-pk")[:limit]
    )
    prefetch_card_renditions(projects, news_items)
    return {
        "projects": projects,
        "project_statuses": statuses,
        "project_count": sum(count for _status, _label, count in statuses),
        "news_items": news_items,
        # Counted by the same query, before the slice (a window over all matching rows).
        "news_count": news_items[0].total if news_items else 0,
    }
