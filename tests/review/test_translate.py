"""Editors translate through Wagtail's "Translate"; translations stay linked and an
adaptation in two languages counts once. Starts from the demo's data."""

from django.test import TestCase
from wagtail.models import Locale

from audiences.models import Organisation, User
from content.models import MaterialPage
from content.services import adapt_material
from tests.demo import load_demo


class EditorTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.atyrau = Organisation.objects.get(slug="atyrau-region-irg")
        cls.editor = User.objects.get(username="atyrau")
        cls.original = (
            MaterialPage.objects.live()
            .filter(
                origin_organisation__slug="almaty-city-irg",
                locale__language_code="kk",
            )
            .exclude(licence=MaterialPage.Licence.RESERVED)
            .first()
        )

    def translate(self, page, code):
        self.client.force_login(self.editor)
        url = f"/admin/translation/submit/page/{page.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        locale = Locale.objects.get(language_code=code)
        response = self.client.post(url, {"locales": [locale.pk]})
        self.assertEqual(response.status_code, 302)
        return MaterialPage.objects.get(
            translation_key=page.translation_key, locale=locale
        )

    def test_an_editor_translates_an_adaptation_and_it_counts_once(self):
        adaptation = adapt_material(
            original=self.original,
            organisation=self.atyrau,
            locale=self.original.locale,
            user=self.editor,
        )
        russian = self.translate(adaptation, "ru")
        # Linked: one translation key, the Russian copy in Atyrau's Russian space.
        self.assertEqual(russian.translation_key, adaptation.translation_key)
        self.assertEqual(russian.origin_organisation, self.atyrau)
        self.assertEqual(russian.get_parent().specific.organisation, self.atyrau)
        self.assertEqual(russian.locale.language_code, "ru")
        # The editor may go on editing it.
        edit = self.client.get(f"/admin/pages/{russian.pk}/edit/")
        self.assertEqual(edit.status_code, 200)

        for page in (adaptation, russian):
            page.save_revision(user=self.editor).publish()
        response = self.client.get(self.original.url)
        self.assertEqual(response.context["adaptation_count"], 1)

    def test_an_editor_cannot_translate_another_organisations_material(self):
        self.client.force_login(self.editor)
        url = f"/admin/translation/submit/page/{self.original.pk}/"
        response = self.client.get(url)
        self.assertNotEqual(response.status_code, 200)
