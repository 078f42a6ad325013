"""An organisation's name in the reader's language, on public pages and in the admin."""

from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from audiences.factories import make_organisation
from audiences.models import User
from content.factories import build_site, make_material

KK = "Алматы қаласының ақпараттық-түсіндіру тобы"
RU = "Информационно-разъяснительная группа города Алматы"
EN = "Almaty City Information and Explanatory Group"


class OrganisationNameTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.sites = build_site()
        cls.almaty = make_organisation("almaty-city-irg", EN)
        cls.almaty.name_kk, cls.almaty.name_ru = KK, RU
        cls.almaty.save()
        cls.untranslated = make_organisation("beta-ngo", "Beta NGO")
        cls.kk = make_material(cls.sites["kk"][1], organisation=cls.almaty)
        cls.ru = make_material(cls.sites["ru"][1], organisation=cls.almaty)
        cls.en = make_material(cls.sites["en"][1], organisation=cls.almaty)
        cls.admin = User.objects.create_superuser("admin", password="pw-123456789")

    def test_material_page_names_the_publisher_in_the_page_language(self):
        for page, name in ((self.kk, KK), (self.ru, RU), (self.en, EN)):
            with self.subTest(page.locale.language_code):
                response = self.client.get(page.url)
                self.assertContains(response, name)

    def test_publisher_without_a_translated_name_shows_its_name(self):
        page = make_material(self.sites["kk"][1], organisation=self.untranslated)
        self.assertContains(self.client.get(page.url), "Beta NGO")

    def test_organisation_form_edits_the_names_in_other_languages(self):
        self.client.force_login(self.admin)
        url = reverse(
            "wagtailsnippets_audiences_organisation:edit", args=[self.almaty.pk]
        )
        response = self.client.get(url)
        for field in ("name_kk", "name_ru", "name_en"):
            self.assertContains(response, f'name="{field}"')

    def test_organisation_listing_shows_the_admin_language_name(self):
        profile = UserProfile.get_for_user(self.admin)
        profile.preferred_language = "kk"
        profile.save()
        self.client.force_login(self.admin)
        response = self.client.get(
            reverse("wagtailsnippets_audiences_organisation:list")
        )
        self.assertContains(response, KK)
        self.assertContains(response, "Beta NGO")
        self.assertNotContains(response, RU)
