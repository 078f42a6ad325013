"""Who we talk to, and who speaks: one module per concept (importing registers them).

* ``users``: the user model;
* ``taxonomy``: regions, channels, target groups (with evidence and media habits);
* ``organisations``: organisations, roles, memberships and the groups behind roles;
* ``messengers``: the roster of credible voices and their credibility notes.
"""

from audiences.models.messengers import Messenger, MessengerCredibility
from audiences.models.organisations import (
    Membership,
    Organisation,
    OrganisationGroup,
    Role,
)
from audiences.models.taxonomy import (
    Channel,
    Evidence,
    MediaHabit,
    Region,
    TargetGroup,
    Taxonomy,
    TaxonomyQuerySet,
    default_locale_taxonomy,
)
from audiences.models.users import User

__all__ = [
    "Channel",
    "Evidence",
    "MediaHabit",
    "Membership",
    "Messenger",
    "MessengerCredibility",
    "Organisation",
    "OrganisationGroup",
    "Region",
    "Role",
    "TargetGroup",
    "Taxonomy",
    "TaxonomyQuerySet",
    "User",
    "default_locale_taxonomy",
]
