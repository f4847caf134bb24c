"""A site-wide notice for urgent news, shown on every public page within its time window.

The window is checked when a page is rendered, so a notice appears and disappears on time
without a scheduled job.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class AlertBannerQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(starts_at__lte=now, ends_at__gt=now)

    def next_change_after(self, now):
        """When the next notice appears or disappears after `now` (None: nothing planned)."""
        moments = self.filter(ends_at__gt=now).aggregate(
            next_start=models.Min("starts_at", filter=models.Q(starts_at__gt=now)),
            next_end=models.Min("ends_at"),
        )
        return min((moment for moment in moments.values() if moment), default=None)


class AlertBanner(models.Model):
    title = models.CharField(_("titel"), max_length=120)
    message = models.TextField(_("bericht"), max_length=400, help_text=_("Kort en concreet."))
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("meer informatie op pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(
        _("of meer informatie op webadres"),
        blank=True,
        help_text=_("Alleen als er geen pagina gekozen is."),
    )
    link_label = models.CharField(
        _("linktekst"), max_length=80, blank=True, help_text=_("Bijvoorbeeld: Lees meer")
    )
    starts_at = models.DateTimeField(_("tonen vanaf"), default=timezone.now)
    ends_at = models.DateTimeField(_("tonen tot"))

    objects = AlertBannerQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("message"),
        MultiFieldPanel(
            [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_label")],
            heading=_("Link"),
        ),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("Periode")),
    ]

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("mededeling")
        verbose_name_plural = _("mededelingen")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Het einde moet na het begin liggen.")})
        if (self.link_page_id or self.link_url) and not self.link_label:
            raise ValidationError({"link_label": _("Geef de link een tekst.")})

    @property
    def link(self):
        if self.link_page_id and self.link_page.live:
            return self.link_page.url
        return self.link_url

    @property
    def is_active(self):
        now = timezone.now()
        return self.starts_at <= now < self.ends_at
