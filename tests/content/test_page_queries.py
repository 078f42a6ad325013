"""An uncached public page asks the database only for what it shows: the site, the
home page, the library and the view restrictions come from the cached frame
(``content.public_frame``), and the count does not grow with the library: the
library listing (filtered, searched), a material page and the home page cost the
same fixed queries at 10 and at 500 materials (one library of 500, built once)."""

from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from content.factories import make_material
from content.models import MaterialPage
from content.selectors.chips import material_chips
from tests.content.helpers import add_materials, build_library, warm_query_count

MATERIAL_QUERIES = 2  # the material, then its taxonomy chips (content.selectors.chips)
HOME_QUERIES = 6  # six newest (ids, pages, two taxonomies), narratives, languages
# Taxonomy names 5, one for every count, one for the page of ids, cards 3, the
# language switcher 1; the site, home page, library and restrictions come from the
# frame (content.public_frame); a search runs inside the count and the page queries.
LIBRARY_QUERIES = 11


@override_settings(PAGE_CACHE_SECONDS=0)
class UncachedPageQueryTests(TestCase):
    def queries(self, url):
        return warm_query_count(self, url)

    def test_library_material_and_home_pages_at_10_and_500_materials(self):
        lib = build_library()
        first = add_materials(lib, 10)[0]
        library = "/ru/materials/?audience=rural-youth&theme=family"
        urls = {
            "library": library,
            "library searched": library + "&q=Material",
            "library, three facets": library + "&narrative=us-versus-them",
            "material": first.url,
            "home": "/ru/",
        }
        small = {name: self.queries(url) for name, url in urls.items()}
        add_materials(lib, 490)
        large = {name: self.queries(url) for name, url in urls.items()}
        self.assertEqual(
            small,
            {
                "library": LIBRARY_QUERIES,
                "library searched": LIBRARY_QUERIES,
                "library, three facets": LIBRARY_QUERIES,
                "material": MATERIAL_QUERIES,
                "home": HOME_QUERIES,
            },
        )
        self.assertEqual(large, small)
        response = self.client.get(urls["library searched"] + "&lang=all")
        self.assertEqual(response.context["paginator"].count, 500)


class ChipsTests(TestCase):
    def test_one_query_gives_what_the_five_prefetches_gave_in_their_order(self):
        lib = build_library()
        material = make_material(
            lib.site["ru"][1],
            target_groups=[lib.rural["ru"], lib.parents["ru"]],
            narratives=[lib.us_them["ru"], lib.jihad["ru"]],
            themes=[lib.family["ru"]],
            regions=[lib.atyrau["ru"]],
            tags=["семья", "молодёжь", "диалог"],
        )
        page = MaterialPage.objects.get(pk=material.pk)
        with self.assertNumQueries(1):
            chips = material_chips(page.pk)
        expected = {
            "target_groups": page.target_groups.all(),
            "narratives": page.narratives.all(),
            "themes": page.themes.all(),
            "regions": page.regions.all(),
            "tags": page.tags.order_by("name"),
        }
        for name, rows in expected.items():
            with self.subTest(name=name):
                self.assertEqual(
                    [(c.slug, c.name) for c in chips[name]],
                    [(r.slug, r.name) for r in rows],
                )
        # Narratives follow their number in the brief, not their name.
        self.assertEqual(
            [c.slug for c in chips["narratives"]],
            ["glorification-of-jihad", "us-versus-them"],
        )


@override_settings(PAGE_CACHE_SECONDS=300)
class FrameFreshnessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.material = add_materials(cls.lib, 1)[0]

    def test_a_new_view_restriction_applies_at_once(self):
        self.assertContains(self.client.get(self.material.url), "Material ru 0")
        PageViewRestriction.objects.create(
            page=self.material,
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",
        )
        response = self.client.get(self.material.url)
        self.assertNotContains(response, "Material ru 0")
        self.assertContains(response, 'name="password"')
        self.assertNotContains(self.client.get("/ru/materials/"), "Material ru 0")

    def test_a_restriction_on_the_space_hides_its_materials_from_listings(self):
        self.client.get("/ru/")
        space = MaterialPage.objects.get(pk=self.material.pk).get_parent()
        PageViewRestriction.objects.create(
            page=space, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertNotContains(self.client.get("/ru/"), "Material ru 0")
        response = self.client.get(self.material.url)
        self.assertEqual(response.status_code, 302)  # to the sign-in page
