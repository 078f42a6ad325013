"""Demo of the reply playbooks (``replies.yaml``): the eight reply types, one
example playbook per narrative in kk/ru/en taken through the review workflow
like the demo's materials, one draft for a channel (private to its
organisation), and a few demo results that recorded replies.

Idempotent: reply types are brought up to date; a playbook already there (same
organisation, narrative and language) is left in whatever state it reached; the
results belong to plans that ``seed_campaigns`` recreates on every run.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from audiences.factories import LANGUAGE_CODES
from audiences.models import Channel, Organisation
from campaigns.demo.data import load
from campaigns.demo.review import _answers
from campaigns.demo.taxonomy import upsert_translated
from campaigns.models import ResultEntry
from content.models import (
    NarrativeCountered,
    PlaybookStep,
    ReplyPlaybook,
    ReplyType,
    SampleReply,
)
from content.models.review import ChecklistItem

TYPE_FIELDS = ("name", "what_it_is", "when_it_works", "when_it_backfires")
SOURCE_LANGUAGE = "ru"


def seed_reply_types(data):
    """``{slug: {code: ReplyType}}`` for the eight reply types."""
    return {
        row["slug"]: upsert_translated(
            ReplyType,
            slug=row["slug"],
            names={
                code: {f: row[code][f] for f in TYPE_FIELDS} for code in LANGUAGE_CODES
            },
            source=row["source"],
            sort_order=order * 10,
        )
        for order, row in enumerate(data["reply_types"], start=1)
    }


def _approve(playbook, author, reviewer, items):
    """Submit ``playbook`` as its author and approve it as the reviewer, with the
    review checklist, exactly as in the admin (the approval publishes it)."""
    workflow = playbook.get_workflow()
    if workflow is None:
        return
    workflow.start(playbook, author)
    playbook.refresh_from_db()
    state = playbook.current_workflow_task_state.specific
    task = state.task.specific
    task.on_action(
        state,
        reviewer,
        "approve",
        **_answers(items, comment="Demo: reviewed example playbook."),
    )


def seed_playbook(spec, data, types, organisation, author, reviewer, items):
    """One playbook in three languages (one translation key); the existing ones stay."""
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGE_CODES}
    narrative = NarrativeCountered.objects.get(
        slug=spec["narrative"], locale__language_code=SOURCE_LANGUAGE
    )
    channel = None
    if spec.get("channel"):
        channel = Channel.objects.get(
            slug=spec["channel"], locale__language_code=SOURCE_LANGUAGE
        )
    existing = {
        p.locale.language_code: p
        for p in ReplyPlaybook.objects.filter(
            organisation=organisation, narrative=narrative, channel=channel
        ).select_related("locale")
    }
    source = existing.get(SOURCE_LANGUAGE)
    created = 0
    for code in (SOURCE_LANGUAGE, *[c for c in LANGUAGE_CODES if c != SOURCE_LANGUAGE]):
        if code in existing:
            continue
        text, common = spec[code], data["common"][code]
        playbook = ReplyPlaybook(
            locale=locales[code],
            organisation=organisation,
            narrative=narrative,
            channel=channel,
            title=text["title"],
            how_it_appears=text["how_it_appears"],
            stop_engaging=common["stop_engaging"],
            refer=common["refer"],
            safety=common["safety"],
            live=False,
        )
        if source is not None:
            playbook.translation_key = source.translation_key
        playbook.steps = [
            PlaybookStep(reply_type=types[slug][code], sort_order=order)
            for order, slug in enumerate(spec["steps"])
        ]
        playbook.samples = [
            SampleReply(
                reply_type=types[sample["type"]][code],
                text=sample["text"],
                sort_order=order,
            )
            for order, sample in enumerate(text["samples"])
        ]
        playbook.full_clean()
        playbook.save()
        playbook.save_revision(user=author)
        if spec.get("state") != "draft":
            _approve(playbook, author, reviewer, items)
        source = source or playbook
        created += 1
    return created


def seed_result_replies(data, types):
    """The first results of the demo plans record reply types and a tone."""
    results = list(
        ResultEntry.objects.filter(
            activity__plan__organisation__slug=data["organisation"]
        ).order_by("date", "pk")[: len(data["results"])]
    )
    for result, spec in zip(results, data["results"], strict=False):
        result.tone = spec["tone"]
        result.save(update_fields=["tone"])
        result.reply_types.set(
            [types[slug][SOURCE_LANGUAGE] for slug in spec["reply_types"]]
        )
    return len(results)


def seed_replies():
    """Everything in ``replies.yaml``; returns a line for the command's report."""
    data = load("replies")
    types = seed_reply_types(data)
    users = get_user_model().objects.in_bulk(
        [data["author"], data["reviewer"]], field_name="username"
    )
    organisation = Organisation.objects.get(slug=data["organisation"])
    items = list(ChecklistItem.objects.filter(active=True))
    created = sum(
        seed_playbook(
            spec,
            data,
            types,
            organisation,
            users[data["author"]],
            users[data["reviewer"]],
            items,
        )
        for spec in data["playbooks"]
    )
    results = seed_result_replies(data, types)
    live = ReplyPlaybook.objects.filter(live=True).count()
    return (
        f"  Reply playbooks: {len(types)} reply types, {live} live playbooks "
        f"({created} new this run), {results} results with replies recorded "
        "(Narratives & themes → Reply playbooks; the reply helper is on "
        "activities and results)."
    )
