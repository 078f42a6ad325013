"""The isolation fixture: organisation B's records, and checks that none reach A.

Organisation B owns

* a never-published draft whose title and body carry the marker ``Zephyrquill``,
  submitted into the review workflow (an in-progress task state);
* a second draft (title with the marker) that B's reviewer sent back and that
  B's editor holds locked, so history, reports and the locked-pages report
  have something of B's to show;
* a live material with a newer, unpublished revision whose body carries
  ``Quorvantix``;
* an image and a document in B's collection, titled with the marker.

Every member of A (editor, organisation admin, planner, reviewer) then visits
every admin endpoint: actions must be refused and leave B's records unchanged,
and no response body — listings, searches, choosers, the admin API, reports
and their CSV/XLSX exports — may carry either marker. Positive controls show
that the markers are found where they should be, so the matrix cannot pass
because nothing was there to leak.

Here: the markers, ``Check`` (one request of the matrix), ``IsolationBase``
(the data, and the assertions every isolation test module uses) and
``admin_url``. The requests are in ``isolation_page_checks`` and
``isolation_admin_checks``; the tests in ``test_isolation_*.py``.
"""

import io
import zipfile
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from audiences.factories import LANGUAGE_CODES, make_organisation
from audiences.models import Membership, Organisation, Role, User
from content.factories import build_site, make_material
from content.models import MaterialPage
from content.organisations import space_for
from tests.review.helpers import answers

DRAFT_MARKER = "Zephyrquill"
REVISION_MARKER = "Quorvantix"
MARKERS = (DRAFT_MARKER, REVISION_MARKER)
# Searches use another spelling: a search page echoes its query, and the echo
# must not count as a leak. The backends match case-insensitively.
DRAFT_QUERY = "zephyrQUILL"
REVISION_QUERY = "quorVANTIX"
LIVE_TITLE = "Lumenbright guide"

ROLES = ("editor", "admin", "planner", "reviewer")
ADMIN_HOME = "/admin/"


@dataclass
class Check:
    """One request in the matrix.

    ``action``: the request asks to do or open something of B's; it must be
    refused and B's records must stay as they were.
    """

    name: str
    url: str
    method: str = "get"
    data: dict = field(default_factory=dict)
    action: bool = False
    # The request's own URL carries the marker (a search): compare case-sensitively.
    echoes_query: bool = False
    ajax: bool = False
    # Redirects that do not mean success (checked separately, or nothing done).
    not_success: tuple = ()


def body_text(response):
    """Everything the response carries, as text; XLSX files are unzipped."""
    if getattr(response, "streaming", False):
        raw = b"".join(response.streaming_content)
    else:
        raw = response.content
    if raw[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith((".xml", ".rels"))
            )
    return raw.decode("utf-8", "replace")


def approve_data():
    """Checklist data approving every active item, with a comment."""
    return {**answers(), "comment": "Looks fine."}


def admin_url(name, *args, query=None, **kwargs):
    """``reverse`` with positional or keyword arguments, plus a query string."""
    out = reverse(name, args=args or None, kwargs=kwargs or None)
    return f"{out}?{urlencode(query)}" if query else out


