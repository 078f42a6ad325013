"""The content app: the library of materials, its review and its printing.

``ready`` connects the signal receivers, the access rules and the StreamField form
field; they import models, so they wait for the app registry. After ``migrate`` the
site's address is set from ``BASE_URL``."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "content"
    verbose_name = _("Content")

    def ready(self):

        from content import signals

        post_migrate.connect(
            signals.site_address_from_base_url,
            sender=self,
            dispatch_uid="kopir-site-address",
        )
        post_migrate.connect(
            signals.forget_file_cache,
            sender=self,
            dispatch_uid="kopir-file-cache",
        )
        from content.access import register_rules
        from content.forms import register_stream_form_field
        from content.print_documents import register_print_documents
        from content.printing.access import register_rules as register_print_rules

        register_rules()
        self._playbook_permissions()
        register_print_rules()
        register_print_documents()
        from content.learn_print import register_lesson_plan

        register_lesson_plan()
        from content.imports import registry
        from content.imports.materials import MaterialImporter

        registry.register(MaterialImporter())
        register_stream_form_field()
        self._check_help_texts()

    def _check_help_texts(self):
        """Help points and pathway steps are printed and shown publicly: their
        texts go through the do-not-amplify list like a material's."""
        from audiences.models import help as help_points
        from content.models.reply import blocked_errors

        if blocked_errors not in help_points.PUBLIC_TEXT_CHECKS:
            help_points.PUBLIC_TEXT_CHECKS.append(blocked_errors)

    def _playbook_permissions(self):
        """Editors and admins write reply playbooks (publishing is the review's);
        planners and reviewers read them."""
        from audiences.models import Role
        from content.organisations import register_role_permissions

        write = [
            f"content.{action}_replyplaybook"
            for action in ("add", "change", "delete", "view", "lock", "unlock")
        ]
        register_role_permissions(Role.EDITOR, *write)
        register_role_permissions(Role.ADMIN, *write)
        register_role_permissions(Role.PLANNER, "content.view_replyplaybook")
        register_role_permissions(Role.REVIEWER, "content.view_replyplaybook")
