"""The admin's sign-in form with every label translated.

Wagtail's ``LoginForm`` declares its password field without a label, so Django
derives "Password" from the field name and no catalogue ever translates it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
