"""Do-not-amplify guard, adapting between regions, scheduled publishing, reports."""

import csv
import io
import zipfile
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from audiences.models import Membership, Role
from content.factories import build_site, make_material
from content.links import outside_links
from content.models import BlockedAddress, MaterialPage
from tests.review.helpers import organisations, person


def body_with(url):
    return [
        ("paragraph", f'<p>Read <a href="{url}">this</a>.</p>'),
        (
            "call_to_action",
            {"text": "Go", "page": None, "url": "https://help.example.kz/"},
        ),
    ]


class DoNotAmplifyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.alpha, cls.beta = organisations()
        BlockedAddress.objects.create(address="banned.example", reason="court ban")
        BlockedAddress.objects.create(address="t.me/Bad_Channel")

    def test_blocked_domain_and_subdomain_cannot_be_saved(self):
        for url in (
            "https://banned.example/post/1",
            "http://www.banned.example",
            "https://media.banned.example/x",
            "https://t.me/bad_channel/123",
        ):
            with self.subTest(url=url), self.assertRaises(ValidationError) as caught:
                make_material(
                    self.site["ru"][1], organisation=self.alpha, body=body_with(url)
                )
            self.assertIn(url, str(caught.exception))
            self.assertIn("«не распространять»", str(caught.exception))
        self.assertFalse(MaterialPage.objects.exists())

    def test_similar_but_different_addresses_are_allowed(self):
        for url in (
            "https://notbanned.example/",
            "https://t.me/bad_channel_fans",
            "https://banned.example.org/",
        ):
            with self.subTest(url=url):
                make_material(
                    self.site["ru"][1], organisation=self.alpha, body=body_with(url)
                )

    def test_blocked_link_in_sources_is_refused_in_the_editor(self):
        page = make_material(self.site["ru"][1], organisation=self.alpha)
        page.sources = [("source", {"title": "X", "url": "https://banned.example/a"})]
        with self.assertRaises(ValidationError) as caught:
            page.full_clean()
        self.assertIn("sources", caught.exception.message_dict)

    def test_outside_links_are_listed_for_the_reviewer(self):
        page = make_material(
            self.site["ru"][1],
            organisation=self.alpha,
            body=body_with("https://stat.gov.kz/figures"),
        )
        self.assertEqual(
            outside_links(page),
            ["https://stat.gov.kz/figures", "https://help.example.kz/"],
        )
        editor = person("editor-a", self.alpha, Role.EDITOR)
        self.client.force_login(editor)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertContains(response, "https://stat.gov.kz/figures")

    def test_blocklist_entry_must_be_an_address(self):
        with self.assertRaises(ValidationError):
            BlockedAddress(address="not an address").full_clean()


class AdaptTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.alpha, cls.beta = organisations()
        cls.editor_b = person("editor-b", cls.beta, Role.EDITOR)
        cls.original = make_material(
            cls.site["ru"][1], title="Семья прежде всего", organisation=cls.alpha
        )

    def test_editor_adapts_into_own_space_and_another_language(self):
        self.client.force_login(self.editor_b)
        url = reverse("kopir_adapt", args=[self.original.pk])
        self.assertContains(self.client.get(url), "Семья прежде всего")
        kk = Locale.objects.get(language_code="kk")
        response = self.client.post(
            url, {"organisation": self.beta.pk, "locale": kk.pk}
        )
        copy = MaterialPage.objects.get(adapted_from=self.original)
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[copy.pk]),
            fetch_redirect_response=False,
        )
        self.assertFalse(copy.live)
        self.assertEqual(copy.origin_organisation, self.beta)
        self.assertEqual(copy.locale, kk)
        self.assertEqual(copy.get_parent().specific.organisation, self.beta)
        self.assertTrue(copy.permissions_for_user(self.editor_b).can_edit())
        # The original shows how many adaptations exist once one is live.
        copy.save_revision().publish()
        public = self.client.get(self.original.url)
        self.assertContains(public, "Адаптирован 1 другой организацией")
        adapted = self.client.get(copy.url)
        self.assertContains(adapted, "Түпнұсқасы")
        self.assertContains(adapted, self.original.url)
        self.assertContains(adapted, "Alpha IRG")

    def test_own_material_or_reserved_licence_cannot_be_adapted(self):
        editor_a = person("editor-a", self.alpha, Role.EDITOR)
        self.client.force_login(editor_a)
        response = self.client.get(reverse("kopir_adapt", args=[self.original.pk]))
        self.assertEqual(response.status_code, 302)  # refused: nothing to adapt into
        reserved = make_material(
            self.site["ru"][1], organisation=self.alpha, licence="reserved"
        )
        self.client.force_login(self.editor_b)
        response = self.client.post(
            reverse("kopir_adapt", args=[reserved.pk]),
            {"organisation": self.beta.pk, "locale": reserved.locale_id},
        )
        self.assertContains(response, "reserve all rights")
        self.assertFalse(MaterialPage.objects.filter(adapted_from=reserved).exists())

    def test_reviewer_or_planner_cannot_adapt(self):
        for role in (Role.REVIEWER, Role.PLANNER):
            user = person(f"user-{role}", self.beta, role)
            self.client.force_login(user)
            response = self.client.post(
                reverse("kopir_adapt", args=[self.original.pk]),
                {"organisation": self.beta.pk, "locale": self.original.locale_id},
            )
            self.assertNotEqual(response.status_code, 200)
        self.assertFalse(
            MaterialPage.objects.filter(adapted_from=self.original).exists()
        )


