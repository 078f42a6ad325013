"""An organisation admin cannot make themselves a member of another organisation."""

from django.urls import reverse

from audiences.models import Membership, Role, User
from tests.review.isolation import DRAFT_MARKER, IsolationBase


class OrganisationRecordTests(IsolationBase):
    """An organisation admin cannot make themselves a member of another one."""

    def membership_post(self, new_user):
        data = {
            "name": self.org_b.name,
            "slug": self.org_b.slug,
            "kind": self.org_b.kind,
            "region": "",
            "description": "",
            "website": "",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
        }
        members = list(Membership.objects.filter(organisation=self.org_b))
        for i, membership in enumerate(members):
            data.update(
                {
                    f"memberships-{i}-id": membership.pk,
                    f"memberships-{i}-user": membership.user_id,
                    f"memberships-{i}-role": membership.role,
                    f"memberships-{i}-ORDER": i + 1,
                    f"memberships-{i}-DELETE": "",
                }
            )
        n = len(members)
        data.update(
            {
                "memberships-INITIAL_FORMS": str(n),
                "memberships-TOTAL_FORMS": str(n + 1),
                f"memberships-{n}-id": "",
                f"memberships-{n}-user": new_user.pk,
                f"memberships-{n}-role": Role.EDITOR,
                f"memberships-{n}-ORDER": n + 1,
                f"memberships-{n}-DELETE": "",
            }
        )
        return self.client.post(
            reverse(
                "wagtailsnippets_audiences_organisation:edit", args=[self.org_b.pk]
            ),
            data,
        )

    def test_b_admin_can_add_a_member(self):
        """Positive control: the payload below is a valid edit."""
        outsider = User.objects.create_user("outsider", password="pw-123456789")
        self.client.force_login(self.b_admin)
        response = self.membership_post(outsider)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            Membership.objects.filter(organisation=self.org_b, user=outsider).exists()
        )

    def test_a_admin_cannot_join_b(self):
        a_admin = self.users["admin"]
        self.client.force_login(a_admin)
        response = self.membership_post(a_admin)
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(
            Membership.objects.filter(organisation=self.org_b, user=a_admin).exists(),
            "A's organisation admin made themselves a member of B",
        )
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.draft.pk])
        )
        self.assertNotContains(response, DRAFT_MARKER, status_code=302)
