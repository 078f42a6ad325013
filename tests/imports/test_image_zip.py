"""The ZIP of images: checked before anything in it is opened, and no address
is ever fetched."""

import io
import zipfile
from unittest import mock

from django.test import SimpleTestCase, TestCase, override_settings

from content.imports import limits
from content.imports.images import ImageArchive, ImageArchiveError
from tests.imports import helpers
from tests.imports.helpers import World, sample_rows, start


def refused(data, name=None):
    try:
        archive = ImageArchive(data)
        if name is not None:
            archive.check(name)
    except ImageArchiveError as error:
        return error.message.msgid
    return None


class ArchiveTests(SimpleTestCase):
    def test_a_good_image(self):
        archive = ImageArchive(helpers.zip_bytes({"covers/Family.PNG": helpers.png()}))
        data, width, height = archive.check("family.png")
        self.assertEqual((width, height), (40, 30))
        self.assertTrue(data.startswith(b"\x89PNG"))

    def test_names_that_climb_out_are_refused(self):
        for name in (
            "../evil.png",
            "a/../../evil.png",
            "/etc/evil.png",
            "C:\\evil.png",
        ):
            with self.subTest(name=name):
                self.assertIn(
                    "unsafe file name",
                    refused(helpers.zip_bytes({name: helpers.png()})),
                )

    def test_only_real_images_count(self):
        data = helpers.zip_bytes(
            {
                "fake.png": b"<svg onload=alert(1)>",
                "notes.txt": b"x",
                "a.svg": b"<svg/>",
            }
        )
        for name in ("fake.png", "notes.txt", "a.svg"):
            with self.subTest(name=name):
                self.assertIn("is not a JPEG", refused(data, name))
        self.assertIn("There is no", refused(data, "missing.png"))

    def test_a_zip_bomb_is_refused_unread(self):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("bomb.png", b"\0" * (20 * 1024 * 1024))
        self.assertIn("too large", refused(out.getvalue(), "bomb.png"))

    def test_too_many_pixels(self):
        with mock.patch.object(limits, "MAX_IMAGE_PIXELS", 100):
            self.assertIn(
                "too many pixels",
                refused(helpers.zip_bytes({"a.png": helpers.png()}), "a.png"),
            )

    def test_size_and_count(self):
        three = helpers.zip_bytes({f"{n}.png": helpers.png() for n in range(3)})
        with override_settings(IMPORT_MAX_IMAGES=2):
            self.assertIn("more than", refused(three))
        with override_settings(IMPORT_MAX_ZIP_BYTES=100):
            self.assertIn("larger than", refused(three))
        self.assertIn("not a readable ZIP", refused(b"PK\x03\x04 broken"))


class CoverCellTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = World()

    def test_covers_come_only_from_the_zip(self):
        rows = sample_rows()[:3]
        rows[0]["cover_image"] = "https://example.org/cover.png"
        rows[1]["cover_image"] = "../family.png"
        rows[2]["cover_image"] = "other.png"
        zipped = helpers.zip_bytes({"family.png": helpers.png()})
        with mock.patch("urllib.request.urlopen") as urlopen:
            job = start(self.w, rows, images=zipped)
        urlopen.assert_not_called()
        errors = [
            (e["row"], e["column"], e["message"]["msgid"][:20])
            for e in job.report["errors"]
        ]
        self.assertEqual(
            [e[:2] for e in errors], [(2, "cover_image"), (4, "cover_image")]
        )
        self.assertIn("never", job.report["errors"][0]["message"]["msgid"])
        # "../family.png" names the file family.png inside the ZIP, nothing else.
        job = start(self.w, sample_rows()[:1])
        self.assertEqual([e["column"] for e in job.report["errors"]], ["cover_image"])

    def test_a_bad_zip_is_reported_on_the_column(self):
        job = start(self.w, sample_rows()[:1], images=b"PK\x03\x04 not a zip")
        self.assertEqual(
            [(e["row"], e["column"]) for e in job.report["errors"]],
            [(None, "cover_image")],
        )
