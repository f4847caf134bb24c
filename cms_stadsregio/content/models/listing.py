from django.db import models
from django.db.models import (
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction

from cms_stadsregio.content.models.base import BasePageManager, BasePageQuerySet


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
        DomainPage = self.model._meta.get_field("domains").related_model
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
