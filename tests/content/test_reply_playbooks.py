"""Reply playbooks: samples with a blocked link cannot be saved, the review
workflow publishes them, drafts stay with their organisation, the reply helper
shows only live playbooks in the reader's language, at a fixed query cost, and
results count constructive exchanges on the plan."""

import json
from datetime import date

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from audiences import access
from audiences.factories import translated
from audiences.models import Role
from campaigns.models import Indicator, ResultEntry
from campaigns.overview import exchanges, result_totals
from content.models import (
    BlockedAddress,
    PlaybookStep,
    ReplyPlaybook,
    ReplyType,
    SampleReply,
)
from content.models.review import YES, ChecklistItem
from tests.campaigns.helpers import PASSWORD, World, locale, person


def reply_type(slug, names=None, order=0):
    names = names or {code: f"{slug} {code}" for code in ("kk", "ru", "en")}
    return translated(
        ReplyType,
        slug=slug,
        names={
            code: {
                "name": name,
                "what_it_is": f"what {code}",
                "when_it_works": f"works {code}",
                "when_it_backfires": f"backfires {code}",
            }
            for code, name in names.items()
        },
        source="Dangerous Speech Project",
        sort_order=order,
    )


def make_playbook(w, organisation, code, *, title, types, samples=(), live=False):
    playbook = ReplyPlaybook(
        organisation=organisation,
        locale=locale(code),
        narrative=w.narrative,
        title=title,
        how_it_appears="Paraphrase",
        stop_engaging="Stop",
        refer="Refer",
        safety="Safety",
        live=live,
    )
    playbook.steps = [
        PlaybookStep(reply_type=t[code], sort_order=i) for i, t in enumerate(types)
    ]
    playbook.samples = [
        SampleReply(text=text, sort_order=i) for i, text in enumerate(samples)
    ]
    playbook.full_clean()
    playbook.save()
    playbook.save_revision()
    return playbook


def approve_answers():
    return {
        "comment": "",
        **{
            f"item_{item.pk}": YES for item in ChecklistItem.objects.filter(active=True)
        },
    }


