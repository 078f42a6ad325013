"""The public help pages (``content.HelpPage``): help points and referral pathways per
region, in fixed queries, with placeholders labelled and private points never shown;
the admin's help point form and the "not verified" report."""

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from audiences.factories import make_organisation, make_region
from audiences.models import (
    HelpPoint,
    Membership,
    Pathway,
    PathwayStep,
    Role,
    Situation,
    User,
)
from content.factories import build_help_pages, build_site
from content.models import BlockedAddress
from tests.content.helpers import warm_query_count

MARKER = "Zephyrquill"
# Both: the help page comes with the cached home page (content.public_frame, like
# the library and the lessons: no child, specific or locale query); the language
# switcher's translations; then what the page shows.
# Index: region names, public points (+ languages), regions, situations, pathways,
# steps.
INDEX_QUERIES = 8
# Region: the region, its name, public points (+ languages), situations, pathways,
# steps.
REGION_QUERIES = 8


def make_situation(slug, name, order=0):
    return Situation.objects.create(
        slug=slug,
        sort_order=order,
        name_kk=f"{name} (kk)",
        name_ru=f"{name} (ru)",
        name_en=name,
    )


def make_pathway(situation, region, *steps):
    pathway = Pathway.objects.create(situation=situation, region=region)
    for order, (text, point) in enumerate(steps):
        PathwayStep.objects.create(
            pathway=pathway,
            sort_order=order,
            text_kk=f"{text} (kk)",
            text_ru=f"{text} (ru)",
            text_en=text,
            help_point=point,
        )
    return pathway


def make_point(region, name, **fields):
    fields.setdefault("kind", HelpPoint.Kind.ADVISORY)
    fields.setdefault("is_public", True)
    return HelpPoint.objects.create(
        region=region,
        name_kk=f"{name} (kk)",
        name_ru=f"{name} (ru)",
        name_en=name,
        **fields,
    )


class HelpData:
    @classmethod
    def build(cls):
        cls.sites = build_site()
        cls.pages = build_help_pages(
            {code: home for code, (home, _lib) in cls.sites.items()},
            texts={
                "kk": ("Көмек", ""),
                "ru": ("Помощь", ""),
                "en": ("Where to get help", ""),
            },
        )
        cls.atyrau = make_region("atyrau", "Atyrau")
        cls.almaty = make_region("almaty", "Almaty")
        cls.org = make_organisation("almaty-group", "Almaty group")
        cls.helpline = make_point(
            None, "National helpline", kind="helpline", phone="+7 000 000 00 01"
        )
        cls.centre = make_point(cls.almaty["ru"], "Almaty centre", phone="+7 000 1")
        cls.placeholder = make_point(
            cls.atyrau["ru"], "Atyrau centre", is_placeholder=True
        )
        # Saved without validation: even a placeholder with digits shows none.
        HelpPoint.objects.filter(pk=cls.placeholder.pk).update(phone="555 0101")
        cls.private = make_point(
            cls.almaty["ru"],
            f"Private psychologist {MARKER}",
            is_public=False,
            organisation=cls.org,
            phone=f"+7 {MARKER}",
            kind="psychologist",
        )
        cls.parent = make_situation("worried-parent", "Worried parent")
        cls.recruiter = make_situation("recruiter", "Contacted by a recruiter", 1)
        make_pathway(
            cls.parent,
            None,
            ("Talk calmly with your child", None),
            ("Call the helpline", cls.helpline),
        )
        make_pathway(
            cls.parent,
            cls.almaty["ru"],
            ("Do not confront the new friends", None),
            ("Book the Almaty centre", cls.centre),
            ("See a psychologist", cls.private),
        )
        make_pathway(cls.recruiter, None, ("Stop replying", None))


