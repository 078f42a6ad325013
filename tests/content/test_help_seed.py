"""The demo's help data (``campaigns.demo.help``): every region has a help page in
kk/ru/en, marked placeholders, pathways for the four situations; and a private help
point, marked with a word, reaches no public help page and no brochure."""

import re

from django.test import TestCase, override_settings

from audiences.models import (
    HelpPoint,
    Organisation,
    Pathway,
    PathwayStep,
    Region,
    Situation,
)
from campaigns.demo.help import seed_help
from campaigns.demo.site import seed_site
from campaigns.demo.taxonomy import seed_taxonomy
from content.models import HelpPage, MaterialPage
from tests.access.marking import MARKER, marked, owned_rows, text_fields
from tests.demo import load_demo
from tests.printing.editions import print_material
from tests.printing.helpers import pdf_text, ready


@override_settings(PAGE_CACHE_SECONDS=0)
class SeededHelpTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
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
            # publish() updates its own copy of the page: read the new live
            # revision (the one with the region) back.
            page = MaterialPage.objects.get(pk=page.pk)
        self.assertIn(
            "almaty", [r.slug for r in page.live_revision.as_object().regions.all()]
        )
        with self.captureOnCommitCallbacks(execute=True):
            edition = print_material(page)
        text = " ".join(pdf_text(ready(edition)).split())
        self.assertNotIn(MARKER, text)
        # The brochure is in Russian: Almaty's own pathway, its centre, labelled.
        self.assertIn(normalise("Я беспокоюсь за своего ребёнка"), normalise(text))
        for step in Pathway.objects.get(
            situation__slug="worried-parent", region__slug="almaty"
        ).steps.exclude(help_point=self.private):
            self.assertIn(normalise(step.text_ru), normalise(text))
        self.assertIn(
            normalise(
                "Алматы: консультационный центр по вопросам религии (заглушка) "
                "(заглушка — будет заменена)"
            ),
            normalise(text),
        )
        # The nationwide pathway gives way to Almaty's own for the same situation.
        self.assertNotIn(
            normalise(
                "Сохраняйте спокойствие. Поговорите с ребёнком наедине, без крика"
            ),
            normalise(text),
        )


def normalise(text):
    """Only the letters and digits of ``text``, lower-cased: the PDF breaks lines
    (whitespace) and hyphenates long words at a line end with U+2010 ("он‐ лайн"),
    so a phrase is compared by its letters, in order."""
    return re.sub(r"[\W_]+", "", text).lower()


class SeedHelpTwiceTests(TestCase):
    """Running the help part of the demo again finds every row by its key: no new
    help point, situation, pathway, step or help page, and nothing rewritten."""

    @classmethod
    def setUpTestData(cls):
        cls.sites = seed_site()
        cls.taxonomy = seed_taxonomy()
        seed_help(cls.taxonomy["regions"], cls.sites)

    def rows(self):
        return {
            "points": sorted(HelpPoint.objects.values_list("pk", flat=True)),
            "situations": sorted(Situation.objects.values_list("pk", flat=True)),
            "pathways": sorted(Pathway.objects.values_list("pk", flat=True)),
            "steps": sorted(PathwayStep.objects.values_list("pk", flat=True)),
            "pages": sorted(HelpPage.objects.values_list("pk", flat=True)),
        }

    def test_a_second_run_leaves_the_same_rows(self):
        before = self.rows()
        self.assertEqual(len(before["points"]), 20 + 1 + 1)
        self.assertEqual(len(before["situations"]), 4)
        self.assertEqual(len(before["pathways"]), 8)
        self.assertGreaterEqual(len(before["steps"]), 8 * 3)
        self.assertEqual(len(before["pages"]), 3)
        stats = seed_help(self.taxonomy["regions"], self.sites)
        self.assertEqual(self.rows(), before)
        self.assertEqual(stats["points"], len(before["points"]))
        self.assertEqual(stats["pathways"], len(before["pathways"]))
