"""The plan check: every gap between a plan and the brief's recommendations, named.

``plans_with_checks`` loads any number of plans with a fixed number of queries and
sets ``plan.gaps`` on each; ``plan_gaps`` works on one loaded plan.
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from audiences.models import Channel, Messenger
from campaigns.models.activity import Activity

# The plan's parts without its activities (the plan page pages through those).
PARTS_PREFETCH = (
    "audiences__target_group__languages",
    "audiences__target_group__media_habits__channel",
    "messages__language",
    "messages__target_group__media_habits__channel",
    "messages__narrative",
    "messages__value",
    "messages__channels",
    "messages__messengers",
    "indicators",
    "risks",
)
PLAN_PREFETCH = (
    *PARTS_PREFETCH,
    Prefetch(
        "activities",
        queryset=Activity.objects.select_related(
            "material__locale", "channel", "messenger", "target_group", "message"
        ).prefetch_related("target_group__languages"),
    ),
)


@dataclass(frozen=True)
class Gap:
    section: str  # anchor of the part of the plan to fix
    text: str


def plans_with_checks(queryset):
    plans = list(
        queryset.select_related("organisation").prefetch_related(*PLAN_PREFETCH)
    )
    for plan in plans:
        plan.gaps = plan_gaps(plan)
    return plans


def _habit_gap(target_group, channel):
    """A gap when an online channel is not among the group's recorded habits."""
    if channel.kind == Channel.Kind.OFFLINE:
        return None
    habits = list(target_group.media_habits.all())
    if not habits:
        return None
    if any(h.channel.translation_key == channel.translation_key for h in habits):
        return None
    recorded = ", ".join(
        f"{h.channel.localized_name} {float(h.share):g}%" for h in habits
    )
    return Gap(
        "messages",
        _(
            "%(channel)s is not among the media habits recorded for %(group)s "
            "(recorded: %(recorded)s; source: %(source)s)."
        )
        % {
            "channel": channel.localized_name,
            "group": target_group.localized_name,
            "recorded": recorded,
            "source": habits[0].source,
        },
    )


def _messenger_gaps(messenger):
    gaps = []
    if not messenger.consent_recorded:
        gaps.append(
            Gap(
                "messages",
                _("%(messenger)s has no recorded consent.")
                % {"messenger": messenger.public_label},
            )
        )
    if messenger.safety_risk == Messenger.Risk.HIGH and messenger.identity_public:
        gaps.append(
            Gap(
                "messages",
                _("%(messenger)s is at high safety risk and their identity is public.")
                % {"messenger": messenger.public_label},
            )
        )
    return gaps


def activity_gap(activity):
    """The gap of one activity (not cancelled): no material, or one in a language
    its target group does not read. Needs ``material__locale`` and the group's
    languages loaded."""
    if not activity.material_id:
        return Gap(
            "activities",
            _("Activity “%(title)s” has no material from the library.")
            % {"title": activity.title},
        )
    if activity.material_language_ok is False:
        languages = ", ".join(
            locale.get_display_name()
            for locale in activity.target_group.languages.all()
        )
        return Gap(
            "activities",
            _(
                "Activity “%(title)s” uses a material in %(language)s; "
                "%(group)s reads %(languages)s."
            )
            % {
                "title": activity.title,
                "language": activity.material.locale.get_display_name(),
                "group": activity.target_group.localized_name,
                "languages": languages,
            },
        )
    return None


def activity_gaps(activities):
    """(gaps, messengers) of the activities: their gaps, and the messengers they use."""
    gaps, messengers = [], []
    for activity in activities:
        if activity.status == Activity.Status.CANCELLED:
            continue
        if activity.messenger_id:
            messengers.append(activity.messenger)
        gap = activity_gap(activity)
        if gap:
            gaps.append(gap)
    return gaps, messengers


def plan_gaps(plan, activity_part=None):
    """The gaps of a plan loaded with ``PLAN_PREFETCH`` (or lazily, one by one).

    ``activity_part`` is what ``activity_gaps`` would find, worked out elsewhere (the
    plan page asks the database for the first few gaps and their number instead).
    """
    gaps = []
    messages = list(plan.messages.all())
    activities = (
        list(plan.activities.all()) if plan.pk and activity_part is None else []
    )
    audiences = list(plan.audiences.all())
    if not audiences:
        gaps.append(Gap("audience", _("No target group is defined.")))
    for audience in audiences:
        group = audience.target_group
        if not any(m.target_group_id == group.pk for m in messages):
            gaps.append(
                Gap(
                    "audience",
                    _("%(group)s has no message.") % {"group": group.localized_name},
                )
            )

    messengers = {}
    habit_gaps = {}
    for message in messages:
        channels = list(message.channels.all())
        if not channels:
            gaps.append(
                Gap(
                    "messages",
                    _("Message “%(headline)s” has no channel.")
                    % {"headline": message.headline},
                )
            )
        if not message.messengers.all():
            gaps.append(
                Gap(
                    "messages",
                    _("Message “%(headline)s” has no messenger.")
                    % {"headline": message.headline},
                )
            )
        for messenger in message.messengers.all():
            messengers[messenger.pk] = messenger
        for channel in channels:
            key = (message.target_group_id, channel.translation_key)
            if key not in habit_gaps:
                habit_gaps[key] = _habit_gap(message.target_group, channel)

    if activity_part is None:
        activity_part = activity_gaps(activities)
    found, used = activity_part
    gaps.extend(found)
    for messenger in used:
        messengers[messenger.pk] = messenger

    gaps.extend(gap for gap in habit_gaps.values() if gap)

    indicators = list(plan.indicators.all())
    if not plan.objective.strip():
        gaps.append(Gap("goal", _("There is no measurable objective.")))
    elif not indicators:
        gaps.append(
            Gap(
                "goal",
                _("The objective has no indicator: it is a vision, not a goal."),
            )
        )
    if indicators and all(indicator.vanity for indicator in indicators):
        gaps.append(
            Gap(
                "indicators",
                _(
                    "Every indicator is a vanity metric; add one that shows "
                    "engagement or change."
                ),
            )
        )
    for messenger in sorted(messengers.values(), key=lambda m: m.public_name):
        gaps.extend(_messenger_gaps(messenger))
    if not plan.risks.all():
        gaps.append(Gap("risks", _("No risk is assessed.")))
    return gaps
