"""Admin widgets that name only what their user may see."""

from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from content.access import may_see_drafts, visible_pages


class VisiblePageChooser(AdminPageChooser):
    """Wagtail's page chooser, drawn for one user.

    Wagtail draws whatever id the form holds, with its latest (draft) title: a
    refused choice of another organisation's draft redrew that draft's title.
    Here a page the user may not open is no choice at all, and a page whose
    drafts they may not see shows its published title.
    """

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def get_instance(self, value):
        instance = super().get_instance(value)
        if instance is None or self.user is None:
            return None
        if not visible_pages(self.user, Page.objects.filter(pk=instance.pk)).exists():
            return None
        return instance

    def get_display_title(self, instance):
        if may_see_drafts(self.user, instance):
            return super().get_display_title(instance)
        return instance.title

    @classmethod
    def replacing(cls, widget, user):
        """The same chooser as ``widget`` (its page types), for ``user``."""
        return cls(
            target_models=widget.target_models,
            can_choose_root=widget.can_choose_root,
            user_perms=widget.user_perms,
            user=user,
        )
