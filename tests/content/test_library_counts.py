"""Facet counts agree with the results, on the demo's own library."""

from django.http import QueryDict
from django.test import TestCase

from content.models import LibraryPage
from content.selectors.library import library_context
from tests.demo import load_demo


class LibraryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()

    def context(self, code, query=""):
        library = LibraryPage.objects.get(locale__language_code=code)
        return library_context(library=library, params=QueryDict(query))

    def test_each_language_count_is_the_number_of_its_materials(self):
        for code in ("kk", "ru", "en"):
            with self.subTest(language=code):
                context = self.context(code)
                counts = {v.slug: v.count for v in context["language_values"]}
                self.assertGreater(counts[code], 1)
                self.assertEqual(counts[code], context["paginator"].count)
                all_languages = self.context(code, "lang=all")["paginator"].count
                self.assertEqual(counts["all"], all_languages)

    def test_facet_counts_are_the_numbers_their_links_lead_to(self):
        context = self.context("ru")
        for group in context["facet_groups"]:
            for value in group.values:
                with self.subTest(facet=group.param, value=value.slug):
                    followed = self.context("ru", value.toggle_query)
                    self.assertEqual(value.count, followed["paginator"].count)
