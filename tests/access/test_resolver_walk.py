"""Every URL the resolver knows, filled with organisation B's ids, as every role of A.

The data is ``seed_demo``'s: B is the Almaty group (plans, roster, drafts,
print editions), A is the Atyrau group. ``tests/access/marking.py`` writes a
marker word into every private text field of B, an unpublished revision of
each of B's materials and plans, a private document and image, and PDFs
rendered afterwards. Then every endpoint of the project (``walk.endpoints``,
straight from Django's resolver) is requested with B's ids as A's editor,
planner, organisation admin and reviewer and as an anonymous visitor, with GET
(plus CSV and XLSX exports where a listing offers them) and POST. The marker
must appear in no body, header, redirect, spreadsheet or PDF, and B's data
must be unchanged. Positive controls show B's own people do see the marker.

A pattern whose arguments nobody has decided how to fill fails the test: a
Wagtail upgrade that adds a view breaks the build until someone looks at it.
"""

import re
from collections import Counter
from io import StringIO

from axes.models import AccessAttempt
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db.models import IntegerField
from django.db.models.functions import Cast
from django.test import TestCase
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Page,
    ReferenceIndex,
    Revision,
    Task,
    Workflow,
)

from audiences import access
from audiences.models import Membership, Organisation, Role, User
from content.models import LibraryPage, OrganisationSpace
from content.printing.models import PrintEdition, PrintLink
from tests.access.marking import (
    MARKER,
    QUERY,
    mark_organisation,
    render_editions,
    snapshot,
)
from tests.access.walk import endpoints, response_text

# Endpoints that are deliberately not requested, and why. Keep this short.
NOT_REQUESTED = {
    # Signs the client out; everything after it would run anonymously.
    "admin/logout/": "ends the session",
}

# Secrets a person holds (a calendar token, a password-reset link): an outsider
# cannot know another's, so the walk tries an unknown one.
SECRET_PARAMS = {"token", "uidb64"}


class ResolverWalkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", force=True, stdout=StringIO())
        cls.org_b = Organisation.objects.get(slug="almaty-city-irg")
        cls.org_a = Organisation.objects.get(slug="atyrau-region-irg")
        cls.b_editor = User.objects.get(username="editor")
        cls.b_planner = User.objects.get(username="planner")

        def member(username, *roles):
            user = User.objects.create_user(username, password="walk-pass-2026")
            for role in roles:
                Membership.objects.create(organisation=cls.org_a, user=user, role=role)
            return user

        cls.identities = {
            "A editor": User.objects.get(username="atyrau"),
            "A planner": member("a-planner", Role.PLANNER),
            "A organisation admin": member("a-admin", Role.ADMIN, Role.EDITOR),
            # Reviews for Atyrau and the NGO, not for Almaty.
            "A reviewer": User.objects.get(username="reviewer2"),
            "anonymous": None,
        }
        cls.marked = mark_organisation(
            cls.org_b, editor=cls.b_editor, planner=cls.b_planner
        )
        with cls.captureOnCommitCallbacks(execute=True):
            render_editions(cls.marked, editor=cls.b_editor, planner=cls.b_planner)
        assert (
            PrintEdition.objects.filter(
                pk__in=cls.marked.editions, status=PrintEdition.Status.READY
            ).count()
            == 2
        ), "the marked editions did not render"

    # --- argument providers ------------------------------------------------------

    def b_pages(self):
        m = self.marked
        return [m.in_review, m.drafts[-1], m.live[0]]

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

    # --- the walk ----------------------------------------------------------------

    def requests(self):
        """(label, method, url, data) for every endpoint; fails on undecided ones."""
        undecided, out = [], []
        for endpoint in endpoints():
            if endpoint.template in NOT_REQUESTED:
                continue
            try:
                arg_sets = self.arguments(endpoint)
            except LookupError as error:
                undecided.append(f"{endpoint.template} ({endpoint.name}): {error}")
                continue
            for arg_set in arg_sets:
                ids = []
                if isinstance(arg_set, tuple):
                    arg_set, ids = arg_set
                url = endpoint.url(**arg_set)
                query = f"q={QUERY}&" + "&".join(f"id={i}" for i in ids)
                out.append((endpoint.template, "get", f"{url}?{query}"))
                if not endpoint.params:
                    for fmt in ("csv", "xlsx"):
                        out.append((endpoint.template, "get", f"{url}?export={fmt}"))
                out.append((endpoint.template, "post", f"{url}?{query}"))
        self.assertEqual(
            undecided,
            [],
            "URL patterns nobody has decided how to fill with another "
            "organisation's ids (add a provider in this test, and make sure the "
            "view asks the access layer):\n" + "\n".join(undecided),
        )
        return out

    def walk(self, identity):
        user = self.identities[identity]
        self.client.raise_request_exception = False
        leaks, crashes, statuses = [], [], Counter()
        self.client.logout()
        if user is not None:
            self.client.force_login(user)
        for _template, method, url in self.requests():
            response = getattr(self.client, method)(url)
            cookie = response.cookies.get(settings.SESSION_COOKIE_NAME)
            if user is not None and cookie is not None and not cookie.value:
                # The request ended the session (a sign-out): sign in again.
                self.client.force_login(user)
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                crashes.append(f"{method.upper()} {url} → {response.status_code}")
            text = response_text(response)
            at = text.find(MARKER)
            if at >= 0:
                leaks.append(
                    f"{method.upper()} {url} → {response.status_code}: "
                    f"…{text[max(0, at - 120) : at + 40]!r}…"
                )
        return leaks, crashes, statuses

    def test_nothing_of_b_reaches_a_or_anonymous_visitors(self):
        before = snapshot(self.org_b, self.marked)
        for identity in self.identities:
            leaks, crashes, statuses = self.walk(identity)
            with self.subTest(identity=identity, aspect="no marker"):
                self.assertEqual(leaks, [], f"{len(leaks)} leaks:\n" + "\n".join(leaks))
            with self.subTest(identity=identity, aspect="no server error"):
                self.assertEqual(crashes, [], "\n".join(crashes))
            with self.subTest(identity=identity, aspect="B unchanged"):
                self.assertEqual(snapshot(self.org_b, self.marked), before)
            if identity != "anonymous":
                # The walk reached real pages, not only login redirects.
                with self.subTest(identity=identity, aspect="walk reached pages"):
                    self.assertGreater(statuses[200], 40, statuses)

    # --- positive controls: B's own people see the marker ------------------------

    def assertMarker(self, user, url):
        self.client.force_login(user)
        response = self.client.get(url)
        self.assertIn(MARKER, response_text(response), url)

    def test_b_planner_sees_the_marker_in_b_plans_and_roster(self):
        plan = self.marked.plans[0]
        self.assertMarker(
            self.b_planner, f"/admin/snippets/campaigns/campaignplan/edit/{plan}/"
        )
        self.assertMarker(self.b_planner, "/admin/snippets/audiences/messenger/")
        self.assertMarker(
            self.b_planner, f"/admin/print/{self.marked.editions[1]}/download/"
        )

    def test_b_editor_sees_the_marker_in_b_drafts_files_and_brochure(self):
        self.assertMarker(self.b_editor, f"/admin/pages/{self.marked.drafts[-1]}/edit/")
        document = self.marked.document
        self.assertMarker(
            self.b_editor, f"/documents/{document.pk}/{document.filename}"
        )
        self.assertMarker(
            self.b_editor, f"/admin/print/{self.marked.editions[0]}/download/"
        )

    def test_every_private_model_of_b_carries_the_marker(self):
        """The walk is only as good as the marking: no owned model is left blank."""
        from tests.access.marking import owned_rows, snippet_models, text_fields

        for model in snippet_models():
            if not list(text_fields(model)):
                continue
            rows = owned_rows(model, self.org_b)
            if model in (get_image_model(), get_document_model()):
                rows = rows.filter(title__contains=MARKER)
            with self.subTest(model=model._meta.label):
                field = next(iter(text_fields(model)))
                filled = rows.filter(**{f"{field.name}__contains": MARKER}).count()
                self.assertEqual(filled, rows.count())
