"""Results of a plan's activities from a spreadsheet or a platform's statistics
export: one row, one result of one activity."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy

from audiences import access
from campaigns.imports.common import (
    NOTES_MAX,
    PlanImporter,
    message,
    parse_date,
    whole,
)
from campaigns.models import Activity, ResultEntry
from content.imports.registry import Column, Item, content_key, missing_columns


class ResultImporter(PlanImporter):
    kind = "results"
    label = _("Campaign results")
    sheet = "Results"
    model = ResultEntry
    create_label = ngettext_lazy(
        "Create %(count)s result", "Create %(count)s results", "count"
    )
    columns = [
        Column(
            "activity",
            gettext_noop(
                "The activity's title or number in the plan; empty: the "
                "activity chosen on the upload form."
            ),
            width=30,
        ),
        Column(
            "date",
            gettext_noop("The day measured: 2026-11-05 or 05.11.2026."),
            True,
            width=12,
        ),
        *(
            Column(name, gettext_noop("A whole number, or empty."), width=12)
            for name in ResultEntry.FIGURES
        ),
        Column(
            "sentiment",
            gettext_noop("Comments and sentiment notes (private)."),
            width=30,
        ),
        Column("notes", gettext_noop("Internal notes (private)."), width=30),
    ]

    def options(self, user):
        options = super().options(user)
        activities = (
            Activity.objects.for_user(user, access.CHANGE)
            .select_related("plan")
            .order_by("plan__title", "starts_at")
        )
        options["activity"] = (
            _("Activity (when the file has no activity column)"),
            [("", "—")] + [(a.pk, f"{a.plan.title} › {a.title}") for a in activities],
            False,
        )
        return options

    def check_options(self, user, organisation, options):
        problem = super().check_options(user, organisation, options)
        activities = Activity.objects.for_user(user, access.CHANGE)
        if (
            problem is None
            and options.get("activity")
            and not activities.filter(
                pk=options["activity"], plan=options.get("plan")
            ).exists()
        ):
            return message(gettext_noop("Choose an activity of this plan."))
        return problem

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
        activities = list(Activity.objects.filter(plan=plan).only("pk", "title"))
        by_id = {str(a.pk): a for a in activities}
        by_title = {}
        for a in activities:
            by_title.setdefault(a.title.strip().lower(), []).append(a)
        chosen = by_id.get(str(job.options.get("activity") or ""))
        today = timezone.localdate()
        items = []
        for number, row in table.rows:
            cells = {c.key: (row.get(c.key) or "").strip() for c in self.columns}
            errors = []

            def error(column, msgid, errors=errors, **params):
                errors.append((column, message(msgid, **params)))

            name = cells["activity"]
            activity = chosen if not name else by_id.get(name)
            if name and activity is None:
                found = by_title.get(name.lower(), [])
                if len(found) == 1:
                    activity = found[0]
                elif found:
                    error(
                        "activity",
                        gettext_noop(
                            "several activities are called “%(value)s”: use its number"
                        ),
                        value=name[:80],
                    )
            if activity is None and not errors:
                if name:
                    error(
                        "activity",
                        gettext_noop("no activity “%(value)s” in this plan"),
                        value=name[:80],
                    )
                else:
                    error(
                        "activity",
                        gettext_noop(
                            "name the activity, or choose one on the upload form"
                        ),
                    )
            day = parse_date(cells["date"])
            if day is None:
                error(
                    "date",
                    gettext_noop("“%(value)s” is not a date such as 2026-11-05"),
                    value=cells["date"][:30],
                )
            elif day > today:
                error("date", gettext_noop("results cannot be entered ahead"))
            elif day < plan.starts_on:
                error(
                    "date",
                    gettext_noop("this is before the campaign started (%(start)s)"),
                    start=plan.starts_on.isoformat(),
                )
            elif (
                activity is not None
                and day < timezone.localtime(activity.starts_at).date()
            ):
                error(
                    "date",
                    gettext_noop("this is before the activity took place (%(start)s)"),
                    start=timezone.localtime(activity.starts_at).date().isoformat(),
                )
            figures = {}
            for figure in ResultEntry.FIGURES:
                try:
                    figures[figure] = whole(cells[figure])
                except ValueError:
                    error(
                        figure,
                        gettext_noop("“%(value)s” is not a whole number"),
                        value=cells[figure][:30],
                    )
            for private in ("notes", "sentiment"):
                if len(cells[private]) > NOTES_MAX:
                    error(
                        private,
                        gettext_noop("the notes are longer than 10,000 characters"),
                    )
            for column, problem in errors:
                report.error(number, column, problem)
            if errors:
                continue
            key = content_key(
                activity.pk,
                day.isoformat(),
                figures,
                cells["notes"],
                cells["sentiment"],
            )
            items.append(
                Item(
                    key=key,
                    rows=[number],
                    label=f"{activity.title} · {day.isoformat()}",
                    data={
                        "activity": activity,
                        "date": day,
                        "notes": cells["notes"],
                        "sentiment": cells["sentiment"],
                        **figures,
                    },
                )
            )
        self.existing(job, items, report)
        report.summary["rows"] = len(table.rows)
        return items

    def create(self, job, items, report, progress):
        created = 0
        for item in items:
            if item.existing:
                continue
            result = ResultEntry.objects.create(**item.data)
            self.remember(job, item, result, item.label)
            created += 1
        return created

    def sample_rows(self):
        return []
