"""A live material's images show to visitors even before the worker has run.

Wagtail records what a page refers to in a background task; the access layer
opens an image to the public once a live page refers to it. Seeded with a task
backend that runs nothing (as the demo is before its worker starts, or a busy
queue is), the library's cover images answered 404 to every visitor.
"""

import re
from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@override_settings(TASKS=DUMMY_TASKS)
class PublicImagesWithoutWorkerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", force=True, stdout=StringIO())

    def test_library_cover_images_show_to_a_visitor(self):
        page = self.client.get("/ru/materials/")
        self.assertEqual(page.status_code, 200)
        sources = re.findall(
            r'<img[^>]+src="(/media/images/[^"]+)"', page.content.decode()
        )
        self.assertGreaterEqual(len(sources), 3)
        for source in sources:
            with self.subTest(source=source):
                response = self.client.get(source)
                self.assertEqual(response.status_code, 200)
                self.assertIn("public", response["Cache-Control"])
