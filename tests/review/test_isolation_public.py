"""The public site shows nothing of organisation B's drafts or unpublished revisions.

Library listings, searches and feeds in every language, B's space, the home page,
the sitemap and the drafts' own URLs, as an anonymous visitor and as editors of A
and of B.
"""

from urllib.parse import urlencode

from tests.review.isolation import (
    DRAFT_QUERY,
    LIVE_TITLE,
    REVISION_QUERY,
    Check,
    IsolationBase,
)


class PublicSiteTests(IsolationBase):
    """The public site: search, feeds and the draft's own URL."""

    LANGUAGES = ("en", "ru", "kk")

    def public_checks(self):
        checks = []
        for code in self.LANGUAGES:
            base = f"/{code}/materials/"
            checks += [
                Check(f"{code} library", base),
                Check(
                    f"{code} search draft",
                    base + "?" + urlencode({"q": DRAFT_QUERY}),
                    echoes_query=True,
                ),
                Check(
                    f"{code} search revision",
                    base + "?" + urlencode({"q": REVISION_QUERY}),
                    echoes_query=True,
                ),
                Check(f"{code} feed", base + "feed/"),
                Check(f"{code} B space", base + "org-b/"),
                Check(f"{code} home", f"/{code}/"),
            ]
        checks += [
            Check("sitemap", "/sitemap.xml"),
            Check("live material", "/en/materials/org-b/b-live/"),
        ]
        return checks

    def run_public(self, user=None):
        if user is not None:
            self.client.force_login(user)
        for check in self.public_checks():
            with self.subTest(user=str(user), check=check.name):
                self.assertNoMarkers(self.client.get(check.url), check)
        for slug in ("b-draft", "b-second"):
            for code in self.LANGUAGES:
                with self.subTest(user=str(user), draft=slug, lang=code):
                    response = self.client.get(f"/{code}/materials/org-b/{slug}/")
                    self.assertEqual(response.status_code, 404)
                    self.assertNoMarkers(response, Check("draft url", slug))

    def test_anonymous(self):
        self.run_public()

    def test_editor_of_a(self):
        self.run_public(self.users["editor"])

    def test_editor_of_b_does_not_see_drafts_publicly_either(self):
        self.run_public(self.b_editor)

    def test_search_and_feed_work(self):
        """Positive control: the live material is found and in the feed."""
        response = self.client.get("/en/materials/", {"q": "lumenbright"})
        self.assertContains(response, LIVE_TITLE)
        response = self.client.get("/en/materials/feed/")
        self.assertContains(response, LIVE_TITLE)
        response = self.client.get("/en/materials/org-b/b-live/")
        self.assertContains(response, "The published body.")
