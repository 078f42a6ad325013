"""Reply playbooks: how to answer a narrative when it turns up in a conversation.

* ``ReplyType``: a kind of counter-speech reply (correcting facts, asking a
  question, empathy…), a shared translatable vocabulary seeded from published
  counter-speech research;
* ``ReplyPlaybook``: for one narrative (optionally one channel and one target
  group), how it typically appears, which reply types work in which order,
  sample replies, when to stop, when to refer and how responders keep safe. It
  belongs to an organisation, is translatable, and goes through the same expert
  review as a material (a Wagtail snippet workflow); only live playbooks reach
  the reply helper. Playbooks never appear on public pages.

Every text of a playbook and its samples is checked against the do-not-amplify
list, as a material's links are.
"""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)

from audiences.models import Taxonomy
from audiences.models.fields import taxonomy_link
from content.forms import ReplyPlaybookForm
from content.links import blocked_in_text, text_links
from content.models.library import BlockedAddress


class ReplyType(Taxonomy):
    """A kind of counter-speech reply, with when it helps and when it harms."""

    what_it_is = models.TextField(_("what it is"))
    when_it_works = models.TextField(_("when it works"))
    when_it_backfires = models.TextField(_("when it backfires"))
    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_("The research it rests on (authors, organisation); no links."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("what_it_is"),
        FieldPanel("when_it_works"),
        FieldPanel("when_it_backfires"),
        FieldPanel("source"),
    ]

    class Meta(Taxonomy.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("reply type")
        verbose_name_plural = _("reply types")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="content_replytype_locale_slug"
            )
        ]


def blocked_errors(text):
    """The do-not-amplify errors for the links in ``text`` (an empty list if none)."""
    if not text or not text_links(text):
        return []
    entries = list(BlockedAddress.objects.all())
    if not entries:
        return []
    return [
        ValidationError(
            _(
                "“%(url)s” is on the do-not-amplify list "
                "(%(entry)s%(reason)s). Remove the link: "
                "we do not send readers to it."
            ),
            params={
                "url": url[:200],
                "entry": entry.address,
                "reason": f": {entry.reason}" if entry.reason else "",
            },
            code="blocked_link",
        )
        for url, entry in blocked_in_text(text, entries)
    ]


def check_blocked(obj, fields):
    """Raise a ``ValidationError`` on each of ``fields`` linking a blocked address."""
    errors = {}
    for name in fields:
        found = blocked_errors(getattr(obj, name, ""))
        if found:
            errors[name] = found
    if errors:
        raise ValidationError(errors)


class ReplyPlaybook(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    ClusterableModel,
):
    """How an organisation's responders answer one narrative, reviewed like a material.

    Who may see it (``content/access.py``): every member of the owning
    organisation; the members of any organisation once it is live (it is shared
    guidance); never the public.
    """

    TEXT_FIELDS = ("title", "how_it_appears", "stop_engaging", "refer", "safety")

    organisation = models.ForeignKey(
        "audiences.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    narrative = taxonomy_link("content.NarrativeCountered", _("narrative"))
    channel = taxonomy_link("audiences.Channel", _("channel"), optional=True)
    target_group = taxonomy_link(
        "audiences.TargetGroup", _("target group"), optional=True
    )
    how_it_appears = models.TextField(
        _("how the narrative typically appears"),
        help_text=_("In your own words. Never quote propaganda, never link to it."),
    )
    stop_engaging = models.TextField(_("when to stop engaging"))
    refer = models.TextField(
        _("when to refer"),
        help_text=_("When and where to point the person to help (helpline, centre)."),
    )
    safety = models.TextField(_("the responder's own safety"))

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="playbook")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="playbook",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("organisation", widget=forms.Select),
        MultiFieldPanel(
            [
                FieldPanel("narrative", widget=forms.Select),
                FieldPanel("channel", widget=forms.Select),
                FieldPanel("target_group", widget=forms.Select),
            ],
            heading=_("Where it applies"),
        ),
        FieldPanel("how_it_appears"),
        InlinePanel("steps", heading=_("Reply types, in order"), label=_("step")),
        InlinePanel("samples", heading=_("Sample replies"), label=_("sample reply")),
        FieldPanel("stop_engaging"),
        FieldPanel("refer"),
        FieldPanel("safety"),
    ]

    base_form_class = ReplyPlaybookForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["narrative__number", "title"]
        verbose_name = _("reply playbook")
        verbose_name_plural = _("reply playbooks")

    def __str__(self):
        return self.title

    @property
    def owning_organisation_id(self):
        return self.organisation_id

    def clean(self):
        super().clean()
        check_blocked(self, self.TEXT_FIELDS)
        # Samples held in memory (a cluster saved from code, a revision) are
        # checked here too, so no path saves a blocked link.
        for sample in self.samples.all():
            sample.clean()


class PlaybookStep(Orderable):
    """One reply type of a playbook, in the order responders should try them."""

    playbook = ParentalKey(
        ReplyPlaybook, on_delete=models.CASCADE, related_name="steps"
    )
    reply_type = models.ForeignKey(
        ReplyType,
        verbose_name=_("reply type"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = models.TextField(
        _("how to use it here"),
        blank=True,
    )

    panels = [FieldPanel("reply_type"), FieldPanel("note")]

    def __str__(self):
        return str(self.reply_type)

    def clean(self):
        super().clean()
        check_blocked(self, ("note",))


class SampleReply(Orderable):
    """A reply responders can adapt, in the playbook's language."""

    playbook = ParentalKey(
        ReplyPlaybook, on_delete=models.CASCADE, related_name="samples"
    )
    reply_type = models.ForeignKey(
        ReplyType,
        verbose_name=_("reply type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("sample reply"))

    panels = [FieldPanel("reply_type"), FieldPanel("text")]

    def __str__(self):
        return self.text[:60]

    def clean(self):
        super().clean()
        check_blocked(self, ("text",))
