"""What every planner record shares: querysets that go through the access layer."""

from django.core.validators import MinValueValidator
from django.db import models

from audiences import access

NON_NEGATIVE = [MinValueValidator(0)]


class OwnedQuerySet(models.QuerySet):
    """Rows the access layer lets ``user`` reach (its rules: ``campaigns/apps.py``)."""

    def for_user(self, user, action=access.VIEW):
        return access.visible(user, self, action)


class PlanQuerySet(OwnedQuerySet):
    pass


class ActivityQuerySet(OwnedQuerySet):
    def for_calendar(self):
        """What the calendar and the feed show, in one query."""
        return self.select_related(
            "plan", "channel", "target_group", "messenger", "material"
        ).only(
            "title",
            "status",
            "starts_at",
            "repeat",
            "repeat_until",
            "plan__title",
            "plan__organisation_id",
            "channel__name",
            "channel__kind",
            "channel__translation_key",
            "target_group__name",
            "target_group__translation_key",
            "messenger__public_name",
            "messenger__kind",
            "messenger__identity_public",
            "material__title",
        )


class ResultQuerySet(OwnedQuerySet):
    pass


class AdjustmentQuerySet(OwnedQuerySet):
    pass
