from django.apps import AppConfig


class ContentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "content"
    verbose_name = "Content"

    def ready(self):
        from content import signals  # noqa: F401
        from content.access import register_rules
        from content.forms import register_stream_form_field

        register_rules()
        register_stream_form_field()
