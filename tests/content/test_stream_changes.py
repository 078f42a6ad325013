"""An untouched StreamField is unchanged, on every material of the demo.

The browser posts each block's form state as strings (a source's year as
"2021"); Wagtail compared them with the stored values (2021) and saw a change
in every material with a dated source, so approving from the edit page saved
a new revision and restarted the review. ``post_data`` builds exactly what the
editor's widgets post from the stored value's form state.
"""

from django.test import TestCase
from django.utils.datastructures import MultiValueDict
from wagtail import blocks
from wagtail.blocks.base import BlockField

from content.forms import CleanComparingBlockField
from content.models import MaterialPage
from tests.demo import load_demo

STREAM_FIELDS = ("body", "sources")


def post_data(block, state, prefix, data):
    """What the admin's block widgets post for ``state`` under ``prefix``."""
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        data[f"{prefix}-count"] = str(len(state))
        for i, item in enumerate(state):
            data[f"{prefix}-{i}-deleted"] = ""
            data[f"{prefix}-{i}-order"] = str(i)
            data[f"{prefix}-{i}-id"] = item.get("id") or ""
            if isinstance(block, blocks.StreamBlock):
                data[f"{prefix}-{i}-type"] = item["type"]
                child = block.child_blocks[item["type"]]
            else:
                child = block.child_block
            post_data(child, item["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            post_data(child, state.get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.BooleanBlock):
        if state:
            data[prefix] = "on"
    elif isinstance(state, list):
        # A select posts its chosen option(s) under one name.
        data.setlist(prefix, state)
    else:
        data[prefix] = "" if state is None else state
    return data


class UntouchedStreamFieldTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()

    def admin_field(self, name):
        """The form field the material's edit form really uses."""
        return MaterialPage.get_edit_handler().get_form_class().base_fields[name]

    def posted(self, page, name):
        form_field = self.admin_field(name)
        block = form_field.block
        data = post_data(
            block, block.get_form_state(getattr(page, name)), name, MultiValueDict()
        )
        return form_field, form_field.widget.value_from_datadict(data, {}, name)

    def test_admin_forms_use_the_cleaning_comparison(self):
        for name in STREAM_FIELDS:
            with self.subTest(field=name):
                self.assertIsInstance(self.admin_field(name), CleanComparingBlockField)

    def test_no_demo_material_changes_when_nothing_was_edited(self):
        """Every material as its edit form opens it: the latest revision, which
        for a material in review is what the reviewer approves (the demo's
        submissions were stored without the optional helpline fields)."""
        materials = MaterialPage.objects.all()
        self.assertGreaterEqual(materials.count(), 50)
        for material in materials:
            page = material.get_latest_revision_as_object()
            for name in STREAM_FIELDS:
                with self.subTest(material=material.slug, field=name):
                    form_field, posted = self.posted(page, name)
                    # A fresh value, as the edit view has it on a POST: nothing
                    # has drawn its blocks yet, so it is the stored JSON as is.
                    initial = getattr(material.get_latest_revision_as_object(), name)
                    self.assertFalse(form_field.has_changed(initial, posted))

    def test_wagtails_own_comparison_saw_a_change_in_dated_sources(self):
        """The root cause, kept visible: the plain field reports a change."""
        page = MaterialPage.objects.exclude(sources=[]).first()
        _field, posted = self.posted(page, "sources")
        plain = BlockField(block=MaterialPage._meta.get_field("sources").stream_block)
        self.assertTrue(plain.has_changed(page.sources, posted))

    def test_a_real_edit_is_still_a_change(self):
        page = MaterialPage.objects.exclude(sources=[]).first()
        form_field = self.admin_field("sources")
        state = form_field.block.get_form_state(page.sources)
        state[0]["value"]["year"] = "1999"
        data = post_data(form_field.block, state, "sources", MultiValueDict())
        posted = form_field.widget.value_from_datadict(data, {}, "sources")
        self.assertTrue(form_field.has_changed(page.sources, posted))
