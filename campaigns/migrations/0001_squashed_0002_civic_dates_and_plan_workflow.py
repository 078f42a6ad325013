"""Campaign plans, messages, activities, risks, indicators and results, in
their present shape; Kazakhstan's civic dates and the plan approval workflow
as editable data.

Squashed from 0001_initial and 0002_civic_dates_and_plan_workflow (see the
README, "Upgrading").
"""

import audiences.models.taxonomy
import datetime
from datetime import date
import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import wagtail.models.preview
from decimal import Decimal
from django.conf import settings
from django.db import migrations, models

# (kind, month-day or full date, last day, yearly, kk, ru, en, note)
CIVIC_DATES = [
    (
        "religious",
        date(2000, 1, 7),
        None,
        True,
        "Православиелік Рождество",
        "Православное Рождество",
        "Orthodox Christmas",
        "Public holiday.",
    ),
    (
        "civic",
        date(2000, 3, 8),
        None,
        True,
        "Халықаралық әйелдер күні",
        "Международный женский день",
        "International Women's Day",
        "",
    ),
    (
        "civic",
        date(2000, 3, 21),
        date(2000, 3, 23),
        True,
        "Наурыз мейрамы",
        "Наурыз мейрамы",
        "Nauryz",
        "Three days of public holiday.",
    ),
    (
        "civic",
        date(2000, 5, 1),
        None,
        True,
        "Қазақстан халқының бірлігі күні",
        "День единства народа Казахстана",
        "Day of Unity of the People of Kazakhstan",
        "",
    ),
    (
        "civic",
        date(2000, 5, 7),
        None,
        True,
        "Отан қорғаушы күні",
        "День защитника Отечества",
        "Defender of the Fatherland Day",
        "",
    ),
    (
        "civic",
        date(2000, 5, 9),
        None,
        True,
        "Жеңіс күні",
        "День Победы",
        "Victory Day",
        "",
    ),
    (
        "civic",
        date(2000, 7, 6),
        None,
        True,
        "Астана күні",
        "День столицы",
        "Capital City Day",
        "",
    ),
    (
        "civic",
        date(2000, 8, 30),
        None,
        True,
        "Конституция күні",
        "День Конституции",
        "Constitution Day",
        "",
    ),
    (
        "civic",
        date(2000, 10, 18),
        None,
        True,
        "Рухани келісім күні",
        "День духовного согласия",
        "Day of Spiritual Accord",
        "A natural date for interfaith and tolerance activities.",
    ),
    (
        "civic",
        date(2000, 10, 25),
        None,
        True,
        "Республика күні",
        "День Республики",
        "Republic Day",
        "",
    ),
    (
        "civic",
        date(2000, 12, 16),
        None,
        True,
        "Тәуелсіздік күні",
        "День Независимости",
        "Independence Day",
        "",
    ),
    # Dates that move with the lunar calendar: one row per year, check each year
    # against the Spiritual Administration of Muslims of Kazakhstan.
    (
        "religious",
        date(2026, 3, 20),
        None,
        False,
        "Ораза айт",
        "Ораза айт",
        "Oraza Ait (Eid al-Fitr)",
        "Expected date; confirm with the Spiritual Administration.",
    ),
    (
        "religious",
        date(2026, 5, 27),
        None,
        False,
        "Құрбан айт",
        "Курбан айт",
        "Kurban Ait (Eid al-Adha)",
        "Public holiday; expected date.",
    ),
    (
        "religious",
        date(2027, 3, 10),
        None,
        False,
        "Ораза айт",
        "Ораза айт",
        "Oraza Ait (Eid al-Fitr)",
        "Expected date; confirm with the Spiritual Administration.",
    ),
    (
        "religious",
        date(2027, 5, 16),
        None,
        False,
        "Құрбан айт",
        "Курбан айт",
        "Kurban Ait (Eid al-Adha)",
        "Public holiday; expected date.",
    ),
]


