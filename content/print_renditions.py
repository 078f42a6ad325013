"""Print renditions made when a material is published, in the background.

A brochure's images are renditions at print resolution (``RENDITION`` and
``COVER`` in ``print_documents``), 2,000 px wide for A4: making them from a
camera's photo takes a while, and the first reader to print the brochure would
wait for it. Publishing queues ``make_print_renditions``, which makes them for
every layout on the task worker; the render then finds them ready. It is
idempotent (existing renditions are kept), and an image that cannot be read is
logged and skipped: the render reports it to the person asking.
"""

import logging

from django_tasks import task

from audiences import leases
from content.models import MaterialPage
from content.print_documents import COVER, RENDITION
from content.printing.documents import MAX_IMAGE_PIXELS

logger = logging.getLogger(__name__)

# The public page offers A4 and A5: those first.
LAYOUTS = ("a5", "a4", "dl")


def print_specs(material):
    """{image: [filter specs]} of what the material's brochures show."""
    wanted = {}
    if material.cover_image_id and material.cover_image:
        wanted[material.cover_image] = [COVER[layout] for layout in LAYOUTS]
    for block in material.body:
        if block.block_type == "image" and block.value is not None:
            specs = wanted.setdefault(block.value, [])
            specs += [RENDITION[layout] for layout in LAYOUTS]
    return wanted


@task()
def make_print_renditions(page_id):
    """Make the print renditions of a live material's images; returns how many
    images were done."""
    page = MaterialPage.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return 0
    done = 0
    for image, specs in print_specs(page).items():
        if (image.width or 0) * (image.height or 0) > MAX_IMAGE_PIXELS:
            continue  # refused by the render, with a message
        try:
            # One read of the original for all its sizes, made in parallel.
            image.get_renditions(*dict.fromkeys(specs))
            done += 1
        except Exception:
            logger.exception("Print renditions of image %s failed", image.pk)
    return done


def queue_print_renditions(page):
    """On publish: queue the renditions. A failure to queue is logged; it never
    fails the publish."""
    try:
        leases.enqueue(make_print_renditions, page.pk)
    except Exception:
        logger.exception("Could not queue the print renditions of page %s", page.pk)
