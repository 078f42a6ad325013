"""Library search understands Kazakh inflection, on SQLite and on PostgreSQL."""

from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from wagtail.search.models import IndexEntry

from content.factories import make_material
from content.models import MaterialPage
from tests.content.helpers import build_library

KAZAKH_BODY = "Отбасы — ең маңызды тірек. Жақын адамыңыз өзгерсе, сөйлесіңіз."
RUSSIAN_BODY = "Семья — главная опора. Поговорите с близким человеком."


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@override_settings(PAGE_CACHE_SECONDS=0)
class KazakhLibrarySearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.kazakh = make_material(
            cls.lib.site["kk"][1], title="Біздің үй", body=paragraph(KAZAKH_BODY)
        )
        cls.russian = make_material(
            cls.lib.site["ru"][1], title="Наш дом", body=paragraph(RUSSIAN_BODY)
        )
        cls.english = make_material(
            cls.lib.site["en"][1],
            title="Our home",
            body=paragraph("Families talk: отбасына, the word on the poster."),
        )

    def found(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return list(response.context["paginator"].object_list)

    def test_inflected_kazakh_words_find_the_material_that_says_otbasy(self):
        for query in ("отбасына", "отбасының", "отбасылар", "Отбасымыз", "отбасы"):
            with self.subTest(query=query):
                self.assertEqual(
                    self.found(f"/kk/materials/?q={query}"), [self.kazakh.pk]
                )

    def test_every_word_of_a_kazakh_query_must_match(self):
        self.assertEqual(
            self.found("/kk/materials/?q=отбасының адамдары"), [self.kazakh.pk]
        )
        self.assertEqual(self.found("/kk/materials/?q=отбасының зззззз"), [])

    def test_russian_search_still_stems_russian(self):
        self.assertEqual(self.found("/ru/materials/?q=семьи"), [self.russian.pk])

    def test_english_and_russian_pages_are_not_kazakh_stemmed(self):
        # The English page has «отбасына» as written: outside Kazakh text a word
        # without a Kazakh letter is not read as Kazakh, so the Kazakh stem of
        # the query does not reach it, while its Kazakh-letter-free English words
        # keep their own stemming.
        self.assertNotIn(
            self.english.pk, self.found("/kk/materials/?q=отбасы&lang=all")
        )
        self.assertEqual(self.found("/en/materials/?q=family"), [self.english.pk])
        entry = IndexEntry.objects.get(object_id=str(self.russian.pk))
        self.assertNotIn("отба", str(entry.body))

    def test_update_index_rebuilds_the_kazakh_stems(self):
        IndexEntry.objects.all().delete()
        self.assertEqual(self.found("/kk/materials/?q=отбасының"), [])
        call_command("update_index", verbosity=0, stdout=StringIO())
        self.assertEqual(self.found("/kk/materials/?q=отбасының"), [self.kazakh.pk])
        self.assertEqual(self.found("/ru/materials/?q=семьи"), [self.russian.pk])

    def test_publishing_an_edit_reindexes_it_in_kazakh(self):
        page = self.kazakh.get_latest_revision_as_object()
        page.title = "Балаларымызға хат"
        page.save_revision().publish()
        self.assertEqual(self.found("/kk/materials/?q=баланың"), [self.kazakh.pk])

    def test_a_search_without_a_language_finds_kazakh_forms_too(self):
        # The admin's search says no language: each word matches either way.
        found = MaterialPage.objects.live().search("отбасының")
        self.assertEqual([page.pk for page in found], [self.kazakh.pk])
        found = MaterialPage.objects.live().search("семьи")
        self.assertEqual([page.pk for page in found], [self.russian.pk])

    def test_the_kazakh_index_uses_the_simple_configuration_on_postgresql(self):
        entry = IndexEntry.objects.get(object_id=str(self.kazakh.pk))
        if connection.vendor == "postgresql":
            # 'simple' keeps the stem whole; 'russian' would cut «отба» to «отб».
            self.assertIn("'отба'", str(entry.body))
        else:
            self.assertIn("отба", entry.body)
