"""A page mixin that asks for its view restrictions once per request."""

from django.db.models import Q
from wagtail.models import PageViewRestriction


class RestrictionsOnceMixin:
    """Look up view restrictions once per request-served instance.

    Wagtail's ``before_serve_page`` check and the page-cache hook both ask; the
    answer cannot change between the two within one request.
    """

    def get_view_restrictions(self):
        if not hasattr(self, "_view_restrictions_cache"):
            if self.alias_of_id:
                found = list(super().get_view_restrictions())
            else:
                # One query instead of two: restrictions on this page or an
                # ancestor, or on the source page of an aliased ancestor.
                paths = [
                    self.path[:end]
                    for end in range(self.steplen, len(self.path) + 1, self.steplen)
                ]
                found = list(
                    PageViewRestriction.objects.filter(
                        Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
                    ).distinct()
                )
            self._view_restrictions_cache = found
        # A real queryset, as Wagtail expects (the privacy dialog orders it),
        # answered from the rows already loaded until someone refines it.
        found = self._view_restrictions_cache
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in found])
        restrictions._result_cache = list(found)
        return restrictions
