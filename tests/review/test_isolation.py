"""Permission matrix: nothing of organisation B reaches any role of organisation A.

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
"""

import io
import zipfile
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import (
    Page,
    PageLogEntry,
    Revision,
    TaskState,
    WorkflowState,
)

from audiences.factories import LANGUAGE_CODES, make_organisation
from audiences.models import Membership, Organisation, Role, User
from content.factories import build_site, make_material
from content.models import ChecklistItem, MaterialPage
from content.organisations import space_for

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
    data = {"comment": "Looks fine."}
    for item in ChecklistItem.objects.filter(active=True):
        data[f"item_{item.pk}"] = "yes"
        data[f"item_{item.pk}_comment"] = ""
    return data


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
        from django.core.files.base import ContentFile

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

    # --- the endpoints ----------------------------------------------------------

    def checks(self):
        d, lv, rj = self.draft.pk, self.live.pk, self.rejected.pk
        space_b, space_a, lib = self.space_b.pk, self.space_a.pk, self.library.pk
        ts = self.task_state.pk
        pages = "wagtailadmin_pages:"
        full = approve_data()
        reject = {**approve_data(), "comment": "No."}
        q_draft = {"q": DRAFT_QUERY}
        q_rev = {"q": REVISION_QUERY}

        def url(name, *args, query=None, **kwargs):
            out = reverse(name, args=args or None, kwargs=kwargs or None)
            return f"{out}?{urlencode(query)}" if query else out

        return [
            # Explorer and listings.
            Check("explore B space", url("wagtailadmin_explore", space_b)),
            Check(
                "explore B space results",
                url("wagtailadmin_explore_results", space_b),
            ),
            Check("explore library", url("wagtailadmin_explore", lib)),
            Check("explore library results", url("wagtailadmin_explore_results", lib)),
            Check(
                "explore library search",
                url("wagtailadmin_explore", lib, query=q_draft),
                echoes_query=True,
            ),
            Check("explore root", url("wagtailadmin_explore_root")),
            Check(
                "pages of type material",
                url(pages + "type_use", "content", "materialpage"),
            ),
            # Edit, preview, drafts.
            Check("edit draft", url(pages + "edit", d), action=True),
            Check("edit live", url(pages + "edit", lv), action=True),
            Check(
                "edit draft POST save",
                url(pages + "edit", d),
                "post",
                {"title": "Hijacked", "slug": "b-draft"},
                action=True,
            ),
            Check(
                "submit draft POST",
                url(pages + "edit", rj),
                "post",
                {"title": "x", "slug": "b-second", "action-submit": "1"},
                action=True,
            ),
            Check(
                "submit live POST",
                url(pages + "edit", lv),
                "post",
                {"title": LIVE_TITLE, "slug": "b-live", "action-submit": "1"},
                action=True,
            ),
            Check(
                "publish draft POST",
                url(pages + "edit", d),
                "post",
                {"title": "x", "slug": "b-draft", "action-publish": "1"},
                action=True,
            ),
            Check("preview draft", url(pages + "preview_on_edit", d), action=True),
            Check("preview live", url(pages + "preview_on_edit", lv), action=True),
            Check(
                "preview draft POST",
                url(pages + "preview_on_edit", d),
                "post",
                {"title": "x"},
                action=True,
            ),
            Check("view draft", url(pages + "view_draft", d), action=True),
            Check("view draft of live", url(pages + "view_draft", lv), action=True),
            # Revisions and history.
            Check(
                "revisions index",
                url(pages + "revisions_index", d),
                action=True,
                # Wagtail 8 sends it on to the history view, refused below.
                not_success=(url(pages + "history", d),),
            ),
            Check(
                "revision view draft",
                url(pages + "revisions_view", d, self.draft_revision.pk),
                action=True,
            ),
            Check(
                "revision view live",
                url(pages + "revisions_view", lv, self.live_draft_revision.pk),
                action=True,
            ),
            Check(
                "revisions compare draft",
                url(
                    pages + "revisions_compare",
                    pk=d,
                    revision_id_a="earliest",
                    revision_id_b="latest",
                ),
                action=True,
            ),
            Check(
                "revisions compare live",
                url(
                    pages + "revisions_compare",
                    pk=lv,
                    revision_id_a="live",
                    revision_id_b="latest",
                ),
                action=True,
            ),
            Check(
                "revisions revert draft",
                url(pages + "revisions_revert", d, self.draft_revision.pk),
                action=True,
            ),
            Check(
                "revisions revert live",
                url(pages + "revisions_revert", lv, self.live_draft_revision.pk),
                action=True,
            ),
            Check("history draft", url(pages + "history", d), action=True),
            Check("history results", url(pages + "history_results", d), action=True),
            Check("history live", url(pages + "history", lv), action=True),
            Check(
                "workflow history",
                url(pages + "workflow_history", d),
                action=True,
            ),
            Check(
                "workflow history detail",
                url(pages + "workflow_history_detail", d, self.workflow_state.pk),
                action=True,
            ),
            Check("usage", url(pages + "usage", d), action=True),
            Check(
                "editing session ping",
                url(
                    "wagtailadmin_editing_sessions:ping",
                    "wagtailcore",
                    "page",
                    str(d),
                    0,
                ),
                "post",
                action=True,
            ),
            # Copy, move, delete, lock, unpublish, privacy.
            Check("copy GET", url(pages + "copy", d), action=True),
            Check(
                "copy POST into A",
                url(pages + "copy", d),
                "post",
                {
                    "new_title": f"{DRAFT_MARKER} copy",
                    "new_slug": "stolen-copy",
                    "new_parent_page": space_a,
                    "copy_subpages": "",
                    "publish_copies": "",
                    "alias": "",
                },
                action=True,
            ),
            Check("move GET", url(pages + "move", d), action=True),
            Check(
                "move confirm GET",
                url(pages + "move_confirm", d, space_a),
                action=True,
            ),
            Check(
                "move confirm POST",
                url(pages + "move_confirm", d, space_a),
                "post",
                action=True,
            ),
            Check(
                "set position POST",
                url(pages + "set_page_position", d, query={"position": 0}),
                "post",
                action=True,
            ),
            Check("delete GET", url(pages + "delete", d), action=True),
            Check("delete POST", url(pages + "delete", d), "post", action=True),
            Check("lock POST", url(pages + "lock", d), "post", action=True),
            Check("lock live POST", url(pages + "lock", lv), "post", action=True),
            Check("unlock POST", url(pages + "unlock", rj), "post", action=True),
            Check("unpublish GET", url(pages + "unpublish", lv), action=True),
            Check("unpublish POST", url(pages + "unpublish", lv), "post", action=True),
            Check("privacy GET", url(pages + "set_privacy", d), action=True),
            Check(
                "privacy POST",
                url(pages + "set_privacy", lv),
                "post",
                {"restriction_type": "password", "password": "x1234567"},
                action=True,
            ),
            Check(
                "add subpage to B space",
                url(pages + "add_subpage", space_b),
                action=True,
            ),
            Check(
                "add material to B space",
                url(pages + "add", "content", "materialpage", space_b),
                action=True,
            ),
            # Bulk actions list the pages they are asked about.
            *(
                Check(
                    f"bulk {action}",
                    url(
                        "wagtail_bulk_action",
                        "wagtailcore",
                        "page",
                        action,
                        query={"id": d},
                    ),
                    action=True,
                )
                for action in ("delete", "publish", "unpublish", "move")
            ),
            Check(
                "bulk delete POST",
                url(
                    "wagtail_bulk_action",
                    "wagtailcore",
                    "page",
                    "delete",
                    query={"id": d},
                ),
                "post",
                action=True,
                # With no page the user may delete, it deletes nothing and
                # goes back; "B unchanged" is the real check.
                not_success=(
                    url("wagtail_bulk_action", "wagtailcore", "page", "delete"),
                ),
            ),
            Check(
                "bulk publish all in B space",
                url(
                    "wagtail_bulk_action",
                    "wagtailcore",
                    "page",
                    "publish",
                    query={"id": "all", "childOf": space_b},
                ),
                action=True,
            ),
            Check(
                "bulk publish search",
                url(
                    "wagtail_bulk_action",
                    "wagtailcore",
                    "page",
                    "publish",
                    query={"id": "all", "childOf": lib, "q": DRAFT_QUERY},
                ),
                action=True,
                echoes_query=True,
            ),
            # Workflow.
            *(
                Check(
                    f"workflow {name} POST",
                    url(pages + "workflow_action", d, name, ts),
                    "post",
                    data,
                    action=True,
                )
                for name, data in (("approve", full), ("reject", reject))
            ),
            *(
                Check(
                    f"workflow {name} GET",
                    url(pages + "workflow_action", d, name, ts),
                    action=True,
                )
                for name in ("approve", "reject")
            ),
            Check(
                "collect approve GET",
                url(pages + "collect_workflow_action_data", d, "approve", ts),
                action=True,
            ),
            Check(
                "collect approve POST",
                url(pages + "collect_workflow_action_data", d, "approve", ts),
                "post",
                full,
                action=True,
            ),
            Check(
                "collect reject POST",
                url(pages + "collect_workflow_action_data", d, "reject", ts),
                "post",
                reject,
                action=True,
            ),
            Check(
                "workflow preview",
                url(pages + "workflow_preview", d, self.task.pk),
                action=True,
            ),
            Check(
                "workflow cancel GET",
                url(pages + "confirm_workflow_cancellation", d),
                action=True,
            ),
            # Adapt: never a draft.
            Check("adapt draft GET", url("kopir_adapt", d), action=True),
            Check(
                "adapt draft POST",
                url("kopir_adapt", d),
                "post",
                {"organisation": self.org_a.pk, "locale": self.library.locale_id},
                action=True,
            ),
            # Searches.
            Check(
                "page search draft",
                url(pages + "search", query=q_draft),
                echoes_query=True,
            ),
            Check(
                "page search results draft",
                url(pages + "search_results", query=q_draft),
                echoes_query=True,
            ),
            Check(
                "page search revision",
                url(pages + "search", query=q_rev),
                echoes_query=True,
            ),
            Check(
                "page search ajax",
                url(pages + "search", query=q_draft),
                echoes_query=True,
                ajax=True,
            ),
            Check(
                "global admin search",
                "/admin/search/?" + urlencode(q_draft),
                echoes_query=True,
            ),
            # Page chooser.
            Check("chooser browse", url("wagtailadmin_choose_page")),
            Check(
                "chooser B space",
                url("wagtailadmin_choose_page_child", space_b),
            ),
            Check(
                "chooser library",
                url("wagtailadmin_choose_page_child", lib),
            ),
            Check(
                "chooser search",
                url("wagtailadmin_choose_page_search", query=q_draft),
                echoes_query=True,
            ),
            Check(
                "chooser search all types",
                url(
                    "wagtailadmin_choose_page_search",
                    query={**q_draft, "page_type": "wagtailcore.page"},
                ),
                echoes_query=True,
            ),
            Check(
                "chooser chosen multiple",
                url("wagtailadmin_choose_page_chosen_multiple", query={"id": d}),
            ),
            # Images and documents.
            Check("images index", url("wagtailimages:index")),
            Check(
                "images search",
                url("wagtailimages:index", query=q_draft),
                echoes_query=True,
            ),
            Check("image chooser", url("wagtailimages_chooser:choose")),
            Check(
                "image chooser search",
                url("wagtailimages_chooser:choose_results", query=q_draft),
                echoes_query=True,
            ),
            Check(
                "image chosen",
                url("wagtailimages_chooser:chosen", str(self.image.pk)),
                action=True,
            ),
            Check("image edit", url("wagtailimages:edit", self.image.pk), action=True),
            Check(
                "image edit POST",
                url("wagtailimages:edit", self.image.pk),
                "post",
                {"title": "Hijacked"},
                action=True,
            ),
            Check(
                "image delete POST",
                url("wagtailimages:delete", self.image.pk),
                "post",
                action=True,
            ),
            Check(
                "image usage",
                url("wagtailimages:image_usage", self.image.pk),
                action=True,
            ),
            Check(
                "image url generator",
                url("wagtailimages:url_generator", self.image.pk),
                action=True,
            ),
            Check(
                "image select format",
                url("wagtailimages_chooser:select_format", self.image.pk),
                action=True,
            ),
            Check("documents index", url("wagtaildocs:index")),
            Check(
                "documents search",
                url("wagtaildocs:index", query=q_draft),
                echoes_query=True,
            ),
            Check("document chooser", url("wagtaildocs_chooser:choose")),
            Check(
                "document chosen",
                url("wagtaildocs_chooser:chosen", str(self.document.pk)),
                action=True,
            ),
            Check(
                "document edit",
                url("wagtaildocs:edit", self.document.pk),
                action=True,
            ),
            # Admin API (the explorer menu).
            Check("api child_of B space", f"/admin/api/main/pages/?child_of={space_b}"),
            Check("api child_of library", f"/admin/api/main/pages/?child_of={lib}"),
            Check(
                "api descendant_of library",
                f"/admin/api/main/pages/?descendant_of={lib}&fields=*",
            ),
            Check(
                "api search",
                "/admin/api/main/pages/?" + urlencode({"search": DRAFT_QUERY}),
                echoes_query=True,
            ),
            Check("api draft detail", f"/admin/api/main/pages/{d}/"),
            Check("api rejected detail", f"/admin/api/main/pages/{rj}/"),
            Check("api live detail", f"/admin/api/main/pages/{lv}/"),
            # Wagtail reports.
            *(
                Check(f"report {name}", url(f"wagtailadmin_reports:{name}"))
                for name in (
                    "locked_pages",
                    "aging_pages",
                    "site_history",
                    "workflow",
                    "workflow_tasks",
                    "page_types_usage",
                )
            ),
            *(
                Check(
                    f"report {name} csv",
                    url(f"wagtailadmin_reports:{name}", query={"export": "csv"}),
                )
                for name in ("locked_pages", "site_history", "workflow")
            ),
            # Kopir reports and their exports.
            *(
                Check(
                    f"kopir {name}{' ' + export if export else ''}",
                    url(
                        f"kopir_reports:{name}",
                        query={"export": export} if export else None,
                    ),
                )
                for name in ("materials", "decisions")
                for export in ("", "csv", "xlsx")
            ),
            Check(
                "kopir materials for B",
                url(
                    "kopir_reports:materials_results",
                    query={"origin_organisation": self.org_b.pk},
                ),
            ),
            # Dashboard and organisation snippet.
            Check("dashboard", ADMIN_HOME),
            Check(
                "organisation B edit",
                url("wagtailsnippets_audiences_organisation:edit", self.org_b.pk),
                action=True,
            ),
            Check(
                "organisation B edit POST",
                url("wagtailsnippets_audiences_organisation:edit", self.org_b.pk),
                "post",
                {
                    "name": "Hijacked",
                    "slug": "org-b",
                    "kind": "ngo",
                    "memberships-TOTAL_FORMS": "0",
                    "memberships-INITIAL_FORMS": "0",
                    "memberships-MIN_NUM_FORMS": "0",
                    "memberships-MAX_NUM_FORMS": "1000",
                },
                action=True,
            ),
            Check(
                "organisation B history",
                url("wagtailsnippets_audiences_organisation:history", self.org_b.pk),
                action=True,
            ),
            Check(
                "organisation B usage",
                url("wagtailsnippets_audiences_organisation:usage", self.org_b.pk),
                action=True,
            ),
            Check(
                "organisation B delete POST",
                url("wagtailsnippets_audiences_organisation:delete", self.org_b.pk),
                "post",
                action=True,
            ),
            Check(
                "organisations list",
                url("wagtailsnippets_audiences_organisation:list"),
            ),
        ]


