"""Three Wagtail admin endpoints that do not check page permissions by themselves.

Found by the permission-matrix test (``tests/review/test_isolation.py``): the
bulk-action confirmation pages, the page chooser's "chosen multiple" endpoint and
the workflow-cancellation confirmation show the titles of pages the user may not
edit. Each is wrapped here and mounted in ``kopir/urls.py`` ahead of Wagtail's own
admin URLs; the wrapped view runs unchanged once the check passes. (Moving a page
is guarded by the ``before_move_page`` hook in ``content/wagtail_hooks.py``.)
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls.pages import urlpatterns as page_urlpatterns
from wagtail.admin.views.bulk_action import index as bulk_action_index
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page

from audiences import access
from content.access import visible_pages


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


@require_admin_access
def page_bulk_action(request, action):
    """Every page named, or the parent of "all", must be editable by the user."""
    user = request.user
    if not access.is_site_admin(user):
        ids = _ids(request)
        if "all" in ids:
            parent_id = request.GET.get("childOf", "")
            if not parent_id.isdigit():
                raise PermissionDenied
            parent = get_object_or_404(Page, pk=int(parent_id))
            if not parent.permissions_for_user(user).can_edit():
                raise PermissionDenied
        else:
            wanted = [int(v) for v in ids if v.isdigit()]
            for page in Page.objects.filter(pk__in=wanted):
                if not page.permissions_for_user(user).can_edit():
                    raise PermissionDenied
    return bulk_action_index(request, "wagtailcore", "page", action)


_confirm_cancellation = next(
    pattern.callback
    for pattern in page_urlpatterns
    if getattr(pattern, "name", "") == "confirm_workflow_cancellation"
)


@require_admin_access
def confirm_workflow_cancellation(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return _confirm_cancellation(request, page_id=page_id)


urlpatterns = [
    path("choose-page/chosen-multiple/", chosen_multiple),
    path("bulk/wagtailcore/page/<str:action>/", page_bulk_action),
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/",
        confirm_workflow_cancellation,
    ),
]
