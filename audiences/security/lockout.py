"""The response to a locked-out sign-in: Wagtail's sign-in page with one message.

The message is the same for every account name, known or not, and for the
right password as for a wrong one, so it tells nothing about the account.
"""

from django.conf import settings
from django.forms.forms import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views.account import LoginView


def lockout_message():
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return ngettext(
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d "
        "minute; try again later or ask a site administrator to unlock it.",
        "Too many failed sign-in attempts. Signing in is blocked for %(minutes)d "
        "minutes; try again later or ask a site administrator to unlock it.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response, credentials):
    view = LoginView()
    view.setup(request)
    form = view.get_form_class()(request=request)
    form._errors = ErrorDict({NON_FIELD_ERRORS: form.error_class([lockout_message()])})
    context = view.get_context_data(form=form)
    context["kopir_locked_out"] = True
    response = TemplateResponse(request, view.template_name, context, status=429)
    return response.render()


def reset_message():
    return _("Too many password reset requests. Please try again later.")
