"""Records of the legal terms, for /transparantie/: when a decision list went online, and the
register of document requests (openbaarheid van bestuur).

Neither holds personal data. A request's register entry keeps only its dates, its term and its
outcome; what the requester typed stays in the form submission, which may be deleted when it is
no longer needed without changing the figures.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

# Bestuursdecreet art. II.45: a decision within 20 calendar days after the request is registered,
# 40 when the term is extended (the requester is told why).
REQUEST_TERM = datetime.timedelta(days=20)
EXTENDED_REQUEST_TERM = datetime.timedelta(days=40)


class DecisionListPublication(models.Model):
    """The first time the complete decision list of a meeting went online (see signals)."""

    meeting = models.OneToOneField(
        "stadsregio_governance.MeetingPage",
        on_delete=models.CASCADE,
        related_name="decision_list_publication",
    )
    published_on = models.DateField(_("besluitenlijst gepubliceerd op"))
    deadline = models.DateField(_("uiterlijk te publiceren op"))

    class Meta:
        verbose_name = _("publicatie van een besluitenlijst")
        verbose_name_plural = _("publicaties van besluitenlijsten")

    def __str__(self):
        return f"{self.meeting_id} @ {self.published_on}"

    @property
    def on_time(self):
        return self.published_on <= self.deadline


def record_decision_list(meeting, moment=None):
    """The meeting's live version has a complete decision list: note the day, once."""
    if DecisionListPublication.objects.filter(meeting=meeting).exists():
        return None
    return DecisionListPublication.objects.create(
        meeting=meeting,
        published_on=timezone.localdate(moment or meeting.last_published_at or timezone.now()),
        deadline=meeting.decision_deadline,
    )


class RequestOutcome(models.TextChoices):
    GRANTED = "toegestaan", _("Toegestaan")
    PARTLY = "gedeeltelijk", _("Gedeeltelijk toegestaan")
    REFUSED = "geweigerd", _("Geweigerd")
    NOT_HELD = "niet-in-bezit", _("Document niet in ons bezit")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")


class DocumentRequest(models.Model):
    """One request for administrative documents in the register: when it came in, its term,
    and when and how it was decided. A request sent with the form on /openbaarheid/ is
    registered automatically; one that came by letter or mail is added by an editor."""

    submission = models.OneToOneField(
        "wagtailforms.FormSubmission",
        verbose_name=_("formulierinzending"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="register_entry",
    )
    received_on = models.DateField(_("ontvangen op"), default=timezone.localdate)
    extended = models.BooleanField(
        _("termijn verlengd"),
        default=False,
        help_text=_(
            "De beslissingstermijn is 20 kalenderdagen na de registratie, of 40 als hij verlengd "
            "werd omdat de documenten moeilijk tijdig te verzamelen waren."
        ),
    )
    deadline = models.DateField(_("uiterlijk te beslissen op"), editable=False)
    decided_on = models.DateField(_("beslist op"), null=True, blank=True)
    outcome = models.CharField(
        _("beslissing"), max_length=20, choices=RequestOutcome.choices, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("received_on"), FieldPanel("extended")]),
        FieldRowPanel([FieldPanel("decided_on"), FieldPanel("outcome")]),
    ]

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("aanvraag openbaarheid")
        verbose_name_plural = _("aanvragen openbaarheid")

    def __str__(self):
        return _("Aanvraag %(number)s van %(day)s") % {
            "number": self.number,
            "day": self.received_on.strftime("%d/%m/%Y"),
        }

    def save(self, *args, **kwargs):
        term = EXTENDED_REQUEST_TERM if self.extended else REQUEST_TERM
        self.deadline = self.received_on + term
        super().save(*args, **kwargs)

    @property
    def number(self):
        """The number the requester got in the confirmation: that of the form submission."""
        return self.submission_id or f"R{self.pk}"

    def clean(self):
        errors = {}
        if self.decided_on and self.received_on and self.decided_on < self.received_on:
            errors["decided_on"] = _("De beslissing ligt vóór de ontvangst van de aanvraag.")
        if self.outcome and not self.decided_on:
            errors["decided_on"] = _("Vul ook in wanneer er beslist werd.")
        if self.decided_on and not self.outcome:
            errors["outcome"] = _("Kies de beslissing.")
        if errors:
            raise ValidationError(errors)
