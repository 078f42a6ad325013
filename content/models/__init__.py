"""The content app's models, one module per concept; importing this registers them.

* ``taxonomy``: narratives countered, themes, formats (translatable vocabularies);
* ``images``: images with a credit line and their renditions;
* ``material``: the material page, its tags and its public page's reads;
* ``blocked``: the do-not-amplify list;
* ``site``: home page, library and organisation spaces;
* ``review``: the review checklist, its Wagtail task and the answers;
* print editions and their QR links live with printing (``content.printing.models``).

Code outside the content app imports from here; modules inside it import the
concept's own module, so that no module reaches itself through this package.
"""

from content.models.blocked import BlockedAddress
from content.models.images import KopirImage, KopirRendition
from content.models.material import MaterialPage, MaterialTag
from content.models.restrictions import RestrictionsOnceMixin
from content.models.review import (
    ChecklistItem,
    ChecklistReviewTask,
    ChecklistReviewTaskState,
    ReviewAnswer,
)
from content.models.site import HomePage, LibraryPage, OrganisationSpace
from content.models.taxonomy import Format, NarrativeCountered, Theme
from content.printing.models import PrintEdition, PrintLink

__all__ = [
    "BlockedAddress",
    "ChecklistItem",
    "ChecklistReviewTask",
    "ChecklistReviewTaskState",
    "Format",
    "HomePage",
    "KopirImage",
    "KopirRendition",
    "LibraryPage",
    "MaterialPage",
    "MaterialTag",
    "NarrativeCountered",
    "OrganisationSpace",
    "PrintEdition",
    "PrintLink",
    "ReviewAnswer",
    "RestrictionsOnceMixin",
    "Theme",
]
