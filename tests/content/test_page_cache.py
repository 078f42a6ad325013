"""The page cache as readers and attackers meet it: its key holds only what a page
reads, a bogus session cookie does not skip it, new query strings cannot flood it,
and a publish refreshes the pages that show the change and no others."""

from django.conf import settings
from django.test import TestCase, override_settings

from audiences.models import TargetGroup, User
from content import page_cache
from content.factories import make_material
from content.models import MaterialPage
from content.selectors.library import _facets
from tests.content.helpers import build_library

LIBRARY = "/ru/materials/"


@override_settings(PAGE_CACHE_SECONDS=300)
class PageCacheTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        ru = cls.lib.site["ru"][1]
        cls.first = make_material(
            ru, title="Первый материал", target_groups=[cls.lib.rural["ru"]]
        )
        cls.other = make_material(ru, title="Другой материал")
        cls.first_kk = make_material(
            cls.lib.site["kk"][1],
            title="Бірінші материал",
            slug=cls.first.slug,
            translation_of=cls.first,
        )

    def cache_state(self, url, **headers):
        return self.client.get(url, **headers).get("X-Kopir-Cache")

    def publish_title(self, material, title):
        page = MaterialPage.objects.get(pk=material.pk)
        page.title = title
        page.save_revision().publish()


class CacheKeyTests(PageCacheTestCase):
    def test_parameters_no_page_reads_share_one_entry_and_never_show(self):
        self.assertEqual(self.cache_state(self.first.url + "?utm_source=mail"), "miss")
        response = self.client.get(self.first.url + "?utm_source=forum&fbclid=x")
        self.assertEqual(response["X-Kopir-Cache"], "hit")
        self.assertEqual(self.cache_state(self.first.url), "hit")
        self.assertNotContains(response, "utm_source")

    def test_parameter_order_and_repeats_do_not_make_new_entries(self):
        self.assertEqual(
            self.cache_state(f"{LIBRARY}?q=материал&audience=rural-youth"), "miss"
        )
        self.assertEqual(
            self.cache_state(
                f"{LIBRARY}?audience=rural-youth&q=материал&audience=rural-youth"
            ),
            "hit",
        )

    def test_different_filters_are_different_pages(self):
        self.assertEqual(self.cache_state(f"{LIBRARY}?audience=rural-youth"), "miss")
        response = self.client.get(f"{LIBRARY}?audience=parents")
        self.assertEqual(response["X-Kopir-Cache"], "miss")
        self.assertNotContains(response, "Первый материал")

    def test_every_library_parameter_is_in_the_key(self):
        params = {facet.param for facet in _facets()} | {"q", "lang", "page"}
        self.assertEqual(params, set(page_cache.PUBLIC_PARAMS))

    def test_a_bogus_session_cookie_does_not_skip_the_cache(self):
        self.client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-session"
        self.assertEqual(self.cache_state(self.first.url), "miss")
        self.assertEqual(self.cache_state(self.first.url), "hit")

    def test_a_signed_in_session_skips_it(self):
        self.cache_state(self.first.url)
        self.client.force_login(User.objects.create_user("reader", password="x" * 12))
        self.assertIsNone(self.cache_state(self.first.url))

    @override_settings(PAGE_CACHE_VARIANTS=2)
    def test_new_query_strings_cannot_flood_it(self):
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=один"), "miss")
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=два"), "miss")
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=три"), "full")
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=три"), "full")
        # What was stored before the bound stays.
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=один"), "hit")
        # Other pages have their own bound.
        self.assertEqual(self.cache_state(self.first.url), "miss")


class WhatACachedPageKeepsTests(PageCacheTestCase):
    """Found by a user trial: a page built for one host name served to another, the
    plain library page left uncached by a flood, the feed's date lost on a hit."""

    def test_a_page_built_for_another_host_is_never_served(self):
        feed = "/ru/materials/feed/"
        self.client.get(feed, HTTP_HOST="evil.example")
        response = self.client.get(feed)
        self.assertEqual(response["X-Kopir-Cache"], "miss")
        self.assertNotContains(response, "evil.example")

    @override_settings(PAGE_CACHE_VARIANTS=1)
    def test_a_flood_of_query_strings_leaves_the_plain_page_cached(self):
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=один"), "miss")
        self.assertEqual(self.cache_state(f"{LIBRARY}?q=два"), "full")
        self.assertEqual(self.cache_state(LIBRARY), "miss")
        self.assertEqual(self.cache_state(LIBRARY), "hit")

    def test_a_hit_keeps_the_feeds_last_modified_date(self):
        first = self.client.get("/ru/materials/feed/")
        second = self.client.get("/ru/materials/feed/")
        self.assertEqual(second["X-Kopir-Cache"], "hit")
        self.assertEqual(second["Last-Modified"], first["Last-Modified"])
        self.assertEqual(second["Content-Type"], first["Content-Type"])


class InvalidationTests(PageCacheTestCase):
    def warm(self, *urls):
        for url in urls:
            self.client.get(url)
            self.assertEqual(self.cache_state(url), "hit", url)

    def test_publishing_a_material_refreshes_it_and_the_listings_only(self):
        self.warm(self.first.url, self.other.url, LIBRARY, "/ru/", self.first_kk.url)

        self.publish_title(self.first, "Первый материал, исправленный")

        for url in (self.first.url, LIBRARY, "/ru/"):
            response = self.client.get(url)
            self.assertEqual(response["X-Kopir-Cache"], "miss", url)
            self.assertContains(response, "Первый материал, исправленный")
        # Its translation links back to it: built afresh.
        self.assertEqual(self.cache_state(self.first_kk.url), "miss")
        # An unrelated material stays in the cache.
        self.assertEqual(self.cache_state(self.other.url), "hit")

    def test_unpublishing_a_material_takes_it_away_at_once(self):
        self.warm(self.first.url, LIBRARY)
        MaterialPage.objects.get(pk=self.first.pk).unpublish()
        self.assertEqual(self.client.get(self.first.url).status_code, 404)
        self.assertNotContains(self.client.get(LIBRARY), "Первый материал")

    def test_an_adaptation_refreshes_the_material_it_adapts(self):
        adaptation = make_material(
            self.lib.site["ru"][1],
            title="Адаптация",
            adapted_from=MaterialPage.objects.get(pk=self.first.pk),
            live=False,
        )
        self.warm(self.first.url, self.other.url)
        adaptation.save_revision().publish()
        self.assertEqual(self.cache_state(self.first.url), "miss")
        self.assertEqual(self.cache_state(self.other.url), "hit")

    def test_a_taxonomy_edit_shows_at_once(self):
        self.warm(self.first.url, LIBRARY)
        group = TargetGroup.objects.get(pk=self.lib.rural["ru"].pk)
        group.name = "Сельская молодёжь (новое имя)"
        group.save()
        for url in (self.first.url, LIBRARY):
            self.assertContains(self.client.get(url), "Сельская молодёжь (новое имя)")

    def test_a_new_address_clears_everything(self):
        self.warm(self.other.url)
        page = MaterialPage.objects.get(pk=self.first.pk)
        page.slug = "new-address"
        # Wagtail announces a new slug once the transaction commits.
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        self.assertEqual(self.cache_state(self.other.url), "miss")
        # The old address is not served from the cache: it redirects to the new.
        response = self.client.get(self.first.url)
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response["Location"].endswith("/new-address/"))
