"""Link fields the three apps declare alike, so that a link means the same everywhere.

* ``taxonomy_link``: to a taxonomy record (target group, channel, narrative, value).
  Plans and rosters pick the default-language row, whose translations share its key,
  and a record that something points at cannot be deleted.
* ``optional_link``: to something that may be absent, and is forgotten (set empty)
  when it is deleted: an author, a cover image, the material a plan cites.
"""

from django.db import models

from audiences.models.taxonomy import default_locale_taxonomy


def taxonomy_link(to, verbose_name, *, optional=False, **options):
    options.setdefault("on_delete", models.PROTECT)
    options.setdefault("related_name", "+")
    if optional:
        options.update(null=True, blank=True)
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        limit_choices_to=default_locale_taxonomy,
        **options,
    )


def optional_link(to, verbose_name, **options):
    options.setdefault("related_name", "+")
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        **options,
    )
