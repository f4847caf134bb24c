from wagtail.models import PageManager
from wagtail.query import PageQuerySet


class ListingPageQuerySet(PageQuerySet):
    """Projects and news list their images, domains, members and tags in fixed queries."""

    def for_listing(self):
        image_fields = self.model.listing_image_fields
        return self.select_related(*image_fields).prefetch_related(
            *(f"{field}__renditions" for field in image_fields), "domains", "members", "tags"
        )


ListingPageManager = PageManager.from_queryset(ListingPageQuerySet)
