"""The registry of document types: every app's kinds, each rule kept to its kind."""

import pytest
from django.db.models import Q
from django.utils import translation

from content.printing import registry
from content.printing.models import PrintEdition


def test_every_app_registers_its_kinds():
    kinds = dict(registry.kind_choices())
    assert {"material", "pack", "plan"} <= set(kinds)
    assert PrintEdition.Kind.MATERIAL == "material"
    assert PrintEdition.Kind.PACK == "pack"
    with translation.override("en"):
        assert PrintEdition(kind="pack").get_kind_display() == "Pack of materials"
        assert PrintEdition(kind="plan").get_kind_display() == "Campaign plan document"
    with pytest.raises(AttributeError):
        PrintEdition.Kind.NOTHING  # noqa: B018


def test_a_kind_rule_never_reaches_another_kind(monkeypatch):
    """Whatever a kind's own rules select, they select editions of that kind."""
    monkeypatch.setattr(registry, "_types", {})
    registry.register(
        registry.DocumentType(
            kind="x-test",
            label="Test",
            build=lambda edition, progress: None,
            extra=lambda user, action: ~Q(pk=None),
            public=lambda: ~Q(pk=None),
        )
    )
    only_this_kind = Q(pk__in=[]) | (Q(kind="x-test") & ~Q(pk=None))
    assert registry.public_editions() == only_this_kind
    assert registry.edition_rule(None, "view") == only_this_kind


def test_a_kind_key_fits_the_column():
    with pytest.raises(ValueError):
        registry.register(
            registry.DocumentType(kind="k" * 11, label="", build=lambda e, p: None)
        )
