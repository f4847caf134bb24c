"""The accessibility statement (/toegankelijkheid/) on the EU model, as structured fields.

The Web Accessibility Directive (EU) 2016/2102, in Flanders the Bestuursdecreet art. II.16, asks
for fixed parts: compliance status, how and when the site was assessed, what is not accessible
and why, alternatives, a feedback contact and the complaints route. Structured fields make
sure none of them is left out, and give the admin a review date to warn about.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms_stadsregio.content.models.base import BasePage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
REVIEW_WARNING = datetime.timedelta(days=30)


class ComplianceStatus(models.TextChoices):
    FULL = "volledig", _("volledig in overeenstemming")
    PARTIAL = "gedeeltelijk", _("gedeeltelijk in overeenstemming")
    NONE = "niet", _("niet in overeenstemming")


class AssessmentMethod(models.TextChoices):
    SELF = "zelfbeoordeling", _("zelfbeoordeling door de organisatie")
    THIRD_PARTY = "derde", _("beoordeling door een derde")


class IssueReason(models.TextChoices):
    NON_COMPLIANCE = "niet-naleving", _("niet-naleving van de toegankelijkheidsvoorschriften")
    DISPROPORTIONATE_BURDEN = "onevenredige-last", _("onevenredige last")
    OUT_OF_SCOPE = "buiten-werkingssfeer", _("valt buiten de werkingssfeer van de regelgeving")


class AccessibilityStatementPage(BasePage):
    compliance_status = models.CharField(
        _("nalevingsstatus"),
        max_length=20,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    standard = models.CharField(
        _("norm"), max_length=100, default="WCAG 2.1, niveau AA", help_text=_("De norm die geldt.")
    )
    prepared_on = models.DateField(_("opgesteld op"))
    last_reviewed_on = models.DateField(_("laatst herzien op"), null=True, blank=True)
    next_review_on = models.DateField(
        _("volgende herziening uiterlijk op"),
        help_text=_(
            "Herzie de verklaring minstens jaarlijks. Het dashboard van de beheeromgeving "
            "waarschuwt vanaf 30 dagen vóór deze datum."
        ),
    )
    assessment_method = models.CharField(
        _("methode van beoordeling"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    assessment_details = RichTextField(
        _("hoe de website beoordeeld is"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Welke tests en hulpmiddelen, welke pagina's, door wie."),
    )
    alternatives = RichTextField(
        _("toegankelijke alternatieven"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Hoe iemand de informatie toch krijgt, bijvoorbeeld per e-mail of telefoon."),
    )
    feedback_email = models.EmailField(_("e-mailadres voor feedback"))
    feedback_phone = models.CharField(_("telefoon voor feedback"), max_length=30, blank=True)
    feedback_text = RichTextField(
        _("feedback en contact"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Bijvoorbeeld: binnen welke termijn u antwoordt."),
    )
    complaints_body = models.CharField(
        _("klachteninstantie"), max_length=150, default="Vlaamse Ombudsdienst"
    )
    complaints_url = models.URLField(
        _("website van de klachteninstantie"), default="https://www.vlaamseombudsdienst.be"
    )
    complaints_text = RichTextField(
        _("handhavingsprocedure"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Hoe iemand klacht indient als ons antwoord niet volstaat."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("standard")],
            heading=_("Nalevingsstatus"),
        ),
        InlinePanel(
            "issues",
            heading=_("Niet-toegankelijke inhoud"),
            label=_("Probleem"),
            help_text=_("Wat niet toegankelijk is, waarom, en wat u eraan doet."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("last_reviewed_on")]),
                FieldPanel("next_review_on"),
                FieldPanel("assessment_method"),
                FieldPanel("assessment_details"),
            ],
            heading=_("Opstelling van de verklaring"),
        ),
        FieldPanel("alternatives"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("feedback_email"), FieldPanel("feedback_phone")]),
                FieldPanel("feedback_text"),
            ],
            heading=_("Feedback en contactgegevens"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("complaints_body"),
                FieldPanel("complaints_url"),
                FieldPanel("complaints_text"),
            ],
            heading=_("Handhavingsprocedure"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("alternatives")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("toegankelijkheidsverklaring")
        verbose_name_plural = _("toegankelijkheidsverklaringen")

    def clean(self):
        super().clean()
        errors = {}
        if self.last_reviewed_on and self.prepared_on and self.last_reviewed_on < self.prepared_on:
            errors["last_reviewed_on"] = _("De herziening ligt vóór de opstelling.")
        reference = self.last_reviewed_on or self.prepared_on
        if self.next_review_on and reference and self.next_review_on <= reference:
            errors["next_review_on"] = _("De volgende herziening moet later vallen.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def due_for_review(cls, today=None):
        """Statements whose review date is past or less than 30 days away."""
        today = today or timezone.localdate()
        return (
            cls.objects.live()
            .filter(next_review_on__lte=today + REVIEW_WARNING)
            .order_by("next_review_on")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = list(self.issues.all())
        context["issue_groups"] = [
            {
                "reason": reason,
                "label": label,
                "issues": [issue for issue in issues if issue.reason == reason],
            }
            for reason, label in IssueReason.choices
        ]
        context["has_issues"] = bool(issues)
        return context


class AccessibilityIssue(Orderable):
    page = ParentalKey(AccessibilityStatementPage, on_delete=models.CASCADE, related_name="issues")
    reason = models.CharField(
        _("reden"),
        max_length=30,
        choices=IssueReason.choices,
        default=IssueReason.NON_COMPLIANCE,
    )
    description = models.TextField(
        _("wat is niet toegankelijk"),
        help_text=_("Beschrijf het probleem in gewone taal, met het gevolg voor de bezoeker."),
    )
    criteria = models.CharField(
        _("WCAG-succescriteria"), max_length=100, blank=True, help_text=_("Bijvoorbeeld: 1.3.1")
    )
    remedy = models.TextField(
        _("wat we eraan doen"),
        blank=True,
        help_text=_("De oplossing en wanneer, of het alternatief dat u aanbiedt."),
    )

    panels = [
        FieldPanel("reason"),
        FieldPanel("description"),
        FieldPanel("criteria"),
        FieldPanel("remedy"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("niet-toegankelijke inhoud")
        verbose_name_plural = _("niet-toegankelijke inhoud")
