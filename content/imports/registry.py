"""The kinds of import. Each is an ``Importer``: its columns (for the template and
the reader), the roles that may use it, and ``check`` (the dry run: read every
row, report every error, say what would be created) and ``create`` (write it,
inside the caller's transaction). Materials register here; the campaigns app
registers activities and results from its ``ready()``."""

import hashlib
import json
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from audiences import access
from content.printing.errors import Message


@dataclass
class Column:
    key: str
    # Help for the template's comments and instructions (a msgid, translated there).
    help: str
    required: bool = False
    # The name of a list on the template's hidden "Lists" sheet (a drop-down).
    choices: str = ""
    multiple: bool = False
    width: int = 18


@dataclass
class Item:
    """One thing the import creates: a material (its language rows), an activity,
    a result. ``key`` makes a re-import of the same rows change nothing."""

    key: str
    rows: list
    label: str
    data: dict = field(default_factory=dict)
    existing: bool = False


class Importer:
    kind = ""
    label = ""
    sheet = ""
    roles = access.EDITORS
    columns: list = []
    # Whether a ZIP of images may come with the file.
    takes_images = False
    # What the "create" button says, counted: ngettext_lazy(..., "count").
    create_label = None

    def lists(self, organisation):
        """``{name: [values]}`` for the template's drop-downs."""
        return {}

    def options(self, user):
        """Extra choices the upload form asks for:
        ``{name: (label, [(value, label)], required)}``."""
        return {}

    def check_options(self, user, organisation, options):
        """A Message if ``options`` are not the user's to choose, else None."""
        return None

    def check(self, job, table, report, progress):
        """Validate every row; return the ``Item`` list (nothing is written)."""
        raise NotImplementedError

    def create(self, job, items, report, progress):
        """Create ``items`` (those not ``existing``); returns how many."""
        raise NotImplementedError

    def sample_rows(self):
        return []


_importers = {}


def register(importer):
    _importers[importer.kind] = importer
    return importer


def get(kind):
    return _importers.get(kind)


def all_importers():
    return list(_importers.values())


def for_user(user):
    """Importers the user may use in some organisation."""
    return [
        importer
        for importer in _importers.values()
        if access.organisations(user, *importer.roles).exists()
    ]


def content_key(*parts):
    """A stable key of normalised cell values (the idempotency key)."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def missing_columns(importer, table, report):
    """Report required columns absent from the header row; True if any."""
    missing = [
        column.key
        for column in importer.columns
        if column.required and column.key not in table.headers
    ]
    for key in missing:
        report.error(
            1,
            key,
            Message(gettext_noop("The column is missing from the header row.")),
        )
    return bool(missing)


def split_list(value):
    """Comma- (or semicolon-, or line-) separated values, trimmed, no repeats."""
    seen = []
    for part in (value or "").replace(";", ",").replace("\n", ",").split(","):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen
