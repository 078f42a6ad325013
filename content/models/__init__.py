"""The content app's models, one module per concept; importing this registers them.

* ``library``: narratives countered, themes, formats (translatable vocabularies),
  images with a credit line, the do-not-amplify list;
* ``material``: the material page, its tags and its public page's reads;
* ``site``: home page, library and organisation spaces;
* ``reply``: reply types and reply playbooks (reviewed like materials);
* ``learn``: manipulation techniques, examples, lessons and answer counts;
* ``review``: the review checklist, its Wagtail task and the answers;
* ``workers``: the running task workers and their leases;
* ``imports``: spreadsheet import jobs and the keys of what they created;
* print editions and their QR links live with printing (``content.printing.models``).

Code outside the content app imports from here; modules inside it import the
concept's own module, so that no module reaches itself through this package.
"""

from content.models.imports import ImportedItem, ImportJob
from content.models.learn import (
    AnswerCount,
    Example,
    LearnIndexPage,
    LessonPage,
    ManipulationTechnique,
)
from content.models.library import (
    BlockedAddress,
    Format,
    KopirImage,
    KopirRendition,
    NarrativeCountered,
    RestrictionsOnceMixin,
    Theme,
)
from content.models.material import MaterialPage, MaterialTag
from content.models.reply import (
    PlaybookStep,
    ReplyPlaybook,
    ReplyType,
    SampleReply,
)
from content.models.review import (
    ChecklistItem,
    ChecklistReviewTask,
    ChecklistReviewTaskState,
    ReviewAnswer,
)
from content.models.site import HelpPage, HomePage, LibraryPage, OrganisationSpace
from content.models.workers import WorkerLease
from content.printing.models import PrintEdition, PrintLink

__all__ = [
    "AnswerCount",
    "Example",
    "LearnIndexPage",
    "LessonPage",
    "ManipulationTechnique",
    "BlockedAddress",
    "ChecklistItem",
    "ChecklistReviewTask",
    "ChecklistReviewTaskState",
    "Format",
    "HomePage",
    "KopirImage",
    "KopirRendition",
    "HelpPage",
    "ImportJob",
    "ImportedItem",
    "LibraryPage",
    "MaterialPage",
    "MaterialTag",
    "NarrativeCountered",
    "OrganisationSpace",
    "PlaybookStep",
    "PrintEdition",
    "PrintLink",
    "ReplyPlaybook",
    "ReplyType",
    "ReviewAnswer",
    "RestrictionsOnceMixin",
    "SampleReply",
    "Theme",
    "WorkerLease",
]
