"""Keep an organisation's snippets (plans, activities, rosters) to that organisation.

Wagtail's snippet views check model permissions, not rows. Three layers here:

* ``ScopedPermissionPolicy``: instance checks (the buttons and actions offered)
  compare the row's ``owning_organisation_id`` with the user's organisations;
* ``ScopedViewSetMixin``: listings, exports and search use ``for_user``, and every
  URL that names a row (edit, delete, history, revisions, compare, preview, lock,
  workflow, usage, inspect, chooser "chosen") answers 404 for anyone else's row,
  including views Wagtail adds in future versions;
* ``ScopedChooserViewSet``: the chooser modal lists only the user's rows.

The model's default manager must offer ``for_user(user)``.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import URLPattern
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
)

from audiences.models import Role


class ScopedPermissionPolicy(ModelPermissionPolicy):
    roles = (Role.PLANNER, Role.ADMIN)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if user.is_superuser:
            return True
        from audiences.roles import organisation_ids_of

        return instance.owning_organisation_id in organisation_ids_of(user, *self.roles)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return self.model._default_manager.for_user(user)


def guard_pattern(pattern, model):
    """Wrap a URL pattern so a ``pk`` outside the user's rows is a 404."""
    view = pattern.callback

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            visible = model._default_manager.for_user(request.user)
            try:
                if not visible.filter(pk=unquote(str(pk))).exists():
                    raise Http404
            except (ValueError, TypeError) as error:
                raise Http404 from error
        return view(request, *args, **kwargs)

    return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)


def guard_patterns(patterns, model):
    guarded = []
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            guarded.append(guard_pattern(pattern, model))
        else:
            guarded.append(pattern)
    return guarded


class _ScopedChooseMixin:
    def get_object_list(self):
        return self.model_class._default_manager.for_user(self.request.user)


class ScopedChooseView(_ScopedChooseMixin, ChooseView):
    pass


class ScopedChooseResultsView(_ScopedChooseMixin, ChooseResultsView):
    pass


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.model_class._default_manager.for_user(self.request.user).filter(
            pk__in=pks
        )


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_multiple_view_class = ScopedChosenMultipleView

    def get_urlpatterns(self):
        return guard_patterns(super().get_urlpatterns(), self.model)


class ScopedViewSetMixin:
    chooser_viewset_class = ScopedChooserViewSet
    list_select_related = ()

    def get_queryset(self, request):
        queryset = self.model._default_manager.for_user(request.user)
        if self.list_select_related:
            queryset = queryset.select_related(*self.list_select_related)
        return queryset

    def get_urlpatterns(self):
        return guard_patterns(super().get_urlpatterns(), self.model)
