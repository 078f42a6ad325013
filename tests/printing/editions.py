"""Asking for a material's print edition, and what a failed render may leave."""

from pathlib import Path

from content import print_services as service
from content.printing.models import PrintEdition


def print_material(page, layout="a4", **options):
    return service.material_edition(page, page.live_revision, layout=layout, **options)


def print_dir_leftovers():
    directory = Path(PrintEdition._meta.get_field("file").storage.path("print"))
    if not directory.exists():
        return []
    return [p.name for p in directory.iterdir() if p.name.startswith(".rendering-")]
