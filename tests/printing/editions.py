"""Asking for a material's print edition, and what a failed render may leave."""

from pathlib import Path

from django.conf import settings

from content import print_services as service
from tests.storage import stored_names


def print_material(page, layout="a4", **options):
    return service.material_edition(page, page.live_revision, layout=layout, **options)


def print_dir_leftovers():
    """Half-written renders: in the print engine's work directory, or beside
    the PDFs in the storage."""
    names = [name for name in stored_names("print") if name.startswith(".rendering-")]
    work = settings.KOPIR_PRINT_WORK_DIR
    if work and Path(work).exists():
        names += [
            p.name for p in Path(work).iterdir() if p.name.startswith(".rendering-")
        ]
    return names
