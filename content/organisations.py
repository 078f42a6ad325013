"""Give each organisation its private space, using Wagtail's own permissions.

For every organisation Kopir keeps:

* one ``OrganisationSpace`` page in each language's library (translations of
  each other); its materials are created under it;
* one image/document collection;
* one Django group per role, with ``GroupPagePermission`` rows on the spaces and
  ``GroupCollectionPermission`` rows on the collection.

Wagtail's explorer, search, history, revisions, preview, copy, move, delete and
lock views then refuse or hide other organisations' pages by themselves.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
)

from audiences.models import Organisation, OrganisationGroup, Role
from content.models import LibraryPage, OrganisationSpace

PAGE_PERMISSIONS = {
    Role.EDITOR: ("add_page", "change_page", "lock_page"),
    Role.ADMIN: ("add_page", "change_page", "lock_page", "unlock_page"),
    Role.REVIEWER: (),
    Role.PLANNER: (),
}
COLLECTION_PERMISSIONS = {
    Role.EDITOR: (
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ),
    Role.ADMIN: (
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ),
    Role.REVIEWER: ("choose_image", "choose_document"),
    Role.PLANNER: ("choose_image", "choose_document"),
}
ROSTER = (
    "audiences.add_messenger",
    "audiences.change_messenger",
    "audiences.delete_messenger",
    "audiences.view_messenger",
)
# Help points (audiences.HelpPoint): any member keeps their organisation's up to
# date; the access layer keeps each organisation to its own rows.
HELP_POINTS = (
    "audiences.add_helppoint",
    "audiences.change_helppoint",
    "audiences.delete_helppoint",
    "audiences.view_helppoint",
)
# API tokens (audiences.ApiToken): an organisation's admins make and revoke them;
# revoking keeps the row, so its calls stay readable in the audit log.
API_TOKENS = (
    "audiences.add_apitoken",
    "audiences.change_apitoken",
    "audiences.view_apitoken",
)
# Editors translate their organisation's materials (Wagtail checks that they may
# edit the page); the translation lands in the space of the other language.
TRANSLATE = "simple_translation.submit_translation"
MODEL_PERMISSIONS = {
    Role.EDITOR: [TRANSLATE, *HELP_POINTS],
    Role.ADMIN: [
        "audiences.change_organisation",
        *ROSTER,
        TRANSLATE,
        *HELP_POINTS,
        *API_TOKENS,
    ],
    Role.REVIEWER: [],
    Role.PLANNER: [*ROSTER, *HELP_POINTS],
}


def register_role_permissions(role, *permissions):
    """Let an app that builds on this one grant its model permissions to a role.

    The permissions are checked model-wide; the app's own views and querysets keep
    each organisation to its own rows.
    """
    for permission in permissions:
        if permission not in MODEL_PERMISSIONS[role]:
            MODEL_PERMISSIONS[role].append(permission)


def grant_model_permissions():
    """Give every existing role group its model permissions (after migrate)."""

    for link in OrganisationGroup.objects.select_related("group"):
        link.group.permissions.add(
            *(_permission(p) for p in MODEL_PERMISSIONS[Role(link.role)])
        )


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collection_permission(codename):
    app_label = "wagtaildocs" if codename.endswith("_document") else "wagtailimages"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename):
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=codename
    )


def spaces_of(organisation):
    return OrganisationSpace.objects.filter(organisation=organisation)


def _ensure_collection(organisation):
    collection = organisation.collection
    if collection is None:
        # A flushed test database has lost the root Wagtail's migration made.
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = root.add_child(name=organisation.name)
        Organisation.objects.filter(pk=organisation.pk).update(collection=collection)
        organisation.collection = collection
    elif collection.name != organisation.name:
        collection.name = organisation.name
        collection.save(update_fields=["name"])
    return collection


def _ensure_spaces(organisation):
    spaces = {space.locale_id: space for space in spaces_of(organisation)}
    translation_key = next(iter(spaces.values())).translation_key if spaces else None
    for library in LibraryPage.objects.all().order_by("path"):
        space = spaces.get(library.locale_id)
        if space is None:
            space = OrganisationSpace(
                title=organisation.name,
                slug=organisation.slug,
                organisation=organisation,
                locale_id=library.locale_id,
            )
            if translation_key:
                space.translation_key = translation_key
            library.add_child(instance=space)
            space.save_revision().publish()
            translation_key = space.translation_key
            spaces[library.locale_id] = space
        elif (space.title, space.slug) != (organisation.name, organisation.slug):
            space.title = space.draft_title = organisation.name
            space.slug = organisation.slug
            space.save_revision().publish()
    return list(spaces.values())


@transaction.atomic
def provision(organisation):
    """Create or update the organisation's spaces, collection, groups and grants."""
    collection = _ensure_collection(organisation)
    spaces = _ensure_spaces(organisation)
    access_admin = _permission("wagtailadmin.access_admin")
    for role in Role:
        group = organisation.group_for(role)
        group.permissions.add(
            access_admin, *(_permission(p) for p in MODEL_PERMISSIONS[role])
        )
        for codename in PAGE_PERMISSIONS[role]:
            permission = _page_permission(codename)
            for space in spaces:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=space, permission=permission
                )
        for codename in COLLECTION_PERMISSIONS[role]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_collection_permission(codename),
            )
    return spaces


def provision_all():
    for organisation in Organisation.objects.all():
        provision(organisation)
    ensure_library_workflows()


def space_for(organisation, locale):
    """The organisation's space in ``locale``, created if it is missing."""
    space = spaces_of(organisation).filter(locale=locale).first()
    if space is None:
        provision(organisation)
        space = spaces_of(organisation).filter(locale=locale).first()
    return space


def ensure_library_workflows():
    """Every library without a workflow gets the strategic communication review.

    Editors hold no publish permission, so a material reaches the public only
    through this workflow (or a site administrator).
    """

    workflow = Workflow.objects.filter(
        name="Strategic communication review", active=True
    ).first()
    if workflow is None:
        return
    for library in LibraryPage.objects.all():
        WorkflowPage.objects.get_or_create(
            page=library, defaults={"workflow": workflow}
        )
