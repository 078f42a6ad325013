"""Communities: translatable data a material links, and the coverage picture of
which communities the library (per language, as the user may see it) and each
campaign plan leave out."""

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from audiences.factories import translated
from audiences.models import Community, Role
from audiences.names import names_cache
from campaigns.models import Activity
from campaigns.overview import community_coverage
from content.dashboard import community_gaps
from content.factories import make_material
from content.models import MaterialPage
from content.services import adapt_material, localise_taxonomy
from tests.campaigns.helpers import PASSWORD, World, at, person

NAMES = {
    "dungans": {"kk": "Дүнгендер", "ru": "Дунгане", "en": "Dungans"},
    "women": {"kk": "Әйелдер", "ru": "Женщины", "en": "Women"},
    "koreans": {"kk": "Корейлер", "ru": "Корейцы", "en": "Koreans"},
}


def make_community(slug, **fields):
    fields.setdefault("kind", Community.Kind.ETHNIC)
    return translated(Community, slug=slug, names=NAMES[slug], **fields)


def missing_by_slug(user):
    with names_cache():
        rows = community_gaps(user)["community_rows"]
    return {row["community"].slug: row["missing"] for row in rows}


class CommunityWorld(World):
    def __init__(self):
        super().__init__()
        self.dungans = make_community("dungans", often_demonised=True)
        self.women = make_community("women", kind=Community.Kind.SOCIAL)
        self.koreans = make_community("koreans")
        self.editor_a = person("editor_a", self.alpha, Role.EDITOR)
        self.editor_b = person("editor_b", self.beta, Role.EDITOR)


def link(material, *communities, publish=True):
    """Give ``material`` these communities through a revision, as the editor does."""
    page = MaterialPage.objects.get(pk=material.pk)
    page.communities = list(communities)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


class CommunityDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = CommunityWorld()

    def test_a_material_saves_its_communities_and_a_revision_carries_them(self):
        w = self.w
        link(w.material_ru, w.dungans["ru"], w.women["ru"])
        page = MaterialPage.objects.get(pk=w.material_ru.pk)
        self.assertEqual({c.slug for c in page.communities.all()}, {"dungans", "women"})
        revised = page.get_latest_revision_as_object()
        self.assertEqual(
            {c.pk for c in revised.communities.all()},
            {w.dungans["ru"].pk, w.women["ru"].pk},
        )

    def test_a_translation_links_the_communities_of_its_own_language(self):
        w = self.w
        page = MaterialPage.objects.get(pk=w.material_en.pk)
        # A translation starts as a copy: its links name the source's rows.
        page.communities = [w.dungans["ru"]]
        page.save()
        localise_taxonomy(material=page)
        page = MaterialPage.objects.get(pk=w.material_en.pk)
        self.assertEqual(list(page.communities.all()), [w.dungans["en"]])

    def test_an_adaptation_carries_the_communities_into_its_language(self):
        w = self.w
        link(w.material_ru, w.women["ru"])
        original = MaterialPage.objects.get(pk=w.material_ru.pk)
        copy = adapt_material(
            original=original,
            organisation=w.beta,
            locale=w.locales["kk"],
            user=w.editor_b,
        )
        copy = MaterialPage.objects.get(pk=copy.pk)
        self.assertEqual(list(copy.communities.all()), [w.women["kk"]])
        self.assertFalse(copy.live)

    def test_kind_and_flag_must_match_across_languages(self):
        russian = self.w.dungans["ru"]
        russian.often_demonised = False
        with self.assertRaises(ValidationError):
            russian.full_clean()

    def test_a_slug_names_one_community(self):
        other = Community(
            name="Другие", slug="dungans", kind="ethnic", locale=self.w.locales["ru"]
        )
        with self.assertRaises(ValidationError) as caught:
            other.full_clean()
        self.assertIn("slug", caught.exception.message_dict)

    def test_the_form_refuses_a_community_of_another_language(self):
        w = self.w
        page = MaterialPage.objects.get(pk=w.material_ru.pk)
        form_class = MaterialPage.get_edit_handler().get_form_class()
        form = form_class(instance=page, parent_page=page.get_parent(), for_user=None)
        field = form.fields["communities"]
        self.assertIn(w.dungans["ru"], field.queryset)
        self.assertNotIn(w.dungans["en"], field.queryset)
        with self.assertRaises(ValidationError):
            field.clean([str(w.dungans["en"].pk)])


class LibraryCoverageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = CommunityWorld()

    def test_uncovered_communities_are_listed_per_language(self):
        w = self.w
        link(w.material_ru, w.women["ru"])
        missing = missing_by_slug(w.editor_a)
        self.assertEqual(missing["dungans"], ["kk", "ru", "en"])
        self.assertEqual(missing["women"], ["kk", "en"])

    def test_another_organisations_draft_is_not_coverage(self):
        w = self.w
        draft = make_material(
            w.sites["ru"][1], organisation=w.beta, live=False, title="Draft"
        )
        link(draft, w.koreans["ru"], publish=False)
        MaterialPage.objects.get(pk=draft.pk).communities.set([w.koreans["ru"]])
        self.assertEqual(missing_by_slug(w.editor_a)["koreans"], ["kk", "ru", "en"])
        # Once published it counts, for everyone.
        MaterialPage.objects.get(pk=draft.pk).get_latest_revision().publish()
        self.assertEqual(missing_by_slug(w.editor_a)["koreans"], ["kk", "en"])

    def test_a_draft_change_of_a_live_material_is_not_coverage(self):
        w = self.w
        link(w.material_en, w.dungans["en"], publish=False)
        self.assertEqual(missing_by_slug(w.editor_a)["dungans"], ["kk", "ru", "en"])

    def test_a_fixed_number_of_queries(self):
        w = self.w
        missing_by_slug(w.editor_a)  # the user's organisations are cached after
        with CaptureQueriesContext(connection) as small:
            missing_by_slug(w.editor_a)
        for code in ("kk", "ru", "en"):
            for _ in range(3):
                material = make_material(w.sites[code][1], organisation=w.alpha)
                link(material, w.dungans[code], w.women[code], w.koreans[code])
        with self.assertNumQueries(len(small)):
            missing_by_slug(w.editor_a)

    def test_the_dashboard_shows_the_communities_table(self):
        self.client.login(username="editor_a", password=PASSWORD)
        with translation.override("en"):
            response = self.client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
        self.assertContains(response, "kopir-community-coverage")
        self.assertContains(response, "Dungans (often demonised)")


class CampaignCoverageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = CommunityWorld()

    def activity(self, plan, material, status=Activity.Status.PLANNED):
        w = self.w
        return Activity.objects.create(
            plan=plan,
            title="Post",
            starts_at=at(plan.starts_on),
            channel=w.youtube,
            target_group=w.youth,
            material=material,
            status=status,
        )

    def coverage(self, *plans):
        with names_cache(), translation.override("en"):
            return {
                row["plan"].pk: (
                    {c.slug for c in row["shown"]},
                    {c.slug for c in row["missing"]},
                    {c.slug for c in row["missing_demonised"]},
                )
                for row in community_coverage(plans)
            }

    def test_a_plan_lists_the_communities_its_materials_leave_out(self):
        w = self.w
        plan = w.complete_plan()
        link(w.material_ru, w.women["ru"])
        self.activity(plan, w.material_ru)
        shown, missing, demonised = self.coverage(plan)[plan.pk]
        self.assertEqual(shown, {"women"})
        self.assertEqual(missing, {"dungans", "koreans"})
        self.assertEqual(demonised, {"dungans"})

    def test_cancelled_activities_do_not_count(self):
        w = self.w
        plan = w.complete_plan()
        link(w.material_en, w.dungans["en"])
        self.activity(plan, w.material_en, status=Activity.Status.CANCELLED)
        shown, missing, _demonised = self.coverage(plan)[plan.pk]
        self.assertEqual(shown, set())
        self.assertIn("dungans", missing)

    def test_a_fixed_number_of_queries(self):
        w = self.w
        plan = w.complete_plan()
        self.coverage(plan)
        with CaptureQueriesContext(connection) as small:
            self.coverage(plan)
        plans = [plan] + [w.complete_plan(title=f"Plan {n}") for n in range(3)]
        for each in plans:
            material = make_material(w.sites["ru"][1], organisation=w.alpha)
            link(material, w.dungans["ru"], w.women["ru"])
            self.activity(each, material)
        with self.assertNumQueries(len(small)):
            self.coverage(*plans)

    def test_the_coverage_page_and_plan_page_show_the_gap(self):
        w = self.w
        plan = w.complete_plan()
        link(w.material_ru, w.women["ru"])
        self.activity(plan, w.material_ru)
        self.client.login(username="planner_a", password=PASSWORD)
        for url in (
            reverse("kopir_campaigns:coverage"),
            reverse("kopir_campaigns:plan", args=[plan.pk]),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, 'data-testid="community-coverage"')
                self.assertContains(response, "Дунгане*")
