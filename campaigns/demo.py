"""Demo campaigns for ``seed_demo``: one worked plan, one deliberately incomplete.

The worked plan follows the brief's recommendations: an inclusion and
religious-tolerance campaign for young people aged 18–21, built on family and
personal development, with Kazakh and Russian messages, online and offline
activities over two months, and some results already logged. Dates are set
relative to the day of seeding so the calendar always has something to show.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from audiences.models import Channel, Messenger, Organisation, TargetGroup
from campaigns.models import (
    Activity,
    Adjustment,
    CampaignPlan,
    Indicator,
    Message,
    PlanAudience,
    ResultEntry,
    Risk,
)
from content.models import MaterialPage, NarrativeCountered, Theme

WORKED_TITLE = "Бірге / Вместе: семья, вера и свой путь"
INCOMPLETE_TITLE = "Проверь, прежде чем поделиться: сёла области"
NGO_TITLE = "Dialogue evenings for young women"

MESSENGERS = [
    # organisation, name, kind, identity public, consent, risk, languages, private
    (
        "almaty-city-irg",
        "Ерлан Сапаров",
        Messenger.Kind.THEOLOGIAN,
        True,
        Messenger.Consent.WRITTEN,
        Messenger.Risk.MEDIUM,
        ["kk", "ru"],
        "+7 701 000 11 22",
        "Speaks in colleges on Thursdays only; prefers questions in advance.",
    ),
    (
        "almaty-city-irg",
        "Айгерим Нурланова",
        Messenger.Kind.PSYCHOLOGIST,
        True,
        Messenger.Consent.WRITTEN,
        Messenger.Risk.LOW,
        ["kk", "ru"],
        "+7 702 000 33 44",
        "Runs the advisory centre's Saturday consultations.",
    ),
    (
        "almaty-city-irg",
        "Голос 1",
        Messenger.Kind.FORMER,
        False,
        Messenger.Consent.VERBAL,
        Messenger.Risk.HIGH,
        ["ru"],
        "@golos_private_contact",
        "Voice recorded only; never film the face, never name the town.",
    ),
    (
        "almaty-city-irg",
        "Арман Жумабаев",
        Messenger.Kind.BLOGGER,
        True,
        Messenger.Consent.NONE,
        Messenger.Risk.LOW,
        ["kk"],
        "@arman_blog_dm",
        "Asked for a fee; consent not yet signed.",
    ),
    (
        "dialogue-youth-ngo",
        "Дина (преподаватель)",
        Messenger.Kind.TEACHER,
        False,
        Messenger.Consent.WRITTEN,
        Messenger.Risk.LOW,
        ["ru"],
        "+7 705 000 55 66",
        "Only weekday evenings.",
    ),
]


def _ru(model, slug):
    return model.objects.get(slug=slug, locale__language_code="ru")


def _material(slug, code):
    return (
        MaterialPage.objects.live()
        .filter(slug=slug, locale__language_code=code)
        .first()
    )


def _at(day, hour, minute=0):
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def seed_messengers():
    locales = {loc.language_code: loc for loc in Locale.objects.all()}
    result = {}
    for (
        org_slug,
        name,
        kind,
        public,
        consent,
        risk,
        langs,
        contact,
        notes,
    ) in MESSENGERS:
        organisation = Organisation.objects.get(slug=org_slug)
        messenger, _created = Messenger.objects.update_or_create(
            organisation=organisation,
            public_name=name,
            defaults={
                "kind": kind,
                "identity_public": public,
                "consent": consent,
                "consent_date": (
                    date(2026, 9, 1) if consent != Messenger.Consent.NONE else None
                ),
                "safety_risk": risk,
                "messenger_handle": contact if contact.startswith("@") else "",
                "phone": "" if contact.startswith("@") else contact,
                "internal_notes": notes,
                "profile": "",
            },
        )
        messenger.languages.set([locales[code] for code in langs if code in locales])
        messenger.save()
        result[name] = messenger
    return result


def _reset(title, organisation):
    for plan in CampaignPlan.objects.filter(title=title, organisation=organisation):
        plan.delete()


def seed_worked_plan(users, messengers):
    almaty = Organisation.objects.get(slug="almaty-city-irg")
    _reset(WORKED_TITLE, almaty)
    today = timezone.localdate()
    start = today - timedelta(days=24)
    end = start + timedelta(days=61)
    youth = _ru(TargetGroup, "youth-18-21")
    parents = _ru(TargetGroup, "parents")
    kk, ru = (
        Locale.objects.get(language_code="kk"),
        Locale.objects.get(language_code="ru"),
    )
    youtube, events, schools = (
        _ru(Channel, "youtube"),
        _ru(Channel, "events"),
        _ru(Channel, "schools"),
    )
    us_them = _ru(NarrativeCountered, "us-versus-them")
    disinfo = _ru(NarrativeCountered, "religious-disinformation")
    theologian = messengers["Ерлан Сапаров"]
    psychologist = messengers["Айгерим Нурланова"]
    former = messengers["Голос 1"]

    plan = CampaignPlan(
        organisation=almaty,
        title=WORKED_TITLE,
        starts_on=start,
        ends_on=end,
        status=CampaignPlan.Status.RUNNING,
        budget=Decimal("1800000"),
        problem=(
            "В опросе молодёжи 18–21 год оказалась одновременно самой терпимой "
            "группой и группой, чаще других желающей большего влияния религиозных "
            "лидеров на политику (57%). Вербовщики в соцсетях предлагают ей простую "
            "картину «мы и они»."
        ),
        change_sought=(
            "Молодые люди видят, что вера, семья и собственный путь не требуют "
            "делить людей на «своих» и «чужих», и знают, куда обратиться с "
            "вопросами о вере."
        ),
        objective=(
            "К концу кампании доля участников встреч в колледжах, согласных с "
            "утверждением «вера не делит людей на своих и чужих», вырастет с 50% "
            "до 60% (анкета до и после встречи)."
        ),
        call_to_action=(
            "Задай свой вопрос о вере богослову или психологу — анонимно, в "
            "комментариях или на встрече в колледже."
        ),
        dialogue=(
            "Модератор отвечает на комментарии под видео в течение 24 часов, "
            "спокойно и без насмешек; сложные вопросы передаёт богослову. "
            "Провокации не удаляем молча: отвечаем фактом и ссылкой на источник."
        ),
        referral=(
            "Консультационный центр Алматы (приём по субботам) и телефон доверия; "
            "психолог проекта принимает обращения родителей."
        ),
        lessons_learned=(
            "Промежуточно: встречи в колледжах собирают больше вопросов, чем видео; "
            "казахскоязычные ролики смотрят до конца чаще русскоязычных.\n\n"
            "Родители приходят, если приглашение идёт через классного "
            "руководителя, а не через объявление."
        ),
    )
    plan.save()
    plan.partners.set(Organisation.objects.filter(slug="dialogue-youth-ngo"))
    PlanAudience.objects.bulk_create(
        [
            PlanAudience(
                plan=plan,
                target_group=youth,
                kind=PlanAudience.Kind.PRIMARY,
                sort_order=0,
                insight=(
                    "Ищут ответы о вере в видео, а не у взрослых; ценят дружбу, "
                    "честность и собственный путь; не терпят поучений."
                ),
            ),
            PlanAudience(
                plan=plan,
                target_group=parents,
                kind=PlanAudience.Kind.SECONDARY,
                sort_order=1,
                insight=(
                    "Родители первыми замечают перемены, но не знают, как "
                    "заговорить о вере без ссоры."
                ),
            ),
        ]
    )
    m_kk = Message.objects.create(
        plan=plan,
        sort_order=0,
        headline="Отбасың — сенің тірегің",
        text=(
            "Сенім адамдарды «біздікі» және «бөтен» деп бөлмейді. Отбасың, "
            "достарың және өз жолың — сенің күшің."
        ),
        language=kk,
        target_group=youth,
        narrative=us_them,
        value=_ru(Theme, "family"),
        tone=Message.Tone.WARM,
    )
    m_kk.channels.set([youtube, schools])
    m_kk.messengers.set([theologian, psychologist])
    m_kk.save()
    m_ru = Message.objects.create(
        plan=plan,
        sort_order=1,
        headline="Вера не делит людей на своих и чужих",
        text=(
            "Настоящая сила — строить свой путь и не бросать близких. Задай вопрос "
            "о вере тем, кто знает ответ, а не тем, кто вербует."
        ),
        language=ru,
        target_group=youth,
        narrative=us_them,
        value=_ru(Theme, "personal-development"),
        tone=Message.Tone.STORY,
    )
    m_ru.channels.set([youtube, schools])
    m_ru.messengers.set([theologian, former])
    m_ru.save()
    m_parents = Message.objects.create(
        plan=plan,
        sort_order=2,
        headline="Говорите с детьми о вере",
        text=(
            "Вопросы о вере — не тревожный сигнал. Спросите, что смотрит ваш "
            "ребёнок, и посмотрите вместе."
        ),
        language=ru,
        target_group=parents,
        narrative=disinfo,
        value=_ru(Theme, "support-for-loved-ones"),
        tone=Message.Tone.RESPECTFUL,
    )
    m_parents.channels.set([events])
    m_parents.messengers.set([psychologist])
    m_parents.save()
    Risk.objects.bulk_create(
        [
            Risk(
                plan=plan,
                sort_order=0,
                kind=Risk.Kind.BACKLASH,
                description="Враждебные комментарии под видео, обвинения в "
                "«государственной пропаганде».",
                likelihood="high",
                impact="medium",
                mitigation="Модерация по правилам диалога; ответы богослова, а не "
                "чиновника; не спорим с провокаторами дольше двух реплик.",
            ),
            Risk(
                plan=plan,
                sort_order=1,
                kind=Risk.Kind.MESSENGER,
                description="Бывший участник группы может быть узнан.",
                likelihood="medium",
                impact="high",
                mitigation="Только голос, без лица и названия города; имя не "
                "публикуется; согласие пересматривается перед каждой записью.",
            ),
            Risk(
                plan=plan,
                sort_order=2,
                kind=Risk.Kind.STIGMA,
                description="Материалы могут представить верующих или носящих "
                "хиджаб как угрозу.",
                likelihood="low",
                impact="high",
                mitigation="Проверка по чек-листу рецензии; никаких образов "
                "религиозной одежды как признака опасности.",
            ),
        ]
    )
    Indicator.objects.bulk_create(
        [
            Indicator(
                plan=plan,
                sort_order=0,
                name="Доля участников, согласных: «вера не делит людей»",
                family=Indicator.Family.IMPACT,
                metric=Indicator.Metric.MANUAL,
                baseline=50,
                target=60,
                measured=Decimal("56"),
                unit="%",
                source="Анкета до и после встречи в колледже",
            ),
            Indicator(
                plan=plan,
                sort_order=1,
                name="Участники встреч в колледжах",
                family=Indicator.Family.OUTPUT,
                metric=Indicator.Metric.ATTENDANCE,
                target=600,
                unit="чел.",
                source="Листы регистрации",
            ),
            Indicator(
                plan=plan,
                sort_order=2,
                name="Вопросы и комментарии, получившие ответ",
                family=Indicator.Family.ENGAGEMENT,
                metric=Indicator.Metric.COMMENTS,
                target=300,
                source="Журнал модератора",
            ),
            Indicator(
                plan=plan,
                sort_order=3,
                name="Охват видео",
                family=Indicator.Family.AWARENESS,
                metric=Indicator.Metric.REACH,
                target=40000,
                source="YouTube Studio",
            ),
            Indicator(
                plan=plan,
                sort_order=4,
                name="Показы",
                family=Indicator.Family.AWARENESS,
                metric=Indicator.Metric.IMPRESSIONS,
                target=150000,
                source="YouTube Studio",
                vanity=True,
            ),
        ]
    )
    planner = users.get("planner")
    video_kk = _material("what-real-courage-looks-like", "kk")
    video_ru = _material("what-real-courage-looks-like", "ru")
    talk_ru = _material("who-is-writing-to-you", "ru")
    parents_ru = _material("talking-with-your-son", "ru")
    activities = [
        Activity(
            plan=plan,
            title="Видео недели (қаз.)",
            message=m_kk,
            target_group=youth,
            channel=youtube,
            messenger=theologian,
            material=video_kk,
            starts_at=_at(start + timedelta(days=2), 19),
            go_live_at=_at(start + timedelta(days=2), 19),
            owner=planner,
            status=Activity.Status.READY,
            cost=Decimal("60000"),
            repeat=Activity.Repeat.WEEKLY,
            repeat_until=end - timedelta(days=3),
            notes="Монтаж у подрядчика — контакт в реестре.",
        ),
        Activity(
            plan=plan,
            title="Видео недели (рус.)",
            message=m_ru,
            target_group=youth,
            channel=youtube,
            messenger=former,
            material=video_ru,
            starts_at=_at(start + timedelta(days=5), 19),
            go_live_at=_at(start + timedelta(days=5), 19),
            owner=planner,
            status=Activity.Status.READY,
            cost=Decimal("60000"),
            repeat=Activity.Repeat.FORTNIGHTLY,
            repeat_until=end - timedelta(days=3),
        ),
    ]
    colleges = [
        "Колледж связи",
        "Колледж сервиса",
        "Политехнический колледж",
        "Медицинский колледж",
        "Колледж искусств",
    ]
    for n, college in enumerate(colleges):
        day = start + timedelta(days=6 + n * 11)
        activities.append(
            Activity(
                plan=plan,
                title=f"Встреча: {college}",
                message=m_ru if n % 2 else m_kk,
                target_group=youth,
                channel=schools,
                messenger=theologian,
                material=talk_ru,
                starts_at=_at(day, 15),
                owner=planner,
                status=Activity.Status.DONE if day < today else Activity.Status.PLANNED,
                cost=Decimal("45000"),
            )
        )
    activities.append(
        Activity(
            plan=plan,
            title="Родительское собрание с психологом",
            message=m_parents,
            target_group=parents,
            channel=events,
            messenger=psychologist,
            material=parents_ru,
            starts_at=_at(start + timedelta(days=30), 18, 30),
            owner=planner,
            status=Activity.Status.PLANNED,
            cost=Decimal("30000"),
        )
    )
    independence = date(today.year, 12, 16)
    if start <= independence <= end:
        activities.append(
            Activity(
                plan=plan,
                title="Молодёжный диалог ко Дню Независимости",
                message=m_kk,
                target_group=youth,
                channel=events,
                messenger=psychologist,
                material=video_kk,
                starts_at=_at(independence - timedelta(days=1), 16),
                owner=planner,
                status=Activity.Status.IDEA,
                cost=Decimal("120000"),
            )
        )
    Activity.objects.bulk_create(activities)

    results = []
    for activity in plan.activities.all():
        if activity.channel_id == schools.pk and activity.status == "done":
            day = timezone.localtime(activity.starts_at).date()
            results.append(
                ResultEntry(
                    activity=activity,
                    date=day,
                    attendance=95 + activity.pk % 40,
                    comments=18 + activity.pk % 9,
                    qr_scans=22 + activity.pk % 15,
                    sentiment="Много вопросов о хиджабе и о том, кто такие "
                    "«кафиры»; враждебных высказываний не было.",
                )
            )
        elif activity.channel_id == youtube.pk:
            first = timezone.localtime(activity.starts_at).date()
            step = 7 if activity.repeat == Activity.Repeat.WEEKLY else 14
            for week in range(0, 30, step):
                day = first + timedelta(days=week)
                if day >= today:
                    break
                results.append(
                    ResultEntry(
                        activity=activity,
                        date=day,
                        reach=3200 + week * 40,
                        impressions=11000 + week * 150,
                        engagement=240 + week * 3,
                        comments=21 + week % 5,
                        sentiment="Комментарии в основном спокойные; два "
                        "провокационных, на оба ответил модератор.",
                    )
                )
    ResultEntry.objects.bulk_create(results)
    Adjustment.objects.create(
        plan=plan,
        date=start + timedelta(days=16),
        what_changed="Русскоязычные видео — раз в две недели вместо еженедельных; "
        "освободившийся бюджет — на встречи в колледжах.",
        why="Досмотры русскоязычных роликов вдвое ниже казахскоязычных, а встречи "
        "дают больше вопросов и откликов.",
        author=planner,
    )
    revision = plan.save_revision(user=users.get("orgadmin"))
    revision.publish(user=users.get("orgadmin"), skip_permission_checks=True)
    return plan


def seed_incomplete_plan(users, messengers):
    """A draft with gaps the plan check names (see README, planner's guide)."""
    almaty = Organisation.objects.get(slug="almaty-city-irg")
    _reset(INCOMPLETE_TITLE, almaty)
    today = timezone.localdate()
    rural = _ru(TargetGroup, "rural-youth")
    women = _ru(TargetGroup, "young-women")
    telegram = _ru(Channel, "telegram")
    plan = CampaignPlan.objects.create(
        organisation=almaty,
        title=INCOMPLETE_TITLE,
        starts_on=today + timedelta(days=10),
        ends_on=today + timedelta(days=70),
        status=CampaignPlan.Status.PLANNING,
        problem="Слухи и «религиозные» фейки расходятся по сельским чатам.",
        objective="Научить сельскую молодёжь проверять сообщения.",
        live=False,
    )
    PlanAudience.objects.create(plan=plan, target_group=rural, sort_order=0)
    PlanAudience.objects.create(plan=plan, target_group=women, sort_order=1)
    message = Message.objects.create(
        plan=plan,
        headline="Проверь, прежде чем переслать",
        text="Три вопроса к любому «срочному» сообщению о вере.",
        language=Locale.objects.get(language_code="ru"),
        target_group=rural,
        narrative=_ru(NarrativeCountered, "religious-disinformation"),
        tone=Message.Tone.FACTUAL,
    )
    message.channels.set([telegram])
    message.save()
    Activity.objects.bulk_create(
        [
            Activity(
                plan=plan,
                title="Пост в Telegram каждую неделю",
                message=message,
                target_group=rural,
                channel=telegram,
                messenger=messengers["Арман Жумабаев"],
                starts_at=_at(today + timedelta(days=12), 12),
                repeat=Activity.Repeat.WEEKLY,
                repeat_until=today + timedelta(days=68),
                status=Activity.Status.IDEA,
                owner=users.get("planner"),
            ),
            Activity(
                plan=plan,
                title="Памятка для сельского клуба",
                message=message,
                target_group=rural,
                channel=_ru(Channel, "print"),
                material=_material("check-before-you-share", "en"),
                starts_at=_at(today + timedelta(days=20), 11),
                status=Activity.Status.IDEA,
            ),
        ]
    )
    plan.save_revision(user=users.get("planner"))
    return plan


def seed_ngo_plan(users, messengers):
    ngo = Organisation.objects.get(slug="dialogue-youth-ngo")
    _reset(NGO_TITLE, ngo)
    today = timezone.localdate()
    plan = CampaignPlan.objects.create(
        organisation=ngo,
        title=NGO_TITLE,
        starts_on=today - timedelta(days=5),
        ends_on=today + timedelta(days=40),
        objective="Monthly dialogue evenings for young women in Almaty.",
        live=False,
    )
    Activity.objects.create(
        plan=plan,
        title="Dialogue evening",
        target_group=_ru(TargetGroup, "young-women"),
        channel=_ru(Channel, "events"),
        messenger=messengers["Дина (преподаватель)"],
        starts_at=_at(today + timedelta(days=3), 18),
        status=Activity.Status.PLANNED,
    )
    plan.save_revision()
    return plan


def seed_campaigns(users):
    messengers = seed_messengers()
    return [
        seed_worked_plan(users, messengers),
        seed_incomplete_plan(users, messengers),
        seed_ngo_plan(users, messengers),
    ]
