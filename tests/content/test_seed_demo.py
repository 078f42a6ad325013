"""The demo seed: every vocabulary in every language, translations joined, the
printed logins work, and a second run creates nothing new."""

import re
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from audiences.models import Community, TargetGroup, User
from audiences.names import names_cache
from campaigns.models import CampaignPlan
from campaigns.overview import community_coverage
from content.dashboard import community_gaps
from content.models import MaterialPage, NarrativeCountered


class SeedDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        call_command("seed_demo", force=True, stdout=cls.output)

    def test_every_narrative_and_target_group_is_served_in_every_language(self):
        for code in ("kk", "ru", "en"):
            live = MaterialPage.objects.live().filter(locale__language_code=code)
            self.assertGreaterEqual(live.count(), 18)
            for narrative in NarrativeCountered.objects.filter(
                locale__language_code=code
            ):
                with self.subTest(code=code, narrative=narrative.slug):
                    self.assertTrue(live.filter(narratives=narrative).exists())
            for group in TargetGroup.objects.filter(locale__language_code=code):
                with self.subTest(code=code, group=group.slug):
                    self.assertTrue(live.filter(target_groups=group).exists())

    def test_communities_are_seeded_alike_in_every_language(self):
        slugs = set(Community.objects.values_list("slug", flat=True))
        self.assertGreaterEqual(len(slugs), 10)
        self.assertTrue(Community.objects.filter(often_demonised=True).exists())
        for slug in slugs:
            rows = list(Community.objects.filter(slug=slug).select_related("locale"))
            with self.subTest(slug=slug):
                self.assertEqual(
                    sorted(r.locale.language_code for r in rows), ["en", "kk", "ru"]
                )
                self.assertEqual(len({r.translation_key for r in rows}), 1)
                self.assertEqual(len({(r.kind, r.often_demonised) for r in rows}), 1)
                self.assertTrue(all(r.name and r.description for r in rows))
                # Written in each language, not copied from another.
                self.assertEqual(len({r.description for r in rows}), 3)

    def test_the_demo_leaves_communities_out_on_purpose(self):
        with names_cache():
            gaps = community_gaps(User.objects.get(username="editor"))
            plans = community_coverage(CampaignPlan.objects.all())
        uncovered = {c.slug for c in gaps["communities_uncovered"]}
        self.assertIn("dungans", uncovered)
        covered = [row for row in gaps["community_rows"] if not row["missing"]]
        self.assertGreaterEqual(len(covered), 5)
        self.assertTrue(any(row["shown"] and row["missing"] for row in plans))

    def test_six_narratives_exist_in_each_language(self):
        self.assertEqual(NarrativeCountered.objects.count(), 18)

    def test_translations_of_a_material_share_a_translation_key(self):
        page = MaterialPage.objects.filter(locale__language_code="kk").first()
        self.assertEqual(
            MaterialPage.objects.filter(translation_key=page.translation_key).count(), 3
        )

    def test_running_it_again_creates_nothing_new(self):
        pages = MaterialPage.objects.count()
        groups = TargetGroup.objects.count()
        communities = Community.objects.count()
        call_command("seed_demo", force=True, stdout=StringIO())
        self.assertEqual(MaterialPage.objects.count(), pages)
        self.assertEqual(TargetGroup.objects.count(), groups)
        self.assertEqual(Community.objects.count(), communities)
        self.test_exactly_one_translation_is_out_of_date()

    def test_exactly_one_translation_is_out_of_date(self):
        """A Kazakh translation whose Russian original was edited afterwards."""
        from content.translations import OUT_OF_DATE, with_translation_status

        (outdated,) = with_translation_status(MaterialPage.objects.all()).filter(
            translation_status=OUT_OF_DATE
        )
        self.assertEqual(outdated.locale.language_code, "kk")
        self.assertEqual(outdated.translated_from.locale.language_code, "ru")
        self.assertTrue(outdated.live)
        response = self.client.get(outdated.url)
        self.assertContains(response, 'data-newer-source="ru"')

    def test_printed_logins_work(self):
        self.assertIn("admin", self.output.getvalue())
        self.assertTrue(self.client.login(username="admin", password="kopir-demo-2026"))
        from campaigns.demo.users import DEMO_USERS

        for username, *_rest in DEMO_USERS:
            with self.subTest(username=username):
                self.assertIn(f"  {username} ", self.output.getvalue())
                self.client.logout()
                self.assertTrue(
                    self.client.login(username=username, password="kopir-demo-2026")
                )
                self.assertEqual(self.client.get("/admin/").status_code, 200)
                self.assertFalse(User.objects.get(username=username).is_superuser)

    def test_printed_api_calls_work(self):
        """The seed prints example API calls with a demo token: they answer."""
        text = self.output.getvalue()
        public = re.search(r'curl "(http[^"]+/api/v1/materials/[^"]*)"', text).group(1)
        path = public.split("://", 1)[1].split("/", 1)[1]
        response = self.client.get("/" + path)
        self.assertEqual(response.status_code, 200)
        self.assertGreater(response.json()["count"], 0)
        secret = re.search(r"Bearer (kopir_[\w-]+)", text).group(1)
        post = re.search(
            r"-d '([^']+)' \"http[^\"]+?(/api/v1/org/activities/\d+/results/)\"", text
        )
        response = self.client.post(
            post.group(2),
            post.group(1),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {secret}",
        )
        self.assertIn(response.status_code, (200, 201), response.content)

    def test_demo_home_pages_and_library_render(self):
        for url in ("/kk/", "/ru/", "/en/", "/ru/materials/?q=семьи"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.get("/ru/materials/")
        self.assertGreaterEqual(response.context["paginator"].count, 18)

    # The reply types and playbooks: every one in kk, ru and en, reviewed through
    # the workflow, and a second run creates nothing new (the same seed as above).

    def test_every_reply_type_and_playbook_in_every_language(self):
        from content.models import ReplyPlaybook, ReplyType

        self.assertEqual(ReplyType.objects.values("slug").distinct().count(), 8)
        for model, key in ((ReplyType, "slug"), (ReplyPlaybook, "translation_key")):
            for value in model.objects.values_list(key, flat=True).distinct():
                with self.subTest(model=model.__name__, key=value):
                    codes = set(
                        model.objects.filter(**{key: value}).values_list(
                            "locale__language_code", flat=True
                        )
                    )
                    self.assertEqual(codes, {"kk", "ru", "en"})
        for row in ReplyType.objects.all():
            self.assertTrue(row.source and "http" not in row.source)

    def test_each_narrative_has_a_reviewed_playbook_with_samples(self):
        from wagtail.models import WorkflowState

        from content.models import NarrativeCountered, ReplyPlaybook

        for narrative in NarrativeCountered.objects.filter(locale__language_code="ru"):
            for code in ("kk", "ru", "en"):
                with self.subTest(narrative=narrative.slug, code=code):
                    playbook = ReplyPlaybook.objects.get(
                        narrative=narrative,
                        locale__language_code=code,
                        live=True,
                        channel=None,
                    )
                    self.assertGreaterEqual(playbook.samples.count(), 3)
                    self.assertGreaterEqual(playbook.steps.count(), 3)
                    self.assertTrue(
                        WorkflowState.objects.filter(
                            object_id=str(playbook.pk),
                            base_content_type__model="replyplaybook",
                            status=WorkflowState.STATUS_APPROVED,
                        ).exists()
                    )
        self.assertTrue(ReplyPlaybook.objects.filter(live=False).exists())

    def test_second_run_adds_no_playbook_and_results_keep_replies(self):
        from campaigns.models import ResultEntry
        from content.models import ReplyPlaybook, ReplyType

        counts = (ReplyPlaybook.objects.count(), ReplyType.objects.count())
        call_command("seed_demo", force=True, stdout=StringIO())
        self.assertEqual(
            (ReplyPlaybook.objects.count(), ReplyType.objects.count()), counts
        )
        self.assertEqual(
            ResultEntry.objects.exclude(tone="").count(), 3, "tones recorded"
        )
        self.assertTrue(
            ResultEntry.objects.filter(tone="constructive", reply_types__isnull=False)
        )