@override_settings(PAGE_CACHE_SECONDS=0)
class HelpPageTests(HelpData, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.build()

    def test_index_in_each_language(self):
        for code, title in (("kk", "Көмек"), ("ru", "Помощь"), ("en", "Where")):
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/help/")
                self.assertContains(response, f'<html lang="{code}">')
                self.assertContains(response, title)
                self.assertContains(response, f'href="/{code}/help/almaty/"')
                self.assertContains(response, f"/{code}/help/atyrau/")
                self.assertNotContains(response, MARKER)
        response = self.client.get("/en/help/")
        self.assertContains(response, "National helpline")
        self.assertContains(response, "Talk calmly with your child")

    def test_kazakh_index_lists_regions_in_the_kazakh_alphabet(self):
        from audiences.models import Region

        for slug, name in (("akmola", "Ақмола"), ("abai", "Абай")):
            make_region(slug, name)
        Region.objects.filter(slug="almaty", locale__language_code="kk").update(
            name="Алматы"
        )
        body = self.client.get("/kk/help/").content.decode()
        positions = [
            body.index(f'href="/kk/help/{slug}/"')
            for slug in ("abai", "akmola", "almaty")
        ]
        # Абай, Ақмола, Алматы: қ follows к, not я.
        self.assertEqual(positions, sorted(positions))

    def test_sitemap_lists_every_region_page_with_its_translations(self):
        body = self.client.get("/sitemap.xml").content.decode()
        for code in ("kk", "ru", "en"):
            self.assertIn(f"/{code}/help/</loc>", body)
            self.assertIn(f"/{code}/help/almaty/</loc>", body)
            self.assertIn(f"/{code}/help/atyrau/</loc>", body)
        # The Kazakh region page names its Russian and English translations.
        entry = body[body.index("/kk/help/almaty/</loc>") :].split("</url>")[0]
        self.assertIn('hreflang="ru" href="', entry)
        self.assertIn("/ru/help/almaty/", entry)
        self.assertIn("/en/help/almaty/", entry)
        self.assertNotIn(MARKER, body)

    def test_region_page_shows_its_points_and_own_pathway(self):
        response = self.client.get("/ru/help/almaty/")
        self.assertContains(response, "Almaty centre (ru)")
        self.assertContains(response, "+7 000 1")
        self.assertContains(response, "Do not confront the new friends (ru)")
        self.assertNotContains(response, "Talk calmly with your child (ru)")
        # The step stays; the private point it names does not.
        self.assertContains(response, "See a psychologist (ru)")
        self.assertNotContains(response, MARKER)
        # Recruiter: Almaty has no pathway of its own, the nationwide one stands in.
        self.assertContains(response, "Stop replying (ru)")

    def test_region_without_pathways_falls_back_to_nationwide(self):
        response = self.client.get("/kk/help/atyrau/")
        self.assertContains(response, "Talk calmly with your child (kk)")
        self.assertContains(response, "Stop replying (kk)")

    def test_placeholders_are_labelled_and_show_no_digits(self):
        with translation.override("en"):
            response = self.client.get("/en/help/atyrau/")
        self.assertContains(response, "Atyrau centre")
        self.assertContains(response, "placeholder — to be replaced")
        self.assertNotContains(response, "555 0101")

    def test_unknown_region_is_404(self):
        self.assertEqual(self.client.get("/en/help/atlantis/").status_code, 404)
        self.assertEqual(self.client.get("/en/help/almaty/x/").status_code, 404)

    def test_banner_on_every_page_links_to_the_help_page_of_its_language(self):
        for code in ("kk", "ru", "en"):
            response = self.client.get(f"/{code}/")
            self.assertContains(response, f'href="/{code}/help/"', count=2)

    def test_query_counts_do_not_grow_with_regions_and_points(self):
        small = (
            warm_query_count(self, "/ru/help/"),
            warm_query_count(self, "/ru/help/almaty/"),
        )
        for i in range(8):
            region = make_region(f"region-{i}", f"Region {i}")
            make_point(region["ru"], f"Centre {i}")
            make_point(self.almaty["ru"], f"More {i}")
            make_pathway(
                make_situation(f"situation-{i}", f"Situation {i}", 5 + i),
                self.almaty["ru"],
                ("Step one", None),
                ("Step two", self.centre),
            )
        large = (
            warm_query_count(self, "/ru/help/"),
            warm_query_count(self, "/ru/help/almaty/"),
        )
        self.assertEqual(large, small)
        self.assertEqual(small, (INDEX_QUERIES, REGION_QUERIES))


@override_settings(PAGE_CACHE_SECONDS=300)
class HelpPageCacheTests(HelpData, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.build()

    def test_a_changed_help_point_shows_at_once(self):
        self.assertContains(self.client.get("/en/help/almaty/"), "Almaty centre")
        self.centre.name_en = "Almaty family centre"
        self.centre.save()
        self.assertContains(self.client.get("/en/help/almaty/"), "Almaty family centre")
        self.private.is_public = True
        self.private.save()
        self.assertContains(self.client.get("/en/help/almaty/"), MARKER)


class HelpPointValidationTests(TestCase):
    def errors(self, **fields):
        point = HelpPoint(kind="helpline", **fields)
        try:
            point.full_clean()
        except Exception as error:  # noqa: BLE001
            return {k: [str(m) for m in v] for k, v in error.message_dict.items()}
        return {}

    def test_placeholder_phone_and_public_names(self):
        with translation.override("en"):
            errors = self.errors(name_ru="Центр", is_placeholder=True, phone="8 700")
            self.assertIn("A placeholder has no phone number", errors["phone"][0])
            errors = self.errors(name_ru="Центр", is_public=True)
            self.assertIn("Kazakh, Russian and English", errors["name_kk"][0])
            errors = self.errors(name_ru="Центр", phone="call us")
            self.assertIn("phone number with digits", errors["phone"][0])
            self.assertIn("at least one language", self.errors()["name_ru"][0])

    def test_a_blocked_link_in_a_public_text_is_refused(self):
        BlockedAddress.objects.create(address="banned-example.invalid")
        with translation.override("en"):
            errors = self.errors(
                name_ru="Центр",
                messenger="https://banned-example.invalid/chat",
                address_ru="см. banned-example.invalid/x",
            )
        self.assertIn("do-not-amplify", errors["messenger"][0])
        self.assertIn("do-not-amplify", errors["address_ru"][0])
        self.assertEqual(self.errors(name_ru="Центр", address_ru="ул. Абая, 1"), {})

    def test_a_pathway_step_with_a_blocked_link_is_refused(self):
        BlockedAddress.objects.create(address="banned-example.invalid")
        step = PathwayStep(
            text_kk="Қараңыз", text_ru="см. banned-example.invalid", text_en="See"
        )
        with self.assertRaises(ValidationError) as caught:
            step.clean()
        self.assertIn("text_ru", caught.exception.message_dict)

    def test_only_the_site_administrator_adds_a_nationwide_point(self):
        organisation = make_organisation("ortalyq", "Орталық")
        editor = User.objects.create_user("ed", password="pass-2026-x")
        Membership.objects.create(
            user=editor, organisation=organisation, role=Role.EDITOR
        )
        self.client.force_login(editor)
        response = self.client.post(
            reverse("wagtailsnippets_audiences_helppoint:add"),
            {
                "kind": "helpline",
                "organisation": organisation.pk,
                "name_kk": "Желі",
                "name_ru": "Линия",
                "name_en": "Line",
                "is_public": "on",
                "sort_order": 0,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("region", response.context["form"].errors)
        self.assertFalse(HelpPoint.objects.exists())

    def test_messages_are_translated(self):
        # The msgids go through gettext: a catalogue's language changes them.
        with translation.override("en"):
            english = self.errors(is_placeholder=True, name_en="x", phone="1")
        with translation.override("ru"):
            russian = self.errors(is_placeholder=True, name_en="x", phone="1")
        self.assertEqual(set(english), set(russian))

    def test_admin_form_answers_a_bad_post_with_errors_not_a_500(self):
        admin = User.objects.create_superuser("root", password="pass-2026-x")
        self.client.force_login(admin)
        url = reverse("wagtailsnippets_audiences_helppoint:add")
        response = self.client.post(
            url, {"kind": "helpline", "is_placeholder": "on", "phone": "123"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors)


class UnverifiedReportTests(HelpData, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.build()
        today = timezone.localdate()
        HelpPoint.objects.filter(pk=cls.centre.pk).update(verified_on=today)
        HelpPoint.objects.filter(pk=cls.helpline.pk).update(
            verified_on=today - timezone.timedelta(days=400)
        )
        cls.url = reverse("kopir_reports:help_points")

    def test_site_admin_sees_the_stale_and_never_verified(self):
        admin = User.objects.create_superuser("root", password="pass-2026-x")
        self.client.force_login(admin)
        with translation.override("en"):
            response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        names = {row.pk for row in response.context["object_list"]}
        self.assertEqual(
            names, {self.helpline.pk, self.placeholder.pk, self.private.pk}
        )
        export = self.client.get(self.url + "?export=csv")
        self.assertEqual(export.status_code, 200)

    def test_a_member_sees_only_what_they_may_change(self):
        editor = User.objects.create_user("ed", password="pass-2026-x")
        Membership.objects.create(user=editor, organisation=self.org, role=Role.EDITOR)
        outsider = User.objects.create_user("out", password="pass-2026-x")
        other = make_organisation("other-group", "Other group")
        Membership.objects.create(user=outsider, organisation=other, role=Role.EDITOR)
        self.client.force_login(editor)
        rows = self.client.get(self.url).context["object_list"]
        self.assertEqual([row.pk for row in rows], [self.private.pk])
        self.client.force_login(outsider)
        response = self.client.get(self.url)
        self.assertEqual(list(response.context["object_list"]), [])
        self.assertNotContains(response, MARKER)
        self.assertNotContains(self.client.get(self.url + "?export=csv"), MARKER)


class YesNoTests(HelpData, TestCase):
    """Public and placeholder read in the user's language: a titled tick or
    cross in the listing, the words in a CSV export (Python's True/False before)."""

    @classmethod
    def setUpTestData(cls):
        cls.build()

    def test_listing_and_csv_say_yes_and_no_in_russian_and_kazakh(self):
        from wagtail.users.models import UserProfile

        admin = User.objects.create_superuser("root", password="pass-2026-x")
        self.client.force_login(admin)
        url = reverse("wagtailsnippets_audiences_helppoint:list")
        for code, yes, no in (("ru", "Да", "Нет"), ("kk", "Иә", "Жоқ")):
            with self.subTest(code=code):
                profile = UserProfile.get_for_user(admin)
                profile.preferred_language = code
                profile.save()
                listing = " ".join(self.client.get(url).content.decode().split())
                # The icon's text for screen readers.
                self.assertIn(f'w-sr-only"> {yes} </span>', listing)
                self.assertIn(f'w-sr-only"> {no} </span>', listing)
                self.assertNotIn('w-sr-only"> True', listing)
                response = self.client.get(url + "?export=csv")
                export = b"".join(response.streaming_content).decode()
                self.assertIn(f",{yes},", export)
                self.assertIn(f",{no},", export)
                self.assertNotIn("True", export)
