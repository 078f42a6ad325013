"""Organisations, taxonomy, messengers and plans shared by the planner tests."""

from datetime import date, datetime, time
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from audiences.factories import (
    ensure_locales,
    make_channel,
    make_organisation,
    make_target_group,
    translated,
)
from audiences.models import Channel, MediaHabit, Membership, Messenger, Role, User
from campaigns.models import (
    Activity,
    CampaignPlan,
    Indicator,
    Message,
    PlanAudience,
    Risk,
)
from content.factories import build_site, make_material
from content.models import NarrativeCountered

PASSWORD = "s3cret-pass"
START = date(2026, 11, 1)
END = date(2026, 12, 31)


def at(day, hour=12, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def person(username, organisation=None, *roles):
    user = User.objects.create_user(username=username, password=PASSWORD)
    for role in roles:
        Membership.objects.create(organisation=organisation, user=user, role=role)
    return user


class World:
    """Two organisations with a planner each, taxonomy, one live material."""

    def __init__(self):
        self.sites = build_site()
        self.locales = ensure_locales()
        self.alpha = make_organisation("alpha-irg", "Alpha IRG")
        self.beta = make_organisation("beta-ngo", "Beta NGO")
        self.planner_a = person("planner_a", self.alpha, Role.PLANNER)
        self.admin_a = person("admin_a", self.alpha, Role.ADMIN)
        self.planner_b = person("planner_b", self.beta, Role.PLANNER)
        self.youth = make_target_group("youth", "Youth 18-21")["ru"]
        self.youth.languages.set([self.locales["kk"], self.locales["ru"]])
        self.youth.save()
        self.parents = make_target_group("parents", "Parents")["ru"]
        self.parents.languages.set([self.locales["ru"]])
        self.parents.save()
        self.youtube = make_channel("youtube", "YouTube")["ru"]
        self.telegram = make_channel("telegram", "Telegram")["ru"]
        self.events = make_channel("events", "Events", kind=Channel.Kind.OFFLINE)["ru"]
        MediaHabit.objects.create(
            target_group=self.youth,
            channel=self.youtube,
            share=Decimal("45"),
            source="Youth survey 2020",
        )
        self.narrative = translated(
            NarrativeCountered,
            slug="us-versus-them",
            names=dict.fromkeys(("kk", "ru", "en"), "Us versus them"),
            number=3,
            summary="s",
            recognition="r",
        )["ru"]
        library_ru = self.sites["ru"][1]
        library_en = self.sites["en"][1]
        self.material_ru = make_material(
            library_ru, title="Who is writing to you", live=True
        )
        self.material_en = make_material(
            library_en, title="Check before you share", live=True
        )
        self.messenger_a = self.messenger(self.alpha, "Erlan S.")

    def messenger(self, organisation, name, **fields):
        defaults = {
            "kind": Messenger.Kind.THEOLOGIAN,
            "identity_public": True,
            "consent": Messenger.Consent.WRITTEN,
            "consent_date": date(2026, 9, 1),
            "safety_risk": Messenger.Risk.LOW,
        }
        defaults.update(fields)
        return Messenger.objects.create(
            organisation=organisation, public_name=name, **defaults
        )

    def plan(self, organisation, title="Plan", **fields):
        defaults = {"starts_on": START, "ends_on": END, "objective": ""}
        defaults.update(fields)
        return CampaignPlan.objects.create(
            organisation=organisation, title=title, **defaults
        )

    def complete_plan(self, organisation=None, title="Complete plan"):
        """A plan the check finds nothing wrong with."""
        organisation = organisation or self.alpha
        messenger = (
            self.messenger_a
            if organisation == self.alpha
            else self.messenger(organisation, "Voice")
        )
        plan = self.plan(organisation, title, objective="From 50% to 60% agree.")
        PlanAudience.objects.create(plan=plan, target_group=self.youth)
        message = Message.objects.create(
            plan=plan,
            headline="Faith does not divide",
            text="Text",
            language=self.locales["ru"],
            target_group=self.youth,
            narrative=self.narrative,
        )
        message.channels.set([self.youtube, self.events])
        message.messengers.set([messenger])
        message.save()
        Indicator.objects.create(
            plan=plan,
            name="Agree",
            family=Indicator.Family.IMPACT,
            metric=Indicator.Metric.MANUAL,
            target=60,
            source="Survey",
        )
        Risk.objects.create(
            plan=plan,
            kind=Risk.Kind.BACKLASH,
            description="Hostile comments",
            likelihood="medium",
            mitigation="Moderation",
        )
        Activity.objects.create(
            plan=plan,
            title="Video",
            message=message,
            target_group=self.youth,
            channel=self.youtube,
            messenger=messenger,
            material=self.material_ru,
            starts_at=at(date(2026, 11, 10), 19),
            status=Activity.Status.PLANNED,
        )
        return plan


def locale(code):
    return Locale.objects.get(language_code=code)
