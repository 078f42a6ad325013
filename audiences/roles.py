"""Keep each user's role groups in step with their memberships.

Who may see and do what is decided in ``audiences.access``.
"""

from django.db import transaction

from audiences import access
from audiences.models import Membership, OrganisationGroup

__all__ = ["sync_user_groups"]


@transaction.atomic
def sync_user_groups(user):
    """Make ``user``'s organisation groups match their memberships exactly.

    Groups that are not organisation roles (given by a site admin) are untouched.
    """
    wanted = {
        m.organisation.group_for(m.role).pk
        for m in Membership.objects.filter(user=user).select_related("organisation")
    }
    role_groups = set(OrganisationGroup.objects.values_list("group_id", flat=True))
    current = set(user.groups.values_list("pk", flat=True)) & role_groups
    if current - wanted:
        user.groups.remove(*(current - wanted))
    if wanted - current:
        user.groups.add(*(wanted - current))
    access.forget(user)
