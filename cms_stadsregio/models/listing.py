from django.db import models
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction

from .base import BasePageManager, BasePageQuerySet


def exclude_private(queryset, path="path"):
    """What PageQuerySet.public() does, as a subquery: public() first reads every view restriction,
    one query more each time it is called, which would make each prefetch cost two. `path`: the
    page's path as seen from the queryset's model (a relation's "domainpage__path")."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(path), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted_ancestor))


class ListingPageQuerySet(BasePageQuerySet):
    """Projects and news list their images, domains, members and tags in fixed queries."""

    def live_public(self):
        """live().public() without the extra query for the view restrictions."""
        return exclude_private(self.live())

    def with_relations(self, members=True, tags=True):
        """Domains, members and tags in one query each (feeds, API, export: no images)."""
        from .domains import DomainPage

        # A draft or private domain must not show up on a public item through its relation.
        domains = exclude_private(DomainPage.objects.live()).order_by("path")
        relations = [Prefetch("domains", queryset=domains)]
        if members:
            relations.append("members")
        if tags:
            relations.append("tags")
        return self.prefetch_related(*relations)

    def live_related_to(self, page, preview=False, cards=True):
        """The live, public related projects of `page`, in the editor's order; lazy. In a preview
        they are read through the page's cluster, so that it shows the related projects being
        edited; otherwise through the link table, in the same query. `cards`: with what a card
        shows (for_listing); without, for plain links."""
        if preview or page.pk is None:
            chosen = [link.project_id for link in page.related_project_links.all()]
            order = Case(
                *(When(pk=pk, then=Value(position)) for position, pk in enumerate(chosen)),
                default=Value(len(chosen)),
                output_field=IntegerField(),
            )
            queryset = self.filter(pk__in=chosen).annotate(link_order=order)
        else:
            links = page.related_project_links.model.objects.filter(page=page.pk)
            queryset = self.filter(pk__in=links.values("project")).annotate(
                link_order=Subquery(links.filter(project=OuterRef("pk")).values("sort_order")[:1])
            )
        queryset = queryset.live_public().order_by("link_order", "title")
        return queryset.for_listing() if cards else queryset

    def for_listing(self, renditions=True, domains=True):
        """What a card shows: domains and members (not tags), the image and its renditions
        (renditions=False: the caller fetches them with prefetch_card_renditions, for several
        listings at once; domains=False: for cards that do not name them, see card_domains)."""
        relations = self if not domains else self.with_relations(tags=False)
        if not domains:
            relations = relations.prefetch_related("members")
        queryset = relations.select_related(*self.model.listing_image_fields)
        if renditions:
            queryset = queryset.prefetch_related(
                *(f"{field}__renditions" for field in self.model.listing_image_fields)
            )
        return queryset


def latest_projects_with_counts(projects, limit, exclude_status=None, domains=True):
    """The latest `limit` projects (without those of `exclude_status`), and the number of
    projects per status among all of `projects` ([(status, label, count)], as in the status
    links): one query, the counts being window aggregates over every matching row."""
    from .projects import ProjectStatus

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
    from .news import NewsPage
    from .projects import ProjectPage

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


def prefetch_card_renditions(*listings):
    """The renditions of every image the cards of these listings may show, in one query: a
    listing whose items have two image fields (news), or two listings on one page, cost one."""
    images = [
        image
        for listing in listings
        for item in listing
        if isinstance(item, models.Model)
        for image in (
            getattr(item, field, None)
            for field in getattr(item, "listing_image_fields", ("listing_image",))
        )
        if image is not None and "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    if images:
        prefetch_related_objects(images, "renditions")


ListingPageManager = BasePageManager.from_queryset(ListingPageQuerySet)
