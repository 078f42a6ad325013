"""Which pages an admin user may see listed; shared by choosers and guards."""

from django.db.models import Q
from wagtail.permission_policies.pages import PagePermissionPolicy


def visible_to(user, pages):
    """Pages the user may explore, plus live pages without pending changes."""
    if user.is_superuser:
        return pages
    explorable = PagePermissionPolicy().explorable_instances(user)
    return pages.filter(
        Q(pk__in=explorable.values("pk")) | Q(live=True, has_unpublished_changes=False)
    )
