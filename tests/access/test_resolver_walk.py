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
How each pattern's arguments are filled is in ``walk_arguments.py``.

A pattern whose arguments nobody has decided how to fill fails the test: a
Wagtail upgrade that adds a view breaks the build until someone looks at it.
"""

from collections import Counter

from django.conf import settings
from django.test import TestCase
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from audiences.models import Membership, Organisation, Role, User
from content.printing.models import PrintEdition
from tests.access.marking import (
    MARKER,
    QUERY,
    mark_organisation,
    owned_rows,
    render_editions,
    snapshot,
    snippet_models,
    text_fields,
)
from tests.access.walk import endpoints, response_text
from tests.access.walk_arguments import WalkArguments
from tests.demo import load_demo

# Endpoints that are deliberately not requested, and why. Keep this short.
NOT_REQUESTED = {
    # Signs the client out; everything after it would run anonymously.
    "admin/logout/": "ends the session",
}

# Secrets a person holds (a calendar token, a password-reset link): an outsider
# cannot know another's, so the walk tries an unknown one.
SECRET_PARAMS = {"token", "uidb64"}


class ResolverWalkTests(WalkArguments, TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
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

    def assertWalkLeaksNothing(self, identity):
        before = snapshot(self.org_b, self.marked)
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

    # One test per identity, so that a parallel run shares the walk out.
    def test_nothing_of_b_reaches_a_editor(self):
        self.assertWalkLeaksNothing("A editor")

    def test_nothing_of_b_reaches_a_planner(self):
        self.assertWalkLeaksNothing("A planner")

    def test_nothing_of_b_reaches_a_organisation_admin(self):
        self.assertWalkLeaksNothing("A organisation admin")

    def test_nothing_of_b_reaches_a_reviewer(self):
        self.assertWalkLeaksNothing("A reviewer")

    def test_nothing_of_b_reaches_anonymous_visitors(self):
        self.assertWalkLeaksNothing("anonymous")

    def test_every_identity_is_walked(self):
        walked = {
            name.removeprefix("test_nothing_of_b_reaches_")
            for name in dir(self)
            if name.startswith("test_nothing_of_b_reaches_")
        }
        self.assertEqual(len(walked), len(self.identities))

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
        self.assertMarker(self.b_editor, f"/admin/import/{self.marked.imports[0]}/")

    def test_every_private_model_of_b_carries_the_marker(self):
        """The walk is only as good as the marking: no owned model is left blank."""
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
