"""Organisations, memberships, the taxonomy of target groups, channels and
regions, and messengers, in their present shape.

Squashed from 0002_taxonomy … 0007_organisation_translated_names. A database
that applied all of those is taken as having applied this one; a database
part of the way through must first be upgraded with a Kopir release that
still ships them (see the README, "Upgrading").
"""

import audiences.models.taxonomy
import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("audiences", "0002_taxonomy"),
        ("audiences", "0003_memberships"),
        ("audiences", "0004_messenger_messengercredibility"),
        ("audiences", "0005_region_help"),
        ("audiences", "0006_user_session_salt"),
        ("audiences", "0007_organisation_translated_names"),
    ]

    dependencies = [
        ("audiences", "0001_user"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="session_salt",
            field=models.CharField(
                blank=True, default="", editable=False, max_length=64
            ),
        ),
        migrations.CreateModel(
            name="Channel",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "translation_key",
                    models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                ("name", models.CharField(max_length=200, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        help_text="The same in every language: it is the key in library URLs.",
                        max_length=80,
                        verbose_name="slug",
                    ),
                ),
                (
                    "description",
                    models.TextField(blank=True, verbose_name="description"),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("online", "Online"),
                            ("offline", "Offline"),
                            ("broadcast", "Broadcast"),
                        ],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "format_constraints",
                    models.TextField(
                        blank=True,
                        help_text="Lengths, aspect ratios, moderation rules, what works there.",
                        verbose_name="format constraints",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "channel",
                "verbose_name_plural": "channels",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Organisation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "name",
                    models.CharField(max_length=200, unique=True, verbose_name="name"),
                ),
                (
                    "name_kk",
                    models.CharField(
                        blank=True, max_length=200, verbose_name="name in Kazakh"
                    ),
                ),
                (
                    "name_ru",
                    models.CharField(
                        blank=True, max_length=200, verbose_name="name in Russian"
                    ),
                ),
                (
                    "name_en",
                    models.CharField(
                        blank=True, max_length=200, verbose_name="name in English"
                    ),
                ),
                (
                    "slug",
                    models.SlugField(max_length=80, unique=True, verbose_name="slug"),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("irg", "Regional information and explanatory group"),
                            ("ngo", "NGO"),
                            ("state", "State department"),
                            ("religious", "Religious association"),
                            ("media", "Media"),
                            ("donor", "Donor"),
                        ],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "description",
                    models.TextField(blank=True, verbose_name="public description"),
                ),
                ("website", models.URLField(blank=True, verbose_name="website")),
                (
                    "collection",
                    models.OneToOneField(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="organisation",
                        to="wagtailcore.collection",
                        verbose_name="image and document collection",
                    ),
                ),
            ],
            options={
                "verbose_name": "organisation",
                "verbose_name_plural": "organisations",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="Membership",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "sort_order",
                    models.IntegerField(blank=True, editable=False, null=True),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("editor", "Editor"),
                            ("reviewer", "Reviewer"),
                            ("planner", "Campaign planner"),
                            ("admin", "Organisation admin"),
                        ],
                        max_length=10,
                        verbose_name="role",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="memberships",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
                (
                    "organisation",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="memberships",
                        to="audiences.organisation",
                        verbose_name="organisation",
                    ),
                ),
            ],
            options={
                "verbose_name": "membership",
                "verbose_name_plural": "memberships",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="OrganisationGroup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        choices=[
                            ("editor", "Editor"),
                            ("reviewer", "Reviewer"),
                            ("planner", "Campaign planner"),
                            ("admin", "Organisation admin"),
                        ],
                        max_length=10,
                    ),
                ),
                (
                    "group",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="organisation_role",
                        to="auth.group",
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="role_groups",
                        to="audiences.organisation",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="Region",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "translation_key",
                    models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                ("name", models.CharField(max_length=200, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        help_text="The same in every language: it is the key in library URLs.",
                        max_length=80,
                        verbose_name="slug",
                    ),
                ),
                (
                    "description",
                    models.TextField(blank=True, verbose_name="description"),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("region", "Region (oblys)"),
                            ("city", "City of republican significance"),
                        ],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "centre",
                    models.CharField(
                        blank=True, max_length=100, verbose_name="administrative centre"
                    ),
                ),
                (
                    "where_to_get_help",
                    models.TextField(
                        blank=True,
                        help_text="Advisory centres, helplines and addresses in this region, in this language. Printed on the brochures of materials for the region.",
                        verbose_name="where to get help",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "region",
                "verbose_name_plural": "regions",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="organisation",
            name="region",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="audiences.region",
                verbose_name="region",
            ),
        ),
        migrations.CreateModel(
            name="Messenger",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "public_name",
                    models.CharField(
                        help_text="As it may appear in plans and documents.",
                        max_length=120,
                        verbose_name="name or pseudonym",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("imam", "Imam"),
                            ("theologian", "Theologian"),
                            ("psychologist", "Psychologist"),
                            ("teacher", "Teacher"),
                            ("parent", "Parent"),
                            ("athlete", "Athlete"),
                            ("blogger", "Blogger"),
                            ("former", "Former (left an extremist group)"),
                            ("civil", "Civil servant"),
                            ("activist", "NGO activist"),
                        ],
                        max_length=12,
                        verbose_name="kind",
                    ),
                ),
                (
                    "profile",
                    models.TextField(
                        blank=True,
                        help_text="Why this voice is trusted. Shown in plan documents.",
                        verbose_name="public profile",
                    ),
                ),
                (
                    "consent",
                    models.CharField(
                        choices=[
                            ("none", "Not recorded"),
                            ("verbal", "Verbal consent"),
                            ("written", "Written consent"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        default="none",
                        max_length=10,
                        verbose_name="consent",
                    ),
                ),
                (
                    "consent_date",
                    models.DateField(
                        blank=True, null=True, verbose_name="consent date"
                    ),
                ),
                (
                    "safety_risk",
                    models.CharField(
                        choices=[
                            ("low", "Low"),
                            ("medium", "Medium"),
                            ("high", "High"),
                        ],
                        default="low",
                        max_length=6,
                        verbose_name="safety risk",
                    ),
                ),
                (
                    "identity_public",
                    models.BooleanField(
                        default=False,
                        help_text="Off: plans and documents show the kind of voice only, never the name.",
                        verbose_name="identity may be public",
                    ),
                ),
                (
                    "phone",
                    models.CharField(blank=True, max_length=40, verbose_name="phone"),
                ),
                (
                    "messenger_handle",
                    models.CharField(
                        blank=True, max_length=80, verbose_name="Telegram / WhatsApp"
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True, max_length=254, verbose_name="e-mail"
                    ),
                ),
                (
                    "internal_notes",
                    models.TextField(blank=True, verbose_name="internal notes"),
                ),
                (
                    "languages",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="languages",
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="messengers",
                        to="audiences.organisation",
                        verbose_name="organisation",
                    ),
                ),
                (
                    "regions",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                        related_name="+",
                        to="audiences.region",
                        verbose_name="regions",
                    ),
                ),
            ],
            options={
                "verbose_name": "messenger",
                "verbose_name_plural": "messengers",
                "ordering": ["public_name"],
            },
        ),
        migrations.CreateModel(
            name="TargetGroup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "translation_key",
                    models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                ("name", models.CharField(max_length=200, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        help_text="The same in every language: it is the key in library URLs.",
                        max_length=80,
                        verbose_name="slug",
                    ),
                ),
                (
                    "description",
                    models.TextField(blank=True, verbose_name="description"),
                ),
                (
                    "persona",
                    models.TextField(
                        blank=True,
                        help_text="A short portrait of one typical member.",
                        verbose_name="persona",
                    ),
                ),
                (
                    "age_min",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        null=True,
                        validators=[django.core.validators.MaxValueValidator(120)],
                        verbose_name="youngest age",
                    ),
                ),
                (
                    "age_max",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        null=True,
                        validators=[django.core.validators.MaxValueValidator(120)],
                        verbose_name="oldest age",
                    ),
                ),
                (
                    "setting",
                    models.CharField(
                        choices=[
                            ("any", "Urban and rural"),
                            ("urban", "Urban"),
                            ("rural", "Rural"),
                        ],
                        default="any",
                        max_length=5,
                        verbose_name="urban or rural",
                    ),
                ),
                (
                    "gender_focus",
                    models.CharField(
                        choices=[
                            ("any", "Any gender"),
                            ("women", "Women"),
                            ("men", "Men"),
                        ],
                        default="any",
                        max_length=5,
                        verbose_name="gender focus",
                    ),
                ),
                (
                    "values_and_concerns",
                    models.TextField(blank=True, verbose_name="values and concerns"),
                ),
                (
                    "sensitivities",
                    models.TextField(
                        blank=True,
                        help_text="What not to say to this group, and why.",
                        verbose_name="sensitivities",
                    ),
                ),
                (
                    "languages",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="languages",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                (
                    "regions",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="+",
                        to="audiences.region",
                        verbose_name="regions",
                    ),
                ),
            ],
            options={
                "verbose_name": "target group",
                "verbose_name_plural": "target groups",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="MessengerCredibility",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "sort_order",
                    models.IntegerField(blank=True, editable=False, null=True),
                ),
                (
                    "level",
                    models.PositiveSmallIntegerField(
                        choices=[(1, "Low"), (2, "Medium"), (3, "High")],
                        default=2,
                        verbose_name="credibility",
                    ),
                ),
                (
                    "note",
                    models.CharField(blank=True, max_length=300, verbose_name="why"),
                ),
                (
                    "messenger",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="credibility",
                        to="audiences.messenger",
                    ),
                ),
                (
                    "target_group",
                    models.ForeignKey(
                        limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="audiences.targetgroup",
                        verbose_name="target group",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="MediaHabit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "sort_order",
                    models.IntegerField(blank=True, editable=False, null=True),
                ),
                (
                    "share",
                    models.DecimalField(
                        decimal_places=1,
                        max_digits=4,
                        validators=[
                            django.core.validators.MinValueValidator(0),
                            django.core.validators.MaxValueValidator(100),
                        ],
                        verbose_name="share (%)",
                    ),
                ),
                ("source", models.CharField(max_length=300, verbose_name="source")),
                (
                    "channel",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="audiences.channel",
                    ),
                ),
                (
                    "target_group",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="media_habits",
                        to="audiences.targetgroup",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Evidence",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "sort_order",
                    models.IntegerField(blank=True, editable=False, null=True),
                ),
                (
                    "statement",
                    models.CharField(max_length=300, verbose_name="statement"),
                ),
                (
                    "value",
                    models.DecimalField(
                        blank=True,
                        decimal_places=1,
                        max_digits=7,
                        null=True,
                        verbose_name="value",
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        blank=True, default="%", max_length=20, verbose_name="unit"
                    ),
                ),
                ("source", models.CharField(max_length=300, verbose_name="source")),
                (
                    "target_group",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="audiences.targetgroup",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.AddConstraint(
            model_name="channel",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="audiences_channel_locale_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="channel",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="membership",
            constraint=models.UniqueConstraint(
                fields=("organisation", "user", "role"),
                name="unique_membership_role",
                violation_error_message="This person already has that role here.",
            ),
        ),
        migrations.AddConstraint(
            model_name="organisationgroup",
            constraint=models.UniqueConstraint(
                fields=("organisation", "role"), name="unique_organisation_role"
            ),
        ),
        migrations.AddConstraint(
            model_name="region",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="audiences_region_locale_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="region",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="targetgroup",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="audiences_targetgroup_locale_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="targetgroup",
            unique_together={("translation_key", "locale")},
        ),
    ]
