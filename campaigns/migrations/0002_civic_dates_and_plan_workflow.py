"""Kazakhstan's civic dates and the plan approval workflow, as editable data."""

from datetime import date

from django.db import migrations

# (kind, month-day or full date, last day, yearly, kk, ru, en, note)
CIVIC_DATES = [
    ("religious", date(2000, 1, 7), None, True,
     "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas",
     "Public holiday."),
    ("civic", date(2000, 3, 8), None, True,
     "Халықаралық әйелдер күні", "Международный женский день",
     "International Women's Day", ""),
    ("civic", date(2000, 3, 21), date(2000, 3, 23), True,
     "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz", "Three days of public holiday."),
    ("civic", date(2000, 5, 1), None, True,
     "Қазақстан халқының бірлігі күні", "День единства народа Казахстана",
     "Day of Unity of the People of Kazakhstan", ""),
    ("civic", date(2000, 5, 7), None, True,
     "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day",
     ""),
    ("civic", date(2000, 5, 9), None, True,
     "Жеңіс күні", "День Победы", "Victory Day", ""),
    ("civic", date(2000, 7, 6), None, True,
     "Астана күні", "День столицы", "Capital City Day", ""),
    ("civic", date(2000, 8, 30), None, True,
     "Конституция күні", "День Конституции", "Constitution Day", ""),
    ("civic", date(2000, 10, 18), None, True,
     "Рухани келісім күні", "День духовного согласия", "Day of Spiritual Accord",
     "A natural date for interfaith and tolerance activities."),
    ("civic", date(2000, 10, 25), None, True,
     "Республика күні", "День Республики", "Republic Day", ""),
    ("civic", date(2000, 12, 16), None, True,
     "Тәуелсіздік күні", "День Независимости", "Independence Day", ""),
    # Dates that move with the lunar calendar: one row per year, check each year
    # against the Spiritual Administration of Muslims of Kazakhstan.
    ("religious", date(2026, 3, 20), None, False,
     "Ораза айт", "Ораза айт", "Oraza Ait (Eid al-Fitr)",
     "Expected date; confirm with the Spiritual Administration."),
    ("religious", date(2026, 5, 27), None, False,
     "Құрбан айт", "Курбан айт", "Kurban Ait (Eid al-Adha)",
     "Public holiday; expected date."),
    ("religious", date(2027, 3, 10), None, False,
     "Ораза айт", "Ораза айт", "Oraza Ait (Eid al-Fitr)",
     "Expected date; confirm with the Spiritual Administration."),
    ("religious", date(2027, 5, 16), None, False,
     "Құрбан айт", "Курбан айт", "Kurban Ait (Eid al-Adha)",
     "Public holiday; expected date."),
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
    dependencies = [
        ("campaigns", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
