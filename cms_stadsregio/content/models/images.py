from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class StadsregioImage(AbstractImage):
    """An image whose description (its alt text) is required: alt text is a legal duty here."""

    description = models.CharField(
        _("alternatieve tekst"),
        max_length=255,
        help_text=_(
            "Beschrijf wat op de afbeelding te zien is voor wie ze niet kan zien. "
            "Dit wordt de alt-tekst."
        ),
    )

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("afbeelding")
        verbose_name_plural = _("afbeeldingen")


class StadsregioRendition(AbstractRendition):
    image = models.ForeignKey(StadsregioImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