class IsolationBase(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.home_en, cls.library = site["en"]
        cls.org_a = make_organisation("org-a", "Organisation A")
        cls.org_b = make_organisation("org-b", "Organisation B")
        cls.org_a.refresh_from_db()
        cls.org_b.refresh_from_db()

        def member(username, org, *roles):
            user = User.objects.create_user(username, password="pw-123456789")
            for role in roles:
                Membership.objects.create(organisation=org, user=user, role=role)
            return user

        cls.users = {
            "editor": member("a-editor", cls.org_a, Role.EDITOR),
            "admin": member("a-admin", cls.org_a, Role.ADMIN, Role.EDITOR),
            "planner": member("a-planner", cls.org_a, Role.PLANNER),
            "reviewer": member("a-reviewer", cls.org_a, Role.REVIEWER),
        }
        cls.b_editor = member("b-editor", cls.org_b, Role.EDITOR)
        cls.b_reviewer = member("b-reviewer", cls.org_b, Role.REVIEWER)
        cls.b_admin = member("b-admin", cls.org_b, Role.ADMIN, Role.EDITOR)

        cls.space_a = space_for(cls.org_a, cls.library.locale)
        cls.space_b = space_for(cls.org_b, cls.library.locale)

        # A's own material: the positive control for A's editor.
        cls.own = make_material(
            cls.library,
            title="Organisation A own material",
            slug="a-own",
            organisation=cls.org_a,
            live=True,
        )

        # B's never-published draft, in review.
        cls.draft = make_material(
            cls.library,
            title=f"{DRAFT_MARKER} draft plan",
            slug="b-draft",
            summary="Neutral summary.",
            body=[("paragraph", f"<p>The secret {DRAFT_MARKER} body.</p>")],
            organisation=cls.org_b,
            live=False,
        )
        log(instance=cls.draft, action="wagtail.create", user=cls.b_editor)
        cls.draft.save_revision(user=cls.b_editor, log_action=True)
        workflow = cls.draft.get_workflow()
        assert workflow is not None, "the library has no review workflow"
        workflow.start(cls.draft, cls.b_editor)
        cls.draft.refresh_from_db()
        cls.task_state = cls.draft.current_workflow_task_state
        assert cls.task_state is not None
        cls.task = cls.task_state.task
        cls.workflow_state = cls.draft.current_workflow_state
        cls.draft_revision = cls.draft.latest_revision

        # A second B draft: reviewed (changes requested) and locked by B's editor.
        cls.rejected = make_material(
            cls.library,
            title=f"{DRAFT_MARKER} second draft",
            slug="b-second",
            summary="Neutral summary.",
            body=[("paragraph", f"<p>Another {DRAFT_MARKER} body.</p>")],
            organisation=cls.org_b,
            live=False,
        )
        cls.rejected.save_revision(user=cls.b_editor, log_action=True)
        cls.rejected.get_workflow().start(cls.rejected, cls.b_editor)
        cls.rejected.refresh_from_db()
        rejected_state = cls.rejected.current_workflow_task_state
        data = approve_data()
        data["comment"] = f"Rework the {DRAFT_MARKER} part."
        rejected_state.task.specific.on_action(
            rejected_state, cls.b_reviewer, "reject", **data
        )
        cls.rejected.refresh_from_db()
        cls.rejected.locked = True
        cls.rejected.locked_by = cls.b_editor
        cls.rejected.save(update_fields=["locked", "locked_by"])

        # B's live material with an unpublished revision carrying the second marker.
        cls.live = make_material(
            cls.library,
            title=LIVE_TITLE,
            slug="b-live",
            summary="Neutral summary.",
            body=[("paragraph", "<p>The published body.</p>")],
            organisation=cls.org_b,
            live=True,
        )
        editing = MaterialPage.objects.get(pk=cls.live.pk)
        editing.body = [("paragraph", f"<p>Unpublished {REVISION_MARKER} text.</p>")]
        cls.live_draft_revision = editing.save_revision(
            user=cls.b_editor, log_action=True
        )
        cls.live.refresh_from_db()
        assert cls.live.has_unpublished_changes

        # B's image and document.
        cls.image = get_image_model().objects.create(
            title=f"{DRAFT_MARKER} image",
            file=get_test_image_file(),
            collection=cls.org_b.collection,
        )
        cls.document = get_document_model().objects.create(
            title=f"{DRAFT_MARKER} document",
            file=ContentFile(b"plain text", name="b-notes.txt"),
            collection=cls.org_b.collection,
        )

    # --- helpers --------------------------------------------------------------

    def fetch(self, check):
        kwargs = {}
        if check.ajax:
            kwargs["HTTP_X_REQUESTED_WITH"] = "XMLHttpRequest"
        method = getattr(self.client, check.method)
        return method(check.url, check.data, **kwargs)

    def assertNoMarkers(self, response, check):
        text = body_text(response)
        for marker in MARKERS:
            haystack, needle = (
                (text, marker) if check.echoes_query else (text.lower(), marker.lower())
            )
            at = haystack.find(needle)
            if at >= 0:
                self.fail(
                    f"{check.name}: {marker!r} leaked ({check.method.upper()} "
                    f"{check.url} → {response.status_code}): "
                    f"…{text[max(0, at - 160) : at + 80]}…"
                )

    def assertRefused(self, response, check):
        """403 or 404, or Wagtail's redirect to the admin home with a message."""
        status = response.status_code
        if status in (403, 404):
            return
        self.assertIn(
            status,
            (301, 302, 303),
            f"{check.name}: {check.method.upper()} {check.url} → {status}, not refused",
        )
        target = urlsplit(response["Location"]).path
        if target == ADMIN_HOME or target.startswith("/admin/login"):
            return
        if target in check.not_success:
            return
        path = urlsplit(check.url).path
        if target in {f"/{code}{path}" for code in LANGUAGE_CODES}:
            # Django's LocaleMiddleware answers a 404 under /admin/ with a
            # redirect to the language-prefixed path, where Wagtail's page
            # route 404s again.
            self.assertEqual(self.client.get(response["Location"]).status_code, 404)
            return
        self.fail(f"{check.name}: redirected to {target}, not a refusal")

    def b_state(self):
        """Everything of B's that an action could change."""
        b_pages = [self.draft.pk, self.rejected.pk, self.live.pk]
        return {
            "pages": list(
                Page.objects.filter(pk__in=b_pages)
                .order_by("pk")
                .values(
                    "pk",
                    "path",
                    "url_path",
                    "title",
                    "draft_title",
                    "slug",
                    "live",
                    "locked",
                    "locked_by_id",
                    "live_revision_id",
                    "latest_revision_id",
                    "has_unpublished_changes",
                    "expire_at",
                    "go_live_at",
                )
            ),
            "b_space_children": list(
                self.space_b.get_children().order_by("pk").values_list("pk", flat=True)
            ),
            "spaces": list(
                Page.objects.filter(pk__in=[self.space_a.pk, self.space_b.pk])
                .order_by("pk")
                .values("pk", "path", "live", "title", "slug", "locked")
            ),
            "revisions": Revision.page_revisions.filter(
                object_id__in=[str(pk) for pk in b_pages]
            ).count(),
            "workflow_states": list(
                WorkflowState.objects.order_by("pk").values_list(
                    "pk", "status", "object_id", "current_task_state_id"
                )
            ),
            "task_states": list(
                TaskState.objects.order_by("pk").values_list(
                    "pk", "status", "finished_by_id", "revision_id"
                )
            ),
            "log_entries": PageLogEntry.objects.filter(page_id__in=b_pages).count(),
            "copies_with_marker": Page.objects.filter(
                title__icontains=DRAFT_MARKER
            ).count(),
            "image": list(
                get_image_model()
                .objects.filter(pk=self.image.pk)
                .values("title", "collection_id", "file")
            ),
            "document": list(
                get_document_model()
                .objects.filter(pk=self.document.pk)
                .values("title", "collection_id", "file")
            ),
            "org_b": list(
                Organisation.objects.filter(pk=self.org_b.pk).values(
                    "name", "slug", "kind", "description", "website"
                )
            ),
            "b_members": list(
                Membership.objects.filter(organisation=self.org_b)
                .order_by("pk")
                .values_list("user_id", "role")
            ),
        }
