"""The content app's access rules: materials, spaces, files and print editions.

The rules are registered with the access layer (``audiences.access``) from
``ContentConfig.ready``; the helpers here are the reads every admin view,
chooser, report and print view uses.

* A material: every member of its organisation sees it, its editors and
  admins change it, a reviewer sees it only while a submission of it waits for
  them, and everyone sees it once it is live.
* A print edition: as its kind's registration says (``content/printing/access.py``
  composes the rules; ``content/print_documents.py`` has the material brochure's
  and the pack's).
* Images and documents: the members of the organisation whose collection
  holds them; everyone once a live page uses them.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from audiences import access
from content.models import (
    AnswerCount,
    BlockedAddress,
    Example,
    Format,
    ImportedItem,
    ImportJob,
    ManipulationTechnique,
    MaterialPage,
    MaterialTag,
    NarrativeCountered,
    OrganisationSpace,
    PlaybookStep,
    ReplyPlaybook,
    ReplyType,
    SampleReply,
    Theme,
)
from content.models.review import ChecklistReviewTask


def reviewing(user):
    """Review steps in progress that ``user`` may decide now."""

    if not access.organisation_ids(user, *access.REVIEWERS):
        return TaskState.objects.none()
    return ChecklistReviewTask.states_user_can_moderate(user)


def _reviewed_pages(user):
    return Q(
        pk__in=reviewing(user)
        .annotate(page_id=Cast("workflow_state__object_id", IntegerField()))
        .values("page_id")
    )


def _material_extra(user, action):
    """A reviewer sees a material while a submission of it waits for them."""
    if action != access.VIEW:
        return Q(pk__in=[])
    return _reviewed_pages(user)


def _live():
    """Live and open to everyone. A page behind a view restriction (sign-in, a
    password, certain groups), or under one, is public to no one, however it
    is reached: the adapt form, printing, the admin's choosers."""
    return Q(live=True) & ~Page.objects.all().private_q()


def public_page_ids():
    """Ids of the pages anyone may read."""
    return Page.objects.live().public().values("pk")


def _used_on_live_page(model):
    """Files a live page (its published content) refers to."""

    def public():
        page_type = ContentType.objects.get_for_model(Page)
        live_ids = (
            Page.objects.live()
            .public()
            .annotate(pk_text=Cast("pk", CharField()))
            .values("pk_text")
        )
        used = (
            ReferenceIndex.objects.filter(
                to_content_type=ContentType.objects.get_for_model(model),
                base_content_type=page_type,
                object_id__in=live_ids,
            )
            .annotate(file_id=Cast("to_object_id", IntegerField()))
            .values("file_id")
        )
        return Q(pk__in=used)

    return public


def register_rules():

    access.register(
        MaterialPage,
        organisation="origin_organisation",
        roles={access.VIEW: access.MEMBERS, access.CHANGE: access.EDITORS},
        public=_live,
        extra=_material_extra,
    )
    access.register(
        MaterialTag,
        organisation="content_object__origin_organisation",
        roles={access.VIEW: access.MEMBERS, access.CHANGE: access.EDITORS},
        public=lambda: Q(content_object_id__in=public_page_ids()),
    )
    access.register(
        OrganisationSpace,
        organisation="organisation",
        roles={access.VIEW: access.MEMBERS, access.CHANGE: access.EDITORS},
        public=_live,
    )
    for model in (get_image_model(), get_document_model()):
        access.register(
            model,
            organisation="collection__organisation",
            roles={access.VIEW: access.MEMBERS, access.CHANGE: access.EDITORS},
            public=_used_on_live_page(model),
        )
    # Imports: the members of the organisation whose space or plans they fill;
    # the import views ask for the role each kind of import needs.
    for model in (ImportJob, ImportedItem):
        access.register(model, organisation="organisation", roles=access.MEMBERS)
    access.register_shared(NarrativeCountered, Theme, Format, BlockedAddress)
    # Teaching material, not an organisation's: techniques and constructed
    # examples are read by every organisation and shown on live lessons; answer
    # counts are totals per option, public like the lesson they belong to.
    access.register_shared(ManipulationTechnique, Example, AnswerCount)
    register_playbook_rules()


def _reviewed_playbooks(user, prefix=""):
    playbook_type = ContentType.objects.get_for_model(
        ReplyPlaybook, for_concrete_model=False
    )
    return Q(
        **{
            f"{prefix}pk__in": reviewing(user)
            .filter(workflow_state__base_content_type=playbook_type)
            .annotate(playbook_id=Cast("workflow_state__object_id", IntegerField()))
            .values("playbook_id")
        }
    )


def _playbook_extra(prefix=""):
    """A reviewer of the owner sees a draft while its review waits for them."""

    def extra(user, action):
        if action != access.VIEW:
            return Q(pk__in=[])
        return _reviewed_playbooks(user, prefix)

    return extra


def register_playbook_rules():
    """Reply types are shared vocabulary; a playbook and its rows belong to the
    organisation that wrote it: its editors and admins change it, its members
    read it. A live (reviewed) playbook is shared guidance: the members of every
    organisation, whatever their role, read it in the reply helper. Drafts stay
    with the owner (and its reviewers while they review); the public never
    sees a playbook: no public page, feed, sitemap or PDF shows one."""
    access.register_shared(ReplyType)
    roles = {access.VIEW: access.MEMBERS, access.CHANGE: access.EDITORS}
    access.register(
        ReplyPlaybook,
        organisation="organisation",
        roles=roles,
        extra=_playbook_extra(),
        members=lambda: Q(live=True),
        policy=access.OwnedPermissionPolicy,
    )
    for model in (PlaybookStep, SampleReply):
        access.register(
            model,
            organisation="playbook__organisation",
            roles=roles,
            extra=_playbook_extra("playbook__"),
            members=lambda: Q(playbook__live=True),
        )


# --- Reads shared by the admin views ---------------------------------------------


def visible_materials(user, action=access.VIEW):
    """Materials ``user`` may list or open (see the module docstring)."""

    return access.visible(user, MaterialPage.objects.all(), action)


def printable_revision(user, page):
    """Which revision of a material ``user`` may print.

    The latest for its editors; the revision a reviewer is asked to decide,
    while it waits for them; otherwise the published one (or none).
    """
    if access.can(user, access.CHANGE, page) and page.latest_revision_id:
        return page.latest_revision
    waiting = (
        reviewing(user)
        .filter(workflow_state__object_id=str(page.pk), revision__isnull=False)
        .select_related("revision")
        .first()
    )
    if waiting is not None:
        return waiting.revision
    if page.live_revision_id and access.can(user, access.VIEW, page):
        # Members see their own; anyone else only a live page open to everyone.
        return page.live_revision
    return None


def may_see_drafts(user, page):
    """May ``user`` see the unpublished state of ``page`` (its latest title)?

    A material's drafts: its organisation's members, or a reviewer while a
    submission waits for them. Other pages: those the user may explore.
    """

    if access.is_site_admin(user):
        return True
    if isinstance(page.specific_deferred, MaterialPage):
        return (
            access.has_role(
                user, page.specific_deferred.origin_organisation_id, *access.MEMBERS
            )
            or reviewing(user).filter(workflow_state__object_id=str(page.pk)).exists()
        )
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()


def visible_pages(user, pages):
    """Pages the user may explore, plus live pages without pending changes."""
    if access.is_site_admin(user):
        return pages
    explorable = PagePermissionPolicy().explorable_instances(user)
    return pages.filter(
        Q(pk__in=explorable.values("pk")) | Q(live=True, has_unpublished_changes=False)
    )
