"""The blocks of a lesson: explanation, example and two kinds of exercise.

Each exercise option is answered by index; the per-option counters are kept in
``content.models.learn.AnswerCount`` under the block's id.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ExampleBlock(blocks.StructBlock):
    example = SnippetChooserBlock("content.Example", label=_("example"))

    class Meta:
        icon = "openquote"
        template = "learn/blocks/example.html"
        group = _("Lesson")
        label = _("Example")
        description = _(
            "A constructed example with the techniques it uses marked for the reader."
        )
        preview_value = {}


class TechniqueOptionBlock(blocks.StructBlock):
    technique = SnippetChooserBlock(
        "content.ManipulationTechnique", label=_("technique")
    )
    correct = blocks.BooleanBlock(label=_("correct answer"), required=False)
    feedback = blocks.TextBlock(label=_("feedback"))


class SpotTechniqueBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200)
    example = SnippetChooserBlock("content.Example", label=_("example"))
    options = blocks.ListBlock(TechniqueOptionBlock(), label=_("options"), min_num=2)

    class Meta:
        icon = "help"
        template = "learn/blocks/spot_technique.html"
        group = _("Exercises")
        label = _("Spot the technique")
        description = _(
            "Readers read an example and choose the technique it uses; one option "
            "is correct."
        )
        preview_value = {"question": "Which technique does this example use?"}

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "options": ErrorList(
                        [ValidationError(_("Mark exactly one option as correct."))]
                    )
                }
            )
        return value


class ReplyOptionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("reply"))
    good = blocks.BooleanBlock(label=_("a good reply"), required=False)
    feedback = blocks.TextBlock(label=_("feedback"))


class ChooseReplyBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200)
    situation = blocks.TextBlock(label=_("situation"))
    options = blocks.ListBlock(ReplyOptionBlock(), label=_("replies"), min_num=2)

    class Meta:
        icon = "comment"
        template = "learn/blocks/choose_reply.html"
        group = _("Exercises")
        label = _("Which reply would you choose")
        description = _(
            "A situation and possible replies, each with feedback; one or more "
            "replies are good."
        )
        preview_value = {
            "question": "Which reply would you choose?",
            "situation": "A classmate shares a post blaming outsiders.",
            "options": [
                {
                    "text": "Ask what makes them think so.",
                    "good": True,
                    "feedback": ".",
                },
                {"text": "Insult them.", "good": False, "feedback": "."},
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        if not any(option["good"] for option in value["options"]):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "options": ErrorList(
                        [ValidationError(_("Mark at least one reply as good."))]
                    )
                }
            )
        return value


EXERCISE_BLOCKS = ("spot_technique", "choose_reply")


class LessonBodyBlock(blocks.StreamBlock):
    explanation = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "ol", "ul"],
        label=_("Explanation"),
        icon="pilcrow",
        template="learn/blocks/explanation.html",
        group=_("Lesson"),
        description=_("Running text that explains a technique or an idea."),
        preview_value="<p>Manipulation works by shortcuts: it asks you to feel "
        "before you think.</p>",
    )
    example = ExampleBlock(label=_("Example"))
    spot_technique = SpotTechniqueBlock(label=_("Spot the technique"))
    choose_reply = ChooseReplyBlock(label=_("Which reply would you choose"))
