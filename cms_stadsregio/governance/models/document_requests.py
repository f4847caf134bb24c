"""/openbaarheid/: how to request administrative documents, with a request form.

Anyone may ask for administrative documents (openbaarheid van bestuur, Bestuursdecreet
chapter 3). The form is a Wagtail form page: editors choose its fields, submissions are stored
and mailed to the Stadsregio, and the requester gets a short confirmation with the number of the
request, never a copy of what was typed: otherwise the form would send any text, from the
Stadsregio's address, to any address typed in. Spam is kept out without third-party services: a
honeypot field that people never see, a limit per IP address and one per e-mail address, both
counted in the cache that all app servers share (Redis in production), and bounded field lengths.

The form sets no cookie: instead of Django's CSRF token (which needs one) a submission must come
from one of our own pages (cms_stadsregio.content.csrf).
"""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms_stadsregio.content.blocks import BodyBlock
from cms_stadsregio.content.csrf import is_same_origin
from cms_stadsregio.content.models.base import BasePage
from cms_stadsregio.content.ratelimit import RateLimit, client_ip
from cms_stadsregio.governance.models.records import DocumentRequest

logger = logging.getLogger(__name__)

# A hyphen never occurs in the names Wagtail derives from field labels, so no editor's field
# can collide with the trap.
HONEYPOT_FIELD = "website-url"
SUBMISSIONS_PER_HOUR = 5
SUBMISSIONS_PER_ADDRESS_PER_DAY = 3
# Longest answers (one line: Wagtail's own 255 characters): a text; an e-mail address (RFC 5321).
MAX_TEXT_LENGTH = 4000
MAX_EMAIL_LENGTH = 254
# Input purposes (WCAG 1.3.5) for the fields a request form usually has, by their derived name.
AUTOCOMPLETE = {
    "naam": "name",
    "voornaam": "given-name",
    "familienaam": "family-name",
    "adres": "street-address",
    "straat_en_nummer": "street-address",
    "postcode": "postal-code",
    "gemeente": "address-level2",
    "telefoon": "tel",
    "telefoonnummer": "tel",
}
submission_limit = RateLimit("document-request", limit=SUBMISSIONS_PER_HOUR, window=3600)
address_limit = RateLimit(
    "document-request-address", limit=SUBMISSIONS_PER_ADDRESS_PER_DAY, window=24 * 3600
)


class DocumentRequestForm(BaseForm):
    """The editor-defined fields plus a trap field that only robots fill in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            purpose = "email" if isinstance(field, forms.EmailField) else AUTOCOMPLETE.get(name)
            if purpose:
                field.widget.attrs.setdefault("autocomplete", purpose)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Laat dit veld leeg"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.pop(HONEYPOT_FIELD, ""):
            raise ValidationError(
                _("Uw aanvraag kon niet verstuurd worden. Neem contact met ons op per e-mail."),
                code="honeypot",
            )
        return cleaned_data

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def visible_form_fields(self):
        return [field for field in self if field.name != HONEYPOT_FIELD]


class DocumentRequestFormBuilder(FormBuilder):
    """Every text field has a length limit; Django's message says so in Dutch, with the count."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MAX_TEXT_LENGTH
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = MAX_EMAIL_LENGTH
        return super().create_email_field(field, options)

    def get_form_class(self):
        return type("DocumentRequestWagtailForm", (DocumentRequestForm,), self.formfields)


class DocumentRequestFormField(AbstractFormField):
    page = ParentalKey(
        "stadsregio_governance.DocumentRequestPage",
        on_delete=models.CASCADE,
        related_name="form_fields",
    )

    class Meta(AbstractFormField.Meta):
        verbose_name = _("formulierveld")
        verbose_name_plural = _("formuliervelden")


