"""Who we talk to, and who speaks: one module per concept (importing registers them).

* ``organisations``: the user model, organisations, roles, memberships and the
  groups behind roles;
* ``taxonomy``: regions, channels, target groups (with evidence and media habits),
  communities;
* ``messengers``: the roster of credible voices and their credibility notes;
* ``tokens``: organisations' API tokens.
"""

from audiences.models.help import (
    HelpPoint,
    Pathway,
    PathwayStep,
    Situation,
)
from audiences.models.messengers import Messenger, MessengerCredibility
from audiences.models.organisations import (
    Membership,
    Organisation,
    OrganisationGroup,
    Role,
    User,
)
from audiences.models.taxonomy import (
    Channel,
    Community,
    Evidence,
    MediaHabit,
    Region,
    TargetGroup,
    Taxonomy,
    TaxonomyQuerySet,
    default_locale_taxonomy,
)
from audiences.models.tokens import ApiToken

__all__ = [
    "ApiToken",
    "Channel",
    "Community",
    "Evidence",
    "HelpPoint",
    "MediaHabit",
    "Membership",
    "Messenger",
    "MessengerCredibility",
    "Organisation",
    "OrganisationGroup",
    "Pathway",
    "PathwayStep",
    "Region",
    "Role",
    "Situation",
    "TargetGroup",
    "Taxonomy",
    "TaxonomyQuerySet",
    "User",
    "default_locale_taxonomy",
]
