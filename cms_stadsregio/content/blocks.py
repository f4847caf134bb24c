"""A small StreamField block set. No third-party embeds: they would track visitors."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
        help_text=_("Kop 1 is de paginatitel; begin met kop 2 en sla geen niveau over."),
    )

    class Meta:
        icon = "title"
        label = _("Tussentitel")
        template = "cms_stadsregio/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst in deze context"),
        required=False,
        max_length=255,
        help_text=_("Leeg laten om de alternatieve tekst van de afbeelding zelf te gebruiken."),
    )
    caption = blocks.CharBlock(label=_("bijschrift"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "cms_stadsregio/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(label=_("bron"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "cms_stadsregio/blocks/quote_block.html"


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("pagina op deze site"), required=False)
    url = blocks.URLBlock(label=_("of een webadres"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": forms.ValidationError(_("Kies een pagina óf een webadres."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=120)
    text = blocks.TextBlock(label=_("tekst"), required=False)
    link = LinkBlock(label=_("link"))
    link_label = blocks.CharBlock(
        label=_("linktekst"),
        max_length=80,
        help_text=_("Zeg waar de link naartoe gaat, bijvoorbeeld 'Lees het mobiliteitsplan'."),
    )

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "cms_stadsregio/blocks/call_to_action_block.html"


class DocumentLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("document")), label=_("documenten"))

    class Meta:
        icon = "doc-full"
        label = _("Documenten")
        template = "cms_stadsregio/blocks/document_links_block.html"


class AccessibleTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("onderschrift"),
        max_length=200,
        help_text=_("Zegt waarover de tabel gaat; schermlezers lezen het voor."),
    )
    table = TableBlock(
        label=_("tabel"),
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        },
    )

    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "cms_stadsregio/blocks/table_block.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    answer = blocks.RichTextBlock(label=_("antwoord"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), required=False, max_length=120)
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("vragen"))

    class Meta:
        icon = "help"
        label = _("Vragen en antwoorden")
        template = "cms_stadsregio/blocks/faq_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentLinksBlock()
    table = AccessibleTableBlock()
    faq = FaqBlock()


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("naam"), max_length=50, help_text=_("Bijvoorbeeld LinkedIn."))
    url = blocks.URLBlock(label=_("webadres"))

    class Meta:
        icon = "link"
        label = _("Link")
