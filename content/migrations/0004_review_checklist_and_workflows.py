"""The review checklist and the two review workflows every installation starts with."""

from django.db import migrations


def forwards(apps, schema_editor):
    from content.checklist_data import install_review_defaults

    install_review_defaults(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0003_review_and_spaces"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
