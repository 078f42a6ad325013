from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "kopir.security"
    label = "kopir_security"
    verbose_name = "Kopir accounts security"

    def ready(self):
        from kopir.security import audit  # noqa: F401  (signal receivers)
