"""The roster of messengers: credible voices an organisation may ask to speak.

Contacts and notes are private to the organisation (never on a public page, feed,
export or PDF); the public profile is what plans show.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from audiences.models.fields import taxonomy_link
from audiences.models.organisations import Organisation
from audiences.models.taxonomy import TargetGroup, default_locale_taxonomy


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
    target_group = taxonomy_link(
        TargetGroup,
        _("target group"),
        on_delete=models.CASCADE,
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
