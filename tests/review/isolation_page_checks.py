"""The permission matrix's requests about B's pages, as any role of A makes them.

Explorer and listings, editing, previews and drafts, revisions and history, copy,
move, delete, lock, unpublish and privacy, bulk actions, workflow actions and
adapting a draft: ``page_checks(case)`` lists them for an ``IsolationBase`` test
case, in the order the matrix requests them.
"""

from tests.review.isolation import (
    DRAFT_MARKER,
    DRAFT_QUERY,
    LIVE_TITLE,
    Check,
    approve_data,
)
from tests.review.isolation import admin_url as url


def page_checks(case):
    d, lv, rj = case.draft.pk, case.live.pk, case.rejected.pk
    space_b, space_a, lib = case.space_b.pk, case.space_a.pk, case.library.pk
    ts = case.task_state.pk
    pages = "wagtailadmin_pages:"
    full = approve_data()
    reject = {**approve_data(), "comment": "No."}
    q_draft = {"q": DRAFT_QUERY}

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
            url(pages + "revisions_view", d, case.draft_revision.pk),
            action=True,
        ),
        Check(
            "revision view live",
            url(pages + "revisions_view", lv, case.live_draft_revision.pk),
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
            url(pages + "revisions_revert", d, case.draft_revision.pk),
            action=True,
        ),
        Check(
            "revisions revert live",
            url(pages + "revisions_revert", lv, case.live_draft_revision.pk),
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
            url(pages + "workflow_history_detail", d, case.workflow_state.pk),
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
            not_success=(url("wagtail_bulk_action", "wagtailcore", "page", "delete"),),
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
            url(pages + "workflow_preview", d, case.task.pk),
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
            {"organisation": case.org_a.pk, "locale": case.library.locale_id},
            action=True,
        ),
    ]
