"""Public pages: a material with its blocks and helpline, the language switcher and
its fallbacks, home pages in every language, the root's redirect."""

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from wagtail.models import Locale, PageViewRestriction

from audiences.models import TargetGroup
from content.factories import make_material
from content.models import MaterialPage
from tests.content.helpers import build_library


class MaterialPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.kk = make_material(
            cls.lib.site["kk"][1],
            title="Отбасы — ең басты құндылық",
            slug="family-first",
            target_groups=[cls.lib.rural["kk"]],
            narratives=[cls.lib.us_them["kk"]],
            body=[
                (
                    "myth_fact",
                    {"claim": "Бір пікір", "answer": "<p>Жауап</p>", "source": ""},
                ),
                (
                    "helpline",
                    {
                        "title": "Көмек",
                        "phone": "114",
                        "hours": "",
                        "address": "",
                        "description": "",
                    },
                ),
            ],
        )
        cls.ru = make_material(
            cls.lib.site["ru"][1],
            title="Семья прежде всего",
            slug="family-first",
            translation_of=cls.kk,
            target_groups=[cls.lib.rural["ru"]],
        )

    def test_material_page_shows_title_blocks_and_helpline(self):
        response = self.client.get("/kk/materials/test-organisation/family-first/")
        self.assertContains(response, "Отбасы — ең басты құндылық")
        self.assertContains(response, "block-myth")
        self.assertContains(response, 'href="tel:114"')
        self.assertContains(response, '<html lang="kk">')

    def test_material_page_lists_languages_it_exists_in(self):
        response = self.client.get("/kk/materials/test-organisation/family-first/")
        self.assertContains(
            response,
            'href="/ru/materials/test-organisation/family-first/" hreflang="ru"',
        )
        self.assertContains(response, "English <small>")

    def test_language_switcher_goes_to_the_translation(self):
        response = self.client.get("/ru/materials/test-organisation/family-first/")
        self.assertContains(
            response,
            'href="/kk/materials/test-organisation/family-first/" '
            'hreflang="kk" lang="kk"',
        )

    def test_language_switcher_falls_back_to_home_without_translation(self):
        response = self.client.get("/ru/materials/test-organisation/family-first/")
        self.assertContains(response, 'href="/en/" hreflang="en"')

    def test_draft_translation_is_not_offered(self):
        make_material(
            self.lib.site["en"][1],
            title="Family first",
            slug="family-first",
            translation_of=self.kk,
            live=False,
        )
        response = self.client.get("/kk/materials/test-organisation/family-first/")
        self.assertNotContains(
            response, "/en/materials/test-organisation/family-first/"
        )

    def test_every_language_has_a_home_page_with_the_helpline(self):
        for code in ("kk", "ru", "en"):
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/")
                self.assertContains(response, f'<html lang="{code}">')
                self.assertContains(response, 'href="tel:114"')

    def test_root_redirects_to_a_language(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertRegex(response["Location"], r"^/(kk|ru|en)/$")

    def test_feed_lists_materials_of_its_language(self):
        response = self.client.get("/ru/materials/feed/")
        self.assertEqual(
            response["Content-Type"], "application/atom+xml; charset=utf-8"
        )
        self.assertContains(response, "Семья прежде всего")
        self.assertNotContains(response, "Отбасы")

    def test_material_lives_only_in_an_organisation_space(self):
        self.assertFalse(MaterialPage.can_create_at(self.lib.site["kk"][0]))
        self.assertFalse(MaterialPage.can_create_at(self.lib.site["kk"][1]))
        self.assertTrue(MaterialPage.can_create_at(self.kk.get_parent().specific))
        self.assertEqual(
            self.kk.get_parent().specific.organisation, self.kk.origin_organisation
        )

    def test_missing_material_is_404(self):
        self.assertEqual(
            self.client.get(
                "/ru/materials/test-organisation/nothing-here/"
            ).status_code,
            404,
        )


class TranslationTaxonomyTests(TestCase):
    def test_translated_material_links_taxonomy_of_its_own_language(self):
        lib = build_library()
        source = make_material(
            lib.site["kk"][1],
            title="Әңгіме",
            target_groups=[lib.rural["kk"]],
            narratives=[lib.us_them["kk"]],
        )
        copy = source.copy_for_translation(Locale.objects.get(language_code="en"))
        copy.refresh_from_db()
        latest = copy.get_latest_revision_as_object()
        self.assertEqual(
            [g.locale.language_code for g in latest.target_groups.all()], ["en"]
        )
        self.assertEqual(latest.narratives.first(), lib.us_them["en"])


class TaxonomyValidationTests(TestCase):
    def test_a_slug_names_one_record_in_every_language(self):
        lib = build_library()
        other = TargetGroup(
            name="Someone else",
            slug="rural-youth",
            locale=Locale.objects.get(language_code="en"),
        )
        lib.rural["en"].delete()
        with self.assertRaises(ValidationError):
            other.full_clean()

    def test_age_range_must_be_ordered(self):
        group = TargetGroup(
            name="X", slug="x", age_min=30, age_max=18, locale=Locale.get_default()
        )
        with self.assertRaises(ValidationError):
            group.full_clean()


@override_settings(PAGE_CACHE_SECONDS=300)
class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.material = make_material(cls.lib.site["ru"][1], title="Первая версия")

    def test_second_anonymous_request_is_served_from_cache(self):
        self.assertEqual(self.client.get(self.material.url)["X-Kopir-Cache"], "miss")
        self.assertEqual(self.client.get(self.material.url)["X-Kopir-Cache"], "hit")

    def test_publishing_a_change_is_visible_at_once(self):
        self.client.get(self.material.url)
        page = MaterialPage.objects.get(pk=self.material.pk)
        page.title = "Вторая версия"
        page.save_revision().publish()
        response = self.client.get(self.material.url)
        self.assertContains(response, "Вторая версия")
        library = self.client.get("/ru/materials/")
        self.assertContains(library, "Вторая версия")

    def test_unpublished_page_is_gone_at_once(self):
        self.client.get(self.material.url)
        MaterialPage.objects.get(pk=self.material.pk).unpublish()
        self.assertEqual(self.client.get(self.material.url).status_code, 404)

    def test_restricted_page_is_never_cached(self):
        PageViewRestriction.objects.create(
            page=self.material,
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",
        )
        first = self.client.get(self.material.url)
        self.assertNotIn("X-Kopir-Cache", first)
        self.assertNotContains(first, "Первая версия", status_code=200)

    def test_signed_in_reader_bypasses_the_cache(self):
        from audiences.models import User

        self.client.get(self.material.url)
        user = User.objects.create_user("reader", password="pw-123456789")
        self.client.force_login(user)
        response = self.client.get(self.material.url)
        self.assertNotIn("X-Kopir-Cache", response)
