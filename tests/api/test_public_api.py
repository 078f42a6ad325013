"""The public read API on the demo's data: what a website or a bot reads.

Filters are the library's; drafts, private help points and other hidden rows
never appear; a list costs the same queries whatever its page size; ETag and
Last-Modified give 304s; CORS answers only the listed origins; throttling says
429.
"""

from django.core.cache import cache
from django.test import TestCase, override_settings

from audiences.models import HelpPoint, TargetGroup
from content.models import MaterialPage
from content.models.material import public_materials
from tests.demo import load_demo

MATERIALS = "/api/v1/materials/"


@override_settings(PAGE_CACHE_SECONDS=0, API_CORS_ORIGINS=[])
class PublicApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.draft = MaterialPage.objects.filter(live=False).first()
        cls.private_point = HelpPoint.objects.create(
            kind=HelpPoint.Kind.ADVISORY,
            name_ru="Закрытый партнёрский центр",
            name_kk="Жабық серіктес орталық",
            name_en="Closed partner centre",
            is_public=False,
        )

    def setUp(self):
        cache.clear()

    def test_kazakh_materials_for_parents(self):
        """The README's first example: a website lists Kazakh materials for
        parents, each with its address, cover and translations."""
        response = self.client.get(MATERIALS, {"lang": "kk", "audience": "parents"})
        self.assertEqual(response.status_code, 200)
        data = response.json()
        expected = (
            public_materials()
            .filter(locale__language_code="kk", target_groups__slug="parents")
            .distinct()
            .count()
        )
        self.assertGreater(expected, 0)
        self.assertEqual(data["count"], expected)
        for row in data["results"]:
            self.assertEqual(row["language"], "kk")
            self.assertIn("parents", [g["slug"] for g in row["target_groups"]])
            self.assertTrue(row["url"].startswith("http"))
            self.assertIn("/kk/", row["url"])
        first = data["results"][0]
        # Kazakh letters arrive as they are written.
        self.assertRegex(response.content.decode(), "[әғқңөұүһі]")
        self.assertTrue(
            {t["language"] for t in first["translations"]} <= {"ru", "en"},
        )

    def test_detail_renders_blocks_to_plain_data(self):
        material = public_materials().filter(locale__language_code="ru").first()
        response = self.client.get(f"{MATERIALS}{material.pk}/")
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["title"], material.title)
        types = {block["type"] for block in data["body"]}
        self.assertIn("paragraph", types)
        paragraph = next(b for b in data["body"] if b["type"] == "paragraph")
        self.assertTrue(paragraph["value"].startswith("<p"))
        # Markdown on request (Wagtail's APIRichText).
        response = self.client.get(
            f"{MATERIALS}{material.pk}/", {"rich_text_format": "markdown"}
        )
        paragraph = next(b for b in response.json()["body"] if b["type"] == "paragraph")
        self.assertNotIn("<p>", paragraph["value"])

    def test_search_and_facets_match_the_library(self):
        response = self.client.get(MATERIALS, {"lang": "ru", "q": "семья"})
        self.assertEqual(response.status_code, 200)
        self.assertGreater(response.json()["count"], 0)
        response = self.client.get(MATERIALS, {"audience": "no-such-group"})
        self.assertEqual(response.json()["count"], 0)
        response = self.client.get(MATERIALS, {"lang": "de"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("lang", response.json())

    def test_drafts_and_private_rows_never_appear(self):
        self.assertIsNotNone(self.draft)
        self.assertEqual(
            self.client.get(f"{MATERIALS}{self.draft.pk}/").status_code, 404
        )
        ids = []
        page = 1
        while True:
            data = self.client.get(MATERIALS, {"page": page, "page_size": 100}).json()
            ids += [row["id"] for row in data["results"]]
            if not data["next"]:
                break
            page += 1
        self.assertEqual(set(ids), set(public_materials().values_list("pk", flat=True)))
        self.assertNotIn(self.draft.pk, ids)
        points = self.client.get("/api/v1/help-points/", {"page_size": 100}).json()
        self.assertNotIn(self.private_point.pk, [p["id"] for p in points["results"]])
        self.assertEqual(
            self.client.get(
                f"/api/v1/help-points/{self.private_point.pk}/"
            ).status_code,
            404,
        )

    def test_a_list_costs_the_same_queries_whatever_its_size(self):
        # Warm up: the covers' renditions are made on the first read.
        self.client.get(MATERIALS, {"page_size": 50})
        with self.assertNumQueries(12):
            small = self.client.get(MATERIALS, {"page_size": 2})
        with self.assertNumQueries(12):
            large = self.client.get(MATERIALS, {"page_size": 50})
        self.assertEqual(len(small.json()["results"]), 2)
        self.assertGreater(len(large.json()["results"]), 40)

    def test_etag_and_last_modified_give_304(self):
        first = self.client.get(MATERIALS, {"lang": "ru"})
        self.assertIn("ETag", first)
        self.assertIn("Last-Modified", first)
        again = self.client.get(
            MATERIALS, {"lang": "ru"}, HTTP_IF_NONE_MATCH=first["ETag"]
        )
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again.content, b"")
        since = self.client.get(
            MATERIALS, {"lang": "ru"}, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
        )
        self.assertEqual(since.status_code, 304)
        other = self.client.get(
            MATERIALS, {"lang": "kk"}, HTTP_IF_NONE_MATCH=first["ETag"]
        )
        self.assertEqual(other.status_code, 200)

    def test_taxonomy_in_each_language(self):
        for code in ("kk", "ru", "en"):
            data = self.client.get("/api/v1/target-groups/", {"lang": code}).json()
            self.assertEqual(
                data["count"],
                TargetGroup.objects.filter(locale__language_code=code).count(),
            )
            self.assertTrue(all(row["language"] == code for row in data["results"]))
        narratives = self.client.get("/api/v1/narratives/", {"lang": "kk"}).json()
        self.assertGreater(narratives["count"], 0)

    def test_organisations_show_their_public_profile_only(self):
        data = self.client.get("/api/v1/organisations/").json()
        slugs = [row["slug"] for row in data["results"]]
        self.assertIn("almaty-city-irg", slugs)
        row = self.client.get("/api/v1/organisations/almaty-city-irg/").json()
        self.assertEqual(
            set(row),
            {
                "slug",
                "name",
                "names",
                "kind",
                "description",
                "website",
                "region",
                "spaces",
            },
        )
        self.assertIn("қ", row["names"]["kk"])

    @override_settings(CORS_ALLOWED_ORIGINS=["https://school.example.kz"])
    def test_cors_answers_listed_origins_only(self):
        allowed = self.client.get(MATERIALS, HTTP_ORIGIN="https://school.example.kz")
        self.assertEqual(
            allowed["Access-Control-Allow-Origin"], "https://school.example.kz"
        )
        other = self.client.get(MATERIALS, HTTP_ORIGIN="https://evil.example.com")
        self.assertNotIn("Access-Control-Allow-Origin", other)
        page = self.client.get("/ru/", HTTP_ORIGIN="https://school.example.kz")
        self.assertNotIn("Access-Control-Allow-Origin", page)

    @override_settings(API_THROTTLE_ANON="3/min")
    def test_too_many_requests_get_429(self):
        codes = [self.client.get("/api/v1/regions/").status_code for _ in range(4)]
        self.assertEqual(codes, [200, 200, 200, 429])
        self.assertIn("Retry-After", self.client.get("/api/v1/regions/"))

    def test_docs_page_lists_every_endpoint_in_russian(self):
        response = self.client.get("/api/v1/docs/", HTTP_ACCEPT_LANGUAGE="ru")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "/api/v1/materials/")
        self.assertContains(response, "/api/v1/org/activities/{activity_pk}/results/")
        schema = self.client.get("/api/v1/schema/")
        self.assertEqual(schema.status_code, 200)
        self.assertTrue(schema.content.startswith(b"openapi: 3"))
        self.assertEqual(
            self.client.get("/api/v1/schema/?format=json").json()["info"]["title"],
            "Kopir API",
        )

    def test_bad_parameters_are_400_not_500(self):
        material = public_materials().first()
        for url, params in (
            (f"{MATERIALS}{material.pk}/", {"rich_text_format": "pdf"}),
            (f"{MATERIALS}{material.pk}/", {"rich_text_format": "db_html"}),
            ("/api/v1/print-editions/", {"material": "9" * 25}),
            ("/api/v1/regions/", {"lang": "xx"}),
        ):
            with self.subTest(url=url, params=params):
                response = self.client.get(url, params, HTTP_ACCEPT_LANGUAGE="ru")
                self.assertEqual(response.status_code, 400)
                self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(self.client.get(f"{MATERIALS}{'9' * 25}/").status_code, 404)
        missing = self.client.get("/api/v1/no-such-thing/", HTTP_ACCEPT_LANGUAGE="kk")
        self.assertEqual(missing.status_code, 404)
        self.assertEqual(missing.json(), {"detail": "Табылмады."})

    def test_format_is_the_librarys_filter(self):
        """``?format=`` filters by the material's format (REST framework would
        read it as a renderer and answer 404)."""
        fmt = public_materials().exclude(format=None).first().format
        response = self.client.get(MATERIALS, {"format": fmt.slug, "page_size": 100})
        self.assertEqual(response.status_code, 200)
        rows = response.json()["results"]
        self.assertTrue(rows)
        self.assertTrue(all(row["format"]["slug"] == fmt.slug for row in rows))
