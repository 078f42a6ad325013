"""Account security as its own small app (label ``kopir_security``): its templates,
admin menu items and the receivers that write the audit log."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "audiences.security"
    label = "kopir_security"
    verbose_name = _("Kopir accounts security")

    def ready(self):
        from audiences.security import receivers  # noqa: F401  (connects them)
