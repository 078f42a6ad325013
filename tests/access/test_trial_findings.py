"""What a tester from another organisation found, closed: from the demo's data.

- A page restricted to Almaty's group (privacy dialog: specific groups) could
  still be adapted and printed by Atyrau's editor, which copied its text.
- Posting another organisation's draft id into an activity's material field was
  refused, but the chooser redrew that draft's title.
- The dashboard's site summary counted every organisation's pages.
"""

from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import PageViewRestriction

from audiences.models import Membership, Organisation, User
from campaigns.models import CampaignPlan
from content.models import MaterialPage
from tests.demo import load_demo

ALMATY = "almaty-city-irg"


class TrialFindingsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.restricted = (
            MaterialPage.objects.live()
            .filter(origin_organisation__slug=ALMATY, locale__language_code="ru")
            .order_by("pk")
            .first()
        )
        restriction = PageViewRestriction.objects.create(
            page=cls.restricted, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__startswith="Almaty"))
        cls.draft = MaterialPage.objects.get(
            slug="teen-questions-about-faith", locale__language_code="ru"
        )
        cls.atyrau = User.objects.get(username="atyrau")

    def test_a_restricted_page_cannot_be_adapted_by_another_organisation(self):
        self.client.force_login(self.atyrau)
        self.assertEqual(
            self.client.get(f"/admin/adapt/{self.restricted.pk}/").status_code, 404
        )
        before = MaterialPage.objects.count()
        response = self.client.post(f"/admin/adapt/{self.restricted.pk}/", {})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(MaterialPage.objects.count(), before)
        dashboard = self.client.get("/admin/").content.decode()
        self.assertNotIn(self.restricted.title, dashboard)

    def test_a_restricted_page_cannot_be_printed_by_another_organisation(self):
        self.client.force_login(self.atyrau)
        response = self.client.get(f"/admin/print/material/{self.restricted.pk}/")
        self.assertIn(response.status_code, (403, 404))
        self.assertNotIn(self.restricted.title, response.content.decode())

    def test_its_own_organisation_still_prints_it(self):
        self.client.force_login(User.objects.get(username="editor"))
        response = self.client.get(f"/admin/print/material/{self.restricted.pk}/")
        self.assertEqual(response.status_code, 200)

    def test_a_refused_material_id_draws_no_title(self):
        # An Atyrau planner (the demo's planner is Almaty's).
        outsider = User.objects.create_user("atyrau-planner", password="x-Unused-9")
        atyrau = Organisation.objects.get(slug="atyrau-region-irg")
        Membership.objects.create(user=outsider, organisation=atyrau, role="planner")
        plan = CampaignPlan.objects.create(
            organisation=atyrau,
            title="Atyrau plan",
            starts_on="2026-12-01",
            ends_on="2026-12-31",
        )
        self.client.force_login(outsider)
        response = self.client.post(
            "/admin/snippets/campaigns/activity/add/",
            {"plan": plan.pk, "title": "Talk", "material": self.draft.pk},
        )
        self.assertEqual(response.status_code, 200)  # the form, with its errors
        html = response.content.decode()
        self.assertIn('class="error-message"', html)
        self.assertNotIn(self.draft.title, html)
        self.assertNotIn(self.draft.draft_title, html)

    def test_the_site_summary_counts_no_other_organisations_pages(self):
        self.client.force_login(self.atyrau)
        html = self.client.get("/admin/").content.decode()
        summary = html[html.index('class="w-summary__list"') :]
        summary = summary[: summary.index("</ul>")]
        self.assertIn("#icon-doc-full", summary)  # the documents item is there
        self.assertNotIn("#icon-doc-empty", summary)  # the pages item is not