def forwards(apps, schema_editor):
    CivicDate = apps.get_model("campaigns", "CivicDate")
    for kind, starts, ends, yearly, kk, ru, en, note in CIVIC_DATES:
        CivicDate.objects.get_or_create(
            name_en=en,
            starts_on=starts,
            defaults={
                "kind": kind,
                "ends_on": ends,
                "yearly": yearly,
                "name_kk": kk,
                "name_ru": ru,
                "note": note,
            },
        )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    PlanApprovalTask = apps.get_model("campaigns", "PlanApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="campaigns", model="planapprovaltask"
    )
    plan_type, _ = ContentType.objects.get_or_create(
        app_label="campaigns", model="campaignplan"
    )
    task = PlanApprovalTask.objects.filter(name="Organisation admin approves").first()
    if task is None:
        task = PlanApprovalTask.objects.create(
            name="Organisation admin approves", content_type=task_type, active=True
        )
    workflow, _ = Workflow.objects.get_or_create(
        name="Campaign plan approval", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowContentType.objects.get_or_create(
        content_type=plan_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("campaigns", "0001_initial"),
        ("campaigns", "0002_civic_dates_and_plan_workflow"),
    ]

    dependencies = [
        ("audiences", "0002_squashed_0007_organisation_translated_names"),
        ("content", "0001_squashed_0008_printedition_kind_registered"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Adjustment",
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
                    "date",
                    models.DateField(default=datetime.date.today, verbose_name="date"),
                ),
                ("what_changed", models.TextField(verbose_name="what we changed")),
                ("why", models.TextField(verbose_name="why")),
            ],
            options={
                "verbose_name": "adjustment",
                "verbose_name_plural": "adjustment log",
                "ordering": ["-date", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="CalendarFeed",
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
                ("token", models.CharField(max_length=64, unique=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "verbose_name": "calendar feed",
            },
        ),
        migrations.CreateModel(
            name="CampaignPlan",
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
                    "live",
                    models.BooleanField(
                        default=True, editable=False, verbose_name="live"
                    ),
                ),
                (
                    "has_unpublished_changes",
                    models.BooleanField(
                        default=False,
                        editable=False,
                        verbose_name="has unpublished changes",
                    ),
                ),
                (
                    "first_published_at",
                    models.DateTimeField(
                        blank=True,
                        db_index=True,
                        null=True,
                        verbose_name="first published at",
                    ),
                ),
                (
                    "last_published_at",
                    models.DateTimeField(
                        editable=False, null=True, verbose_name="last published at"
                    ),
                ),
                (
                    "go_live_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="go live date/time"
                    ),
                ),
                (
                    "expire_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="expiry date/time"
                    ),
                ),
                (
                    "expired",
                    models.BooleanField(
                        default=False, editable=False, verbose_name="expired"
                    ),
                ),
                (
                    "locked",
                    models.BooleanField(
                        default=False, editable=False, verbose_name="locked"
                    ),
                ),
                (
                    "locked_at",
                    models.DateTimeField(
                        editable=False, null=True, verbose_name="locked at"
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="title")),
                ("starts_on", models.DateField(verbose_name="starts on")),
                ("ends_on", models.DateField(verbose_name="ends on")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("planning", "Planning"),
                            ("running", "Running"),
                            ("finished", "Finished"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="planning",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                (
                    "budget",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=14,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(0)],
                        verbose_name="budget (KZT)",
                    ),
                ),
                ("problem", models.TextField(blank=True, verbose_name="problem")),
                (
                    "change_sought",
                    models.TextField(blank=True, verbose_name="change sought"),
                ),
                (
                    "objective",
                    models.TextField(
                        blank=True,
                        help_text="What will be different, for whom, by how much, by when. Give it at least one indicator below, or it is a vision, not a goal.",
                        verbose_name="measurable objective",
                    ),
                ),
                (
                    "call_to_action",
                    models.TextField(blank=True, verbose_name="call to action"),
                ),
                (
                    "dialogue",
                    models.TextField(
                        blank=True,
                        help_text="Who answers comments and questions, how fast, in which tone.",
                        verbose_name="dialogue",
                    ),
                ),
                (
                    "referral",
                    models.TextField(
                        blank=True,
                        help_text="Helpline, the region's advisory centre, who takes the case on.",
                        verbose_name="referral pathway",
                    ),
                ),
                (
                    "lessons_learned",
                    models.TextField(blank=True, verbose_name="lessons learned"),
                ),
            ],
            options={
                "verbose_name": "campaign plan",
                "verbose_name_plural": "campaign plans",
                "ordering": ["-starts_on", "title"],
            },
            bases=(wagtail.models.preview.PreviewableMixin, models.Model),
        ),
        migrations.CreateModel(
            name="CivicDate",
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
                    "name_en",
                    models.CharField(max_length=120, verbose_name="name (English)"),
                ),
                (
                    "name_ru",
                    models.CharField(max_length=120, verbose_name="name (Russian)"),
                ),
                (
                    "name_kk",
                    models.CharField(max_length=120, verbose_name="name (Kazakh)"),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("civic", "Civic holiday"),
                            ("religious", "Religious holiday"),
                            ("other", "Other date"),
                        ],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                ("starts_on", models.DateField(verbose_name="date")),
                (
                    "ends_on",
                    models.DateField(
                        blank=True,
                        help_text="For holidays of several days.",
                        null=True,
                        verbose_name="last day",
                    ),
                ),
                (
                    "yearly",
                    models.BooleanField(
                        default=True,
                        help_text="Off for holidays whose date moves (Oraza ait, Kurban ait): enter them for each year.",
                        verbose_name="same date every year",
                    ),
                ),
                (
                    "note",
                    models.CharField(blank=True, max_length=300, verbose_name="note"),
                ),
            ],
            options={
                "verbose_name": "civic date",
                "verbose_name_plural": "civic dates",
                "ordering": ["starts_on"],
            },
        ),
        migrations.CreateModel(
            name="Indicator",
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
                ("name", models.CharField(max_length=200, verbose_name="name")),
                (
                    "family",
                    models.CharField(
                        choices=[
                            ("awareness", "Awareness"),
                            ("engagement", "Engagement"),
                            ("impact", "Impact"),
                            ("output", "Offline output"),
                        ],
                        max_length=10,
                        verbose_name="family",
                    ),
                ),
                (
                    "metric",
                    models.CharField(
                        choices=[
                            ("reach", "Sum of reach"),
                            ("impressions", "Sum of impressions"),
                            ("engagement", "Sum of engagement"),
                            ("comments", "Sum of comments"),
                            ("attendance", "Sum of attendance"),
                            ("qr_scans", "Sum of QR scans"),
                            ("manual", "Measured outside Kopir (enter the value)"),
                        ],
                        max_length=12,
                        verbose_name="rolled up from",
                    ),
                ),
                (
                    "baseline",
                    models.DecimalField(
                        decimal_places=2,
                        default=0,
                        max_digits=14,
                        validators=[django.core.validators.MinValueValidator(0)],
                        verbose_name="baseline",
                    ),
                ),
                (
                    "target",
                    models.DecimalField(
                        decimal_places=2,
                        max_digits=14,
                        validators=[django.core.validators.MinValueValidator(0)],
                        verbose_name="target",
                    ),
                ),
                (
                    "measured",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="Only for indicators measured outside Kopir (e.g. a survey).",
                        max_digits=14,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(0)],
                        verbose_name="measured value",
                    ),
                ),
                (
                    "unit",
                    models.CharField(blank=True, max_length=40, verbose_name="unit"),
                ),
                (
                    "source",
                    models.CharField(max_length=200, verbose_name="source of data"),
                ),
                (
                    "vanity",
                    models.BooleanField(
                        default=False,
                        help_text="Counts that say little about change, such as raw impressions or likes.",
                        verbose_name="vanity metric",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Message",
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
                ("headline", models.CharField(max_length=140, verbose_name="headline")),
                ("text", models.TextField(verbose_name="text")),
                (
                    "tone",
                    models.CharField(
                        choices=[
                            ("warm", "Warm, personal"),
                            ("factual", "Factual, calm"),
                            ("story", "Story, testimony"),
                            ("humour", "Light, with humour"),
                            ("respectful", "Respectful, religious register"),
                        ],
                        default="warm",
                        max_length=10,
                        verbose_name="tone",
                    ),
                ),
            ],
            options={
                "verbose_name": "message",
                "verbose_name_plural": "messages",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="PlanApprovalTask",
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
            ],
            options={
                "verbose_name": "Campaign plan approval",
                "verbose_name_plural": "Campaign plan approvals",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.CreateModel(
            name="PlanAudience",
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
                    "kind",
                    models.CharField(
                        choices=[
                            ("primary", "Primary audience"),
                            ("secondary", "Secondary audience"),
                            ("stakeholder", "Stakeholder / influencer"),
                        ],
                        default="primary",
                        max_length=12,
                        verbose_name="kind",
                    ),
                ),
                (
                    "insight",
                    models.TextField(
                        blank=True,
                        help_text="What we know about them that this campaign is built on.",
                        verbose_name="insight",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="ResultEntry",
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
                ("date", models.DateField(verbose_name="date")),
                (
                    "reach",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="reach"
                    ),
                ),
                (
                    "impressions",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="impressions"
                    ),
                ),
                (
                    "engagement",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="Reactions, shares, saves, replies.",
                        null=True,
                        verbose_name="engagement",
                    ),
                ),
                (
                    "comments",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="comments"
                    ),
                ),
                (
                    "sentiment",
                    models.TextField(
                        blank=True, verbose_name="comments and sentiment notes"
                    ),
                ),
                (
                    "attendance",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="attendance"
                    ),
                ),
                (
                    "qr_scans",
                    models.PositiveIntegerField(
                        blank=True, null=True, verbose_name="QR scans"
                    ),
                ),
                ("notes", models.TextField(blank=True, verbose_name="notes")),
            ],
            options={
                "verbose_name": "result",
                "verbose_name_plural": "results",
                "ordering": ["-date", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="Risk",
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
                    "kind",
                    models.CharField(
                        choices=[
                            ("backlash", "Backlash, hostile comments"),
                            ("messenger", "Safety of messengers"),
                            ("staff", "Safety of staff"),
                            ("stigma", "Stigmatising a community"),
                            ("amplify", "Amplifying the extremist narrative"),
                            ("other", "Other"),
                        ],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                ("description", models.TextField(verbose_name="description")),
                (
                    "likelihood",
                    models.CharField(
                        choices=[
                            ("low", "Low"),
                            ("medium", "Medium"),
                            ("high", "High"),
                        ],
                        max_length=6,
                        verbose_name="likelihood",
                    ),
                ),
                (
                    "impact",
                    models.CharField(
                        choices=[
                            ("low", "Low"),
                            ("medium", "Medium"),
                            ("high", "High"),
                        ],
                        default="medium",
                        max_length=6,
                        verbose_name="impact",
                    ),
                ),
                ("mitigation", models.TextField(verbose_name="mitigation")),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="Activity",
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
                ("title", models.CharField(max_length=200, verbose_name="title")),
                ("starts_at", models.DateTimeField(verbose_name="planned for")),
                (
                    "go_live_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="If it is published: when it becomes visible.",
                        null=True,
                        verbose_name="goes live at",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("idea", "Idea"),
                            ("planned", "Planned"),
                            ("ready", "Ready"),
                            ("done", "Done"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="idea",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                (
                    "cost",
                    models.DecimalField(
                        decimal_places=2,
                        default=Decimal("0"),
                        max_digits=12,
                        validators=[django.core.validators.MinValueValidator(0)],
                        verbose_name="cost (KZT)",
                    ),
                ),
                (
                    "repeat",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "Does not repeat"),
                            ("weekly", "Every week"),
                            ("fortnightly", "Every two weeks"),
                            ("monthly", "Every month"),
                        ],
                        default="",
                        max_length=12,
                        verbose_name="repeats",
                    ),
                ),
                (
                    "repeat_until",
                    models.DateField(
                        blank=True, null=True, verbose_name="repeats until"
                    ),
                ),
                ("notes", models.TextField(blank=True, verbose_name="notes")),
                (
                    "channel",
                    models.ForeignKey(
                        limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="audiences.channel",
                        verbose_name="channel",
                    ),
                ),
            ],
            options={
                "verbose_name": "activity",
                "verbose_name_plural": "activities",
                "ordering": ["starts_at", "pk"],
            },
        ),
        migrations.AddField(
            model_name="activity",
            name="material",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="content.materialpage",
                verbose_name="material from the library",
            ),
        ),
        migrations.AddField(
            model_name="activity",
            name="messenger",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="activities",
                to="audiences.messenger",
                verbose_name="messenger",
            ),
        ),
        migrations.AddField(
            model_name="activity",
            name="owner",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="owner",
            ),
        ),
        migrations.AddField(
            model_name="activity",
            name="target_group",
            field=models.ForeignKey(
                limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="audiences.targetgroup",
                verbose_name="target group",
            ),
        ),
        migrations.AddField(
            model_name="adjustment",
            name="author",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="author",
            ),
        ),
        migrations.AddField(
            model_name="calendarfeed",
            name="user",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="campaignplan",
            name="case_study",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="content.materialpage",
                verbose_name="case study",
            ),
        ),
        migrations.AddField(
            model_name="campaignplan",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="campaignplan",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AddField(
            model_name="campaignplan",
            name="locked_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="locked_%(class)ss",
                to=settings.AUTH_USER_MODEL,
                verbose_name="locked by",
            ),
        ),
        migrations.AddField(
            model_name="campaignplan",
            name="organisation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="campaign_plans",
                to="audiences.organisation",
                verbose_name="organisation",
            ),
        ),
        migrations.AddField(
            model_name="campaignplan",
            name="partners",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Other bodies in the campaign, e.g. a youth policy department.",
                related_name="+",
                to="audiences.organisation",
                verbose_name="partners",
            ),
        ),
        migrations.AddField(
            model_name="adjustment",
            name="plan",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="adjustments",
                to="campaigns.campaignplan",
                verbose_name="campaign plan",
            ),
        ),
        migrations.AddField(
            model_name="activity",
            name="plan",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="activities",
                to="campaigns.campaignplan",
                verbose_name="campaign plan",
            ),
        ),
        migrations.AddField(
            model_name="indicator",
            name="plan",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="indicators",
                to="campaigns.campaignplan",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="channels",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                related_name="+",
                to="audiences.channel",
                verbose_name="channels",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="language",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="language",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="messengers",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                related_name="+",
                to="audiences.messenger",
                verbose_name="messengers",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="narrative",
            field=models.ForeignKey(
                blank=True,
                limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="content.narrativecountered",
                verbose_name="narrative it counters",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="plan",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="messages",
                to="campaigns.campaignplan",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="target_group",
            field=models.ForeignKey(
                limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="audiences.targetgroup",
                verbose_name="target group",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="value",
            field=models.ForeignKey(
                blank=True,
                limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="content.theme",
                verbose_name="value it promotes",
            ),
        ),
        migrations.AddField(
            model_name="activity",
            name="message",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="activities",
                to="campaigns.message",
                verbose_name="message",
            ),
        ),
        migrations.AddField(
            model_name="planaudience",
            name="plan",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="audiences",
                to="campaigns.campaignplan",
            ),
        ),
        migrations.AddField(
            model_name="planaudience",
            name="target_group",
            field=models.ForeignKey(
                limit_choices_to=audiences.models.taxonomy.default_locale_taxonomy,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="audiences.targetgroup",
                verbose_name="target group",
            ),
        ),
        migrations.AddField(
            model_name="resultentry",
            name="activity",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="results",
                to="campaigns.activity",
                verbose_name="activity",
            ),
        ),
        migrations.AddField(
            model_name="risk",
            name="plan",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="risks",
                to="campaigns.campaignplan",
            ),
        ),
        migrations.AddIndex(
            model_name="activity",
            index=models.Index(
                fields=["starts_at"], name="campaigns_a_starts__6a2bb4_idx"
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
