"""Who may do what for which organisation: membership lookups and group sync."""

from django.db import transaction

from audiences.models import Membership, Organisation, OrganisationGroup, Role

__all__ = ["Role", "organisations_of", "has_role", "sync_user_groups"]


def organisations_of(user, *roles):
    """Organisations in which ``user`` holds any of ``roles`` (any role if none)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    memberships = Membership.objects.filter(user=user)
    if roles:
        memberships = memberships.filter(role__in=roles)
    return Organisation.objects.filter(
        pk__in=memberships.values("organisation_id")
    ).order_by("name")


def organisation_ids_of(user, *roles):
    """The ids of ``organisations_of``, memoised on the user for one request."""
    if not user.is_authenticated:
        return frozenset()
    cache = user.__dict__.setdefault("_kopir_org_ids", {})
    key = tuple(sorted(roles))
    if key not in cache:
        cache[key] = frozenset(
            organisations_of(user, *roles).values_list("pk", flat=True)
        )
    return cache[key]


def has_role(user, organisation_id, *roles):
    return organisation_id in organisation_ids_of(user, *roles)


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
    user.__dict__.pop("_kopir_org_ids", None)
