"""Listing columns for the admin that read in the user's language.

Wagtail's ``BooleanColumn`` titles its tick and cross icons with Python's
"True"/"False"; a Kazakh or Russian screen reader would read them in English.
"""

from django.utils.text import capfirst
from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """A tick or a cross, titled "Yes"/"No" in the active language."""

    cell_template_name = "audiences/admin/yes_no_cell.html"


def yes_no(model, field_name, **kwargs):
    """A ``YesNoColumn`` for a model's boolean field, headed by its verbose name."""
    field = model._meta.get_field(field_name)
    kwargs.setdefault("label", capfirst(field.verbose_name))
    kwargs.setdefault("sort_key", field_name)
    return YesNoColumn(field_name, **kwargs)
