"""The review checklist and the two review workflows every installation starts with."""

from django.db import migrations


def forwards(apps, schema_editor):
    from content.checklist_data import CHECKLIST

    ChecklistItem = apps.get_model("content", "ChecklistItem")
    ChecklistReviewTask = apps.get_model("content", "ChecklistReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    if not ChecklistItem.objects.exists():
        for order, row in enumerate(CHECKLIST, start=1):
            ChecklistItem.objects.create(
                sort_order=order * 10,
                required=row["required"],
                anchor=row["anchor"],
                **{f"question_{code}": text for code, text in row["question"].items()},
                **{f"guidance_{code}": text for code, text in row["guidance"].items()},
            )

    content_type, _ = ContentType.objects.get_or_create(
        app_label="content", model="checklistreviewtask"
    )

    def task(name, distinct):
        found = ChecklistReviewTask.objects.filter(name=name).first()
        if found is None:
            found = ChecklistReviewTask.objects.create(
                name=name, distinct_reviewer=distinct, content_type=content_type
            )
        return found

    first = task("Expert review", False)
    second = task("Second expert review", True)
    for name, tasks in (
        ("Strategic communication review", [first]),
        ("Two-expert review", [first, second]),
    ):
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            for order, item in enumerate(tasks):
                WorkflowTask.objects.create(workflow=workflow, task=item, sort_order=order)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0003_review_and_spaces"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
