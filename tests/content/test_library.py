"""The public library: live materials of its language, facets that combine and
count, and unknown filter values ignored with a message."""

from django.db import connection
from django.http import QueryDict
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from content import public_frame
from content.factories import make_material
from content.selectors.library import MAX_QUERY_LENGTH, PAGE_SIZE, library_context
from tests.content.helpers import add_materials, build_library


class LibraryFacetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        library = cls.lib.site["ru"][1]
        cls.for_rural = make_material(
            library,
            title="Разговор в ауле",
            target_groups=[cls.lib.rural["ru"]],
            narratives=[cls.lib.us_them["ru"]],
            format=cls.lib.video["ru"],
        )
        cls.for_parents = make_material(
            library,
            title="Письмо родителям",
            target_groups=[cls.lib.parents["ru"]],
            narratives=[cls.lib.jihad["ru"]],
            format=cls.lib.article["ru"],
        )
        cls.draft = make_material(
            library,
            title="Черновик не для всех",
            target_groups=[cls.lib.rural["ru"]],
            live=False,
        )
        cls.kazakh = make_material(
            cls.lib.site["kk"][1],
            title="Ауылдағы әңгіме",
            target_groups=[cls.lib.rural["kk"]],
        )

    def get(self, query=""):
        return self.client.get(f"/ru/materials/{query}")

    def test_library_lists_live_materials_of_its_language_only(self):
        response = self.get()
        self.assertContains(response, "Разговор в ауле")
        self.assertContains(response, "Письмо родителям")
        self.assertNotContains(response, "Черновик не для всех")
        self.assertNotContains(response, "Ауылдағы әңгіме")

    def test_audience_facet_narrows_results_and_marks_itself_selected(self):
        response = self.get("?audience=parents")
        self.assertContains(response, "Письмо родителям")
        self.assertNotContains(response, "Разговор в ауле")
        self.assertContains(response, 'aria-current="true" class="selected"')

    def test_facets_combine_across_groups(self):
        response = self.get("?audience=rural-youth&narrative=glorification-of-jihad")
        self.assertEqual(response.context["paginator"].count, 0)

    def test_facet_counts_count_matching_materials(self):
        response = self.get()
        groups = {g.param: g for g in response.context["facet_groups"]}
        counts = {v.slug: v.count for v in groups["audience"].values}
        self.assertEqual(counts, {"rural-youth": 1, "parents": 1})
        formats = {v.slug: v.count for v in groups["format"].values}
        self.assertEqual(formats, {"video": 1, "article": 1})

    def test_facets_are_one_closed_button_with_the_chosen_filters_beside_it(self):
        response = self.get()
        self.assertContains(response, '<details class="facets-panel">', count=1)
        self.assertContains(response, 'href="#results-heading"', count=1)
        self.assertContains(response, 'id="results-heading"', count=1)
        self.assertNotContains(response, 'class="active-filters"')
        self.assertEqual(response.context["chosen_filters"], [])

        response = self.get("?audience=parents&lang=all&q=Письмо")
        chosen = response.context["chosen_filters"]
        self.assertEqual([value.slug for value in chosen], ["parents", "all"])
        # Each chip removes its own filter and keeps the others and the search.
        self.assertEqual(
            chosen[0].toggle_query, "lang=all&q=%D0%9F%D0%B8%D1%81%D1%8C%D0%BC%D0%BE"
        )
        self.assertEqual(
            chosen[1].toggle_query,
            "audience=parents&q=%D0%9F%D0%B8%D1%81%D1%8C%D0%BC%D0%BE",
        )
        self.assertContains(response, 'class="filter-count" aria-hidden="true">2<')
        self.assertContains(response, 'class="active-filters"')

    def test_language_facet_can_show_every_language(self):
        response = self.get("?lang=all&audience=rural-youth")
        self.assertContains(response, "Ауылдағы әңгіме")
        self.assertContains(response, "Разговор в ауле")

    def test_unknown_facet_value_is_ignored_with_a_message(self):
        response = self.get("?audience=no-such-group&narrative=%3Cscript%3E")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "no-such-group")
        self.assertContains(response, "&lt;script&gt;")
        self.assertEqual(response.context["paginator"].count, 2)

    def test_unknown_language_shows_every_language_with_a_message(self):
        response = self.get("?lang=xx")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["library_messages"]), 1)

    def test_absurd_page_number_shows_last_page_with_a_message(self):
        response = self.get("?page=99999999999999999999")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page_obj"].number, 1)
        self.assertTrue(response.context["library_messages"])

    def test_page_that_is_not_a_number_shows_first_page(self):
        response = self.get("?page=abc")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["library_messages"])

    def test_very_long_query_is_shortened_not_an_error(self):
        response = self.get("?q=" + "семья " * 400)
        self.assertEqual(response.status_code, 200)
        self.assertLessEqual(len(response.context["query"]), MAX_QUERY_LENGTH)
        self.assertTrue(response.context["library_messages"])

    def test_query_with_search_syntax_characters_is_not_an_error(self):
        for query in ['"', "AND OR NOT", "(*", "':-!&|", "%00"]:
            with self.subTest(query=query):
                self.assertEqual(self.get(f"?q={query}").status_code, 200)

    def test_search_finds_title_words(self):
        response = self.get("?q=Письмо")
        self.assertContains(response, "Письмо родителям")
        self.assertNotContains(response, "Разговор в ауле")

    def test_search_never_returns_drafts(self):
        response = self.get("?q=Черновик")
        self.assertEqual(response.context["paginator"].count, 0)

    def test_kazakh_words_are_found_as_typed(self):
        response = self.client.get("/kk/materials/?q=Ауылдағы")
        self.assertContains(response, "Ауылдағы әңгіме")

    def test_state_is_kept_in_facet_links(self):
        response = self.get("?audience=parents&q=Письмо")
        narrative_group = next(
            g for g in response.context["facet_groups"] if g.param == "narrative"
        )
        link = narrative_group.values[0].toggle_query
        self.assertIn("audience=parents", link)
        self.assertIn("q=", link)


class PrivateMaterialTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.private = make_material(cls.lib.site["ru"][1], title="Закрытый материал")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )

    def test_restricted_material_is_not_listed(self):
        response = self.client.get("/ru/materials/")
        self.assertNotContains(response, "Закрытый материал")

    def test_restricted_material_is_not_found_by_search(self):
        response = self.client.get("/ru/materials/?q=Закрытый")
        self.assertEqual(response.context["paginator"].count, 0)

    def test_restricted_material_page_asks_for_login(self):
        response = self.client.get(self.private.url)
        self.assertEqual(response.status_code, 302)

    def test_restricted_material_is_not_in_the_feed(self):
        response = self.client.get("/ru/materials/feed/")
        self.assertNotContains(response, "Закрытый материал")


class RussianStemmingTests(TestCase):
    """Another inflection of a word finds it: PostgreSQL's Russian configuration,
    Snowball on SQLite (kopir/search.py)."""

    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        make_material(
            cls.lib.site["ru"][1],
            title="Поддержка семьи",
            summary="Как говорить о вере в семье.",
        )

    def test_other_inflection_finds_the_material(self):
        response = self.client.get("/ru/materials/?q=семья")
        self.assertContains(response, "Поддержка семьи")

    def test_exact_word_finds_the_material_on_every_database(self):
        response = self.client.get("/ru/materials/?q=семьи")
        self.assertContains(response, "Поддержка семьи")


class LibraryQueryCountTests(TestCase):
    """The library's counts are cached until the content changes, and it pages.
    Its query counts at 10 and 500 materials: tests/content/test_page_queries.py."""

    def test_counts_are_kept_until_the_content_changes(self):
        lib = build_library()
        add_materials(lib, 3)
        library = lib.site["ru"][1]
        params = QueryDict("audience=rural-youth&q=Material")

        def read():
            with CaptureQueriesContext(connection) as ctx:
                context = library_context(library=library, params=params)
            return context, len(ctx)

        with self.settings(PAGE_CACHE_SECONDS=300):
            # The view restrictions are read once per content version (the frame).
            public_frame.restrictions()
            first, first_queries = read()
            again, again_queries = read()
            add_materials(lib, 1)  # publishing bumps the content version
            fresh, _queries = read()
        self.assertEqual(again_queries, first_queries - 1)
        self.assertEqual(again["paginator"].count, 3)
        self.assertEqual(fresh["paginator"].count, 4)
        self.assertEqual(
            [(v.slug, v.count) for v in fresh["facet_groups"][0].values],
            [("parents", 4), ("rural-youth", 4)],
        )

    def test_library_paginates(self):
        lib = build_library()
        add_materials(lib, PAGE_SIZE + 3)
        response = self.client.get("/ru/materials/?page=2")
        self.assertEqual(len(response.context["materials"]), 3)
