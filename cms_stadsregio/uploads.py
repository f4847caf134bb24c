"""Limits on uploaded images: a pixel count that a small server can decode, with a message in
Dutch, and the same limit for the image library itself, so that no rendition ever decodes more.

A PNG of 15 KB can hold 11,000 × 11,000 pixels; decoding it for a rendition takes about a gigabyte
of memory. WAGTAILIMAGES_MAX_IMAGE_PIXELS refuses such an upload; Pillow's own limit (set here so
that it refuses the same number) keeps an older or swapped file from being decoded.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

from PIL import Image

TOO_MANY_PIXELS = _(
    "Deze afbeelding heeft te veel pixels (%(num_pixels)s); het maximum is %(max_pixels_count)s. "
    "Verklein ze eerst, bijvoorbeeld tot 6000 × 6000 pixels."
)


class ImageForm(BaseImageForm):
    """Wagtail's image form (settings.WAGTAILIMAGES_IMAGE_FORM_BASE) with the pixel limit's
    message in Dutch (Wagtail's Dutch translation lacks it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].error_messages["file_too_many_pixels"] = TOO_MANY_PIXELS


def limit_decoded_pixels():
    """Pillow refuses to open an image over the upload limit: it fails at twice its
    MAX_IMAGE_PIXELS (and only warns, once per process, from MAX_IMAGE_PIXELS on)."""
    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
