"""Factories for audiences records; used by the tests and the demo-data command."""

import itertools

from wagtail.models import Locale

from audiences.models import Channel, Organisation, Region, TargetGroup

LANGUAGE_CODES = ("kk", "ru", "en")
_seq = itertools.count(1)


def ensure_locales():
    """The three content locales, created when missing; returns them by code."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in LANGUAGE_CODES
    }


def translated(model, *, slug, names, **fields):
    """One record per language sharing a translation key; returns them by code.

    ``names`` maps a language code to the name (or to a dict of translated fields).
    Existing records (matched by slug and locale) are updated, so calling this
    twice changes nothing: the demo command relies on that.
    """
    locales = ensure_locales()
    records = {}
    source = None
    for code in LANGUAGE_CODES:
        value = names[code]
        local_fields = {"name": value} if isinstance(value, str) else dict(value)
        local_fields.update(fields)
        obj = model.objects.filter(slug=slug, locale=locales[code]).first()
        if obj is None:
            obj = model(slug=slug, locale=locales[code])
            if source is not None:
                obj.translation_key = source.translation_key
        for key, val in local_fields.items():
            setattr(obj, key, val)
        obj.save()
        source = source or obj
        records[code] = obj
    return records


def make_region(slug=None, name=None, kind=Region.Kind.REGION):
    slug = slug or f"region-{next(_seq)}"
    name = name or slug.replace("-", " ").title()
    return translated(
        Region, slug=slug, names=dict.fromkeys(LANGUAGE_CODES, name), kind=kind
    )


def make_target_group(slug=None, name=None, **fields):
    slug = slug or f"group-{next(_seq)}"
    name = name or slug.replace("-", " ").title()
    return translated(
        TargetGroup, slug=slug, names=dict.fromkeys(LANGUAGE_CODES, name), **fields
    )


def make_channel(slug=None, name=None, kind=Channel.Kind.ONLINE):
    slug = slug or f"channel-{next(_seq)}"
    name = name or slug.replace("-", " ").title()
    return translated(
        Channel, slug=slug, names=dict.fromkeys(LANGUAGE_CODES, name), kind=kind
    )


def make_organisation(slug=None, name=None, kind=Organisation.Kind.IRG, region=None):
    slug = slug or f"org-{next(_seq)}"
    org, _ = Organisation.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name or slug.replace("-", " ").title(),
            "kind": kind,
            "region": region,
        },
    )
    return org
