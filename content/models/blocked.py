"""The do-not-amplify list: addresses no material may link to."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.links import normalise


class BlockedAddress(models.Model):
    """A domain or address that no material may link to (do-not-amplify list)."""

    address = models.CharField(
        _("domain or address"),
        max_length=500,
        unique=True,
        help_text=_(
            "A domain such as “example.org” blocks it and every subdomain; an "
            "address such as “t.me/channel” blocks that address and everything "
            "under it."
        ),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("Where the entry comes from, e.g. a court decision or a list."),
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["address"]
        verbose_name = _("blocked address")
        verbose_name_plural = _("do-not-amplify list")

    def __str__(self):
        return self.address

    def clean(self):
        host, _path = normalise(self.address)
        if not host or "." not in host:
            raise ValidationError(
                {"address": _("Enter a domain or an address, such as example.org.")}
            )
        self.address = self.address.strip()
