"""The API walked from its schema (every GET operation, not a list written for
the test) on the demo's data, with one organisation's private data marked:

* anonymously, and with another organisation's token, no response holds the
  marker: drafts, unpublished revisions, private help points, plans,
  activities, results and the roster stay private, even asked for by id;
* with the organisation's own token, fields that stay in the admin (messenger
  contacts and notes, activity notes, result notes and sentiment) are in no
  response either.
"""

import json

from django.core.cache import cache
from django.test import TestCase, override_settings

from audiences.models import HelpPoint, Messenger, Organisation, User
from campaigns.models import Activity, ResultEntry
from content.models import MaterialPage
from tests.access.marking import MARKER, mark_organisation
from tests.api.helpers import bearer, fill, make_token, operations
from tests.demo import load_demo

ADMIN_ONLY = "Privatequill"


@override_settings(
    PAGE_CACHE_SECONDS=0,
    API_THROTTLE_ANON="100000/min",
    API_THROTTLE_TOKEN="100000/min",
)
class ApiPrivacyWalkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.org = Organisation.objects.get(slug="almaty-city-irg")
        cls.marked = mark_organisation(
            cls.org,
            editor=User.objects.get(username="editor"),
            planner=User.objects.get(username="planner"),
        )
        activities = Activity.objects.filter(plan__organisation=cls.org)
        activities.update(notes=f"Private plan note {ADMIN_ONLY}")
        ResultEntry.objects.filter(activity__plan__organisation=cls.org).update(
            notes=f"note {ADMIN_ONLY}", sentiment=f"sentiment {ADMIN_ONLY}"
        )
        Messenger.objects.filter(organisation=cls.org).update(
            phone="+7 777 000 1234",
            messenger_handle=f"@{ADMIN_ONLY}",
            email=f"{ADMIN_ONLY}@example.org",
            internal_notes=f"notes {ADMIN_ONLY}",
            profile=f"profile {ADMIN_ONLY}",
        )
        HelpPoint.objects.filter(organisation=cls.org).update(
            notes_ru=f"notes {ADMIN_ONLY}", notes_kk=f"notes {ADMIN_ONLY}"
        )
        _t, cls.own_secret = make_token(cls.org.slug, name="own")
        _t, cls.other_secret = make_token("dialogue-youth-ngo", name="other")
        # Ids an attacker would try: everything private of the marked organisation.
        cls.attack = {
            "id": [
                *cls.marked.drafts,
                *cls.marked.live,
                *activities.values_list("pk", flat=True),
                *HelpPoint.objects.filter(
                    organisation=cls.org, is_public=False
                ).values_list("pk", flat=True),
            ],
            "activity_pk": list(activities.values_list("pk", flat=True)),
            "slug": [cls.org.slug],
        }

    def setUp(self):
        cache.clear()

    def walk(self, headers, *, with_token):
        """Every GET operation the identity may call, each detail with the ids
        its list shows and the attack ids; the bodies, by URL."""
        bodies = {}
        for path, method, needs_token in operations():
            if method != "get" or needs_token != with_token:
                continue
            if "{" not in path:
                urls = [path]
            else:
                seen = self._listed(path, headers)
                name = path.rsplit("{", 1)[1].split("}")[0]
                values = seen + [str(v) for v in self.attack.get(name, [])]
                if "{activity_pk}" in path and "{id}" not in path:
                    values = seen + [str(v) for v in self.attack["activity_pk"]]
                urls = [
                    fill(path, {name: value, "activity_pk": value, "id": value})
                    for value in values
                ]
            for url in urls:
                response = self.client.get(url, {"page_size": 100}, **headers)
                self.assertLess(response.status_code, 500, url)
                bodies[url] = response.content.decode()
        self.assertGreater(len(bodies), 20)
        return bodies

    def _listed(self, path, headers):
        """The ids or slugs a list shows for ``path``'s parent."""
        parent = path.split("{", 1)[0]
        if parent.endswith("/org/activities/"):
            parent = "/api/v1/org/activities/"
        response = self.client.get(parent, {"page_size": 100}, **headers)
        if response.status_code != 200:
            return []
        data = json.loads(response.content)
        rows = data["results"] if isinstance(data, dict) else data
        key = "slug" if "{slug}" in path else "id"
        return [str(row[key]) for row in rows[:15] if key in row]

    def assert_absent(self, bodies, word):
        leaks = [url for url, text in bodies.items() if word.lower() in text.lower()]
        self.assertEqual(leaks, [], f"“{word}” reached these answers")

    def test_anonymous_readers_see_nothing_private(self):
        bodies = self.walk({}, with_token=False)
        self.assert_absent(bodies, MARKER)
        self.assert_absent(bodies, ADMIN_ONLY)
        for pk in self.marked.drafts:
            self.assertEqual(
                self.client.get(f"/api/v1/materials/{pk}/").status_code, 404
            )
        # A live material answers with its live content, never the newer draft.
        live = self.client.get(f"/api/v1/materials/{self.marked.live[0]}/").json()
        self.assertEqual(
            live["title"], MaterialPage.objects.get(pk=self.marked.live[0]).title
        )

    def test_another_organisations_token_sees_nothing_of_it(self):
        bodies = self.walk(bearer(self.other_secret), with_token=True)
        self.assert_absent(bodies, MARKER)
        self.assert_absent(bodies, ADMIN_ONLY)
        for pk in self.attack["activity_pk"]:
            response = self.client.get(
                f"/api/v1/org/activities/{pk}/", **bearer(self.other_secret)
            )
            self.assertEqual(response.status_code, 404)

    def test_own_token_never_gets_admin_only_fields(self):
        bodies = self.walk(bearer(self.own_secret), with_token=True)
        # Its own activities (marked titles) are there...
        self.assertTrue(any(MARKER in text for text in bodies.values()))
        # ...but never their notes, results' notes or the roster's contacts.
        self.assert_absent(bodies, ADMIN_ONLY)
        self.assert_absent(bodies, "777 000 1234")
