"""Account security in Wagtail's admin: how its audit entries read in Site history,
the account menu's "sign out everywhere" and the site admins' lockouts page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from audiences import access
from audiences.security import audit


class SecurityLogFormatter(LogFormatter):
    """The action, the account name tried (for unknown ones) and the address."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        parts = [str(self.label)]
        if data.get("username") and data["username"] != log_entry.label:
            parts.append(_("account name “%(name)s”") % {"name": data["username"]})
        parts.append(
            _("from %(address)s")
            % {"address": data.get("ip") or _("an unknown address")}
        )
        return ", ".join(parts)


@hooks.register("register_log_actions")
def register_security_actions(actions):
    for action, label in audit.LABELS.items():
        actions.register_action(action)(
            type("Formatter", (SecurityLogFormatter,), {"label": label})
        )


@hooks.register("register_account_menu_item")
def sign_out_everywhere_item(request):
    return {
        "url": reverse("kopir_sign_out_everywhere"),
        "label": _("Sign out everywhere"),
        "help_text": _(
            "End your sessions on every other computer and browser; this one stays "
            "signed in."
        ),
    }


class SiteAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_site_admin(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return SiteAdminMenuItem(
        _("Sign-in lockouts"),
        reverse("kopir_security_lockouts"),
        icon_name="lock",
        order=900,
    )