def edit_page_data(client, url):
    """What the edit page's form posts back unchanged (the user's own GET)."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if hasattr(value, "pk"):
            value = value.pk
        data[name] = "" if value is None else value
    for formset in form.formsets.values():
        prefix = formset.prefix
        rows = list(formset.forms)
        data[f"{prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{prefix}-INITIAL_FORMS"] = len(rows)
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
        for i, child in enumerate(rows):
            for name in child.fields:
                # The id is rendered from the row itself (not in ``initial``).
                default = child.instance.pk if name == "id" else ""
                value = child.initial.get(name, default)
                if hasattr(value, "pk"):
                    value = value.pk
                data[f"{prefix}-{i}-{name}"] = "" if value is None else value
            data[f"{prefix}-{i}-ORDER"] = i + 1
            data[f"{prefix}-{i}-DELETE"] = ""
    return data


class PlaybookWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.w = w = World()
        cls.editor_a = person("editor_a", w.alpha, Role.EDITOR)
        cls.reviewer_a = person("reviewer_a", w.alpha, Role.REVIEWER)
        cls.reviewer_b = person("reviewer_b", w.beta, Role.REVIEWER)
        cls.editor_b = person("editor_b", w.beta, Role.EDITOR)
        cls.empathy = reply_type("empathy", order=1)
        cls.question = reply_type("ask-a-question", order=2)
        BlockedAddress.objects.create(address="bad.example", reason="court order")
        cls.live_a = make_playbook(
            w,
            w.alpha,
            "ru",
            title="Live RU",
            types=[cls.question, cls.empathy],
            samples=["Пример ответа"],
            live=True,
        )
        cls.live_kk = make_playbook(
            w,
            w.alpha,
            "kk",
            title="Live KK",
            types=[cls.empathy],
            samples=["Жауап мысалы"],
            live=True,
        )
        cls.draft_a = make_playbook(
            w, w.alpha, "ru", title="Draft RU", types=[cls.empathy], samples=["Draft"]
        )


class BlockedLinkTests(PlaybookWorld):
    def test_model_refuses_a_sample_with_a_blocked_link(self):
        sample = SampleReply(
            playbook=self.draft_a, text="Read more at https://www.bad.example/post"
        )
        with self.assertRaises(ValidationError) as caught:
            sample.full_clean()
        self.assertIn("text", caught.exception.message_dict)
        self.assertIn("bad.example", caught.exception.message_dict["text"][0])

    def test_bare_domain_and_subdomain_are_caught_in_any_text_field(self):
        self.draft_a.refer = "see news.bad.example/x for details."
        with self.assertRaises(ValidationError) as caught:
            self.draft_a.full_clean()
        self.assertIn("refer", caught.exception.message_dict)

    def test_playbook_with_a_blocked_sample_in_memory_cannot_be_cleaned(self):
        playbook = ReplyPlaybook.objects.get(pk=self.draft_a.pk)
        playbook.samples = [SampleReply(text="bad.example/channel")]
        with self.assertRaises(ValidationError):
            playbook.full_clean()

    def test_other_links_pass(self):
        SampleReply(playbook=self.draft_a, text="See gov.kz, e.g. www.egov.kz").clean()

    def test_admin_form_shows_a_translated_error_on_the_sample(self):
        self.client.login(username="editor_a", password=PASSWORD)
        url = reverse(
            "wagtailsnippets_content_replyplaybook:edit", args=[self.draft_a.pk]
        )
        data = edit_page_data(self.client, url)
        data["samples-0-text"] = "Go to https://bad.example/video now"
        with translation.override("ru"):
            response = self.client.post(url, data, HTTP_ACCEPT_LANGUAGE="ru")
        self.assertEqual(response.status_code, 200)
        self.draft_a.refresh_from_db()
        self.assertEqual(self.draft_a.samples.get().text, "Draft")
        errors = response.context["form"].formsets["samples"].forms[0].errors
        self.assertIn("text", errors)
        self.assertIn("bad.example", str(errors["text"]))


class ReviewAndAccessTests(PlaybookWorld):
    def test_a_reviewer_approves_from_the_edit_page_and_it_goes_live(self):
        # The trial's finding: the approve button on the edit page posts the whole
        # form, whose organisation list offered the reviewer nothing to choose.
        playbook = self.draft_a
        playbook.get_workflow().start(playbook, self.editor_a)
        self.client.login(username="reviewer_a", password=PASSWORD)
        url = reverse("wagtailsnippets_content_replyplaybook:edit", args=[playbook.pk])
        data = edit_page_data(self.client, url)
        data.pop("organisation", None)
        data.update(
            {
                "action-workflow-action": "true",
                "workflow-action-name": "approve",
                "workflow-action-extra-data": json.dumps(approve_answers()),
            }
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        playbook.refresh_from_db()
        self.assertTrue(playbook.live)
        self.assertEqual(playbook.organisation, self.w.alpha)

    def test_the_review_workflow_publishes_an_approved_playbook(self):
        playbook = self.draft_a
        workflow = playbook.get_workflow()
        self.assertIsNotNone(workflow)
        workflow.start(playbook, self.editor_a)
        playbook.refresh_from_db()
        state = playbook.current_workflow_task_state.specific
        task = state.task.specific
        # The reviewer of the owner sees it while it waits; another's does not.
        self.assertTrue(access.can(self.reviewer_a, access.VIEW, playbook))
        self.assertFalse(access.can(self.reviewer_b, access.VIEW, playbook))
        self.assertEqual(task.get_actions(playbook, self.reviewer_b), [])
        self.assertEqual(task.get_actions(playbook, self.editor_a), [])
        self.assertIn(
            state.pk,
            task.get_task_states_user_can_moderate(self.reviewer_a).values_list(
                "pk", flat=True
            ),
        )
        task.on_action(state, self.reviewer_a, "approve", **approve_answers())
        playbook.refresh_from_db()
        self.assertTrue(playbook.live)
        # Once live it is shared guidance: any organisation's member reads it.
        self.assertTrue(access.can(self.reviewer_b, access.VIEW, playbook))
        self.assertTrue(access.can(self.w.planner_b, access.VIEW, playbook))
        self.assertFalse(access.can(self.editor_b, access.CHANGE, playbook))

    def test_another_organisations_draft_is_invisible(self):
        for user in (self.w.planner_b, self.editor_b, self.reviewer_b):
            with self.subTest(user=user.username):
                seen = access.visible(user, ReplyPlaybook.objects.all())
                self.assertNotIn(self.draft_a, seen)
                self.assertIn(self.live_a, seen)
        self.client.login(username="editor_b", password=PASSWORD)
        edit = reverse(
            "wagtailsnippets_content_replyplaybook:edit", args=[self.draft_a.pk]
        )
        self.assertEqual(self.client.get(edit).status_code, 404)
        # A live playbook of another organisation is read, never changed:
        # no admin URL naming it answers (delete, unpublish, edit).
        for name in ("edit", "delete", "unpublish"):
            url = reverse(
                f"wagtailsnippets_content_replyplaybook:{name}", args=[self.live_a.pk]
            )
            self.assertEqual(self.client.post(url).status_code, 404, name)
        self.assertTrue(ReplyPlaybook.objects.filter(pk=self.live_a.pk, live=True))
        listing = self.client.get(reverse("wagtailsnippets_content_replyplaybook:list"))
        self.assertEqual(listing.status_code, 200)
        self.assertNotContains(listing, "Draft RU")
        self.assertContains(listing, "Live RU")

    def test_the_public_sees_no_playbook(self):
        from django.contrib.auth.models import AnonymousUser

        self.assertFalse(
            access.visible(AnonymousUser(), ReplyPlaybook.objects.all()).exists()
        )


class ReplyHelperTests(PlaybookWorld):
    def helper(self, lang, **params):
        return self.client.get(
            reverse("kopir_reply_helper"),
            {"narrative": self.w.narrative.pk, "lang": lang, **params},
        )

    def test_helper_shows_only_live_playbooks_in_the_language(self):
        self.client.login(username="planner_b", password=PASSWORD)
        response = self.helper("ru")
        self.assertContains(response, "Live RU")
        self.assertContains(response, "Пример ответа")
        self.assertNotContains(response, "Draft RU")
        self.assertNotContains(response, "Live KK")
        # Reply types in the playbook's order, in the reader's language.
        text = response.content.decode()
        self.assertLess(text.index("ask-a-question ru"), text.index("empathy ru"))
        response = self.helper("kk")
        self.assertContains(response, "Live KK")
        self.assertContains(response, "Жауап мысалы")
        self.assertContains(response, "empathy kk")
        self.assertNotContains(response, "Live RU")

    def test_when_to_refer_links_the_help_pages_of_the_readers_region(self):
        from audiences.factories import make_region

        almaty = make_region("almaty-help", "Алматы")
        self.w.beta.region = almaty["ru"]
        self.w.beta.save(update_fields=["region"])
        self.client.login(username="planner_b", password=PASSWORD)
        response = self.helper("ru")
        self.assertContains(response, '/ru/help/"')
        self.assertContains(response, '/ru/help/almaty-help/"')
        # In Kazakh, the Kazakh pages.
        self.assertContains(self.helper("kk"), '/kk/help/almaty-help/"')

    def test_the_playbooks_organisation_is_named_in_the_readers_language(self):
        self.w.alpha.name_ru = "Алматинская группа"
        self.w.alpha.save(update_fields=["name_ru"])
        self.client.login(username="planner_b", password=PASSWORD)
        response = self.helper("ru")
        self.assertContains(response, "Алматинская группа")

    def test_channel_specific_playbooks_come_first(self):
        self.client.login(username="planner_a", password=PASSWORD)
        make_playbook(
            self.w,
            self.w.alpha,
            "ru",
            title="Telegram only",
            types=[self.empathy],
            live=True,
        )
        ReplyPlaybook.objects.filter(title="Telegram only").update(
            channel=self.w.telegram
        )
        text = self.helper("ru", channel=self.w.telegram.pk).content.decode()
        self.assertLess(text.index("Telegram only"), text.index("Live RU"))
        text = self.helper("ru", channel=self.w.youtube.pk).content.decode()
        self.assertNotIn("Telegram only", text)

    def test_helper_needs_a_sign_in_and_refuses_nothing_bad(self):
        self.assertEqual(self.helper("ru").status_code, 302)
        self.client.login(username="planner_a", password=PASSWORD)
        for params in ({"narrative": "x"}, {"narrative": "999999"}, {"lang": "xx"}):
            self.assertEqual(
                self.client.get(reverse("kopir_reply_helper"), params).status_code,
                200,
            )

    def test_query_count_is_fixed(self):
        self.client.login(username="planner_a", password=PASSWORD)
        self.helper("ru")

        def count():
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.helper("ru").status_code, 200)
            return len(queries)

        before = count()
        for n in range(3):
            make_playbook(
                self.w,
                self.w.alpha,
                "ru",
                title=f"More {n}",
                types=[self.empathy, self.question],
                samples=["a", "b"],
                live=True,
            )
        self.assertEqual(count(), before)

    def test_panel_is_on_the_activity_and_result_forms(self):
        self.client.login(username="planner_a", password=PASSWORD)
        plan = self.w.complete_plan()
        activity = plan.activities.get()
        result = ResultEntry.objects.create(activity=activity, date=date(2026, 11, 12))
        for url in (
            reverse("wagtailsnippets_campaigns_activity:edit", args=[activity.pk]),
            reverse("wagtailsnippets_campaigns_resultentry:edit", args=[result.pk]),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, "data-kopir-reply-helper")
                self.assertContains(response, "js/reply-helper.js")
                # Prefilled from the activity's message and channel.
                self.assertContains(
                    response, f'<option value="{self.w.narrative.pk}" selected>'
                )
                self.assertContains(
                    response, f'<option value="{self.w.youtube.pk}" selected>'
                )


class ConstructiveExchangeTests(PlaybookWorld):
    def test_results_count_constructive_exchanges_on_the_plan(self):
        plan = self.w.complete_plan()
        activity = plan.activities.get()
        for tone in ("constructive", "constructive", "hostile", ""):
            result = ResultEntry.objects.create(
                activity=activity, date=date(2026, 11, 12), tone=tone
            )
        result.reply_types.set([self.empathy["ru"]])
        Indicator.objects.create(
            plan=plan,
            name="Constructive",
            family=Indicator.Family.ENGAGEMENT,
            metric=Indicator.Metric.CONSTRUCTIVE,
            target=4,
            source="Results log",
        )
        totals = result_totals([plan])[plan.pk]
        self.assertEqual(totals["constructive"], 2)
        self.assertEqual(totals["exchanges"], 3)
        self.assertEqual(exchanges(totals)["percent"], 67)
        self.client.login(username="planner_a", password=PASSWORD)
        with translation.override("en"):
            response = self.client.get(
                reverse("kopir_campaigns:plan", args=[plan.pk]),
                HTTP_ACCEPT_LANGUAGE="en",
            )
        self.assertContains(response, 'data-testid="constructive-exchanges"')
        self.assertContains(response, "2 of 3")
        rollup = next(
            row
            for row in response.context["rollups"]
            if row["indicator"].name == "Constructive"
        )
        self.assertEqual(rollup["current"], 2)

    def test_export_lists_reply_types_and_tone(self):
        plan = self.w.complete_plan()
        result = ResultEntry.objects.create(
            activity=plan.activities.get(), date=date(2026, 11, 12), tone="neutral"
        )
        result.reply_types.set([self.empathy["ru"]])
        self.client.login(username="planner_a", password=PASSWORD)
        response = self.client.get(
            reverse("wagtailsnippets_campaigns_resultentry:list"), {"export": "csv"}
        )
        # The export speaks the planner's admin language (Russian by default).
        body = b"".join(response.streaming_content).decode()
        self.assertIn("empathy", body)
        self.assertIn("Как прошёл обмен", body)
        self.assertIn("Нейтрально", body)


class ReplyHelperInputTests(PlaybookWorld):
    def test_an_id_too_large_for_the_database_is_no_id(self):
        self.client.login(username="planner_a", password=PASSWORD)
        response = self.client.get(
            reverse("kopir_reply_helper"),
            {"narrative": "9" * 30, "channel": "99999999999999999999999"},
        )
        self.assertEqual(response.status_code, 200)


class PlaybookFormTests(PlaybookWorld):
    def test_an_editor_cannot_file_a_playbook_under_another_organisation(self):
        from content.forms import ReplyPlaybookForm

        form_class = ReplyPlaybook.get_edit_handler().get_form_class()
        self.assertTrue(issubclass(form_class, ReplyPlaybookForm))
        form = form_class(instance=ReplyPlaybook(), for_user=self.editor_a)
        self.assertEqual(list(form.fields["organisation"].queryset), [self.w.alpha])
