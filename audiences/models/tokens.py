"""Organisation API tokens: how another tool (a bot, a dashboard) reads an
organisation's activities and posts results without a person's password.

A token belongs to one organisation, carries scopes, and is stored only as a
SHA-256 digest of its secret: the secret is shown once, when it is made. An
organisation admin names, scopes and revokes its tokens; every call made with
one is written to the audit log (``audiences.api``).
"""

import hashlib
import secrets

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from audiences.models.organisations import Organisation

PREFIX = "kopir_"
SHOWN_CHARACTERS = 12


def digest(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self):
        now = timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    """One organisation's key for the API's organisation endpoints."""

    class Scope(models.TextChoices):
        READ_ACTIVITIES = "activities:read", _("Read activities and the calendar")
        WRITE_RESULTS = "results:write", _("Post results")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("What uses it, for example “Telegram bot of the Almaty group”."),
    )
    can_read_activities = models.BooleanField(
        _("read activities and the calendar"), default=True
    )
    can_write_results = models.BooleanField(_("post results"), default=False)
    expires_at = models.DateTimeField(
        _("expires at"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a token that lasts until it is revoked."),
    )
    # The secret's first characters, to tell tokens apart; never the rest.
    prefix = models.CharField(_("starts with"), max_length=20, editable=False)
    key_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    panels = [
        FieldPanel("organisation", widget=forms.Select),
        FieldPanel("name"),
        FieldPanel("can_read_activities"),
        FieldPanel("can_write_results"),
        FieldPanel("expires_at"),
        FieldPanel("revoke"),
    ]

    class Meta:
        ordering = ["organisation", "name", "pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def owning_organisation_id(self):
        return self.organisation_id

    @property
    def scopes(self):
        granted = []
        if self.can_read_activities:
            granted.append(self.Scope.READ_ACTIVITIES.value)
        if self.can_write_results:
            granted.append(self.Scope.WRITE_RESULTS.value)
        return granted

    @property
    def is_usable(self):
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > timezone.now()

    def clean(self):
        super().clean()
        if not (self.can_read_activities or self.can_write_results):
            raise ValidationError(_("Give the token at least one thing it may do."))
        if self._state.adding and self.expires_at and self.expires_at <= timezone.now():
            raise ValidationError(
                {"expires_at": _("Choose a moment in the future: this one has passed.")}
            )

    def new_secret(self):
        """Make a fresh secret, keep its digest, and return it (shown once)."""
        secret = PREFIX + secrets.token_urlsafe(32)
        self.prefix = secret[:SHOWN_CHARACTERS]
        self.key_digest = digest(secret)
        return secret

    @classmethod
    def find(cls, secret):
        """The usable token whose secret is ``secret``, or None."""
        if not secret or not secret.startswith(PREFIX) or len(secret) > 200:
            return None
        return (
            cls.objects.usable()
            .select_related("organisation")
            .filter(key_digest=digest(secret))
            .first()
        )
