"""The permission matrix's requests that look for B's records rather than act on them.

Searches, the page chooser, images and documents, the admin API, Wagtail's and
Kopir's reports with their exports, the dashboard and the organisation snippet:
``admin_checks(case)`` lists them for an ``IsolationBase`` test case, in the
order the matrix requests them (after ``page_checks``).
"""

from urllib.parse import urlencode

from tests.review.isolation import ADMIN_HOME, DRAFT_QUERY, REVISION_QUERY, Check
from tests.review.isolation import admin_url as url


def admin_checks(case):
    d, lv, rj = case.draft.pk, case.live.pk, case.rejected.pk
    space_b, lib = case.space_b.pk, case.library.pk
    pages = "wagtailadmin_pages:"
    q_draft = {"q": DRAFT_QUERY}
    q_rev = {"q": REVISION_QUERY}

    return [
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
            url("wagtailimages_chooser:chosen", str(case.image.pk)),
            action=True,
        ),
        Check("image edit", url("wagtailimages:edit", case.image.pk), action=True),
        Check(
            "image edit POST",
            url("wagtailimages:edit", case.image.pk),
            "post",
            {"title": "Hijacked"},
            action=True,
        ),
        Check(
            "image delete POST",
            url("wagtailimages:delete", case.image.pk),
            "post",
            action=True,
        ),
        Check(
            "image usage",
            url("wagtailimages:image_usage", case.image.pk),
            action=True,
        ),
        Check(
            "image url generator",
            url("wagtailimages:url_generator", case.image.pk),
            action=True,
        ),
        Check(
            "image select format",
            url("wagtailimages_chooser:select_format", case.image.pk),
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
            url("wagtaildocs_chooser:chosen", str(case.document.pk)),
            action=True,
        ),
        Check(
            "document edit",
            url("wagtaildocs:edit", case.document.pk),
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
                query={"origin_organisation": case.org_b.pk},
            ),
        ),
        # Dashboard and organisation snippet.
        Check("dashboard", ADMIN_HOME),
        Check(
            "organisation B edit",
            url("wagtailsnippets_audiences_organisation:edit", case.org_b.pk),
            action=True,
        ),
        Check(
            "organisation B edit POST",
            url("wagtailsnippets_audiences_organisation:edit", case.org_b.pk),
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
            url("wagtailsnippets_audiences_organisation:history", case.org_b.pk),
            action=True,
        ),
        Check(
            "organisation B usage",
            url("wagtailsnippets_audiences_organisation:usage", case.org_b.pk),
            action=True,
        ),
        Check(
            "organisation B delete POST",
            url("wagtailsnippets_audiences_organisation:delete", case.org_b.pk),
            "post",
            action=True,
        ),
        Check(
            "organisations list",
            url("wagtailsnippets_audiences_organisation:list"),
        ),
    ]
