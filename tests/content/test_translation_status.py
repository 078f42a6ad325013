"""Translation status: original, up to date, out of date (with what changed), missing.

Translations are made the way editors make them, with Wagtail's "Translate".
"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from audiences.factories import make_target_group
from audiences.models import Role
from content.dashboard import TranslationsWaitingPanel
from content.factories import build_site, make_material, make_narrative
from content.models import MaterialPage
from content.translations import (
    MISSING,
    ORIGINAL,
    OUT_OF_DATE,
    STATUS_LABELS,
    UP_TO_DATE,
    overview,
    with_translation_status,
)
from tests.review.helpers import organisations, person

MARKER = "Zebra-private-translation"


def status(page):
    return with_translation_status(MaterialPage.objects.filter(pk=page.pk)).get()


class TranslationStatusTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.alpha, cls.beta = organisations()
        cls.editor = person("alpha-editor", cls.alpha, Role.EDITOR)
        cls.outsider = person("beta-editor", cls.beta, Role.EDITOR)
        cls.parents = make_target_group("parents", "Parents")
        cls.us_them = make_narrative("us-versus-them", "Us versus them", number=3)
        cls.russian = MaterialPage.objects.get(
            pk=make_material(
                cls.site["ru"][1],
                title="Разговор с сыном",
                organisation=cls.alpha,
                target_groups=[cls.parents["ru"]],
                narratives=[cls.us_them["ru"]],
            ).pk
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def translate(self, page, code, publish=True):
        """What an editor does: page header › Translate, then the copy goes live."""
        locale = Locale.objects.get(language_code=code)
        response = self.client.post(
            f"/admin/translation/submit/page/{page.pk}/", {"locales": [locale.pk]}
        )
        self.assertEqual(response.status_code, 302)
        copy = MaterialPage.objects.get(
            translation_key=page.translation_key, locale=locale
        )
        if publish:
            copy.get_latest_revision().publish()
        return MaterialPage.objects.get(pk=copy.pk)

    def edit_source(self, **changes):
        source = self.russian.get_latest_revision_as_object()
        for name, value in changes.items():
            setattr(source, name, value)
        source.save_revision().publish()
        self.russian.refresh_from_db()

    def edit_form(self, page, **extra):
        page = page.get_latest_revision_as_object()
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "cover_alt": "",
                "format": page.format_id,
                "body": streamfield([("paragraph", rich_text("<p>Дене.</p>"))]),
                "sources": streamfield([]),
                "licence": page.licence,
                "tags": "",
                "comments": inline_formset([]),
                **extra,
            }
        )
        code = page.locale.language_code
        data["target_groups"] = [self.parents[code].pk]
        data["narratives"] = [self.us_them[code].pk]
        return data

    # --- the status itself ---------------------------------------------------------

    def test_a_translation_made_with_translate_is_up_to_date_and_its_source_original(
        self,
    ):
        kazakh = self.translate(self.russian, "kk")
        self.assertEqual(kazakh.translated_from_id, self.russian.pk)
        self.assertEqual(
            kazakh.translated_from_revision_id, self.russian.live_revision_id
        )
        self.assertEqual(status(self.russian).translation_status, ORIGINAL)
        self.assertEqual(status(kazakh).translation_status, UP_TO_DATE)
        by_code = {e["code"]: e for e in overview(page=kazakh, user=self.editor)}
        self.assertEqual(by_code["ru"]["status"], ORIGINAL)
        self.assertEqual(by_code["kk"]["status"], UP_TO_DATE)
        self.assertEqual(by_code["en"]["status"], MISSING)

    def test_publishing_an_edit_of_the_source_puts_the_translation_out_of_date(self):
        kazakh = self.translate(self.russian, "kk")
        # A draft of the source does not count: readers still see the old one.
        draft = self.russian.get_latest_revision_as_object()
        draft.title = "Новый заголовок"
        draft.save_revision()
        self.assertEqual(status(kazakh).translation_status, UP_TO_DATE)

        followed = kazakh.translated_from_revision_id
        self.edit_source(title="Новый заголовок")
        self.assertEqual(status(kazakh).translation_status, OUT_OF_DATE)
        entry = next(
            e for e in overview(page=kazakh, user=self.editor) if e["code"] == "kk"
        )
        title = str(MaterialPage._meta.get_field("title").verbose_name)
        self.assertEqual(entry["changes"], [title])
        self.assertEqual(
            entry["compare_url"],
            reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[self.russian.pk, followed, self.russian.live_revision_id],
            ),
        )

    def test_the_translation_is_up_to_date_again_once_the_revision_that_says_so_is_live(
        self,
    ):
        kazakh = self.translate(self.russian, "kk")
        self.edit_source(summary="Другое краткое описание.")
        url = reverse("wagtailadmin_pages:edit", args=[kazakh.pk])
        response = self.client.post(
            url,
            self.edit_form(
                kazakh,
                translation_synced="on",
                translation_synced_revision=self.russian.live_revision_id,
            ),
        )
        self.assertEqual(response.status_code, 302, response.content[:3000])
        # Saved as a draft of a live page: it counts once published.
        self.assertEqual(status(kazakh).translation_status, OUT_OF_DATE)
        kazakh.refresh_from_db()
        kazakh.get_latest_revision().publish()
        self.assertEqual(status(kazakh).translation_status, UP_TO_DATE)

    def test_the_box_refuses_a_revision_of_another_page(self):
        kazakh = self.translate(self.russian, "kk")
        self.edit_source(summary="Другое краткое описание.")
        other = MaterialPage.objects.get(
            pk=make_material(self.site["ru"][1], organisation=self.alpha).pk
        )
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[kazakh.pk]),
            self.edit_form(
                kazakh,
                translation_synced="on",
                translation_synced_revision=other.live_revision_id,
            ),
        )
        self.assertEqual(response.status_code, 200)
        kazakh.refresh_from_db()
        self.assertEqual(status(kazakh).translation_status, OUT_OF_DATE)

    # --- where it shows ---------------------------------------------------------

    def test_the_edit_screen_lists_every_language_and_what_changed(self):
        kazakh = self.translate(self.russian, "kk")
        self.edit_source(title="Новый заголовок")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[kazakh.pk]))
        html = response.content.decode()
        self.assertIn('data-language="ru" data-status="original"', html)
        self.assertIn('data-language="kk" data-status="out_of_date"', html)
        self.assertIn('data-language="en" data-status="missing"', html)
        self.assertIn("/revisions/compare/", html)
        self.assertIn('name="translation_synced"', html)
        self.assertIn(
            f'value="{self.russian.live_revision_id}"', html
        )  # the revision the box records
        # The original links to its own edit page.
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[self.russian.pk]), html)

    def test_the_materials_listing_filters_by_translation_status(self):
        kazakh = self.translate(self.russian, "kk")
        self.edit_source(title="Новый заголовок")
        alone = make_material(
            self.site["ru"][1], title="Одинокий материал", organisation=self.alpha
        )
        url = reverse("kopir_reports:materials")
        out = self.client.get(url, {"translation_status": OUT_OF_DATE})
        self.assertEqual([m.pk for m in out.context["object_list"]], [kazakh.pk])
        missing = self.client.get(url, {"translation_status": MISSING})
        self.assertEqual(
            {m.pk for m in missing.context["object_list"]},
            {kazakh.pk, self.russian.pk, alone.pk},
        )
        self.assertContains(out, str(STATUS_LABELS[OUT_OF_DATE]))

    def test_the_report_has_a_row_per_material_and_a_column_per_language(self):
        self.translate(self.russian, "kk")
        self.edit_source(title="Новый заголовок")
        url = reverse("kopir_reports:translations")
        response = self.client.get(url)
        rows = list(response.context["object_list"])
        self.assertEqual(
            [row.translation_key for row in rows], [self.russian.translation_key]
        )
        self.assertEqual(
            {code: cell["status"] for code, cell in rows[0].cells.items()},
            {"kk": OUT_OF_DATE, "ru": ORIGINAL, "en": MISSING},
        )
        self.assertContains(response, 'data-status="out_of_date"')
        self.assertEqual(
            len(self.client.get(url, {"status": UP_TO_DATE}).context["object_list"]), 0
        )
        csv = self.client.get(url, {"export": "csv"})
        text = b"".join(csv.streaming_content).decode("utf-8")
        lines = text.strip().splitlines()
        self.assertEqual(len(lines), 2)
        self.assertIn("Новый заголовок", lines[1])
        self.assertIn(str(STATUS_LABELS[OUT_OF_DATE]), lines[1])
        self.assertIn(str(STATUS_LABELS[ORIGINAL]), lines[1])
        # The organisation is named in the reader's language, as elsewhere.
        self.alpha.name_ru = "Группа «Альфа»"
        self.alpha.save()
        self.assertContains(self.client.get(url), "Группа «Альфа»")

    def test_the_dashboard_lists_translations_waiting_in_a_fixed_number_of_queries(
        self,
    ):
        kazakh = self.translate(self.russian, "kk")
        self.edit_source(title="Новый заголовок")

        def render():
            panel = TranslationsWaitingPanel(self.editor)
            with CaptureQueriesContext(connection) as queries:
                html = panel.render_html({})
            return html, len(queries)

        render()  # the user's roles and content types, cached from here on
        html, few = render()
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[kazakh.pk]), html)
        self.assertIn('data-status="out_of_date"', html)
        self.assertIn(f"/admin/translation/submit/page/{self.russian.pk}/", html)
        for n in range(4):
            source = make_material(
                self.site["ru"][1], title=f"Ещё {n}", organisation=self.alpha
            )
            copy = self.translate(source, "en")
            source.save_revision().publish()
            self.assertEqual(status(copy).translation_status, OUT_OF_DATE)
        html, many = render()
        self.assertEqual(html.count('data-status="out_of_date"'), 5)
        self.assertEqual(few, many)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "data-kopir-translations-waiting")

    def test_another_organisation_never_sees_a_private_translation(self):
        self.translate(self.russian, "kk")
        english = self.translate(self.russian, "en", publish=False)
        english.title = english.draft_title = MARKER
        english.save_revision()
        self.client.force_login(self.outsider)
        report = self.client.get(reverse("kopir_reports:translations"))
        self.assertNotContains(report, MARKER)
        (row,) = report.context["object_list"]
        self.assertEqual(row.cells["en"]["status"], MISSING)
        csv = self.client.get(reverse("kopir_reports:translations"), {"export": "csv"})
        self.assertNotIn(MARKER, b"".join(csv.streaming_content).decode("utf-8"))
        listing = self.client.get(reverse("kopir_reports:materials"))
        self.assertNotContains(listing, MARKER)
        self.assertEqual(
            overview(page=self.russian, user=self.outsider)[2]["status"], MISSING
        )
        home = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(home, MARKER)
        self.assertNotContains(
            home, reverse("wagtailadmin_pages:edit", args=[english.pk])
        )

    def test_the_public_page_of_an_out_of_date_translation_points_at_the_original(
        self,
    ):
        kazakh = self.translate(self.russian, "kk")
        self.client.logout()
        self.assertNotContains(self.client.get(kazakh.url), "data-newer-source")
        self.edit_source(title="Новый заголовок")
        response = self.client.get(kazakh.url)
        self.assertContains(response, 'data-newer-source="ru"')
        self.assertContains(response, f'href="{self.russian.url}"')
