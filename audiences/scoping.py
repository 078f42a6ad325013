"""Keep an organisation's snippets (plans, activities, rosters) to that organisation.

Wagtail's snippet views check model permissions, not rows. The rows come from the
access layer (``audiences.access``), whose registered permission policy answers
instance checks (the buttons and actions offered). Here, in front of the views:

* ``ScopedViewSetMixin``: listings, exports and search use ``access.visible``, and every
  URL that names a row (edit, delete, history, revisions, compare, preview, lock,
  workflow, usage, inspect, chooser "chosen") answers 404 for anyone else's row,
  including views Wagtail adds in future versions;
* ``ScopedChooserViewSet``: the chooser modal lists only the user's rows.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import URLPattern
from wagtail.admin.views.generic.chooser import CreateView
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
)

from audiences import access


def guard_pattern(pattern, model):
    """Wrap a URL pattern so a ``pk`` outside the user's rows is a 404."""
    view = pattern.callback

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            visible = access.visible(request.user, model._default_manager.all())
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
        return access.visible(
            self.request.user, self.model_class._default_manager.all()
        )


class ScopedChooseView(_ScopedChooseMixin, ChooseView):
    pass


class ScopedChooseResultsView(_ScopedChooseMixin, ChooseResultsView):
    pass


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return access.visible(
            self.request.user, self.model_class._default_manager.all()
        ).filter(pk__in=pks)


class NoCreationFormCreateView(CreateView):
    """Choosers without a "Create" tab answer a crafted POST with a 404, not a 500."""

    def dispatch(self, request, *args, **kwargs):
        if (
            self.creation_form_class is None
            and self.form_fields is None
            and self.exclude_form_fields is None
        ):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ScopedChooserViewSet(SnippetChooserViewSet):
    create_view_class = NoCreationFormCreateView
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_multiple_view_class = ScopedChosenMultipleView

    def get_urlpatterns(self):
        return guard_patterns(super().get_urlpatterns(), self.model)


class ScopedViewSetMixin:
    chooser_viewset_class = ScopedChooserViewSet
    list_select_related = ()

    def get_queryset(self, request):
        queryset = access.visible(request.user, self.model._default_manager.all())
        if self.list_select_related:
            queryset = queryset.select_related(*self.list_select_related)
        return queryset

    def get_urlpatterns(self):
        return guard_patterns(super().get_urlpatterns(), self.model)
