"""The taxonomy and material admin screens open, filter and search; anonymous
visitors are sent to sign in."""

from django.test import TestCase
from django.urls import reverse

from audiences.models import User
from tests.content.helpers import build_library


class TaxonomyAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lib = build_library()
        cls.admin = User.objects.create_superuser("admin", password="pw-123456789")

    def setUp(self):
        self.client.force_login(self.admin)

    def test_taxonomy_listings_open_with_filters_and_search(self):
        for model in (
            "audiences/targetgroup",
            "audiences/region",
            "audiences/channel",
            "audiences/organisation",
            "content/narrativecountered",
            "content/theme",
            "content/format",
        ):
            with self.subTest(model=model):
                url = f"/admin/snippets/{model}/?q=a"
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_target_group_listing_filters_by_language(self):
        response = self.client.get("/admin/snippets/audiences/targetgroup/?locale=ru")
        self.assertContains(response, "Rural youth")

    def test_target_group_edit_form_opens(self):
        group = self.lib.rural["ru"]
        response = self.client.get(
            reverse("wagtailsnippets_audiences_targetgroup:edit", args=[group.pk])
        )
        self.assertContains(response, "evidence-TOTAL_FORMS")

    def test_material_edit_form_opens(self):
        from content.factories import make_material

        page = make_material(self.lib.site["ru"][1])
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(response.status_code, 200)

    def test_anonymous_visitor_cannot_open_the_admin(self):
        self.client.logout()
        response = self.client.get("/admin/snippets/audiences/targetgroup/")
        self.assertEqual(response.status_code, 302)
