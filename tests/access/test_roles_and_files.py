"""Who sees a draft, a PDF, a file; exports stay inert; bad input stays a form.

Everything starts from ``seed_demo``'s data: the Atyrau material waiting for
review ("job-offer-abroad"), the Almaty plans, the demo users.
"""

import csv
import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import TaskState
from wagtail.rich_text import RichText

from audiences.models import Membership, Messenger, Organisation, Role, User
from campaigns.models import CampaignPlan
from content.models import ChecklistItem, MaterialPage
from content.printing.models import PrintEdition
from tests.access.walk import response_text
from tests.demo import load_demo


def answers(value="yes", comment=""):
    data = {"comment": comment}
    for item in ChecklistItem.objects.filter(active=True):
        data[f"item_{item.pk}"] = value
        data[f"item_{item.pk}_comment"] = "Needs work." if value == "no" else ""
    return data


class DemoData:
    """One ``seed_demo`` for all the checks below (it takes seconds per class)."""

    @classmethod
    def seed(cls):
        load_demo()
        cls.almaty = Organisation.objects.get(slug="almaty-city-irg")
        cls.atyrau = Organisation.objects.get(slug="atyrau-region-irg")
        cls.users = {u.username: u for u in User.objects.all()}
        cls.waiting = MaterialPage.objects.get(slug="job-offer-abroad")

    def as_user(self, username):
        self.client.force_login(self.users[username])

    def status(self, url):
        """The status a person ends on. Django's LocaleMiddleware answers a 404
        outside the language prefix with a redirect to ``/<lang><url>``, which
        is a 404 again (there is no such page)."""
        response = self.client.get(url)
        if response.status_code == 302 and response["Location"].endswith(url):
            response = self.client.get(response["Location"])
        return response.status_code


