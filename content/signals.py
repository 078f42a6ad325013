"""Keep derived state in step: the page cache, translated taxonomy links, print
editions and renditions; and wake the task workers when a task is queued."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tasks.signals import task_enqueued
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import (
    copy_for_translation_done,
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    task_submitted,
)

from audiences.models import (
    Channel,
    HelpPoint,
    Organisation,
    Pathway,
    PathwayStep,
    Region,
    Situation,
    TargetGroup,
)
from content import page_cache
from content.models import (
    Format,
    MaterialPage,
    NarrativeCountered,
    PrintEdition,
    Theme,
)
from content.models.review import ChecklistReviewTaskState
from content.organisations import provision
from content.page_cache import bump_version
from content.print_renditions import queue_print_renditions
from content.print_services import replace_on_publish, withdraw
from content.review import ReviewSubmittedNotifier
from content.services import localise_taxonomy, record_translation_source
from content.task_worker import notify_workers

# --- The page cache: what each change invalidates (content.page_cache) -----------

# Names a cached page shows: an edit bumps the ``taxonomy`` tag.
TAXONOMY = (
    Region,
    TargetGroup,
    Channel,
    NarrativeCountered,
    Theme,
    Format,
    Organisation,
    # The help pages (content.HelpPage) and brochures read these.
    HelpPoint,
    Situation,
    Pathway,
    PathwayStep,
)


def material_paths(material):
    """The addresses a material's change shows on: its own and its translations'
    (they link to each other), and those of the material it was adapted from (they
    count their adaptations)."""
    keys = {material.translation_key}
    if material.adapted_from_id:
        keys.update(
            Page.objects.filter(pk=material.adapted_from_id).values_list(
                "translation_key", flat=True
            )
        )
    pages = Page.objects.filter(translation_key__in=keys).select_related("locale")
    return [urlsplit(url).path for page in pages if (url := page.get_url())]


def page_changed(sender, instance, **kwargs):
    """A publish or unpublish: a material bumps its addresses and the listings;
    any other page (home, library, a space) bumps everything."""
    if isinstance(instance, MaterialPage):
        page_cache.bump_paths(material_paths(instance), page_cache.LISTINGS)
    else:
        page_cache.bump(page_cache.ALL)


@receiver(post_save, dispatch_uid="kopir-cache-alias")
def alias_saved(sender, instance, **kwargs):
    """A new alias of a restricted page is restricted too: the cached list of
    restrictions records the paths of aliases."""
    if isinstance(instance, Page) and instance.alias_of_id:
        page_cache.bump(page_cache.ALL)


def taxonomy_changed(sender, **kwargs):
    page_cache.bump(page_cache.TAXONOMY)


for signal in (page_published, page_unpublished):
    signal.connect(page_changed, dispatch_uid=f"kopir-cache-{id(signal)}")
# A move or a new slug changes addresses; a deletion may reach a whole subtree; a
# view restriction decides whether a page is public at all: everything goes.
for signal in (post_page_move, page_slug_changed):
    signal.connect(bump_version, dispatch_uid=f"kopir-cache-{id(signal)}")
post_delete.connect(bump_version, sender=Page, dispatch_uid="kopir-cache-page-delete")
for signal in (post_save, post_delete):
    # The frame (content.public_frame) keeps the site, the home pages and the
    # view restrictions under the ``all`` version.
    for model in (PageViewRestriction, Site, Locale):
        signal.connect(
            bump_version,
            sender=model,
            dispatch_uid=f"kopir-cache-{model.__name__}-{id(signal)}",
        )
    for model in TAXONOMY:
        signal.connect(
            taxonomy_changed,
            sender=model,
            dispatch_uid=f"kopir-cache-{model.__name__}-{id(signal)}",
        )


@receiver(page_published, dispatch_uid="kopir-references-on-publish")
def index_references_when_published(sender, instance, **kwargs):
    """The images and documents a live page shows are public (the access layer
    finds them through Wagtail's reference index). Wagtail updates that index in
    a background task; a page going live records its references at once, so its
    images do not answer 404 to visitors until the worker gets to it."""
    ReferenceIndex.create_or_update_for_object(instance)


task_submitted.connect(
    ReviewSubmittedNotifier(),
    sender=ChecklistReviewTaskState,
    weak=False,
    dispatch_uid="kopir-review-submitted-email",
)


@receiver(copy_for_translation_done)
def localise_material_taxonomy(sender, source_obj, target_obj, **kwargs):
    """A translated material links the taxonomy records of its own language and
    records which revision of its source it was made from."""
    if not isinstance(target_obj, MaterialPage):
        return

    record_translation_source(translation=target_obj, source=source_obj)
    # Saves the page and a revision, which carry the source just recorded.
    localise_taxonomy(material=target_obj)


@receiver(post_save, sender=Organisation, dispatch_uid="kopir-provision-organisation")
def provision_organisation(sender, instance, raw=False, **kwargs):
    """Every organisation gets its spaces, collection and role groups."""
    if raw:
        return

    provision(instance)


# --- Print editions: replaced on publish, removed on unpublish or delete -----------


@receiver(page_published, dispatch_uid="kopir-print-publish")
def replace_print_editions(sender, instance, **kwargs):
    if isinstance(instance, MaterialPage):
        # The images first: the renders queued next find them ready.
        queue_print_renditions(instance)
        replace_on_publish(instance)


@receiver(page_unpublished, dispatch_uid="kopir-print-unpublish")
def withdraw_print_editions(sender, instance, **kwargs):
    if isinstance(instance, MaterialPage):
        withdraw(instance)


@receiver(post_delete, sender=PrintEdition, dispatch_uid="kopir-print-delete-file")
def delete_print_file(sender, instance, **kwargs):
    if instance.file:
        instance.file.delete(save=False)


# A queued task wakes the workers waiting on PostgreSQL (content/task_worker.py).
task_enqueued.connect(notify_workers, dispatch_uid="kopir-notify-workers")


def forget_file_cache(**kwargs):
    """Without Redis the cache is files in the checkout (settings): a database made
    anew (``make demo`` after deleting it) must not meet the pages, frame and
    counts cached from the old one. Runs after every ``migrate``; Redis is left
    alone (it may hold other things, and its deployments keep their database)."""
    if isinstance(caches["default"], FileBasedCache):
        caches["default"].clear()


def site_address_from_base_url(**kwargs):
    """The default ``Site`` answers at ``BASE_URL``: Wagtail builds full page
    addresses (the sitemap, feeds, e-mails) from the site's host and port, and
    a fresh database says ``localhost:80``. Runs after every ``migrate``."""

    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    hostname = address.hostname or "localhost"
    Site.objects.filter(is_default_site=True).exclude(
        hostname=hostname, port=port
    ).update(hostname=hostname, port=port)
