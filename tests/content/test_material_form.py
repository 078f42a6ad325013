"""A material's taxonomy is offered in its own language, as boxes to tick."""

from django.forms import CheckboxSelectMultiple
from django.test import TestCase

from audiences.models import TargetGroup, User
from content.models import MaterialPage
from tests.demo import load_demo

TAXONOMY = ("target_groups", "narratives", "themes", "regions", "communities")


class MaterialFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.material = MaterialPage.objects.filter(
            locale__language_code="ru", origin_organisation__slug="almaty-city-irg"
        ).first()

    def form(self, page):
        form_class = MaterialPage.get_edit_handler().get_form_class()
        return form_class(instance=page, parent_page=page.get_parent(), for_user=None)

    def test_only_the_materials_language_is_offered_as_checkboxes(self):
        form = self.form(self.material)
        for name in TAXONOMY:
            with self.subTest(field=name):
                field = form.fields[name]
                self.assertIsInstance(field.widget, CheckboxSelectMultiple)
                languages = set(field.queryset.values_list("locale_id", flat=True))
                self.assertEqual(languages, {self.material.locale_id})
        formats = set(
            form.fields["format"].queryset.values_list("locale_id", flat=True)
        )
        self.assertEqual(formats, {self.material.locale_id})

    def test_a_group_linked_in_another_language_shows_as_its_twin(self):
        russian = self.material.target_groups.first()
        english = TargetGroup.objects.get(
            translation_key=russian.translation_key, locale__language_code="en"
        )
        self.material.target_groups = [english]
        self.material.save()
        form = self.form(MaterialPage.objects.get(pk=self.material.pk))
        self.assertEqual(form.initial["target_groups"], [russian.pk])

    def test_the_edit_page_shows_checkboxes(self):
        self.client.force_login(User.objects.get(username="editor"))
        response = self.client.get(f"/admin/pages/{self.material.pk}/edit/")
        self.assertContains(response, 'type="checkbox" name="target_groups"')
