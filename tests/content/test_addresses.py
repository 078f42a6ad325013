"""Every absolute address follows BASE_URL, the address the demo is served on."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Site

from content.models import MaterialPage
from content.printing.models import PrintLink

BASE = "http://192.0.2.10:8123"


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
class AddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        with override_settings(WAGTAILADMIN_BASE_URL=BASE):
            call_command("seed_demo", force=True, stdout=cls.output)

    def test_the_seed_prints_the_address_it_was_given(self):
        text = self.output.getvalue()
        self.assertIn(f"{BASE}/kk/", text)
        self.assertIn(f"{BASE}/admin/", text)
        self.assertNotIn(":8000", text)

    def test_page_urls_and_the_sitemap_use_it(self):
        self.assertEqual(Site.objects.get(is_default_site=True).root_url, BASE)
        page = MaterialPage.objects.live().first()
        self.assertTrue(page.full_url.startswith(f"{BASE}/"))
        sitemap = self.client.get("/sitemap.xml", HTTP_HOST="192.0.2.10:8123")
        self.assertContains(sitemap, f"<loc>{BASE}/")
        self.assertNotContains(sitemap, "localhost")

    def test_printed_qr_codes_use_it(self):
        link = PrintLink.objects.first() or PrintLink(code="abc")
        self.assertTrue(link.full_url.startswith(f"{BASE}/q/"))