class DocumentRequestPage(EmailFormMixin, FormMixin, BasePage):
    """AbstractEmailForm's behaviour on our BasePage, so it has an intro like every page."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("uitleg"),
        help_text=_("Wat iemand kan opvragen, hoe, binnen welke termijn en hoe in beroep gaan."),
    )
    thank_you_text = RichTextField(
        _("bedankt-tekst"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Verschijnt na het versturen."),
    )
    confirmation_subject = models.CharField(
        _("onderwerp van de ontvangstbevestiging"), max_length=255, blank=True
    )
    confirmation_text = models.TextField(
        _("tekst van de ontvangstbevestiging"),
        blank=True,
        help_text=_(
            "Gaat per e-mail naar het eerste e-mailveld van het formulier, met het nummer van de "
            "aanvraag. Wat de aanvrager invulde, staat er niet in."
        ),
    )

    form_builder = DocumentRequestFormBuilder
    # Anonymous visitors only, and no cookies on public pages: serve() checks the origin instead.
    csrf_exempt = True

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        InlinePanel("form_fields", heading=_("Formulier"), label=_("Formulierveld")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Melding aan de Stadsregio"),
        ),
        MultiFieldPanel(
            [FieldPanel("confirmation_subject"), FieldPanel("confirmation_text")],
            heading=_("Ontvangstbevestiging voor de aanvrager"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("aanvraagformulier bestuursdocumenten")
        verbose_name_plural = _("aanvraagformulieren bestuursdocumenten")

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if not is_same_origin(request):
            form.is_valid()  # so that the page shows the other problems too
            form.add_error(
                None,
                ValidationError(
                    _(
                        "Uw aanvraag kon niet verstuurd worden: ze kwam niet van onze website. "
                        "Open deze pagina opnieuw op onze website en verstuur het formulier daar."
                    ),
                    code="cross_origin",
                ),
            )
            status = 403
        elif form.is_valid():
            refusal = self._over_limit(request, form)
            if refusal is None:
                submission = self.process_form_submission(form)
                DocumentRequest.objects.create(
                    submission=submission, received_on=timezone.localdate(submission.submit_time)
                )
                self.send_confirmation(form, submission)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(None, refusal)
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def _over_limit(self, request, form):
        """Why this request may not be sent now (a ValidationError), or None."""
        if not submission_limit.allow(client_ip(request)):
            return ValidationError(
                _(
                    "U hebt het voorbije uur al verschillende aanvragen verstuurd. Probeer het "
                    "later opnieuw, of mail ons uw aanvraag."
                ),
                code="rate_limit",
            )
        requester = self.requester_email(form)
        if requester and not address_limit.allow(requester.casefold()):
            return ValidationError(
                _(
                    "Met dit e-mailadres zijn vandaag al verschillende aanvragen verstuurd. "
                    "Probeer het morgen opnieuw, of mail ons uw aanvraag."
                ),
                code="rate_limit_address",
            )
        return None

    def requester_email(self, form):
        for field in self.get_form_fields():
            if field.field_type == "email":
                return form.cleaned_data.get(field.clean_name) or ""
        return ""

    def send_mail(self, form):
        addresses = [address.strip() for address in self.to_address.split(",")]
        requester = self.requester_email(form)
        self._send(
            self.subject or self.title,
            self.render_email(form),
            addresses,
            reply_to=[requester] if requester else None,
        )

    def send_confirmation(self, form, submission):
        requester = self.requester_email(form)
        if not requester:
            return
        # Only the editors' text and the number: nothing the sender typed (see the module's note).
        body = "\n\n".join(
            part
            for part in (
                self.confirmation_text,
                gettext(
                    "Wij hebben uw aanvraag ontvangen onder nummer %(number)s. Vermeld dit nummer "
                    "als u ons erover contacteert."
                )
                % {"number": submission.pk},
            )
            if part
        )
        self._send(self.confirmation_subject or self.title, body, [requester])

    def _send(self, subject, body, recipients, reply_to=None):
        # The submission is stored before any mail goes out: a mail server that fails must not
        # cost the requester their request, nor show them an error page.
        try:
            send_mail(
                subject,
                body,
                recipients,
                self.from_address or settings.DEFAULT_FROM_EMAIL,
                reply_to=reply_to,
            )
        except (smtplib.SMTPException, OSError):
            logger.exception("Could not send the document request mail to %s", recipients)
