"""The upload forms of images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE).

Only who may change every file (the Stadsregio's editors) may put one in the collection
"Openbaar", which makes it public without a page (cms_stadsregio/content/publicity.py): members'
editors and partners upload into the other collections, and their files become public with a
published page.

Images have a pixel count that a small server can decode, with a message in Dutch, and the same
limit for the image library itself, so that no rendition ever decodes more.

A PNG of 15 KB can hold 11,000 × 11,000 pixels; decoding it for a rendition takes about a gigabyte
of memory. WAGTAILIMAGES_MAX_IMAGE_PIXELS refuses such an upload; Pillow's own limit (set here so
that it refuses the same number) keeps an older or swapped file from being decoded.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from PIL import Image

from cms_stadsregio.content.publicity import public_collections

TOO_MANY_PIXELS = _(
    "Deze afbeelding heeft te veel pixels (%(num_pixels)s); het maximum is %(max_pixels_count)s. "
    "Verklein ze eerst, bijvoorbeeld tot 6000 × 6000 pixels."
)


class PublicCollectionForReviewers:
    """The collection "Openbaar" (and those below it) is a choice only for users who may change
    every file; for others it is an invalid choice, also when posted without the form."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        field = self.fields.get("collection")
        # The policy's own check of the "change" permission: its public user_has_permission()
        # also answers yes for "add", since uploaders may change their own files.
        reviewer = user is None or self.permission_policy._check_perm(user, ["change"])
        if field is not None and not reviewer:
            field.queryset = field.queryset.exclude(pk__in=public_collections())


class DocumentForm(PublicCollectionForReviewers, BaseDocumentForm):
    pass


class ImageForm(PublicCollectionForReviewers, BaseImageForm):
    """Also the pixel limit's message in Dutch (Wagtail's Dutch translation lacks it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].error_messages["file_too_many_pixels"] = TOO_MANY_PIXELS


def limit_decoded_pixels():
    """Pillow refuses to open an image over the upload limit: it fails at twice its
    MAX_IMAGE_PIXELS (and only warns, once per process, from MAX_IMAGE_PIXELS on)."""
    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
