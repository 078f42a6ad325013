"""Admin forms for records an organisation owns."""

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
