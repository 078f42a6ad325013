from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "kopir.security"
    label = "kopir_security"
    verbose_name = _("Kopir accounts security")

    def ready(self):
        from kopir.security import audit  # noqa: F401  (signal receivers)
