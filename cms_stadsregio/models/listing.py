from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Length, Substr

from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def exclude_private(queryset):
    """What PageQuerySet.public() does, as a subquery: public() first reads every view restriction,
    one query more each time it is called, which would make each prefetch cost two."""
    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted_ancestor))


class ListingPageQuerySet(PageQuerySet):
    """Projects and news list their images, domains, members and tags in fixed queries."""

    def live_public(self):
        """live().public() without the extra query for the view restrictions."""
        return exclude_private(self.live())

    def with_relations(self, members=True):
        """Domains, members and tags in one query each (feeds, API, export: no images)."""
        from .domains import DomainPage

        # A draft or private domain must not show up on a public item through its relation.
        domains = exclude_private(DomainPage.objects.live()).order_by("path")
        relations = [Prefetch("domains", queryset=domains), "tags"]
        return self.prefetch_related(*relations, *(["members"] if members else []))

    def live_related_to(self, page):
        """The live, public related projects of `page`, read through its cluster so that a
        preview shows the related projects being edited."""
        related_ids = [project.pk for project in page.related_projects.all()]
        return self.filter(pk__in=related_ids).live_public().for_listing().order_by("title")

    def for_listing(self):
        image_fields = self.model.listing_image_fields
        return (
            self.with_relations()
            .select_related(*image_fields)
            .prefetch_related(*(f"{field}__renditions" for field in image_fields))
        )


ListingPageManager = PageManager.from_queryset(ListingPageQuerySet)
