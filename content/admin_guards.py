"""Wagtail admin endpoints that do not check rows by themselves, guarded here.

Found by the resolver walk (``tests/access/``): the bulk-action confirmation
pages (of pages and of every model) list the titles of every id asked for, the
page chooser's "chosen multiple" endpoint, the workflow-cancellation
confirmation and the explorer's heading show the titles of pages the user may
not see. Each is wrapped here and mounted in ``kopir/urls.py`` ahead of Wagtail's
own admin URLs; the wrapped view runs unchanged once the access layer agrees.
(Moving a page is guarded by the ``before_move_page`` hook in
``content/wagtail_hooks.py``.)
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import urlpatterns as admin_urlpatterns
from wagtail.admin.urls.pages import urlpatterns as page_urlpatterns
from wagtail.admin.views.bulk_action import index as bulk_action_index
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page, TaskState

from audiences import access
from content.access import may_see_drafts, visible_pages
from content.review import announce_decision


def _ids(request):
    return [value for value in request.GET.getlist("id") if value]


_chosen_multiple = ChosenMultipleView.as_view()


@require_admin_access
def chosen_multiple(request):
    wanted = [int(v) for v in _ids(request) if v.isdigit()]
    allowed = set(
        visible_pages(request.user, Page.objects.filter(pk__in=wanted)).values_list(
            "pk", flat=True
        )
    )
    query = request.GET.copy()
    query.setlist("id", [str(pk) for pk in wanted if pk in allowed])
    request.GET = query
    return _chosen_multiple(request)


def _pages_bulk_allowed(request, ids):
    """Every page named, or the parent of "all", must be editable by the user."""
    user = request.user
    if "all" in ids:
        parent_id = request.GET.get("childOf", "")
        if not parent_id.isdigit():
            raise PermissionDenied
        parent = get_object_or_404(Page, pk=int(parent_id))
        if not parent.permissions_for_user(user).can_edit():
            raise PermissionDenied
        return
    wanted = [int(v) for v in ids if v.isdigit()]
    for page in Page.objects.filter(pk__in=wanted):
        if not page.permissions_for_user(user).can_edit():
            raise PermissionDenied


@require_admin_access
def bulk_action(request, app_label, model_name, action):
    """Bulk actions see only the rows the access layer lets the user see.

    Wagtail's confirmation page lists every id asked for, with "you don't have
    permission" beside the ones refused: their titles leak. Owned models keep
    only the visible ids ("all" becomes the visible rows); shared models go
    through; any other model (users, groups, whatever a later Wagtail adds) is
    closed to everyone but site administrators.
    """
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        raise Http404 from None
    user = request.user
    if not access.is_site_admin(user):
        ids = _ids(request)
        if model is Page:
            _pages_bulk_allowed(request, ids)
        elif access.is_owned(model):
            rows = access.visible(user, model._default_manager.all())
            if "all" not in ids:
                rows = rows.filter(pk__in=[v for v in ids if v.isdigit()])
            visible = [str(pk) for pk in rows.values_list("pk", flat=True)]
            if not visible:
                raise Http404
            query = request.GET.copy()
            query.setlist("id", visible)
            request.GET = query
        elif not access.is_shared(model):
            raise Http404
    return bulk_action_index(request, app_label, model_name, action)


def _wagtail_view(patterns, name):
    return next(p.callback for p in patterns if getattr(p, "name", "") == name)


def _guard_explorer(name):
    """The explorer and the page chooser open only pages the user may see listed
    (their heading and breadcrumb show the page's draft title)."""
    view = _wagtail_view(admin_urlpatterns, name)

    @require_admin_access
    def explore(request, parent_page_id):
        if not access.is_site_admin(request.user):
            pages = Page.objects.filter(pk=parent_page_id)
            if not visible_pages(request.user, pages).exists():
                raise Http404
        return view(request, parent_page_id=parent_page_id)

    return explore


_confirm_cancellation = _wagtail_view(page_urlpatterns, "confirm_workflow_cancellation")


@require_admin_access
def confirm_workflow_cancellation(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return _confirm_cancellation(request, page_id=page_id)


def _guard_workflow(name, announce=False):
    """Wagtail's workflow action, data and preview views put the page's latest
    (draft) title into an error message when it is not in moderation: they open
    only for people who may see the page's drafts.

    With ``announce``, a decision taken here (the dashboard's menu: Wagtail
    redirects back without a word) leaves a message saying what happened.
    """
    view = _wagtail_view(page_urlpatterns, name)

    @require_admin_access
    def guarded(request, page_id, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        if not may_see_drafts(request.user, page):
            raise Http404
        if not (announce and request.method == "POST"):
            return view(request, page_id=page_id, **kwargs)
        task_state = TaskState.objects.filter(pk=kwargs.get("task_state_id")).first()
        before = task_state.status if task_state else None
        response = view(request, page_id=page_id, **kwargs)
        if task_state is not None:
            task_state.refresh_from_db()
            if task_state.status != before:
                announce_decision(request, task_state)
        return response

    return guarded


@require_admin_access
def site_admins_only(request, *args, **kwargs):
    """Closed to everyone but site administrators (404, as for a missing page)."""
    if not access.is_site_admin(request.user):
        raise Http404
    return _SITE_ADMIN_VIEWS[request.resolver_match.url_name](request, *args, **kwargs)


# Views that summarise every organisation's pages (the page-types report names
# the last edited page of each type, draft titles included) and Wagtail's
# deliberate error page.
_SITE_ADMIN_VIEWS = {
    "kopir_page_types_usage": PageTypesUsageReportView.as_view(),
    "kopir_page_types_usage_results": PageTypesUsageReportView.as_view(
        results_only=True
    ),
}


_external_link = _wagtail_view(
    admin_urlpatterns, "wagtailadmin_choose_page_external_link"
)


@require_admin_access
def external_link(request):
    """A POST without the URL field is a form error, not Wagtail's crash on None."""
    if request.method == "POST" and "external-link-chooser-url" not in request.POST:
        post = request.POST.copy()
        post["external-link-chooser-url"] = ""
        request.POST = post
    return _external_link(request)


def _not_found(request, *args, **kwargs):
    raise Http404


urlpatterns = [
    path("choose-page/chosen-multiple/", chosen_multiple),
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", bulk_action),
    path("pages/<int:parent_page_id>/", _guard_explorer("wagtailadmin_explore")),
    path(
        "choose-page/<int:parent_page_id>/",
        _guard_explorer("wagtailadmin_choose_page_child"),
    ),
    path(
        "reports/page-types-usage/",
        site_admins_only,
        name="kopir_page_types_usage",
    ),
    path(
        "reports/page-types-usage/results/",
        site_admins_only,
        name="kopir_page_types_usage_results",
    ),
    path("choose-external-link/", external_link),
    # Wagtail's "does the 500 page work" view: no use to anyone signed in here.
    path("failwhale/", _not_found),
    path(
        "pages/<int:parent_page_id>/results/",
        _guard_explorer("wagtailadmin_explore_results"),
    ),
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/",
        confirm_workflow_cancellation,
    ),
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        _guard_workflow("workflow_action", announce=True),
    ),
    path(
        "pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/"
        "<int:task_state_id>/",
        _guard_workflow("collect_workflow_action_data"),
    ),
    path(
        "pages/workflow/preview/<int:page_id>/<int:task_id>/",
        _guard_workflow("workflow_preview"),
    ),
]
