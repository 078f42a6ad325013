"""The demo's help data (``campaigns.demo.help``): every region has a help page in
kk/ru/en, marked placeholders, pathways for the four situations; and a private help
point, marked with a word, reaches no public help page and no brochure."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings

from audiences.models import (
    HelpPoint,
    Organisation,
    Pathway,
    PathwayStep,
    Region,
    Situation,
)
from content.models import MaterialPage
from tests.access.marking import MARKER, marked, owned_rows, text_fields
from tests.printing.editions import print_material
from tests.printing.helpers import pdf_text, ready


@override_settings(PAGE_CACHE_SECONDS=0)
class SeededHelpTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo", force=True, stdout=StringIO())
        cls.org = Organisation.objects.get(slug="almaty-city-irg")
        # The marking of tests/access: every text field of the private rows.
        for row in owned_rows(HelpPoint, cls.org):
            HelpPoint.objects.filter(pk=row.pk).update(
                **{
                    f.name: marked(f, getattr(row, f.name))
                    for f in text_fields(HelpPoint)
                }
            )
        cls.private = owned_rows(HelpPoint, cls.org).first()
        # A public pathway step that points at the private point.
        pathway = Pathway.objects.get(
            situation__slug="worried-parent", region__slug="almaty"
        )
        PathwayStep.objects.create(
            pathway=pathway,
            sort_order=99,
            text_kk="Серіктес психолог",
            text_ru="Психолог-партнёр",
            text_en="Partner psychologist",
            help_point=cls.private,
        )

    def test_the_private_point_is_marked(self):
        self.assertIsNotNone(self.private)
        self.assertIn(MARKER, self.private.name_ru)
        self.assertFalse(self.private.is_public)
        self.assertTrue(
            HelpPoint.objects.filter(
                pk=self.private.pk, phone__contains=MARKER
            ).exists()
        )

    def test_every_region_has_a_help_page_in_each_language(self):
        slugs = list(
            Region.objects.filter(locale__language_code="ru").values_list(
                "slug", flat=True
            )
        )
        self.assertEqual(len(slugs), 20)
        for code in ("kk", "ru", "en"):
            index = self.client.get(f"/{code}/help/")
            self.assertContains(index, f'<html lang="{code}">')
            self.assertNotContains(index, MARKER)
            for slug in slugs:
                with self.subTest(code=code, slug=slug):
                    name = Region.objects.get(slug=slug, locale__language_code=code)
                    response = self.client.get(f"/{code}/help/{slug}/")
                    self.assertContains(response, f'<html lang="{code}">')
                    self.assertContains(response, name.name)
                    self.assertContains(response, "placeholder-label")
                    self.assertNotContains(response, MARKER)

    def test_seeded_points_are_placeholders_without_digits(self):
        points = HelpPoint.objects.all()
        self.assertTrue(points.filter(region=None, kind="helpline").exists())
        for point in points:
            self.assertTrue(point.is_placeholder)
            self.assertFalse(any(ch.isdigit() for ch in point.phone), point)
            for code in ("kk", "ru", "en"):
                self.assertTrue(getattr(point, f"name_{code}"), point)

    def test_four_situations_nationwide_and_in_almaty(self):
        self.assertEqual(Situation.objects.count(), 4)
        self.assertEqual(Pathway.objects.filter(region=None).count(), 4)
        self.assertEqual(Pathway.objects.filter(region__slug="almaty").count(), 4)
        for step in PathwayStep.objects.exclude(help_point=self.private):
            for code in ("kk", "ru", "en"):
                self.assertTrue(getattr(step, f"text_{code}"), step.pk)

    def test_a_brochure_for_almaty_prints_its_pathway_but_not_the_private_point(self):
        almaty = Region.objects.filter(slug="almaty")
        page = (
            MaterialPage.objects.live()
            .filter(regions__in=almaty, locale__language_code="ru")
            .first()
        )
        if page is None:
            page = (
                MaterialPage.objects.live().filter(locale__language_code="ru").first()
            )
            page.regions.add(almaty.get(locale__language_code="ru"))
            page.save_revision().publish()
        with self.captureOnCommitCallbacks(execute=True):
            edition = print_material(page)
        text = " ".join(pdf_text(ready(edition)).split())
        self.assertNotIn(MARKER, text)
