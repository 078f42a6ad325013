"""A private material is neither linked nor counted on a public page (found by a
user trial): the translations a material offers and the number of its adaptations
count only what the public may open."""

from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from content.factories import make_material
from content.models import MaterialPage
from content.selectors.library import PAGE_SIZE
from tests.content.helpers import add_materials, build_library


@override_settings(PAGE_CACHE_SECONDS=0)
class PrivateMaterialLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.kk = make_material(cls.lib.site["kk"][1], title="Ашық", slug="open")
        cls.ru = make_material(
            cls.lib.site["ru"][1], title="Закрытый", slug="open", translation_of=cls.kk
        )

    def restrict(self, page):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )

    def test_a_private_translation_is_not_offered(self):
        self.assertContains(self.client.get(self.kk.url), self.ru.url)
        self.restrict(self.ru)
        response = self.client.get(self.kk.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, self.ru.url)

    def test_a_private_adaptation_is_not_counted(self):
        adaptation = make_material(
            self.lib.site["ru"][1],
            title="Адаптация",
            adapted_from=MaterialPage.objects.get(pk=self.kk.pk),
        )
        self.assertEqual(self.client.get(self.kk.url).context["adaptation_count"], 1)
        self.restrict(adaptation)
        self.assertEqual(self.client.get(self.kk.url).context["adaptation_count"], 0)

    def test_page_zero_is_the_first_page_without_a_complaint(self):
        add_materials(self.lib, PAGE_SIZE + 1)
        response = self.client.get("/ru/materials/?page=0")
        self.assertEqual(response.context["page_obj"].number, 1)
        self.assertEqual(response.context["library_messages"], [])
