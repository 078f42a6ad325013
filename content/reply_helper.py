"""The reply helper: pick a narrative and a channel, get the reply types in order
and the sample replies of the live playbooks, in the reader's language.

``ReplyHelperPanel`` sits on the admin forms of activities and results (it
prefills the narrative and channel from the record); ``reply_helper_view``
answers the panel with an HTML fragment (``static/js/reply-helper.js`` fetches
it: no inline script, so the admin's CSP holds). Only live playbooks the access
layer lets the user read are shown; the view costs a fixed number of queries.
"""

from operator import attrgetter

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from audiences import access
from audiences.models import Organisation
from audiences.names import active_language, sort_localized
from content.selectors.help import help_links

LANGUAGES = ("kk", "ru", "en")


def _prefill(instance, path):
    """The id at ``path`` ("message.narrative_id") of ``instance``, or None."""
    if instance is None or not path:
        return None
    try:
        return attrgetter(path)(instance)
    except AttributeError:
        return None


class ReplyHelperPanel(Panel):
    """A read-only panel: the reply helper, prefilled from the record."""

    def __init__(self, narrative=None, channel=None, **kwargs):
        kwargs.setdefault("heading", _("Reply helper"))
        super().__init__(**kwargs)
        self.narrative = narrative
        self.channel = channel

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(narrative=self.narrative, channel=self.channel)
        return kwargs

    @property
    def clean_name(self):
        return super().clean_name or "reply_helper"

    class BoundPanel(Panel.BoundPanel):
        template_name = "content/admin/reply_helper_panel.html"

        def get_context_data(self, parent_context=None):
            from audiences.models import Channel, default_locale_taxonomy
            from content.models import NarrativeCountered

            context = super().get_context_data(parent_context)
            context["narratives"] = NarrativeCountered.objects.filter(
                default_locale_taxonomy()
            ).order_by("number")
            context["channels"] = sort_localized(
                Channel.objects.filter(default_locale_taxonomy())
            )
            context["narrative_id"] = _prefill(self.instance, self.panel.narrative)
            context["channel_id"] = _prefill(self.instance, self.panel.channel)
            context["helper_url"] = reverse("kopir_reply_helper")
            context["panel_id"] = f"reply-helper-{self.prefix}"
            return context


def live_playbooks(user, *, narrative_id, channel_id=None, language):
    """The live playbooks ``user`` may read for the narrative in ``language``:
    those for the channel first, then those for any channel. Three queries."""
    from content.models import PlaybookStep, ReplyPlaybook, SampleReply

    playbooks = ReplyPlaybook.objects.filter(
        live=True, narrative_id=narrative_id, locale__language_code=language
    )
    if channel_id:
        playbooks = playbooks.filter(Q(channel_id=channel_id) | Q(channel=None))
    playbooks = (
        access.visible(user, playbooks)
        .select_related("organisation")
        .prefetch_related(
            Prefetch(
                "steps",
                queryset=PlaybookStep.objects.select_related("reply_type").order_by(
                    "sort_order", "pk"
                ),
            ),
            Prefetch(
                "samples",
                queryset=SampleReply.objects.select_related("reply_type").order_by(
                    "sort_order", "pk"
                ),
            ),
        )
    )
    return sorted(playbooks, key=lambda p: (p.channel_id is None, p.title))


def _row_id(value):
    """A primary key from a query parameter, or None: ASCII digits only, and
    small enough for every database (a 30-digit id must not reach SQLite)."""
    if value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    return None


@login_required
def reply_helper_view(request):
    """The helper's answer for ``?narrative=&channel=`` as an HTML fragment."""
    from content.models import NarrativeCountered, ReplyType

    narrative_id = _row_id(request.GET.get("narrative", ""))
    channel_id = _row_id(request.GET.get("channel", ""))
    language = request.GET.get("lang", "") or active_language()
    if language not in LANGUAGES:
        language = active_language()
    narrative = None
    playbooks = []
    types = {}
    if narrative_id is not None:
        narrative = NarrativeCountered.objects.filter(pk=narrative_id).first()
    if narrative is not None:
        playbooks = live_playbooks(
            request.user,
            narrative_id=narrative.pk,
            channel_id=channel_id,
            language=language,
        )
        keys = {
            step.reply_type.translation_key for p in playbooks for step in p.steps.all()
        }
        # The reply types in the reader's language (a step may name another's).
        if keys:
            types = {
                t.translation_key: t
                for t in ReplyType.objects.filter(
                    translation_key__in=keys, locale__language_code=language
                )
            }
    for playbook in playbooks:
        playbook.ordered_types = [
            types.get(step.reply_type.translation_key, step.reply_type)
            for step in playbook.steps.all()
        ]
    # "When to refer" points at the public help pages: the nationwide one and
    # those of the regions of the reader's organisations.
    help_pages = []
    if playbooks:
        regions = Organisation.objects.filter(
            pk__in=access.organisation_ids(request.user, *access.MEMBERS)
        ).values_list("region_id", flat=True)
        help_pages = help_links(
            target_group_ids=[], region_ids=list(regions), language=language
        )
    return render(
        request,
        "content/admin/reply_helper_result.html",
        {
            "narrative": narrative,
            "playbooks": playbooks,
            "language": language,
            "help_pages": help_pages,
        },
    )
