"""The data migration ``audiences/0010_where_to_get_help_to_help_points``: a region's
free-text "where to get help" becomes a private placeholder help point holding that
text in each language's notes, and going back puts the text back on the region.

Only the two help migrations are unapplied and reapplied (nothing depends on them),
so the test takes a second, not a whole migration run.
"""

import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase

BEFORE = [("audiences", "0009_help_points")]
DATA = [("audiences", "0010_where_to_get_help_to_help_points")]
AFTER = [("audiences", "0011_remove_region_where_to_get_help")]
TEXTS = {
    "kk": "Өңірлік кеңес беру орталығы: сәрсенбі күндері қабылдайды.",
    "ru": "Региональный консультационный центр: приём по средам.",
    "en": "Regional advisory centre: open on Wednesdays.",
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


class WhereToGetHelpMigrationTests(TransactionTestCase):
    def tearDown(self):
        # Leave the database at the newest schema for the tests that follow.
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    def make_regions(self, apps):
        Locale = apps.get_model("wagtailcore", "Locale")
        Region = apps.get_model("audiences", "Region")
        key = uuid.uuid4()
        regions = {}
        for code, text in TEXTS.items():
            locale, _ = Locale.objects.get_or_create(language_code=code)
            regions[code] = Region.objects.create(
                locale=locale,
                translation_key=key,
                slug="zhetisu",
                name=f"Zhetisu ({code})",
                kind="region",
                where_to_get_help=text,
            )
        # A region with no text gets no help point.
        Region.objects.create(
            locale=Locale.objects.get(language_code="ru"),
            translation_key=uuid.uuid4(),
            slug="empty",
            name="Empty",
            kind="region",
        )
        return regions

    def test_the_text_moves_to_a_private_placeholder_and_back(self):
        apps = migrate(BEFORE)
        regions = self.make_regions(apps)
        self.assertFalse(apps.get_model("audiences", "HelpPoint").objects.exists())

        apps = migrate(AFTER)
        HelpPoint = apps.get_model("audiences", "HelpPoint")
        Region = apps.get_model("audiences", "Region")
        self.assertNotIn(
            "where_to_get_help", {f.name for f in Region._meta.get_fields()}
        )
        point = HelpPoint.objects.get()
        self.assertFalse(point.is_public)
        self.assertTrue(point.is_placeholder)
        self.assertEqual(point.kind, "advisory")
        self.assertEqual(point.region_id, regions["ru"].pk)
        for code, text in TEXTS.items():
            self.assertEqual(getattr(point, f"notes_{code}"), text)
            self.assertIn(f"Zhetisu ({code})", getattr(point, f"name_{code}"))
        self.assertIn("толтыру керек", point.name_kk)

        # Backwards: the field comes back empty (0011), the text returns (0010).
        apps = migrate(BEFORE)
        Region = apps.get_model("audiences", "Region")
        for code, text in TEXTS.items():
            self.assertEqual(
                Region.objects.get(pk=regions[code].pk).where_to_get_help, text
            )
        self.assertEqual(Region.objects.get(slug="empty").where_to_get_help, "")
