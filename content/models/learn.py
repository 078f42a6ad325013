"""Recognition lessons: manipulation techniques, constructed examples, lessons.

* ``ManipulationTechnique`` and ``Example`` are shared, translatable vocabularies
  (``access.register_shared``): teaching material every organisation may read and
  that only appears publicly through a live lesson. Nothing in them is owned by
  an organisation, so they carry no private field.
* ``LearnIndexPage`` and ``LessonPage`` live under each language's home page;
  who may write them is the page tree's permissions (as for any page outside an
  organisation's space): site admins and the groups granted the learn section.
* ``AnswerCount`` is one counter per (lesson, block, option): an answer adds one
  to it and records nothing about who answered.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from audiences.models.taxonomy import Taxonomy
from content import learn_text
from content.learn_blocks import EXERCISE_BLOCKS, LessonBodyBlock
from content.models.library import RestrictionsOnceMixin


class ManipulationTechnique(Taxonomy):
    """A manipulation technique readers learn to recognise."""

    explanation = models.TextField(_("what it is"))
    how_to_spot = models.TextField(_("how to spot it"))
    narratives = models.ManyToManyField(
        "content.NarrativeCountered",
        verbose_name=_("narratives where it appears"),
        blank=True,
        related_name="techniques",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("explanation"),
        FieldPanel("how_to_spot"),
        FieldPanel("narratives"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("manipulation technique")
        verbose_name_plural = _("manipulation techniques")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="content_technique_locale_slug"
            )
        ]


class Example(TranslatableMixin, index.Indexed, models.Model):
    """A constructed or paraphrased example with its techniques' spans marked."""

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(
        _("text"),
        help_text=_(
            "Constructed or paraphrased, never real propaganda and never a link. "
            "Mark each technique as [[technique-slug: marked words]]."
        ),
    )
    note = models.CharField(
        _("label"),
        max_length=200,
        help_text=_('Shown with the example, for instance "Constructed example".'),
    )

    panels = [FieldPanel("title"), FieldPanel("text"), FieldPanel("note")]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("example")
        verbose_name_plural = _("examples")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        known = set(ManipulationTechnique.objects.values_list("slug", flat=True))
        try:
            learn_text.validate(self.text or "", known)
        except ValidationError as error:
            raise ValidationError({"text": error.messages}) from None

    def segments(self, techniques=None):
        """``(words, technique or None)`` pieces; ``techniques`` maps slug to name."""
        techniques = techniques or {}
        return [
            (words, techniques.get(slug, slug) if slug else None)
            for words, slug in learn_text.segments(self.text)
        ]

    @property
    def plain_text(self):
        return learn_text.plain(self.text)


class LearnIndexPage(RestrictionsOnceMixin, Page):
    """The lessons of one language: ``/<lang>/learn/``."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.LessonPage"]
    max_count_per_parent = 1
    template = "learn/learn_index_page.html"

    class Meta:
        verbose_name = _("lessons section")

    def route(self, request, path_components):
        # A lesson as its own type in one query (Wagtail's would take two).
        if len(path_components) == 1:
            lesson = LessonPage.objects.child_of(self).filter(slug=path_components[0])
            lesson = lesson.first()
            if lesson is not None:
                lesson._cached_parent_obj = self
                return lesson.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from content.public_frame import public_q

        # The view restrictions come from the cached frame, not one more query.
        context["lessons"] = (
            LessonPage.objects.child_of(self).live().filter(public_q()).order_by("path")
        )
        return context


class LessonPage(RestrictionsOnceMixin, Page):
    """A recognition lesson: explanations, examples and exercises."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(LessonBodyBlock(), verbose_name=_("lesson"), blank=True)
    discussion = models.TextField(
        _("discussion questions"),
        blank=True,
        help_text=_("One question per line; shown to facilitators and printed."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"), default=45
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
        FieldPanel("discussion"),
    ]
    parent_page_types = ["content.LearnIndexPage"]
    subpage_types = []
    template = "learn/lesson_page.html"
    # A lesson lists no materials: publishing one leaves the library cached.
    cache_lists_materials = False

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def discussion_questions(self):
        return [line.strip() for line in self.discussion.splitlines() if line.strip()]

    def exercise(self, block_id):
        for block in self.body:
            if block.id == block_id and block.block_type in EXERCISE_BLOCKS:
                return block
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(page=self))
        return context


class AnswerCount(models.Model):
    """How many times one option of one exercise was chosen. Nothing else: no
    person, session, address or time."""

    page = models.ForeignKey(
        "content.LessonPage", on_delete=models.CASCADE, related_name="answer_counts"
    )
    block_id = models.CharField(max_length=64)
    option = models.PositiveSmallIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("answer count")
        verbose_name_plural = _("answer counts")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "block_id", "option"], name="content_answer_count_once"
            )
        ]

    def __str__(self):
        return f"{self.block_id}/{self.option}: {self.count}"


# Reads for one lesson's public page (and its facilitator view).


def _examples(page):
    for block in page.body:
        example = block.value.get("example") if hasattr(block.value, "get") else None
        if example is not None:
            yield block, example


def lesson_context(*, page):
    """Mark each example of ``page`` (``example.marked``: words, technique name)
    and number each exercise's options; one query for the techniques."""
    names = dict(
        ManipulationTechnique.objects.filter(locale_id=page.locale_id).values_list(
            "slug", "name"
        )
    )
    for _block, example in _examples(page):
        example.marked = example.segments(names)
    return {"technique_names": names}
