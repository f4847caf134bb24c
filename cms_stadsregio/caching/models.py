from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentVersion(models.Model):
    """One row whose number goes up whenever public content changes (publish, unpublish, move,
    delete, a snippet, setting, image or document saved). Every cached page and fragment is keyed
    by it, so one update invalidates them all, for every app server at once: the number lives in
    the database that all servers share, in the same transaction as the change itself."""

    value = models.PositiveBigIntegerField(_("versie"), default=1)
    changed_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("versie van de publieke inhoud")
        verbose_name_plural = _("versies van de publieke inhoud")

    def __str__(self):
        return str(self.value)