class ReviewerMatrix(DemoData):
    """A reviewer sees a draft and its PDF only while it waits for them."""

    @classmethod
    def seed(cls):
        super().seed()
        # Reviews for Almaty only: never for Atyrau's material.
        cls.outsider = User.objects.create_user("almaty-reviewer", password="x")
        Membership.objects.create(
            organisation=cls.almaty, user=cls.outsider, role=Role.REVIEWER
        )

    def request_brochure(self):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/print/material/{self.waiting.pk}/",
                {"language": self.waiting.pk, "layout": "a4"},
            )
        self.assertEqual(response.status_code, 302, response.content[:500])
        return PrintEdition.objects.get(pk=response["Location"].split("/")[-2])

    def test_reviewer_sees_the_draft_and_its_pdf_while_it_waits_then_not(self):
        self.as_user("reviewer")
        edit = f"/admin/pages/{self.waiting.pk}/edit/"
        self.assertEqual(self.client.get(edit).status_code, 200)
        edition = self.request_brochure()
        self.assertEqual(edition.revision_id, self.waiting.latest_revision_id)
        download = f"/admin/print/{edition.pk}/download/"
        pdf = self.client.get(download)
        self.assertEqual(pdf.status_code, 200)
        self.assertIn("Шетелде жақсы жұмыс", response_text(pdf))

        # The reviewer asks for changes: the draft no longer waits for them.
        state = self.waiting.current_workflow_task_state.specific
        state.task.specific.on_action(
            state, self.users["reviewer"], "reject", **answers("no", "Rework.")
        )
        self.assertEqual(
            TaskState.objects.get(pk=state.pk).status, TaskState.STATUS_REJECTED
        )
        for url in (
            download,
            f"/admin/print/{edition.pk}/",
            f"/admin/print/material/{self.waiting.pk}/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.status(url), 404)
        self.assertNotEqual(self.client.get(edit).status_code, 200)

        # Atyrau's editors still have it.
        self.as_user("atyrau")
        self.assertEqual(self.client.get(download).status_code, 200)

    def test_reviewer_of_another_organisation_never_sees_the_draft(self):
        self.as_user("reviewer")
        edition = self.request_brochure()
        self.client.force_login(self.outsider)
        for url in (
            f"/admin/print/{edition.pk}/download/",
            f"/admin/print/{edition.pk}/",
            f"/admin/print/material/{self.waiting.pk}/",
            f"/print/{edition.pk}.pdf",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.status(url), 404)
        self.assertNotEqual(
            self.client.get(f"/admin/pages/{self.waiting.pk}/edit/").status_code, 200
        )


class PlanDocumentRoles(DemoData):
    """Plan documents belong to the plan's planners and organisation admins."""

    def test_editor_without_the_planner_role_gets_a_404(self):
        plan = CampaignPlan.objects.filter(organisation=self.almaty).first()
        self.as_user("planner")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(f"/admin/planner/plan/{plan.pk}/document/")
        edition_url = response["Location"]
        download = f"{edition_url}download/"
        self.assertEqual(self.client.get(download).status_code, 200)
        self.as_user("orgadmin")
        self.assertEqual(self.client.get(download).status_code, 200)
        for username in ("editor", "reviewer", "atyrau"):
            with self.subTest(username=username):
                self.as_user(username)
                self.assertEqual(self.status(download), 404)
                self.assertEqual(self.status(edition_url), 404)
                self.assertEqual(self.status(f"/admin/planner/plan/{plan.pk}/"), 404)


class PrivateFiles(DemoData):
    """An organisation's files are its own until a live page uses them."""

    @classmethod
    def seed(cls):
        super().seed()
        cls.document = get_document_model().objects.create(
            title="Internal minutes",
            file=ContentFile(b"Minutes of the Almaty group", name="minutes.txt"),
            collection=cls.almaty.collection,
        )
        cls.image = get_image_model().objects.create(
            title="Unpublished photo",
            file=SimpleUploadedFile("photo.png", _png()),
            collection=cls.almaty.collection,
        )

    def test_private_document_is_a_404_to_anonymous_and_other_organisations(self):
        url = f"/documents/{self.document.pk}/{self.document.filename}"
        self.assertEqual(self.status(url), 404)
        self.as_user("atyrau")
        self.assertEqual(self.status(url), 404)
        self.as_user("editor")
        self.assertIn(b"Minutes of the Almaty group", _body(self.client.get(url)))

    def test_document_linked_from_a_live_page_is_public(self):
        page = MaterialPage.objects.live().filter(origin_organisation=self.almaty)[0]
        page.body.append(
            (
                "paragraph",
                RichText(
                    f'<p><a linktype="document" id="{self.document.pk}">minutes</a></p>'
                ),
            )
        )
        page.save_revision().publish()
        url = f"/documents/{self.document.pk}/{self.document.filename}"
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_image_originals_are_never_served_but_renditions_of_live_pages_are(self):
        original = f"/media/{self.image.file.name}"
        self.assertEqual(self.status(original), 404)
        self.as_user("editor")
        self.assertEqual(self.status(original), 404)

        page = MaterialPage.objects.live().exclude(cover_image=None).first()
        self.client.logout()
        html = self.client.get(page.url).content.decode()
        rendition = next(
            part.split('"')[0]
            for part in html.split('src="')[1:]
            if part.startswith("/media/images/")
        )
        self.assertEqual(self.client.get(rendition).status_code, 200)

    def test_private_image_renditions_are_a_404_to_outsiders(self):
        # Renditions are named after the original: its stored name carries a
        # random part, and the rendition view asks the access layer anyway.
        self.assertRegex(self.image.file.name, r"photo-[0-9a-f]{12}\.png$")
        url = self.image.get_rendition("max-165x165").url
        self.assertEqual(self.status(url), 404)
        self.as_user("atyrau")
        self.assertEqual(self.status(url), 404)
        self.as_user("planner")
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "private")

    def test_admin_api_shows_files_only_to_their_organisation(self):
        urls = {
            "documents": f"/admin/api/main/documents/{self.document.pk}/",
            "images": f"/admin/api/main/images/{self.image.pk}/",
        }
        for endpoint, url in urls.items():
            with self.subTest(endpoint=endpoint):
                self.as_user("atyrau")
                self.assertEqual(self.status(url), 404)
                listing = self.client.get(f"/admin/api/main/{endpoint}/?search=minutes")
                self.assertNotIn("Internal minutes", listing.content.decode())
                self.as_user("editor")
                self.assertEqual(self.client.get(url).status_code, 200)


