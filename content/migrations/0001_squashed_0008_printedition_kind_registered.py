"""The library: taxonomy, material pages, images, organisation spaces, review
checklists and print editions, in their present shape, and the review
checklist and workflows every installation starts with.

Squashed from 0001_taxonomy … 0008_printedition_kind_registered (see the
README, "Upgrading"). The translation-source backfill of 0006 is left out: a
new database has no translations to backfill.
"""

import content.models.library
import content.printing.models
import content.printing.registry
import django.db.models.deletion
import modelcluster.contrib.taggit
import modelcluster.fields
import modelsearch.index
import taggit.managers
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


def install_review_defaults(apps, schema_editor):
    from content.checklist_data import install_review_defaults as install

    install(apps)


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("content", "0001_taxonomy"),
        ("content", "0002_material_cover_alt"),
        ("content", "0003_review_and_spaces"),
        ("content", "0004_review_checklist_and_workflows"),
        ("content", "0005_print_editions"),
        ("content", "0006_translation_source"),
        ("content", "0007_alter_materialpage_body_alter_materialpage_sources"),
        ("content", "0008_printedition_kind_registered"),
    ]

    dependencies = [
        ("audiences", "0002_squashed_0007_organisation_translated_names"),
        ("contenttypes", "0002_remove_content_type_name"),
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="BlockedAddress",
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
                    "address",
                    models.CharField(
                        help_text="A domain such as “example.org” blocks it and every subdomain; an address such as “t.me/channel” blocks that address and everything under it.",
                        max_length=500,
                        unique=True,
                        verbose_name="domain or address",
                    ),
                ),
                (
                    "reason",
                    models.CharField(blank=True, max_length=300, verbose_name="reason"),
                ),
                (
                    "source",
                    models.CharField(
                        blank=True,
                        help_text="Where the entry comes from, e.g. a court decision or a list.",
                        max_length=300,
                        verbose_name="source",
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="added"),
                ),
            ],
            options={
                "verbose_name": "blocked address",
                "verbose_name_plural": "do-not-amplify list",
                "ordering": ["address"],
            },
        ),
        migrations.CreateModel(
            name="ChecklistItem",
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
                    "question_en",
                    models.CharField(max_length=300, verbose_name="question (English)"),
                ),
                (
                    "question_ru",
                    models.CharField(max_length=300, verbose_name="question (Russian)"),
                ),
                (
                    "question_kk",
                    models.CharField(max_length=300, verbose_name="question (Kazakh)"),
                ),
                (
                    "guidance_en",
                    models.TextField(blank=True, verbose_name="guidance (English)"),
                ),
                (
                    "guidance_ru",
                    models.TextField(blank=True, verbose_name="guidance (Russian)"),
                ),
                (
                    "guidance_kk",
                    models.TextField(blank=True, verbose_name="guidance (Kazakh)"),
                ),
                (
                    "required",
                    models.BooleanField(
                        default=True,
                        help_text="A required item answered “no” blocks approval.",
                        verbose_name="required",
                    ),
                ),
                (
                    "anchor",
                    models.CharField(
                        blank=True,
                        help_text="The recommendation or finding of the brief it rests on.",
                        max_length=200,
                        verbose_name="where it comes from",
                    ),
                ),
                (
                    "sort_order",
                    models.PositiveIntegerField(default=0, verbose_name="order"),
                ),
                ("active", models.BooleanField(default=True, verbose_name="active")),
            ],
            options={
                "verbose_name": "review checklist item",
                "verbose_name_plural": "review checklist",
                "ordering": ["sort_order", "pk"],
            },
        ),
        migrations.CreateModel(
            name="ChecklistReviewTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
                (
                    "distinct_reviewer",
                    models.BooleanField(
                        default=False,
                        help_text="Someone who approved an earlier step of the same review cannot approve this one (a second pair of eyes).",
                        verbose_name="needs a different reviewer",
                    ),
                ),
            ],
            options={
                "verbose_name": "Strategic communication review",
                "verbose_name_plural": "Strategic communication reviews",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.CreateModel(
            name="ChecklistReviewTaskState",
            fields=[
                (
                    "taskstate_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.taskstate",
                    ),
                ),
            ],
            options={
                "verbose_name": "Strategic communication review state",
                "verbose_name_plural": "Strategic communication review states",
            },
            bases=("wagtailcore.taskstate",),
        ),
        migrations.CreateModel(
            name="HomePage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("intro", models.TextField(blank=True, verbose_name="introduction")),
                (
                    "helpline_text",
                    wagtail.fields.RichTextField(
                        blank=True, verbose_name="where to get help"
                    ),
                ),
            ],
            options={
                "verbose_name": "home page",
            },
            bases=(content.models.library.RestrictionsOnceMixin, "wagtailcore.page"),
        ),
        migrations.CreateModel(
            name="LibraryPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("intro", models.TextField(blank=True, verbose_name="introduction")),
            ],
            options={
                "verbose_name": "library",
            },
            bases=(
                content.models.library.RestrictionsOnceMixin,
                wagtail.contrib.routable_page.models.RoutablePageMixin,
                "wagtailcore.page",
            ),
        ),
        migrations.CreateModel(
            name="Format",
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
                "verbose_name": "format",
                "verbose_name_plural": "formats",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="KopirImage",
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
                ("title", models.CharField(max_length=255, verbose_name="title")),
                (
                    "file",
                    wagtail.images.models.WagtailImageField(
                        height_field="height",
                        upload_to=wagtail.images.models.get_upload_to,
                        verbose_name="file",
                        width_field="width",
                    ),
                ),
                (
                    "description",
                    models.CharField(
                        blank=True,
                        default="",
                        max_length=255,
                        verbose_name="description",
                    ),
                ),
                ("width", models.IntegerField(editable=False, verbose_name="width")),
                ("height", models.IntegerField(editable=False, verbose_name="height")),
                (
                    "created_at",
                    models.DateTimeField(
                        auto_now_add=True, db_index=True, verbose_name="created at"
                    ),
                ),
                ("focal_point_x", models.PositiveIntegerField(blank=True, null=True)),
                ("focal_point_y", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "focal_point_width",
                    models.PositiveIntegerField(blank=True, null=True),
                ),
                (
                    "focal_point_height",
                    models.PositiveIntegerField(blank=True, null=True),
                ),
                ("file_size", models.PositiveIntegerField(editable=False, null=True)),
                (
                    "file_hash",
                    models.CharField(
                        blank=True, db_index=True, editable=False, max_length=40
                    ),
                ),
                (
                    "credit",
                    models.CharField(blank=True, max_length=200, verbose_name="credit"),
                ),
                (
                    "collection",
                    models.ForeignKey(
                        default=wagtail.models.media.get_root_collection_id,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailcore.collection",
                        verbose_name="collection",
                    ),
                ),
                (
                    "tags",
                    taggit.managers.TaggableManager(
                        blank=True,
                        help_text=None,
                        through="taggit.TaggedItem",
                        to="taggit.Tag",
                        verbose_name="tags",
                    ),
                ),
                (
                    "uploaded_by_user",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="uploaded by user",
                    ),
                ),
            ],
            options={
                "abstract": False,
            },
            bases=(
                wagtail.images.models.ImageFileMixin,
                modelsearch.index.Indexed,
                models.Model,
            ),
        ),
        migrations.CreateModel(
            name="KopirRendition",
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
                ("filter_spec", models.CharField(db_index=True, max_length=255)),
                (
                    "file",
                    wagtail.images.models.WagtailImageField(
                        height_field="height",
                        storage=wagtail.images.models.get_rendition_storage,
                        upload_to=wagtail.images.models.get_rendition_upload_to,
                        width_field="width",
                    ),
                ),
                ("width", models.IntegerField(editable=False)),
                ("height", models.IntegerField(editable=False)),
                (
                    "focal_point_key",
                    models.CharField(
                        blank=True, default="", editable=False, max_length=16
                    ),
                ),
                (
                    "image",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="renditions",
                        to="content.kopirimage",
                    ),
                ),
            ],
            bases=(wagtail.images.models.ImageFileMixin, models.Model),
        ),
        migrations.CreateModel(
            name="MaterialPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("summary", models.TextField(max_length=600, verbose_name="summary")),
                (
                    "cover_alt",
                    models.CharField(
                        blank=True,
                        help_text="What the cover shows, in this page's language. Empty uses the image's own description.",
                        max_length=250,
                        verbose_name="cover alt text",
                    ),
                ),
                (
                    "body",
                    wagtail.fields.StreamField(
                        [
                            ("heading", 2),
                            ("paragraph", 3),
                            ("image", 4),
                            ("quote", 7),
                            ("fact", 12),
                            ("myth_fact", 16),
                            ("media", 22),
                            ("call_to_action", 27),
                            ("helpline", 32),
                            ("questions", 38),
                        ],
                        block_lookup={
                            0: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "text", "max_length": 160},
                            ),
                            1: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [
                                        ("h2", "Section"),
                                        ("h3", "Sub-section"),
                                    ],
                                    "label": "level",
                                },
                            ),
                            2: (
                                "wagtail.blocks.StructBlock",
                                [[("text", 0), ("level", 1)]],
                                {"label": "Heading"},
                            ),
                            3: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {
                                    "description": "Running text.",
                                    "features": ["bold", "italic", "link", "ol", "ul"],
                                    "group": "Text",
                                    "icon": "pilcrow",
                                    "label": "Paragraph",
                                    "preview_value": "<p>Family is where most of us first learn to trust.</p>",
                                    "template": "blocks/paragraph.html",
                                },
                            ),
                            4: (
                                "wagtail.images.blocks.ImageBlock",
                                [],
                                {
                                    "description": "An image with alternative text for people who cannot see it.",
                                    "group": "Media",
                                    "icon": "image",
                                    "label": "Image",
                                    "template": "blocks/image.html",
                                },
                            ),
                            5: ("wagtail.blocks.TextBlock", (), {"label": "quotation"}),
                            6: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "who said it", "required": False},
                            ),
                            7: (
                                "wagtail.blocks.StructBlock",
                                [[("text", 5), ("attribution", 6)]],
                                {"label": "Quote"},
                            ),
                            8: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {
                                    "label": "figure",
                                    "max_length": 40,
                                    "required": False,
                                },
                            ),
                            9: ("wagtail.blocks.TextBlock", (), {"label": "statement"}),
                            10: ("wagtail.blocks.CharBlock", (), {"label": "source"}),
                            11: (
                                "wagtail.blocks.URLBlock",
                                (),
                                {"label": "source link", "required": False},
                            ),
                            12: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("figure", 8),
                                        ("statement", 9),
                                        ("source", 10),
                                        ("source_url", 11),
                                    ]
                                ],
                                {"label": "Fact"},
                            ),
                            13: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {
                                    "help_text": "Describe the claim in your own neutral words. Never quote extremist text or link to it.",
                                    "label": "the claim, paraphrased",
                                },
                            ),
                            14: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {
                                    "features": ["bold", "italic", "link", "ul"],
                                    "label": "the answer",
                                },
                            ),
                            15: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "source of the answer", "required": False},
                            ),
                            16: (
                                "wagtail.blocks.StructBlock",
                                [[("claim", 13), ("answer", 14), ("source", 15)]],
                                {"label": "Claim and answer"},
                            ),
                            17: ("wagtail.blocks.CharBlock", (), {"label": "title"}),
                            18: (
                                "wagtail.documents.blocks.DocumentChooserBlock",
                                (),
                                {"label": "file", "required": False},
                            ),
                            19: (
                                "wagtail.blocks.URLBlock",
                                (),
                                {
                                    "help_text": "A link to the same video or audio on our own channel.",
                                    "label": "or a link",
                                    "required": False,
                                },
                            ),
                            20: (
                                "wagtail.blocks.ChoiceBlock",
                                [],
                                {
                                    "choices": [("video", "Video"), ("audio", "Audio")],
                                    "label": "kind",
                                },
                            ),
                            21: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {"label": "transcript", "required": False},
                            ),
                            22: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("title", 17),
                                        ("file", 18),
                                        ("url", 19),
                                        ("kind", 20),
                                        ("transcript", 21),
                                    ]
                                ],
                                {"label": "Video or audio"},
                            ),
                            23: ("wagtail.blocks.CharBlock", (), {"label": "text"}),
                            24: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "button label", "max_length": 60},
                            ),
                            25: (
                                "wagtail.blocks.PageChooserBlock",
                                (),
                                {"label": "page", "required": False},
                            ),
                            26: (
                                "wagtail.blocks.URLBlock",
                                (),
                                {"label": "or a link", "required": False},
                            ),
                            27: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("text", 23),
                                        ("link_label", 24),
                                        ("page", 25),
                                        ("url", 26),
                                    ]
                                ],
                                {"label": "Call to action"},
                            ),
                            28: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "phone", "max_length": 40, "required": False},
                            ),
                            29: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "opening hours", "required": False},
                            ),
                            30: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "address", "required": False},
                            ),
                            31: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {"label": "what they help with", "required": False},
                            ),
                            32: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("title", 17),
                                        ("phone", 28),
                                        ("hours", 29),
                                        ("address", 30),
                                        ("description", 31),
                                    ]
                                ],
                                {"label": "Where to get help"},
                            ),
                            33: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "heading", "required": False},
                            ),
                            34: ("wagtail.blocks.CharBlock", (), {"label": "question"}),
                            35: (
                                "wagtail.blocks.RichTextBlock",
                                (),
                                {
                                    "features": ["bold", "italic", "link"],
                                    "label": "answer",
                                },
                            ),
                            36: (
                                "wagtail.blocks.StructBlock",
                                [[("question", 34), ("answer", 35)]],
                                {"label": "question"},
                            ),
                            37: (
                                "wagtail.blocks.ListBlock",
                                (36,),
                                {"label": "questions", "min_num": 1},
                            ),
                            38: (
                                "wagtail.blocks.StructBlock",
                                [[("heading", 33), ("items", 37)]],
                                {"label": "Questions and answers"},
                            ),
                        },
                        verbose_name="body",
                    ),
                ),
                (
                    "sources",
                    wagtail.fields.StreamField(
                        [("source", 4)],
                        blank=True,
                        block_lookup={
                            0: ("wagtail.blocks.CharBlock", (), {"label": "title"}),
                            1: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "publisher", "required": False},
                            ),
                            2: (
                                "wagtail.blocks.IntegerBlock",
                                (),
                                {"label": "year", "min_value": 1900, "required": False},
                            ),
                            3: (
                                "wagtail.blocks.URLBlock",
                                (),
                                {"label": "link", "required": False},
                            ),
                            4: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("title", 0),
                                        ("publisher", 1),
                                        ("year", 2),
                                        ("url", 3),
                                    ]
                                ],
                                {"label": "Source"},
                            ),
                        },
                        verbose_name="sources",
                    ),
                ),
                (
                    "licence",
                    models.CharField(
                        choices=[
                            ("cc-by-4.0", "CC BY 4.0"),
                            ("cc-by-sa-4.0", "CC BY-SA 4.0"),
                            ("cc-by-nc-4.0", "CC BY-NC 4.0"),
                            ("reserved", "All rights reserved"),
                        ],
                        default="cc-by-4.0",
                        max_length=20,
                        verbose_name="licence",
                    ),
                ),
                (
                    "adapted_from",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="adaptations",
                        to="content.materialpage",
                        verbose_name="adapted from",
                    ),
                ),
                (
                    "cover_image",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="content.kopirimage",
                        verbose_name="cover image",
                    ),
                ),
                (
                    "format",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="content.format",
                        verbose_name="format",
                    ),
                ),
                (
                    "origin_organisation",
                    models.ForeignKey(
                        blank=True,
                        help_text="Set from the organisation space the material lives in.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="materials",
                        to="audiences.organisation",
                        verbose_name="origin organisation",
                    ),
                ),
                (
                    "regions",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Leave empty if the material suits every region.",
                        related_name="materials",
                        to="audiences.region",
                        verbose_name="regions",
                    ),
                ),
                (
                    "target_groups",
                    modelcluster.fields.ParentalManyToManyField(
                        related_name="materials",
                        to="audiences.targetgroup",
                        verbose_name="target groups",
                    ),
                ),
                (
                    "translated_from",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="translations_made",
                        to="content.materialpage",
                        verbose_name="translated from",
                    ),
                ),
                (
                    "translated_from_revision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="source revision followed",
                    ),
                ),
            ],
            options={
                "verbose_name": "material",
                "verbose_name_plural": "materials",
            },
            bases=(content.models.library.RestrictionsOnceMixin, "wagtailcore.page"),
        ),
        migrations.CreateModel(
            name="MaterialTag",
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
                    "content_object",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged_items",
                        to="content.materialpage",
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="%(app_label)s_%(class)s_items",
                        to="taggit.tag",
                    ),
                ),
            ],
            options={
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="materialpage",
            name="tags",
            field=modelcluster.contrib.taggit.ClusterTaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="content.MaterialTag",
                to="taggit.Tag",
                verbose_name="free tags",
            ),
        ),
        migrations.CreateModel(
            name="NarrativeCountered",
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
                    "number",
                    models.PositiveSmallIntegerField(
                        help_text="Its number in the brief's list of six.",
                        verbose_name="number",
                    ),
                ),
                (
                    "summary",
                    models.TextField(
                        help_text="A neutral paraphrase. Never quote propaganda text.",
                        verbose_name="summary",
                    ),
                ),
                (
                    "recognition",
                    models.TextField(
                        help_text="Markers and manipulation techniques.",
                        verbose_name="how to recognise it",
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
                "verbose_name": "narrative countered",
                "verbose_name_plural": "narratives countered",
                "ordering": ["number"],
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="materialpage",
            name="narratives",
            field=modelcluster.fields.ParentalManyToManyField(
                related_name="materials",
                to="content.narrativecountered",
                verbose_name="narratives countered",
            ),
        ),
        migrations.CreateModel(
            name="OrganisationSpace",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="spaces",
                        to="audiences.organisation",
                        verbose_name="organisation",
                    ),
                ),
            ],
            options={
                "verbose_name": "organisation space",
                "verbose_name_plural": "organisation spaces",
            },
            bases=(content.models.library.RestrictionsOnceMixin, "wagtailcore.page"),
        ),
        migrations.CreateModel(
            name="PrintEdition",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        default=uuid.uuid4,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("key", models.CharField(editable=False, max_length=255, unique=True)),
                (
                    "kind",
                    models.CharField(
                        choices=content.printing.registry.kind_choices,
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "layout",
                    models.CharField(
                        choices=[
                            ("a4", "A4 pages"),
                            ("a5", "A5 booklet"),
                            ("dl", "DL tri-fold leaflet"),
                        ],
                        max_length=4,
                        verbose_name="layout",
                    ),
                ),
                ("language", models.CharField(max_length=8, verbose_name="language")),
                (
                    "folded",
                    models.BooleanField(
                        default=False,
                        help_text="Two A5 pages per A4 sheet, ordered to fold into a booklet.",
                        verbose_name="pages in folding order",
                    ),
                ),
                (
                    "bleed",
                    models.BooleanField(
                        default=False, verbose_name="bleed and crop marks"
                    ),
                ),
                ("title", models.CharField(max_length=255, verbose_name="title")),
                ("pack_pages", models.JSONField(blank=True, default=list)),
                ("object_id", models.CharField(blank=True, max_length=64)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("queued", "Waiting for the worker"),
                            ("rendering", "Rendering"),
                            ("ready", "Ready"),
                            ("failed", "Failed"),
                            ("replaced", "Replaced by a newer revision"),
                            ("withdrawn", "Withdrawn (material unpublished)"),
                        ],
                        default="queued",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                (
                    "progress",
                    models.PositiveSmallIntegerField(
                        default=0, verbose_name="progress"
                    ),
                ),
                (
                    "stage",
                    models.CharField(blank=True, max_length=120, verbose_name="stage"),
                ),
                ("error", models.TextField(blank=True, verbose_name="error")),
                ("file", models.FileField(blank=True, upload_to="print/")),
                (
                    "pages",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="pages"
                    ),
                ),
                (
                    "size",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="file size"
                    ),
                ),
                ("render_seconds", models.FloatField(blank=True, null=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("finished_at", models.DateTimeField(blank=True, null=True)),
                (
                    "content_type",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        to="contenttypes.contenttype",
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="print_editions",
                        to="audiences.organisation",
                        verbose_name="organisation",
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="print_editions",
                        to="content.materialpage",
                    ),
                ),
                (
                    "requested_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                    ),
                ),
            ],
            options={
                "verbose_name": "print edition",
                "verbose_name_plural": "print editions",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="PrintLink",
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
                    "code",
                    models.CharField(
                        default=content.printing.models.new_code,
                        max_length=16,
                        unique=True,
                    ),
                ),
                ("scans", models.PositiveIntegerField(default=0, verbose_name="scans")),
                (
                    "last_scan_on",
                    models.DateField(blank=True, null=True, verbose_name="last scan"),
                ),
                (
                    "edition",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="links",
                        to="content.printedition",
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="print_links",
                        to="content.materialpage",
                    ),
                ),
            ],
            options={
                "verbose_name": "QR link",
                "verbose_name_plural": "QR links",
            },
        ),
        migrations.CreateModel(
            name="ReviewAnswer",
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
                ("question", models.CharField(max_length=300)),
                ("required", models.BooleanField(default=True)),
                (
                    "answer",
                    models.CharField(
                        choices=[
                            ("yes", "Yes"),
                            ("no", "No"),
                            ("na", "Not applicable"),
                        ],
                        max_length=3,
                    ),
                ),
                ("comment", models.TextField(blank=True)),
                (
                    "item",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="answers",
                        to="content.checklistitem",
                    ),
                ),
                (
                    "task_state",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="review_answers",
                        to="wagtailcore.taskstate",
                    ),
                ),
            ],
            options={
                "verbose_name": "review answer",
                "verbose_name_plural": "review answers",
                "ordering": ["pk"],
            },
        ),
        migrations.CreateModel(
            name="Theme",
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
                "verbose_name": "theme / value",
                "verbose_name_plural": "themes / values",
                "ordering": ["name"],
                "abstract": False,
            },
        ),
        migrations.AddField(
            model_name="narrativecountered",
            name="alternative_themes",
            field=models.ManyToManyField(
                blank=True,
                related_name="+",
                to="content.theme",
                verbose_name="alternative themes that answer it",
            ),
        ),
        migrations.AddField(
            model_name="materialpage",
            name="themes",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                related_name="materials",
                to="content.theme",
                verbose_name="themes / values",
            ),
        ),
        migrations.AddConstraint(
            model_name="format",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="content_format_locale_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="format",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="kopirrendition",
            unique_together={("image", "filter_spec", "focal_point_key")},
        ),
        migrations.AddIndex(
            model_name="printedition",
            index=models.Index(
                fields=["page", "status"], name="content_pri_page_id_a4fd72_idx"
            ),
        ),
        migrations.AddConstraint(
            model_name="printlink",
            constraint=models.UniqueConstraint(
                fields=("edition", "page"), name="one_link_per_edition_page"
            ),
        ),
        migrations.AddConstraint(
            model_name="theme",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="content_theme_locale_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="theme",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="narrativecountered",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="content_narrative_locale_slug"
            ),
        ),
        migrations.AlterUniqueTogether(
            name="narrativecountered",
            unique_together={("translation_key", "locale")},
        ),
        migrations.RunPython(install_review_defaults, migrations.RunPython.noop),
    ]
