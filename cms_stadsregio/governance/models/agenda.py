"""A meeting's agenda items, each with the decision and the vote on it, and its documents (the
decision list, the minutes, attachments)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey


class VoteKind(models.TextChoices):
    OPEN = "open", _("open stemming")
    SECRET = "geheim", _("geheime stemming")


VOTE_COUNTS = ("votes_for", "votes_against", "votes_abstained")


class DecisionOutcome(models.TextChoices):
    APPROVED = "goedgekeurd", _("goedgekeurd")
    REJECTED = "afgekeurd", _("afgekeurd")
    POSTPONED = "uitgesteld", _("uitgesteld")
    NOTED = "kennisgenomen", _("kennis genomen")


class AgendaItem(Orderable):
    """An agenda item (agendapunt) and, once taken, the decision on it."""

    page = ParentalKey(
        "stadsregio_governance.MeetingPage", on_delete=models.CASCADE, related_name="agenda_items"
    )
    title = models.CharField(_("titel"), max_length=255)
    description = models.TextField(_("korte beschrijving"), blank=True)
    public = models.BooleanField(
        _("openbaar"),
        default=True,
        help_text=_("Uitvinken voor een besloten agendapunt, bijvoorbeeld over personeel."),
    )
    outcome = models.CharField(
        _("uitkomst"),
        max_length=20,
        choices=DecisionOutcome.choices,
        blank=True,
        help_text=_("Leeg laten zolang er geen besluit is."),
    )
    decision_title = models.CharField(
        _("titel van het besluit"),
        max_length=255,
        blank=True,
        help_text=_("Leeg laten om de titel van het agendapunt te gebruiken."),
    )
    decision_description = models.TextField(
        _("korte beschrijving van het besluit"),
        blank=True,
        help_text=_(
            "Wat er besloten is, in een paar zinnen en zonder persoonsgegevens: geen namen van "
            "burgers of personeelsleden."
        ),
    )
    decision_motivation = models.TextField(
        _("motivering"),
        blank=True,
        help_text=_(
            "De juridische en feitelijke gronden van het besluit (gelet op …, overwegende dat "
            "…). Verschijnt in de notulen."
        ),
    )
    vote = models.CharField(
        _("stemming"),
        max_length=10,
        choices=VoteKind.choices,
        blank=True,
        help_text=_("Leeg laten als er niet gestemd is, bijvoorbeeld bij een kennisneming."),
    )
    votes_for = models.PositiveSmallIntegerField(_("stemmen voor"), null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(_("stemmen tegen"), null=True, blank=True)
    votes_abstained = models.PositiveSmallIntegerField(_("onthoudingen"), null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("public"),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldPanel("decision_title"),
                FieldPanel("decision_description"),
                FieldPanel("decision_motivation"),
            ],
            heading=_("Besluit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("vote"),
                FieldRowPanel([FieldPanel(name) for name in VOTE_COUNTS]),
            ],
            heading=_("Stemming"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.outcome and (self.decision_title or self.decision_description):
            raise ValidationError({"outcome": _("Kies de uitkomst van het besluit.")})
        if self.outcome and not self.decision_description.strip():
            raise ValidationError({"decision_description": _("Beschrijf kort wat er besloten is.")})
        counts = [name for name in VOTE_COUNTS if getattr(self, name) is not None]
        if self.vote:
            if not self.outcome:
                raise ValidationError({"outcome": _("Een stemming hoort bij een besluit.")})
            missing = {
                name: _("Vul het aantal in, ook als het nul is.")
                for name in VOTE_COUNTS
                if name not in counts
            }
            if missing:
                raise ValidationError(missing)
        elif counts:
            raise ValidationError({"vote": _("Kies of de stemming open of geheim was.")})

    @property
    def has_vote(self):
        return bool(self.vote) and self.has_decision

    @property
    def is_secret_vote(self):
        return self.vote == VoteKind.SECRET

    def is_unanimous_open_vote(self, voters):
        """An open vote in which everyone present with a vote was in favour: then the names of
        those in favour are known from the attendance and are published."""
        return (
            self.has_vote
            and self.vote == VoteKind.OPEN
            and voters > 0
            and self.votes_for == voters
            and not self.votes_against
            and not self.votes_abstained
        )

    @property
    def vote_result(self):
        """besluit:gevolg: the outcome with the counts, in words."""
        if not self.has_vote:
            return ""
        return _("%(outcome)s (voor: %(for)s, tegen: %(against)s, onthoudingen: %(abstained)s)") % {
            "outcome": self.get_outcome_display().capitalize(),
            "for": self.votes_for,
            "against": self.votes_against,
            "abstained": self.votes_abstained,
        }

    @property
    def has_decision(self):
        return bool(self.outcome)

    @property
    def decision_heading(self):
        return self.decision_title or self.title


class MeetingDocumentKind(models.TextChoices):
    AGENDA = "agenda", _("agenda")
    DECISION_LIST = "besluitenlijst", _("besluitenlijst")
    MINUTES = "notulen", _("notulen")
    ANNEX = "bijlage", _("bijlage")


class MeetingDocument(Orderable):
    page = ParentalKey(
        "stadsregio_governance.MeetingPage", on_delete=models.CASCADE, related_name="documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(
        _("soort"),
        max_length=20,
        choices=MeetingDocumentKind.choices,
        default=MeetingDocumentKind.MINUTES,
    )
    title = models.CharField(
        _("titel"),
        max_length=255,
        blank=True,
        help_text=_("Leeg laten om de titel van het document te gebruiken."),
    )

    panels = [FieldPanel("document"), FieldRowPanel([FieldPanel("kind"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = _("document van de zitting")
        verbose_name_plural = _("documenten van de zitting")
