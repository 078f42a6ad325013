"""People and the bodies they work for: the user model, organisations, the roles
their members hold, and the Django groups behind the roles."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from audiences.models.fields import optional_link
from audiences.names import active_language


class User(AbstractUser):
    """A person who signs in to Kopir (staff of an organisation, reviewer, admin)."""

    # Mixed into the session hash: a new value ends every session of the user
    # ("sign out everywhere"), whatever the session backend. Empty: Django's hash.
    session_salt = models.CharField(
        max_length=64, blank=True, default="", editable=False
    )

    def _get_session_auth_hash(self, secret=None):
        if not self.session_salt:
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "kopir.audiences.User.get_session_auth_hash",
            f"{self.password}:{self.session_salt}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class Organisation(ClusterableModel):
    """A body that writes into the library: a regional group, an NGO, a department.

    Its members hold roles (see ``Membership``); each role is a Django group that
    the content app grants Wagtail permissions on the organisation's own page
    subtree and image/document collection.
    """

    # Admin choice fields label organisations in the reader's language (names.py).
    localized_choices = True

    class Kind(models.TextChoices):
        IRG = "irg", _("Regional information and explanatory group")
        NGO = "ngo", _("NGO")
        STATE = "state", _("State department")
        RELIGIOUS = "religious", _("Religious association")
        MEDIA = "media", _("Media")
        DONOR = "donor", _("Donor")

    name = models.CharField(_("name"), max_length=200, unique=True)
    # Optional: shown to readers of that language instead of ``name``.
    name_kk = models.CharField(_("name in Kazakh"), max_length=200, blank=True)
    name_ru = models.CharField(_("name in Russian"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    region = optional_link("audiences.Region", _("region"))
    description = models.TextField(_("public description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("image and document collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="organisation",
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("name_kk"),
        index.SearchField("name_ru"),
        index.SearchField("name_en"),
    ]

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("name_kk"), FieldPanel("name_ru"), FieldPanel("name_en")],
            heading=_("Name in other languages"),
            help_text=_(
                "Shown to readers of that language; empty: the name above is shown."
            ),
        ),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("description"),
        FieldPanel("website"),
        InlinePanel("memberships", heading=_("Members and roles"), label=_("member")),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.localized_name

    def name_in(self, language):
        """The name for readers of ``language``: its own field, else ``name``."""
        return getattr(self, f"name_{language}", "") or self.name

    @property
    def localized_name(self):
        return self.name_in(active_language())

    def group_for(self, role):
        """The Django group that carries ``role`` in this organisation."""
        link = (
            OrganisationGroup.objects.filter(organisation=self, role=role)
            .select_related("group")
            .first()
        )
        if link is None:
            label = Role(role).label
            group, _created = Group.objects.get_or_create(
                name=f"{self.name} · {label}"[:150]
            )
            link = OrganisationGroup.objects.create(
                organisation=self, role=role, group=group
            )
        return link.group


class Role(models.TextChoices):
    """What a member may do for an organisation."""

    EDITOR = "editor", _("Editor")
    REVIEWER = "reviewer", _("Reviewer")
    PLANNER = "planner", _("Campaign planner")
    ADMIN = "admin", _("Organisation admin")


class Membership(Orderable):
    """A user's role in an organisation; one row per role held."""

    organisation = ParentalKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)

    panels = [FieldPanel("user"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user", "role"],
                name="unique_membership_role",
                violation_error_message=_("This person already has that role here."),
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.organisation}"


class OrganisationGroup(models.Model):
    """The Django group behind one role of one organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="role_groups"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="organisation_role"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "role"], name="unique_organisation_role"
            )
        ]

    def __str__(self):
        return f"{self.organisation} · {self.get_role_display()}"
