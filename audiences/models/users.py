"""The user model: Django's, with a salt that ends every session when it changes."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in to Kopir (staff of an organisation, reviewer, admin)."""

    # Mixed into the session hash: a new value ends every session of the user
    # ("sign out everywhere"), whatever the session backend. Empty: Django's hash.
    session_salt = models.CharField(
        max_length=64, blank=True, default="", editable=False
    )

    def _get_session_auth_hash(self, secret=None):
        if not self.session_salt:
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "kopir.audiences.User.get_session_auth_hash",
            f"{self.password}:{self.session_salt}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