class Exports(DemoData):
    """Every ``list_export`` and report goes through one formula guard."""

    PAYLOAD = '=HYPERLINK("http://example.org/x","click")'

    def test_messenger_roster_export_writes_the_formula_as_text(self):
        messenger = Messenger.objects.filter(organisation=self.almaty).first()
        Messenger.objects.filter(pk=messenger.pk).update(public_name=self.PAYLOAD)
        self.as_user("planner")
        response = self.client.get("/admin/snippets/audiences/messenger/?export=csv")
        cells = [
            c for row in csv.reader(io.StringIO(_body(response).decode())) for c in row
        ]
        self.assertTrue([c for c in cells if c.startswith("'" + self.PAYLOAD)])
        self.assertFalse([c for c in cells if c.startswith(("=", "+", "@"))])

    def test_every_snippet_export_neutralises_formulas(self):
        from wagtail.snippets.models import get_snippet_models

        self.client.force_login(self.users["admin"])
        for model in get_snippet_models():
            viewset = model.snippet_viewset
            exported = viewset.list_export
            if not isinstance(exported, list | tuple):
                continue
            fields = [f for f in exported if isinstance(f, str)]
            text = [f for f in fields if _is_plain_text(model, f)]
            row = model._default_manager.first()
            if not text or row is None:
                continue
            model._default_manager.filter(pk=row.pk).update(**{text[0]: self.PAYLOAD})
            url = reverse(viewset.get_url_name("list"))
            response = self.client.get(url + "?export=csv")
            with self.subTest(model=model._meta.label):
                self.assertEqual(response.status_code, 200)
                cells = [
                    c
                    for r in csv.reader(io.StringIO(_body(response).decode()))
                    for c in r
                ]
                self.assertTrue([c for c in cells if c.startswith("'" + self.PAYLOAD)])
                self.assertFalse([c for c in cells if c.startswith("=")])


class BadInput(DemoData):
    """Input a browser would not send is a form error, never a server error, and
    the message is in the user's language (the demo editor works in Russian)."""

    def test_a_malformed_gif_is_refused_with_a_message(self):
        self.as_user("editor")
        self.client.raise_request_exception = False
        broken = SimpleUploadedFile(
            "broken.gif", b"GIF89a" + b"\x00" * 40, content_type="image/gif"
        )
        response = self.client.post(
            "/admin/images/multiple/add/",
            {"files[]": broken},
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Kopir не может прочитать", response.json()["error_message"])
        broken.seek(0)
        response = self.client.post(
            "/admin/images/add/", {"title": "Broken", "file": broken}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Kopir не может прочитать", response.content.decode())

    def test_a_page_edit_post_without_the_stream_counts_is_a_form_error(self):
        page = MaterialPage.objects.filter(origin_organisation=self.almaty).first()
        self.as_user("editor")
        self.client.raise_request_exception = False
        response = self.client.post(
            f"/admin/pages/{page.pk}/edit/",
            {"title": page.title, "slug": page.slug, "summary": "x"},
        )
        self.assertEqual(response.status_code, 200)
        # The stream widget shows it under the body field.
        error = response.context["form"].errors.as_data()["body"][0]
        self.assertIn("Форма пришла не полностью", str(error.as_json_data()))
        page.refresh_from_db()
        self.assertNotEqual(page.summary, "x")


class RolesAndFilesTests(
    ReviewerMatrix, PlanDocumentRoles, PrivateFiles, Exports, BadInput, TestCase
):
    @classmethod
    def setUpTestData(cls):
        cls.seed()


def _body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def _is_plain_text(model, name):
    from django.db import models

    try:
        field = model._meta.get_field(name)
    except Exception:
        return False
    return (
        isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, models.SlugField | models.URLField)
        and not field.choices
        and not field.unique
    )


def _png():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (30, 20), (10, 120, 200)).save(out, "PNG")
    return out.getvalue()
