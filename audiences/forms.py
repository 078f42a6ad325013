"""Admin forms for records an organisation owns."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from audiences import access
from audiences.names import LocalizedChoicesFormMixin


def planning_organisations(user):
    """Organisations whose plans and rosters ``user`` may create and edit."""
    return access.organisations(user, *access.PLANNERS, everything_for_admins=True)


class OrganisationOwnedForm(LocalizedChoicesFormMixin, WagtailAdminModelForm):
    """The ``organisation`` field offers only the user's own organisations.

    A crafted POST naming another organisation fails as an invalid choice.
    """

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.organisations = planning_organisations(for_user)
        field = self.fields.get("organisation")
        if field is not None:
            field.queryset = self.organisations
            if not self.instance.pk and len(self.organisations) == 1:
                field.initial = self.organisations[0].pk


class ApiTokenForm(OrganisationOwnedForm):
    """Name, scopes and expiry of an organisation's API token; the organisation
    is one the user runs. Editing a live token can revoke it (it cannot be undone)."""

    revoke = forms.BooleanField(
        label=_("Revoke this token"),
        required=False,
        help_text=_(
            "Tools using it stop at once. Its calls stay in the history. This "
            "cannot be undone: make a new token instead."
        ),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.organisations = access.organisations(
            for_user, *access.ADMINS, everything_for_admins=True
        )
        field = self.fields.get("organisation")
        if field is not None:
            field.queryset = self.organisations
            if not self.instance.pk and len(self.organisations) == 1:
                field.initial = self.organisations[0].pk
            if self.instance.pk:
                field.disabled = True
        if not self.instance.pk or self.instance.revoked_at:
            self.fields.pop("revoke", None)
        if self.instance.revoked_at:
            # A revoked token is history: nothing about it changes any more.
            for field in self.fields.values():
                field.disabled = True

    def save(self, commit=True):
        token = super().save(commit=False)
        if self.cleaned_data.get("revoke") and token.revoked_at is None:
            token.revoked_at = timezone.now()
        if commit:
            token.save()
        return token
