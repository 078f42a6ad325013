"""Who we talk to: regions, target groups, channels, organisations."""

from django import forms
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from audiences.names import active_language, taxonomy_name


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


class TaxonomyQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)


class Taxonomy(TranslatableMixin, models.Model):
    """A controlled vocabulary entry: one row per language, one translation key."""

    # Admin choice fields label these rows in the reader's language (names.py).
    localized_choices = True

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("The same in every language: it is the key in library URLs."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = TaxonomyQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def localized_name(self):
        """The name of this row's translation in the active language, else its own."""
        return taxonomy_name(self)

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        # A slug names the same record in every language, and nothing else.
        other = (
            type(self)
            .objects.filter(slug=self.slug)
            .exclude(translation_key=self.translation_key)
        )
        if self.slug and other.exists():
            raise ValidationError(
                {"slug": _("Another record already uses this slug in some language.")}
            )


class Region(Taxonomy):
    """A region or a city of republican significance of Kazakhstan."""

    class Kind(models.TextChoices):
        REGION = "region", _("Region (oblys)")
        CITY = "city", _("City of republican significance")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    centre = models.CharField(_("administrative centre"), max_length=100, blank=True)
    where_to_get_help = models.TextField(
        _("where to get help"),
        blank=True,
        help_text=_(
            "Advisory centres, helplines and addresses in this region, in this "
            "language. Printed on the brochures of materials for the region."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("centre"),
        FieldPanel("description"),
        FieldPanel("where_to_get_help"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_region_locale_slug"
            )
        ]


class Channel(Taxonomy):
    """Where a message reaches people: a platform, a medium or a place."""

    class Kind(models.TextChoices):
        ONLINE = "online", _("Online")
        OFFLINE = "offline", _("Offline")
        BROADCAST = "broadcast", _("Broadcast")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    format_constraints = models.TextField(
        _("format constraints"),
        blank=True,
        help_text=_("Lengths, aspect ratios, moderation rules, what works there."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("format_constraints"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_channel_locale_slug"
            )
        ]


class TargetGroup(ClusterableModel, Taxonomy):
    """A defined audience with evidence of how it gets news and what it values."""

    class Setting(models.TextChoices):
        ANY = "any", _("Urban and rural")
        URBAN = "urban", _("Urban")
        RURAL = "rural", _("Rural")

    class Gender(models.TextChoices):
        ANY = "any", _("Any gender")
        WOMEN = "women", _("Women")
        MEN = "men", _("Men")

    persona = models.TextField(
        _("persona"), blank=True, help_text=_("A short portrait of one typical member.")
    )
    age_min = models.PositiveSmallIntegerField(
        _("youngest age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("oldest age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    setting = models.CharField(
        _("urban or rural"), max_length=5, choices=Setting.choices, default=Setting.ANY
    )
    gender_focus = models.CharField(
        _("gender focus"), max_length=5, choices=Gender.choices, default=Gender.ANY
    )
    languages = ParentalManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("languages"),
        blank=True,
        related_name="+",
    )
    regions = ParentalManyToManyField(
        "audiences.Region", verbose_name=_("regions"), blank=True, related_name="+"
    )
    values_and_concerns = models.TextField(_("values and concerns"), blank=True)
    sensitivities = models.TextField(
        _("sensitivities"),
        blank=True,
        help_text=_("What not to say to this group, and why."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("persona"),
        MultiFieldPanel(
            [
                FieldPanel("age_min"),
                FieldPanel("age_max"),
                FieldPanel("setting"),
                FieldPanel("gender_focus"),
            ],
            heading=_("Who"),
        ),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("regions"),
        FieldPanel("values_and_concerns"),
        FieldPanel("sensitivities"),
        InlinePanel("evidence", label=_("Evidence")),
        InlinePanel("media_habits", label=_("Media habits")),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="audiences_targetgroup_locale_slug"
            )
        ]

    def clean(self):
        super().clean()
        if self.age_min and self.age_max and self.age_min > self.age_max:
            raise ValidationError(
                {"age_max": _("The oldest age must not be below the youngest.")}
            )

    @property
    def age_range(self):
        if self.age_min and self.age_max:
            return f"{self.age_min}–{self.age_max}"
        if self.age_min:
            return f"{self.age_min}+"
        if self.age_max:
            return f"≤{self.age_max}"
        return ""


class Evidence(Orderable):
    """A figure about a target group, always with the source it comes from."""

    target_group = ParentalKey(
        "audiences.TargetGroup", on_delete=models.CASCADE, related_name="evidence"
    )
    statement = models.CharField(_("statement"), max_length=300)
    value = models.DecimalField(
        _("value"), max_digits=7, decimal_places=1, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=20, blank=True, default="%")
    source = models.CharField(_("source"), max_length=300)

    panels = [
        FieldPanel("statement"),
        FieldPanel("value"),
        FieldPanel("unit"),
        FieldPanel("source"),
    ]

    def __str__(self):
        return self.statement


class MediaHabit(Orderable):
    """How much of a target group uses a channel, with the source of the figure."""

    target_group = ParentalKey(
        "audiences.TargetGroup", on_delete=models.CASCADE, related_name="media_habits"
    )
    channel = models.ForeignKey(
        "audiences.Channel", on_delete=models.CASCADE, related_name="+"
    )
    share = models.DecimalField(
        _("share (%)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    source = models.CharField(_("source"), max_length=300)

    panels = [FieldPanel("channel"), FieldPanel("share"), FieldPanel("source")]

    def __str__(self):
        return f"{self.channel}: {self.share}%"


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
    region = models.ForeignKey(
        "audiences.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
            from django.contrib.auth.models import Group

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


def default_locale_taxonomy():
    """Plans and rosters pick taxonomy rows in the default language: one key each."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class Messenger(ClusterableModel):
    """A credible voice an organisation works with.

    The public profile (name or pseudonym, kind, languages, regions) is what plans,
    calendars and documents show, and only when the identity may be public. The
    contact details and notes are for the owning organisation alone: nothing
    outside its own admin screens ever reads them.
    """

    class Kind(models.TextChoices):
        IMAM = "imam", _("Imam")
        THEOLOGIAN = "theologian", _("Theologian")
        PSYCHOLOGIST = "psychologist", _("Psychologist")
        TEACHER = "teacher", _("Teacher")
        PARENT = "parent", _("Parent")
        ATHLETE = "athlete", _("Athlete")
        BLOGGER = "blogger", _("Blogger")
        FORMER = "former", _("Former (left an extremist group)")
        CIVIL_SERVANT = "civil", _("Civil servant")
        ACTIVIST = "activist", _("NGO activist")

    class Consent(models.TextChoices):
        NONE = "none", _("Not recorded")
        VERBAL = "verbal", _("Verbal consent")
        WRITTEN = "written", _("Written consent")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Risk(models.TextChoices):
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")

    PRIVATE_FIELDS = ("phone", "messenger_handle", "email", "internal_notes")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="messengers",
    )
    public_name = models.CharField(
        _("name or pseudonym"),
        max_length=120,
        help_text=_("As it may appear in plans and documents."),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    profile = models.TextField(
        _("public profile"),
        blank=True,
        help_text=_("Why this voice is trusted. Shown in plan documents."),
    )
    languages = ParentalManyToManyField(
        "wagtailcore.Locale", verbose_name=_("languages"), blank=True, related_name="+"
    )
    regions = ParentalManyToManyField(
        "audiences.Region",
        verbose_name=_("regions"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    consent = models.CharField(
        _("consent"), max_length=10, choices=Consent.choices, default=Consent.NONE
    )
    consent_date = models.DateField(_("consent date"), null=True, blank=True)
    safety_risk = models.CharField(
        _("safety risk"), max_length=6, choices=Risk.choices, default=Risk.LOW
    )
    identity_public = models.BooleanField(
        _("identity may be public"),
        default=False,
        help_text=_(
            "Off: plans and documents show the kind of voice only, never the name."
        ),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    messenger_handle = models.CharField(
        _("Telegram / WhatsApp"), max_length=80, blank=True
    )
    email = models.EmailField(_("e-mail"), blank=True)
    internal_notes = models.TextField(_("internal notes"), blank=True)

    objects = models.Manager()
    # The form (organisation limited to the user's own) is set by MessengerViewSet.

    panels = [
        FieldPanel("organisation", widget=forms.Select),
        MultiFieldPanel(
            [
                FieldPanel("public_name"),
                FieldPanel("kind"),
                FieldPanel("profile"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
                FieldPanel("identity_public"),
            ],
            heading=_("Public profile"),
        ),
        InlinePanel(
            "credibility", heading=_("Credibility per target group"), label=_("group")
        ),
        MultiFieldPanel(
            [
                FieldPanel("consent"),
                FieldPanel("consent_date"),
                FieldPanel("safety_risk"),
            ],
            heading=_("Consent and safety"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("messenger_handle"),
                FieldPanel("email"),
                FieldPanel("internal_notes"),
            ],
            heading=_("Private: your organisation only"),
        ),
    ]

    class Meta:
        ordering = ["public_name"]
        verbose_name = _("messenger")
        verbose_name_plural = _("messengers")

    def __str__(self):
        # Only the owning organisation's screens list messengers; anything shown
        # to others uses ``public_label``.
        return f"{self.public_name} · {self.get_kind_display()}"

    @property
    def public_label(self):
        """What anyone outside the roster may read about this voice."""
        if self.identity_public:
            return f"{self.public_name} ({self.get_kind_display().lower()})"
        return _("%(kind)s (identity withheld)") % {"kind": self.get_kind_display()}

    @property
    def owning_organisation_id(self):
        return self.organisation_id

    @property
    def consent_recorded(self):
        return self.consent in (self.Consent.VERBAL, self.Consent.WRITTEN)

    def clean(self):
        super().clean()
        from django.utils import timezone

        if self.consent_recorded and not self.consent_date:
            raise ValidationError(
                {"consent_date": _("Give the date the consent was recorded.")}
            )
        if self.consent_date and self.consent_date > timezone.localdate():
            raise ValidationError(
                {"consent_date": _("The consent date cannot be in the future.")}
            )


class MessengerCredibility(Orderable):
    """How much a target group trusts this messenger, and why we think so."""

    class Level(models.IntegerChoices):
        LOW = 1, _("Low")
        MEDIUM = 2, _("Medium")
        HIGH = 3, _("High")

    messenger = ParentalKey(
        Messenger, on_delete=models.CASCADE, related_name="credibility"
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=default_locale_taxonomy,
    )
    level = models.PositiveSmallIntegerField(
        _("credibility"), choices=Level.choices, default=Level.MEDIUM
    )
    note = models.CharField(_("why"), max_length=300, blank=True)

    panels = [
        FieldPanel("target_group", widget=forms.Select),
        FieldPanel("level"),
        FieldPanel("note"),
    ]

    def __str__(self):
        return f"{self.target_group}: {self.get_level_display()}"
