"""Activities of a plan from a spreadsheet: one row, one activity."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy

from audiences.models import Channel, TargetGroup
from campaigns.imports.common import (
    NOTES_MAX,
    PlanImporter,
    by_slug,
    message,
    parse_moment,
    whole,
)
from campaigns.models import Activity
from content.imports.registry import Column, Item, content_key, missing_columns


class ActivityImporter(PlanImporter):
    kind = "activities"
    label = _("Campaign activities")
    sheet = "Activities"
    model = Activity
    create_label = ngettext_lazy(
        "Create %(count)s activity", "Create %(count)s activities", "count"
    )
    columns = [
        Column(
            "title",
            gettext_noop("What is done, at most 200 characters."),
            True,
            width=30,
        ),
        Column(
            "starts_at",
            gettext_noop("When: 2026-11-05 18:00 (or a date)."),
            True,
            width=18,
        ),
        Column("channel", gettext_noop("The slug of a channel."), True, "channels"),
        Column(
            "target_group",
            gettext_noop("The slug of a target group."),
            True,
            "target_groups",
        ),
        Column(
            "status",
            gettext_noop("idea, planned (when empty), ready, done or cancelled."),
            False,
            "statuses",
        ),
        Column("cost", gettext_noop("Cost in tenge, a number."), width=12),
        Column(
            "notes",
            gettext_noop("Internal notes: only your organisation's planners see them."),
            width=40,
        ),
    ]

    def lists(self, organisation):
        code = settings.LANGUAGE_CODE
        return {
            "channels": list(
                Channel.objects.filter(locale__language_code=code)
                .order_by("slug")
                .values_list("slug", flat=True)
            ),
            "target_groups": list(
                TargetGroup.objects.filter(locale__language_code=code)
                .order_by("slug")
                .values_list("slug", flat=True)
            ),
            "statuses": list(Activity.Status.values),
        }

    def check(self, job, table, report, progress):
        self.headers(table)
        if missing_columns(self, table, report):
            return []
        plan = self.plan(job)
        if plan is None:
            report.error(
                None,
                None,
                message(gettext_noop("Choose a campaign plan of this organisation.")),
            )
            return []
        channels = by_slug(Channel)
        groups = by_slug(TargetGroup)
        items = []
        for number, row in table.rows:
            cells = {c.key: (row.get(c.key) or "").strip() for c in self.columns}
            errors = []

            def error(column, msgid, errors=errors, **params):
                errors.append((column, message(msgid, **params)))

            if not cells["title"]:
                error("title", gettext_noop("this cell is required"))
            elif len(cells["title"]) > 200:
                error(
                    "title",
                    gettext_noop("at most %(limit)s characters (this has %(length)s)"),
                    limit=200,
                    length=len(cells["title"]),
                )
            starts = parse_moment(cells["starts_at"])
            if starts is None:
                error(
                    "starts_at",
                    gettext_noop(
                        "“%(value)s” is not a date and time such as 2026-11-05 18:00"
                    ),
                    value=cells["starts_at"][:30],
                )
            elif (
                not plan.starts_on <= timezone.localtime(starts).date() <= plan.ends_on
            ):
                error(
                    "starts_at",
                    gettext_noop(
                        "the campaign runs from %(start)s to %(end)s; this is "
                        "outside it"
                    ),
                    start=plan.starts_on.isoformat(),
                    end=plan.ends_on.isoformat(),
                )
            channel = channels.get(cells["channel"])
            if channel is None:
                error(
                    "channel",
                    gettext_noop("no channel with the slug “%(slug)s”"),
                    slug=cells["channel"][:80],
                )
            group = groups.get(cells["target_group"])
            if group is None:
                error(
                    "target_group",
                    gettext_noop("no target group with the slug “%(slug)s”"),
                    slug=cells["target_group"][:80],
                )
            status = cells["status"] or Activity.Status.PLANNED
            if status not in Activity.Status.values:
                error(
                    "status",
                    gettext_noop("“%(value)s” is not a status of the list"),
                    value=status[:30],
                )
            try:
                cost = whole(cells["cost"].replace(".00", "")) or 0
            except ValueError:
                cost = 0
                error(
                    "cost",
                    gettext_noop("“%(value)s” is not a whole number"),
                    value=cells["cost"][:30],
                )
            if len(cells["notes"]) > NOTES_MAX:
                # The notes are private: their length only, never their text.
                error(
                    "notes", gettext_noop("the notes are longer than 10,000 characters")
                )
            for column, problem in errors:
                report.error(number, column, problem)
            if errors:
                continue
            key = content_key(plan.pk, cells)
            items.append(
                Item(
                    key=key,
                    rows=[number],
                    label=cells["title"],
                    data={
                        "title": cells["title"],
                        "starts_at": starts,
                        "channel": channel,
                        "target_group": group,
                        "status": status,
                        "cost": cost,
                        "notes": cells["notes"],
                    },
                )
            )
        self.existing(job, items, report)
        report.summary["rows"] = len(table.rows)
        return items

    def create(self, job, items, report, progress):
        plan = self.plan(job)
        created = 0
        for item in items:
            if item.existing:
                continue
            activity = Activity.objects.create(
                plan=plan, owner=job.created_by, **item.data
            )
            self.remember(job, item, activity, item.label)
            created += 1
        return created
