"""Every role of organisation A against every admin endpoint, and positive controls.

The matrix (``PermissionMatrixTests``) requests each check of
``isolation_page_checks`` and ``isolation_admin_checks`` as A's editor,
organisation admin, planner and reviewer: no crash, B's records unchanged, no
marker in the response, actions refused; and adapting B's live material copies
only what is live. ``PositiveControlTests`` show the markers are there for B's
own people, so the matrix cannot pass because nothing was there to leak.
"""

from django.urls import reverse

from content.models import MaterialPage
from tests.review.isolation import (
    ADMIN_HOME,
    DRAFT_MARKER,
    DRAFT_QUERY,
    LIVE_TITLE,
    REVISION_MARKER,
    Check,
    IsolationBase,
    body_text,
)
from tests.review.isolation_admin_checks import admin_checks
from tests.review.isolation_page_checks import page_checks


class PermissionMatrixTests(IsolationBase):
    """Every A role × every admin endpoint."""

    def checks(self):
        return [*page_checks(self), *admin_checks(self)]

    def run_matrix(self, role):
        user = self.users[role]
        self.client.force_login(user)
        # A crash is reported as a failed check, not raised: the matrix goes on.
        self.client.raise_request_exception = False
        checks = self.checks()
        for check in checks:
            labels = {"role": role, "check": check.name, "url": check.url}
            before = self.b_state()
            response = self.fetch(check)
            after = self.b_state()
            with self.subTest(**labels, aspect="no server error"):
                self.assertLess(
                    response.status_code,
                    500,
                    f"{check.name}: {check.method.upper()} {check.url} crashed",
                )
            with self.subTest(**labels, aspect="B unchanged"):
                self.assertEqual(after, before, f"{check.name}: B's records changed")
            with self.subTest(**labels, aspect="no markers"):
                self.assertNoMarkers(response, check)
            if check.action:
                with self.subTest(**labels, aspect="refused"):
                    self.assertRefused(response, check)
        self.client.raise_request_exception = True
        self.check_adapt_live(role)
        return len(checks)

    def check_adapt_live(self, role):
        """Adapting B's live material copies only what is live."""
        url = reverse("kopir_adapt", args=[self.live.pk])
        data = {"organisation": self.org_a.pk, "locale": self.library.locale_id}
        before = self.b_state()
        with self.subTest(role=role, check="adapt live GET"):
            response = self.client.get(url)
            self.assertNoMarkers(response, Check("adapt live GET", url))
            if role in ("editor", "admin"):
                self.assertEqual(response.status_code, 200)
            else:
                self.assertRefused(response, Check("adapt live GET", url))
        with self.subTest(role=role, check="adapt live POST"):
            response = self.client.post(url, data)
            self.assertNoMarkers(response, Check("adapt live POST", url, "post"))
            copies = MaterialPage.objects.filter(adapted_from=self.live)
            if role in ("editor", "admin"):
                self.assertEqual(response.status_code, 302)
                copy = copies.get()
                self.assertEqual(
                    response["Location"],
                    reverse("wagtailadmin_pages:edit", args=[copy.pk]),
                )
                self.assertEqual(copy.origin_organisation_id, self.org_a.pk)
                self.assertFalse(copy.live)
                self.assertIn("The published body.", str(copy.body))
                revision = copy.get_latest_revision()
                self.assertNotIn(REVISION_MARKER, str(revision.content))
                self.assertNotIn(REVISION_MARKER, str(copy.body))
                self.assertEqual(revision.as_object().title, LIVE_TITLE)
                edit = self.client.get(
                    reverse("wagtailadmin_pages:edit", args=[copy.pk])
                )
                self.assertEqual(edit.status_code, 200)
                self.assertNotContains(edit, REVISION_MARKER)
            else:
                self.assertRefused(response, Check("adapt live POST", url, "post"))
                self.assertFalse(copies.exists())
            self.assertEqual(self.b_state(), before)

    def test_editor_of_a(self):
        self.run_matrix("editor")

    def test_admin_of_a(self):
        self.run_matrix("admin")

    def test_planner_of_a(self):
        self.run_matrix("planner")

    def test_reviewer_of_a(self):
        self.run_matrix("reviewer")


class PositiveControlTests(IsolationBase):
    """The markers are there to be found, by the people who may see them."""

    def test_b_editor_sees_the_draft_in_edit_and_search(self):
        self.client.force_login(self.b_editor)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.draft.pk]))
        self.assertContains(edit, DRAFT_MARKER)
        search = self.client.get(
            reverse("wagtailadmin_pages:search"), {"q": DRAFT_QUERY}
        )
        self.assertContains(search, DRAFT_MARKER)
        api = self.client.get(f"/admin/api/main/pages/?child_of={self.space_b.pk}")
        self.assertContains(api, DRAFT_MARKER)
        images = self.client.get(reverse("wagtailimages:index"))
        self.assertContains(images, DRAFT_MARKER)
        documents = self.client.get(reverse("wagtaildocs:index"))
        self.assertContains(documents, DRAFT_MARKER)

    def test_b_editor_sees_the_unpublished_revision(self):
        self.client.force_login(self.b_editor)
        response = self.client.get(
            reverse("wagtailadmin_pages:view_draft", args=[self.live.pk])
        )
        self.assertContains(response, REVISION_MARKER)
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.live.pk])
        )
        self.assertContains(response, REVISION_MARKER)

    def test_b_members_see_the_marker_in_reports_and_exports(self):
        self.client.force_login(self.b_editor)
        for name in ("materials", "decisions"):
            for export in ("csv", "xlsx"):
                with self.subTest(report=name, export=export):
                    response = self.client.get(
                        reverse(f"kopir_reports:{name}"), {"export": export}
                    )
                    self.assertEqual(response.status_code, 200)
                    self.assertIn(DRAFT_MARKER, body_text(response))
        # The locked-pages report is for those who may unlock: B's admin.
        self.client.force_login(self.b_admin)
        response = self.client.get(reverse("wagtailadmin_reports:locked_pages"))
        self.assertContains(response, DRAFT_MARKER)

    def test_b_reviewer_may_decide(self):
        self.client.force_login(self.b_reviewer)
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.draft.pk])
        )
        self.assertContains(response, DRAFT_MARKER)
        response = self.client.get(ADMIN_HOME)
        self.assertContains(response, DRAFT_MARKER)

    def test_a_editor_opens_own_material(self):
        self.client.force_login(self.users["editor"])
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.own.pk])
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Organisation A own material")
        response = self.client.get(
            reverse("wagtailadmin_explore", args=[self.space_a.pk])
        )
        self.assertContains(response, "Organisation A own material")

    def test_matrix_marker_check_catches_a_leak(self):
        """The checker itself fails on a page that carries the marker."""
        self.client.force_login(self.b_editor)
        url = reverse("wagtailadmin_pages:edit", args=[self.draft.pk])
        check = Check("control", url)
        with self.assertRaises(AssertionError):
            self.assertNoMarkers(self.client.get(url), check)
