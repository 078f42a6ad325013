"""How the resolver walk fills each URL pattern's arguments with organisation B's ids.

``WalkArguments`` is mixed into ``test_resolver_walk.ResolverWalkTests``: for a
``walk.Endpoint`` it gives the keyword sets to request (B's pages, rows of owned
models, revisions, workflow states, files, bulk actions...), or raises
``LookupError`` for an argument nobody has decided how to fill. It reads the
test case's ``marked`` (from ``marking.mark_organisation``), ``org_a``,
``org_b`` and ``b_planner``.
"""

import re

from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex, Revision, Task, Workflow

from audiences import access
from audiences.models import HelpPoint, Organisation, Role, User
from campaigns.models import Activity
from content.models import LibraryPage, OrganisationSpace
from content.printing.models import PrintLink


class WalkArguments:
    """The argument providers of the resolver walk (a mixin for its test case)."""

    def b_pages(self):
        m = self.marked
        return [m.in_review, m.drafts[-1], m.live[0], *m.lessons]

    def parent_pages(self):
        space = OrganisationSpace.objects.filter(organisation=self.org_b).first()
        library = LibraryPage.objects.first()
        return [*self.b_pages(), space.pk, library.pk]

    def rows_of(self, model, limit=2):
        """Ids of B's rows of an owned model, or of what B's rows refer to."""
        if issubclass(model, Page):
            return self.b_pages()
        if model is Organisation:
            return [self.org_b.pk]
        if model is get_document_model():
            return [self.marked.document.pk]
        if model is get_image_model():
            return [self.marked.image.pk]
        if access.is_owned(model):
            rule = access.rule_for(model)
            ids = list(
                model._default_manager.filter(**{rule.organisation: self.org_b.pk})
                .order_by("pk")
                .values_list("pk", flat=True)[:limit]
            )
            return ids or [0]
        if model is Collection:
            return [self.org_b.collection_id]
        if model is Group:
            return [self.org_b.group_for(Role.PLANNER).pk]
        if model is User:
            return [self.b_planner.pk]
        referenced = list(
            ReferenceIndex.objects.filter(
                to_content_type=ContentType.objects.get_for_model(model),
                object_id__in=[str(pk) for pk in self.marked.plans],
            )
            .annotate(target=Cast("to_object_id", IntegerField()))
            .values_list("target", flat=True)[:limit]
        )
        first = model._default_manager.order_by("pk").values_list("pk", flat=True)
        return referenced or list(first[:1]) or [0]

    def owned_snippets(self):
        """(app label, model name, pk) of B's rows of every owned snippet model."""
        combos = []
        for model in access.owned_models():
            if issubclass(model, Page):
                continue
            for pk in self.rows_of(model, limit=1):
                combos.append(
                    {
                        "app_label": model._meta.app_label,
                        "model_name": model._meta.model_name,
                        "pk": pk,
                    }
                )
        return combos

    def revisions_for(self, endpoint):
        if endpoint.template.startswith("admin/pages/"):
            ids = [str(pk) for pk in self.b_pages()]
        else:
            ids = [str(pk) for pk in self.rows_of(endpoint.model or Page)]
        revisions = Revision.objects.filter(object_id__in=ids).order_by("-pk")
        return list(revisions.values_list("pk", flat=True)[:2]) or [0]

    def pk_values(self, endpoint):
        template = endpoint.template
        by_route = {
            r"^admin/api/main/pages/": self.b_pages,
            r"^admin/api/main/documents/": lambda: [self.marked.document.pk],
            r"^admin/api/main/images/": lambda: [self.marked.image.pk],
            r"^admin/pages/": self.b_pages,
            r"^admin/planner/plan/": lambda: self.marked.plans,
            r"^admin/print/": lambda: self.marked.editions,
            r"^print/": lambda: self.marked.editions,
            r"^admin/workflows/enable/": lambda: list(
                Workflow.objects.values_list("pk", flat=True)
            ),
            r"^admin/documents/": lambda: [self.marked.document.pk],
            r"^admin/images/": lambda: [self.marked.image.pk],
            r"^admin/workflows/tasks/(enable|edit)/": lambda: list(
                Task.objects.values_list("pk", flat=True)
            ),
            r"^admin/settings/": lambda: [1],
            # The API: B's pages, activities, editions and help points by id;
            # the taxonomy is shared (any id).
            r"^api/v1/materials/": self.b_pages,
            r"^api/v1/org/activities/": lambda: self.rows_of(Activity),
            r"^api/v1/print-editions/": lambda: self.marked.editions,
            r"^api/v1/help-points/": lambda: self.rows_of(HelpPoint),
            r"^api/v1/(target-groups|regions|channels|communities|themes|"
            r"narratives|formats)/": lambda: [1],
            # Sign-in lockouts: site administrators only; anyone else is refused.
            r"^admin/security/lockouts/": lambda: (
                list(AccessAttempt.objects.values_list("pk", flat=True)[:1]) or [0]
            ),
        }
        for pattern, provider in by_route.items():
            if re.match(pattern, template):
                return provider()
        if endpoint.model is not None:
            return self.rows_of(endpoint.model)
        return None

    def arguments(self, endpoint):
        """Keyword sets for an endpoint, or raise ``LookupError``: undecided."""
        params = set(endpoint.params)
        template = endpoint.template
        if template.startswith("admin/bulk/"):
            return self.bulk_arguments(endpoint)
        if {"app_label", "model_name"} <= params:
            combos = self.owned_snippets()
            if "object_id" in params:
                combos = [{**c, "object_id": c["pk"], "session_id": 0} for c in combos]
                combos.append(
                    {
                        "app_label": "wagtailcore",
                        "model_name": "page",
                        "object_id": self.marked.in_review,
                        "session_id": 0,
                    }
                )
            return [{k: v for k, v in c.items() if k in params} for c in combos]
        values = {}
        for name in params:
            values[name] = self.values_for(name, endpoint)
        if not values:
            return [{}]
        width = max(len(v) for v in values.values())
        return [
            {name: v[i % len(v)] for name, v in values.items()} for i in range(width)
        ]

    def values_for(self, name, endpoint):
        m = self.marked
        page_ids = self.b_pages()
        providers = {
            "page_id": lambda: page_ids,
            "page_pk": lambda: page_ids,
            "page_to_move_id": lambda: page_ids,
            "object_id": lambda: page_ids,
            "parent_page_id": self.parent_pages,
            "destination_id": lambda: [
                OrganisationSpace.objects.filter(organisation=self.org_a).first().pk
            ],
            "pk": lambda: self.pk_values(endpoint),
            "revision_id": lambda: self.revisions_for(endpoint),
            "revision_id_a": lambda: self.revisions_for(endpoint)[-1:],
            "revision_id_b": lambda: self.revisions_for(endpoint)[:1],
            "task_state_id": lambda: [m.task_state.pk],
            "workflow_state_id": lambda: [m.task_state.workflow_state_id],
            "task_id": lambda: [m.task_state.task_id],
            "workflow_pk": lambda: [m.task_state.workflow_state.workflow_id],
            "action_name": lambda: ["approve", "reject", "copy", "delete"],
            "content_type_app_name": lambda: ["content"],
            "content_type_model_name": lambda: ["materialpage"],
            "app_name": lambda: ["content"],
            "model_name": lambda: ["materialpage"],
            "app_label": lambda: ["content"],
            "image_id": lambda: [m.image.pk],
            "document_id": lambda: [m.document.pk],
            "doc_id": lambda: [m.document.pk],
            "collection_id": lambda: [self.org_b.collection_id],
            "uploaded_file_id": lambda: [0],
            "session_id": lambda: [0],
            # Two-factor reset (site administrators only): B's planner.
            "user_id": lambda: [self.b_planner.pk],
            "redirect_id": lambda: [0],
            "restriction_id": lambda: [0],
            "page_view_restriction_id": lambda: [0],
            "token": lambda: ["not-a-real-secret"],
            "uidb64": lambda: ["MQ"],
            "code": lambda: (
                list(
                    PrintLink.objects.filter(edition__in=m.editions).values_list(
                        "code", flat=True
                    )
                )
                or ["none"]
            ),
            "layout": lambda: ["a4"],
            # API: B's activities' results, B's public profile.
            "activity_pk": lambda: self.rows_of(Activity),
            "slug": lambda: [self.org_b.slug],
            # Spreadsheet imports: B's jobs, and every kind's template.
            "job_id": lambda: m.imports,
            "kind": lambda: ["materials", "activities", "results", "nothing"],
            "filter_spec": lambda: ["original"],
            "signature": lambda: ["x"],
            # media/images/<name>: renditions of B's private image.
            "name": lambda: [
                m.image.get_rendition(spec).file.name.rsplit("/", 1)[-1]
                for spec in ("original", "max-165x165")
            ],
            # documents/<id>/<filename> and the page route /en/<path>.
            "_0": lambda: (
                [m.document.pk]
                if endpoint.template.startswith("documents/")
                else [
                    Page.objects.get(pk=pk).url_path.split("/", 2)[-1]
                    for pk in page_ids
                ]
            ),
            "_1": lambda: [m.document.filename],
        }
        if name not in providers:
            raise LookupError(name)
        values = providers[name]()
        if values is None:
            raise LookupError(name)
        return list(values)

    def bulk_arguments(self, endpoint):
        bulk_action_registry._scan_for_bulk_actions()
        combos = []
        for app_label, by_model in bulk_action_registry.actions.items():
            for model_name, by_action in by_model.items():
                model = (
                    Page
                    if (app_label, model_name) == ("wagtailcore", "page")
                    else apps.get_model(app_label, model_name)
                )
                ids = self.rows_of(model)
                for action in by_action:
                    kwargs = {"action": action}
                    if "app_label" in endpoint.params:
                        kwargs.update(app_label=app_label, model_name=model_name)
                    elif (app_label, model_name) != ("wagtailcore", "page"):
                        continue
                    combos.append((kwargs, ids))
        return combos