class PermissionMatrixTests(IsolationBase):
    """Every A role × every admin endpoint."""

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


class PublicSiteTests(IsolationBase):
    """The public site: search, feeds and the draft's own URL."""

    LANGUAGES = ("en", "ru", "kk")

    def public_checks(self):
        checks = []
        for code in self.LANGUAGES:
            base = f"/{code}/materials/"
            checks += [
                Check(f"{code} library", base),
                Check(
                    f"{code} search draft",
                    base + "?" + urlencode({"q": DRAFT_QUERY}),
                    echoes_query=True,
                ),
                Check(
                    f"{code} search revision",
                    base + "?" + urlencode({"q": REVISION_QUERY}),
                    echoes_query=True,
                ),
                Check(f"{code} feed", base + "feed/"),
                Check(f"{code} B space", base + "org-b/"),
                Check(f"{code} home", f"/{code}/"),
            ]
        checks += [
            Check("sitemap", "/sitemap.xml"),
            Check("live material", "/en/materials/org-b/b-live/"),
        ]
        return checks

    def run_public(self, user=None):
        if user is not None:
            self.client.force_login(user)
        for check in self.public_checks():
            with self.subTest(user=str(user), check=check.name):
                self.assertNoMarkers(self.client.get(check.url), check)
        for slug in ("b-draft", "b-second"):
            for code in self.LANGUAGES:
                with self.subTest(user=str(user), draft=slug, lang=code):
                    response = self.client.get(f"/{code}/materials/org-b/{slug}/")
                    self.assertEqual(response.status_code, 404)
                    self.assertNoMarkers(response, Check("draft url", slug))

    def test_anonymous(self):
        self.run_public()

    def test_editor_of_a(self):
        self.run_public(self.users["editor"])

    def test_editor_of_b_does_not_see_drafts_publicly_either(self):
        self.run_public(self.b_editor)

    def test_search_and_feed_work(self):
        """Positive control: the live material is found and in the feed."""
        response = self.client.get("/en/materials/", {"q": "lumenbright"})
        self.assertContains(response, LIVE_TITLE)
        response = self.client.get("/en/materials/feed/")
        self.assertContains(response, LIVE_TITLE)
        response = self.client.get("/en/materials/org-b/b-live/")
        self.assertContains(response, "The published body.")


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
