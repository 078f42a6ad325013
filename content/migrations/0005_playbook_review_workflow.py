"""Reply playbooks go through the strategic communication review (data only)."""

from django.db import migrations


def review_playbooks(apps, schema_editor):
    from content.checklist_data import _review_playbooks

    _review_playbooks(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0004_reply_playbooks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(review_playbooks, migrations.RunPython.noop),
    ]
