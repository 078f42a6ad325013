"""The campaign planner's demo (``plans.yaml``, ``messengers.yaml``): the
organisations' messengers, one worked plan, one deliberately incomplete draft and
the NGO's draft.

Dates in the data are days from the day of seeding, so the calendar always has
something to show. A plan is replaced on every run (matched by title and
organisation); its first revision is saved, and published, as in the admin.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from audiences.models import Channel, Messenger, Organisation, TargetGroup
from campaigns.demo.data import load
from campaigns.models import (
    Activity,
    Adjustment,
    CampaignPlan,
    Indicator,
    Message,
    PlanAudience,
    ResultEntry,
    Risk,
)
from content.models import MaterialPage, NarrativeCountered, Theme

PLAN_FIELDS = (
    "title",
    "status",
    "problem",
    "change_sought",
    "objective",
    "call_to_action",
    "dialogue",
    "referral",
    "lessons_learned",
    "live",
)


def _ru(model, slug):
    return model.objects.get(slug=slug, locale__language_code="ru")


def _material(spec):
    return (
        MaterialPage.objects.live()
        .filter(slug=spec["slug"], locale__language_code=spec["language"])
        .first()
    )


def _at(day, clock):
    return timezone.make_aware(datetime.combine(day, time.fromisoformat(clock)))


def seed_messengers():
    locales = {loc.language_code: loc for loc in Locale.objects.all()}
    result = {}
    for item in load("messengers")["messengers"]:
        defaults = {
            key: value
            for key, value in item.items()
            if key not in ("organisation", "public_name", "languages")
        }
        messenger, _created = Messenger.objects.update_or_create(
            organisation=Organisation.objects.get(slug=item["organisation"]),
            public_name=item["public_name"],
            defaults=defaults,
        )
        messenger.languages.set(
            [locales[code] for code in item["languages"] if code in locales]
        )
        messenger.save()
        result[item["public_name"]] = messenger
    return result


def seed_campaigns(users):
    """The demo plans, in the order of ``plans.yaml``."""
    messengers = seed_messengers()
    return [seed_plan(spec, users, messengers) for spec in load("plans")["plans"]]


def seed_plan(spec, users, messengers):
    organisation = Organisation.objects.get(slug=spec["organisation"])
    for plan in CampaignPlan.objects.filter(
        title=spec["title"], organisation=organisation
    ):
        plan.delete()
    today = timezone.localdate()
    fields = {key: spec[key] for key in PLAN_FIELDS if key in spec}
    if "budget" in spec:
        fields["budget"] = Decimal(spec["budget"])
    plan = CampaignPlan.objects.create(
        organisation=organisation,
        starts_on=today + timedelta(days=spec["starts_on"]),
        ends_on=today + timedelta(days=spec["ends_on"]),
        **fields,
    )
    if "partners" in spec:
        plan.partners.set(Organisation.objects.filter(slug__in=spec["partners"]))
    one_by_one = spec.get("saved_one_by_one", [])
    _save(
        PlanAudience,
        [_audience(plan, row) for row in spec.get("audiences", [])],
        "audiences" in one_by_one,
    )
    messages = {
        row["key"]: _message(plan, row, messengers) for row in spec.get("messages", [])
    }
    _save(Risk, [Risk(plan=plan, **row) for row in spec.get("risks", [])])
    _save(Indicator, [_indicator(plan, row) for row in spec.get("indicators", [])])
    activities = [
        _activity(plan, row, messages, messengers, users, today)
        for row in spec.get("activities", [])
    ]
    _save(
        Activity,
        [activity for activity in activities if activity is not None],
        "activities" in one_by_one,
    )
    if "results" in spec:
        ResultEntry.objects.bulk_create(_results(plan, spec["results"], today))
    for row in spec.get("adjustments", []):
        Adjustment.objects.create(
            plan=plan,
            date=today + timedelta(days=row["day"]),
            what_changed=row["what_changed"],
            why=row["why"],
            author=users.get(row["author"]),
        )
    revision = spec["revision"]
    author = users.get(revision["by"]) if "by" in revision else None
    saved = plan.save_revision(user=author)
    if revision.get("publish"):
        saved.publish(user=author, skip_permission_checks=True)
    return plan


def _save(model, rows, one_by_one=False):
    """Insert ``rows``: in one query, or saved one at a time as the admin does."""
    if not rows:
        return
    if one_by_one:
        for row in rows:
            row.save()
    else:
        model.objects.bulk_create(rows)


def _audience(plan, row):
    values = {key: value for key, value in row.items() if key != "target_group"}
    return PlanAudience(
        plan=plan, target_group=_ru(TargetGroup, row["target_group"]), **values
    )


def _message(plan, row, messengers):
    fields = {
        key: row[key]
        for key in ("sort_order", "headline", "text", "tone")
        if key in row
    }
    message = Message.objects.create(
        plan=plan,
        language=Locale.objects.get(language_code=row["language"]),
        target_group=_ru(TargetGroup, row["target_group"]),
        narrative=_ru(NarrativeCountered, row["narrative"]),
        value=_ru(Theme, row["value"]) if "value" in row else None,
        **fields,
    )
    message.channels.set([_ru(Channel, slug) for slug in row["channels"]])
    if "messengers" in row:
        message.messengers.set([messengers[name] for name in row["messengers"]])
    message.save()
    return message


def _indicator(plan, row):
    values = dict(row)
    if "measured" in values:
        values["measured"] = Decimal(values["measured"])
    return Indicator(plan=plan, **values)


def _activity(plan, row, messages, messengers, users, today):
    """One activity of ``plan``, or None for a civic date outside the plan."""
    day = today + timedelta(days=row["day"])
    if "civic_date" in row:
        civic = date(today.year, row["civic_date"]["month"], row["civic_date"]["day"])
        if not plan.starts_on <= civic <= plan.ends_on:
            return None
        day = civic + timedelta(days=row["day"])
    starts_at = _at(day, row["time"])
    status = row["status"]
    if row.get("done_if_past") and day < today:
        status = Activity.Status.DONE
    fields = {"title": row["title"], "starts_at": starts_at, "status": status}
    if row.get("goes_live"):
        fields["go_live_at"] = starts_at
    if "message" in row:
        fields["message"] = messages[row["message"]]
    if "messenger" in row:
        fields["messenger"] = messengers[row["messenger"]]
    if "material" in row:
        fields["material"] = _material(row["material"])
    if "owner" in row:
        fields["owner"] = users.get(row["owner"])
    if "cost" in row:
        fields["cost"] = Decimal(row["cost"])
    if "repeat" in row:
        fields["repeat"] = row["repeat"]
        fields["repeat_until"] = today + timedelta(days=row["repeat_until"])
    if "notes" in row:
        fields["notes"] = row["notes"]
    return Activity(
        plan=plan,
        target_group=_ru(TargetGroup, row["target_group"]),
        channel=_ru(Channel, row["channel"]),
        **fields,
    )


def _results(plan, spec, today):
    """Figures for the meetings already held and the videos' past weeks."""
    meetings = _ru(Channel, spec["meetings"]["channel"])
    videos = _ru(Channel, spec["videos"]["channel"])
    results = []
    for activity in plan.activities.all():
        if activity.channel_id == meetings.pk and activity.status == "done":
            day = timezone.localtime(activity.starts_at).date()
            results.append(
                ResultEntry(
                    activity=activity,
                    date=day,
                    attendance=95 + activity.pk % 40,
                    comments=18 + activity.pk % 9,
                    qr_scans=22 + activity.pk % 15,
                    sentiment=spec["meetings"]["sentiment"],
                )
            )
        elif activity.channel_id == videos.pk:
            first = timezone.localtime(activity.starts_at).date()
            step = 7 if activity.repeat == Activity.Repeat.WEEKLY else 14
            for week in range(0, 30, step):
                day = first + timedelta(days=week)
                if day >= today:
                    break
                results.append(
                    ResultEntry(
                        activity=activity,
                        date=day,
                        reach=3200 + week * 40,
                        impressions=11000 + week * 150,
                        engagement=240 + week * 3,
                        comments=21 + week % 5,
                        sentiment=spec["videos"]["sentiment"],
                    )
                )
    return results
