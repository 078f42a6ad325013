"""The shared body StreamBlock of materials and its print-friendly blocks."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading (h2 or h3) that also feeds the page outline."""

    text = blocks.CharBlock(label=_("text"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Sub-section"))],
        default="h2",
        label=_("level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        group = _("Text")
        description = _("A heading that splits a long text into sections.")
        preview_value = {"text": "Why family comes first", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        group = _("Text")
        description = _("A quotation from a credible voice, with its attribution.")
        preview_value = {
            "text": "Faith taught me to care for my neighbours, whoever they are.",
            "attribution": "An imam from Shymkent",
        }


class FactBlock(blocks.StructBlock):
    """A checkable fact with its source; a fact without a source is not accepted."""

    figure = blocks.CharBlock(label=_("figure"), required=False, max_length=40)
    statement = blocks.TextBlock(label=_("statement"))
    source = blocks.CharBlock(label=_("source"))
    source_url = blocks.URLBlock(label=_("source link"), required=False)

    class Meta:
        icon = "info-circle"
        template = "blocks/fact.html"
        group = _("Evidence")
        description = _("A figure or fact, always with its source.")
        preview_value = {
            "figure": "82.6%",
            "statement": "of young people use social networks mainly to keep in "
            "touch with family and friends.",
            "source": "Youth survey, 1,002 respondents, 2020",
        }


class MythFactBlock(blocks.StructBlock):
    """A manipulative claim told only as a paraphrase, followed by the answer."""

    claim = blocks.TextBlock(
        label=_("the claim, paraphrased"),
        help_text=_(
            "Describe the claim in your own neutral words. Never quote extremist "
            "text or link to it."
        ),
    )
    answer = blocks.RichTextBlock(
        label=_("the answer"), features=["bold", "italic", "link", "ul"]
    )
    source = blocks.CharBlock(label=_("source of the answer"), required=False)

    class Meta:
        icon = "help"
        template = "blocks/myth_fact.html"
        group = _("Evidence")
        description = _("Names a manipulation in neutral words, then answers it.")
        preview_value = {
            "claim": "Some posts say a believer cannot respect a secular court.",
            "answer": "<p>Millions of believers live by their faith and by the "
            "law of their country at the same time.</p>",
        }


class MediaBlock(blocks.StructBlock):
    """A video or audio file from the document library, with a transcript."""

    title = blocks.CharBlock(label=_("title"))
    file = DocumentChooserBlock(label=_("file"), required=False)
    url = blocks.URLBlock(
        label=_("or a link"),
        required=False,
        help_text=_("A link to the same video or audio on our own channel."),
    )
    kind = blocks.ChoiceBlock(
        choices=[("video", _("Video")), ("audio", _("Audio"))],
        default="video",
        label=_("kind"),
    )
    transcript = blocks.TextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/media.html"
        group = _("Media")
        description = _("A video or audio recording with a transcript for access.")
        preview_value = {
            "title": "A conversation with a family psychologist",
            "kind": "audio",
            "transcript": "We talk about how to listen to a son who has stopped "
            "talking to us.",
        }

    def clean(self, value):
        result = super().clean(value)
        if not result.get("file") and not result.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "file": blocks.BlockValidationError(
                        _("Choose a file or give a link.")
                    )
                }
            )
        return result


class CallToActionBlock(blocks.StructBlock):
    """One clear next step for the reader."""

    text = blocks.CharBlock(label=_("text"))
    link_label = blocks.CharBlock(label=_("button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or a link"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        group = _("Action")
        description = _("A button that invites the reader to do one thing.")
        preview_value = {
            "text": "Talk it over with someone you trust.",
            "link_label": "Find a consultant",
            "url": "https://example.org/help",
        }


class HelplineBlock(blocks.StructBlock):
    """Where to get help: a helpline or an advisory centre."""

    title = blocks.CharBlock(label=_("title"))
    phone = blocks.CharBlock(label=_("phone"), required=False, max_length=40)
    hours = blocks.CharBlock(label=_("opening hours"), required=False)
    address = blocks.CharBlock(label=_("address"), required=False)
    description = blocks.TextBlock(label=_("what they help with"), required=False)

    class Meta:
        icon = "site"
        template = "blocks/helpline.html"
        group = _("Action")
        description = _("A helpline or advisory centre the reader can contact.")
        preview_value = {
            "title": "Advisory centre",
            "phone": "114",
            "hours": "Mon–Fri, 9:00–18:00",
            "description": "Confidential help for families worried about a relative.",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    answer = blocks.RichTextBlock(
        label=_("answer"), features=["bold", "italic", "link"]
    )


class QABlock(blocks.StructBlock):
    """Questions people actually ask, with short answers."""

    heading = blocks.CharBlock(label=_("heading"), required=False)
    items = blocks.ListBlock(
        QuestionBlock(label=_("question")), label=_("questions"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/qa.html"
        group = _("Text")
        description = _("Questions and answers.")
        preview_value = {
            "heading": "Questions parents ask",
            "items": [
                {
                    "question": "How do I start the conversation?",
                    "answer": "<p>Ask what your child watched today, and listen.</p>",
                }
            ],
        }


class CompleteSubmissionMixin:
    """A form post that lacks the stream's bookkeeping fields (``<name>-count``…)
    is a form error, not a server error.

    Browsers always send them; a crafted or truncated post does not. Raising in
    ``value_from_datadict`` is not enough, because the form re-reads the data to
    show itself again: the value is an empty stream flagged as incomplete, and
    ``clean`` refuses it.
    """

    def value_from_datadict(self, data, files, prefix):
        try:
            return super().value_from_datadict(data, files, prefix)
        except (KeyError, ValueError, TypeError):
            value = blocks.StreamValue(self, [])
            value.incomplete_submission = True
            return value

    def clean(self, value):
        if getattr(value, "incomplete_submission", False):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [
                        ValidationError(
                            _(
                                "The form arrived incomplete. Reload the page and "
                                "make your changes again."
                            )
                        )
                    ]
                )
            )
        return super().clean(value)


class BodyBlock(CompleteSubmissionMixin, blocks.StreamBlock):
    """The body of every material; page types extend it rather than fork it."""

    heading = HeadingBlock(label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template="blocks/paragraph.html",
        group=_("Text"),
        description=_("Running text."),
        preview_value="<p>Family is where most of us first learn to trust.</p>",
    )
    image = ImageBlock(
        label=_("Image"),
        icon="image",
        template="blocks/image.html",
        group=_("Media"),
        description=_("An image with alternative text for people who cannot see it."),
    )
    quote = QuoteBlock(label=_("Quote"))
    fact = FactBlock(label=_("Fact"))
    myth_fact = MythFactBlock(label=_("Claim and answer"))
    media = MediaBlock(label=_("Video or audio"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    helpline = HelplineBlock(label=_("Where to get help"))
    questions = QABlock(label=_("Questions and answers"))


class SourceBlock(blocks.StructBlock):
    """A source a material relies on."""

    title = blocks.CharBlock(label=_("title"))
    publisher = blocks.CharBlock(label=_("publisher"), required=False)
    year = blocks.IntegerBlock(label=_("year"), required=False, min_value=1900)
    url = blocks.URLBlock(label=_("link"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/source.html"
        description = _("A source the material relies on.")
        preview_value = {
            "title": "Policy brief on online extremism prevention in Kazakhstan",
            "publisher": "Internews",
            "year": 2021,
        }


class SourcesBlock(CompleteSubmissionMixin, blocks.StreamBlock):
    """The sources of a material, in the order they are cited."""

    source = SourceBlock(label=_("Source"))
