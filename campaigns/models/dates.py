"""Civic dates on every planner's calendar, and the private addresses of iCal feeds."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)

from campaigns import recurrence


class CivicDate(models.Model):
    """A date in Kazakhstan's civic or religious calendar, shown on the calendar."""

    class Kind(models.TextChoices):
        CIVIC = "civic", _("Civic holiday")
        RELIGIOUS = "religious", _("Religious holiday")
        OTHER = "other", _("Other date")

    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ru = models.CharField(_("name (Russian)"), max_length=120)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    starts_on = models.DateField(_("date"))
    ends_on = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("For holidays of several days."),
    )
    yearly = models.BooleanField(
        _("same date every year"),
        default=True,
        help_text=_(
            "Off for holidays whose date moves (Oraza ait, Kurban ait): enter them "
            "for each year."
        ),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldPanel("name_kk"),
        FieldPanel("name_ru"),
        FieldPanel("name_en"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("yearly"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["starts_on"]
        verbose_name = _("civic date")
        verbose_name_plural = _("civic dates")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return getattr(self, f"name_{(get_language() or 'ru')[:2]}", "") or self.name_en

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day is before the first.")})
        if (
            self.yearly
            and self.ends_on
            and self.starts_on
            and (self.ends_on - self.starts_on).days > 31
        ):
            raise ValidationError(
                {"ends_on": _("A yearly date lasts a month at most.")}
            )

    def days_between(self, first, last):
        """The days of this date that fall within [first, last]."""
        return recurrence.civic_days(
            self.starts_on, self.ends_on, self.yearly, first, last
        )


class CalendarFeed(models.Model):
    """A personal, secret iCal address. Resetting it revokes the old one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("calendar feed")

    def __str__(self):
        return f"calendar feed of {self.user}"

    @classmethod
    def issue(cls, user):
        token = secrets.token_urlsafe(32)
        feed, _created = cls.objects.update_or_create(
            user=user, defaults={"token": token, "created_at": timezone.now()}
        )
        return feed
