"""Who reaches print editions and their QR links, told to the access layer.

The rules are composed from the registered document types (``registry``): each
kind says which roles of the edition's organisation reach its editions, whom
else it lets in, and which of its editions are public. ``register_rules`` runs
from ``ContentConfig.ready`` (the models live in the ``content`` app).
"""

from django.db.models import Q

from audiences import access
from content.printing import registry
from content.printing.models import PrintEdition, PrintLink


def public_links():
    """The QR links of public editions: anyone who scans them."""
    return Q(edition__in=PrintEdition.objects.filter(registry.public_editions()))


def register_rules():
    access.register(
        PrintEdition,
        organisation="organisation",
        roles={},
        public=registry.public_editions,
        extra=registry.edition_rule,
        # No group holds a model permission on editions: Wagtail's generic views
        # stay closed to them; Kopir's print views ask the rule directly.
        policy=access.OwnedPermissionPolicy,
    )
    access.register(
        PrintLink,
        organisation="edition__organisation",
        roles=access.MEMBERS,
        public=public_links,
    )
