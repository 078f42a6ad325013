"""What the plan's importers share: the plan option, platform column names,
dates and numbers, and the keys of what was imported."""

import datetime
import re

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from audiences import access
from campaigns.models import CampaignPlan
from content.imports.registry import (
    Importer,
)
from content.models import ImportedItem
from content.printing.errors import Message

# Column names of platform exports, as they arrive (lower case).
ALIASES = {
    "дата": "date",
    "day": "date",
    "охват": "reach",
    "accounts reached": "reach",
    "показы": "impressions",
    "просмотры": "impressions",
    "views": "impressions",
    "вовлечённость": "engagement",
    "вовлеченность": "engagement",
    "interactions": "engagement",
    "комментарии": "comments",
    "посещаемость": "attendance",
    "участники": "attendance",
    "qr": "qr_scans",
    "активность": "activity",
    "мероприятие": "activity",
}
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d %H:%M")
DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M")
NOTES_MAX = 10_000


def message(msgid, **params):
    return Message(msgid, **params)


def plans_for(user, organisation=None):
    plans = CampaignPlan.objects.for_user(user, access.CHANGE)
    if organisation is not None:
        plans = plans.filter(organisation=organisation)
    return plans.order_by("title")


def parse_date(text):
    text = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_moment(text):
    text = text.strip()
    for pattern in DATETIME_FORMATS:
        try:
            return timezone.make_aware(datetime.datetime.strptime(text, pattern))
        except ValueError:
            continue
    day = parse_date(text)
    if day is not None:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    return None


def whole(text):
    """A non-negative whole number ("1 234", "1,234", "1234.0"), None if empty;
    raises ValueError otherwise."""
    cleaned = re.sub(r"[\s\u00a0\u202f,']", "", text or "")
    if not cleaned:
        return None
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


class PlanImporter(Importer):
    roles = access.PLANNERS

    def options(self, user):
        plans = plans_for(user).select_related("organisation")
        return {
            "plan": (
                _("Campaign plan"),
                [(p.pk, f"{p.title} · {p.organisation.localized_name}") for p in plans],
                True,
            )
        }

    def check_options(self, user, organisation, options):
        if not plans_for(user, organisation).filter(pk=options.get("plan")).exists():
            return message(gettext_noop("Choose a campaign plan of this organisation."))
        return None

    def plan(self, job):
        return CampaignPlan.objects.filter(
            pk=job.options.get("plan"), organisation=job.organisation_id
        ).first()

    def headers(self, table):
        table.headers = [ALIASES.get(h, h) for h in table.headers]
        table.rows = [
            (number, {ALIASES.get(k, k): v for k, v in row.items()})
            for number, row in table.rows
        ]

    def existing(self, job, items, report):
        known = dict(
            ImportedItem.objects.filter(
                organisation=job.organisation_id,
                kind=self.kind,
                key__in=[item.key for item in items],
            ).values_list("key", "object_id")
        )
        alive = set(
            self.model.objects.filter(pk__in=known.values()).values_list(
                "pk", flat=True
            )
        )
        seen = set()
        for item in items:
            if known.get(item.key) in alive or item.key in seen:
                item.existing = True
                report.note(
                    item.rows[0],
                    message(gettext_noop("Already imported: nothing changes.")),
                )
            seen.add(item.key)
        new = [item for item in items if not item.existing]
        report.summary.update(
            rows=len(items), new=len(new), existing=len(items) - len(new)
        )

    def remember(self, job, item, obj, label):
        # A key whose row was deleted since is taken over by the new one.
        ImportedItem.objects.update_or_create(
            organisation=job.organisation,
            kind=self.kind,
            key=item.key,
            defaults={"job": job, "object_id": obj.pk, "label": label[:255]},
        )


def by_slug(model):
    """Default-language rows by slug (plans pick those; their translations share
    the key)."""
    return {
        row.slug: row
        for row in model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