class ScheduledPublishingTests(TestCase):
    def test_scheduler_publishes_what_is_due_and_unpublishes_what_expired(self):
        site = build_site()
        alpha, _beta = organisations()
        due = make_material(site["en"][1], organisation=alpha, live=False, title="Due")
        revision = due.save_revision()
        revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
        revision.save()
        expiring = make_material(site["en"][1], organisation=alpha, title="Expiring")
        MaterialPage.objects.filter(pk=expiring.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        )
        call_command("run_scheduler", once=True, verbosity=0)
        self.assertTrue(MaterialPage.objects.get(pk=due.pk).live)
        self.assertFalse(MaterialPage.objects.get(pk=expiring.pk).live)


class ReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.alpha, cls.beta = organisations()
        cls.editor_a = person("editor-a", cls.alpha, Role.EDITOR)
        make_material(cls.site["ru"][1], organisation=cls.alpha, title="=HYPERLINK(1)")
        make_material(
            cls.site["ru"][1], organisation=cls.alpha, title="Alpha draft", live=False
        )
        make_material(
            cls.site["kk"][1], organisation=cls.beta, title="Beta draft", live=False
        )
        make_material(cls.site["en"][1], organisation=cls.beta, title="Beta live")

    def test_the_page_types_report_is_in_the_menu_of_site_admins_only(self):
        # Its view answers 404 to everyone else (content.admin_guards).
        url = reverse("wagtailadmin_reports:page_types_usage")
        self.client.force_login(self.editor_a)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), url)
        admin = get_user_model().objects.create_superuser("root", "root@example.org")
        self.client.force_login(admin)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), url)

    def test_csv_export_lists_visible_materials_with_review_state(self):
        self.client.force_login(self.editor_a)
        response = self.client.get(reverse("kopir_reports:materials") + "?export=csv")
        content = b"".join(response.streaming_content).decode("utf-8")
        rows = list(csv.reader(io.StringIO(content)))
        titles = [row[0] for row in rows[1:]]
        self.assertIn("Alpha draft", titles)
        self.assertIn("Beta live", titles)
        self.assertNotIn("Beta draft", titles)
        states = {row[0]: row[5] for row in rows[1:]}
        # The admin speaks Russian by default.
        self.assertEqual(states["Alpha draft"], "Черновик")
        self.assertIn(states["Beta live"], ("Опубликовано", "Live"))
        # A formula-looking title is neutralised for spreadsheet programs.
        formula = next(t for t in titles if "HYPERLINK" in t)
        self.assertFalse(formula.startswith("="))

    def test_xlsx_export_and_filters(self):
        self.client.force_login(self.editor_a)
        url = reverse("kopir_reports:materials")
        response = self.client.get(
            url + f"?export=xlsx&origin_organisation={self.beta.pk}"
        )
        content = b"".join(response.streaming_content)
        with zipfile.ZipFile(io.BytesIO(content)) as book:
            text = "".join(
                book.read(name).decode()
                for name in book.namelist()
                if name.endswith(".xml")
            )
        self.assertIn("Beta live", text)
        self.assertNotIn("Alpha draft", text)
        response = self.client.get(url + "?review_state=draft")
        self.assertContains(response, "Alpha draft")
        self.assertNotContains(response, "Beta live")

    def test_listing_costs_the_same_queries_for_more_rows(self):
        self.client.force_login(self.editor_a)
        url = reverse("kopir_reports:materials")
        self.client.get(url)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as few:
            self.client.get(url)
        for i in range(15):
            make_material(
                self.site["ru"][1], organisation=self.alpha, title=f"More {i}"
            )
        with CaptureQueriesContext(connection) as many:
            self.client.get(url)
        self.assertEqual(len(few), len(many))


class OrganisationAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.alpha, cls.beta = organisations()
        cls.admin_a = person("admin-a", cls.alpha, Role.ADMIN)
        cls.newcomer = person("newcomer")

    def test_org_admin_adds_a_member_who_then_can_edit_in_the_space(self):
        self.client.force_login(self.admin_a)
        index = self.client.get(reverse("wagtailsnippets_audiences_organisation:list"))
        self.assertContains(index, "Alpha IRG")
        self.assertNotContains(index, "Beta NGO")
        other = reverse(
            "wagtailsnippets_audiences_organisation:edit", args=[self.beta.pk]
        )
        self.assertRedirects(
            self.client.get(other), "/admin/", fetch_redirect_response=False
        )
        Membership.objects.create(
            organisation=self.alpha, user=self.newcomer, role=Role.EDITOR
        )
        space = self.alpha.spaces.first()
        self.assertTrue(space.permissions_for_user(self.newcomer).can_add_subpage())
        Membership.objects.filter(user=self.newcomer).delete()
        self.newcomer.refresh_from_db()
        fresh = type(self.newcomer).objects.get(pk=self.newcomer.pk)
        self.assertFalse(space.permissions_for_user(fresh).can_add_subpage())
