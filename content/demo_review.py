"""Demo of the review workflow: a draft, one in review, one sent back, one approved.

Each material exists in one language only (the author's), as real drafts do.
Idempotent: a material already there is left in whatever state it reached.
"""

from django.conf import settings
from wagtail.models import Workflow, WorkflowPage

from content.models import BlockedAddress, MaterialPage, OrganisationSpace
from content.models.review import NO, NOT_APPLICABLE, YES, ChecklistItem
from content.organisations import space_for

BLOCKLIST = [
    {
        "address": "banned-example.invalid",
        "reason": "demo entry standing in for a site a court has banned as extremist",
        "source": "Demo: replace with the official list of banned materials",
    },
    {
        "address": "t.me/banned_channel_example",
        "reason": "demo entry standing in for a banned Telegram channel",
        "source": "Demo: replace with the official list of banned materials",
    },
]


def seed_blocklist():
    for row in BLOCKLIST:
        BlockedAddress.objects.update_or_create(
            address=row["address"],
            defaults={"reason": row["reason"], "source": row["source"]},
        )


def _helpline(code):
    phone = settings.KOPIR_HELPLINE_PHONE
    titles = {
        "kk": "Көмек қайда бар",
        "ru": "Где получить помощь",
        "en": "Where to get help",
    }
    descriptions = {
        "kk": "Психологтар мен дінтанушылар тегін әрі құпия кеңес береді.",
        "ru": "Психологи и религиоведы консультируют бесплатно и конфиденциально.",
        "en": "Psychologists and religious scholars advise free of charge and in "
        "confidence.",
    }
    return (
        "helpline",
        {"title": titles[code], "phone": phone, "description": descriptions[code]},
    )


DEMO = [
    {
        "key": "teen-questions-about-faith",
        "state": "draft",
        "code": "ru",
        "organisation": "almaty-city-irg",
        "author": "editor",
        "format": "brochure",
        "target_groups": ["teachers", "parents"],
        "narratives": ["religious-disinformation"],
        "title": "Подросток задаёт вопросы о вере: памятка для школьного психолога",
        "summary": "Как отвечать на вопросы о религии так, чтобы подросток "
        "продолжал спрашивать у взрослых, а не искал ответы у случайных "
        "«наставников» в сети.",
        "body": [
            (
                "paragraph",
                "<p>Вопросы о вере в 14–16 лет — нормальная часть взросления. "
                "Опасно не любопытство, а тишина: подросток, которому не отвечают "
                "дома и в школе, идёт туда, где ответят уверенно.</p>",
            ),
            (
                "heading",
                {"text": "Три правила разговора", "level": "h2"},
            ),
            (
                "paragraph",
                "<ol><li>Не высмеивайте вопрос.</li><li>Говорите, что знаете, и "
                "честно — чего не знаете.</li><li>Предложите спросить вместе у "
                "богослова из информационно-разъяснительной группы.</li></ol>",
            ),
        ],
    },
    {
        "key": "job-offer-abroad",
        "state": "in_review",
        "code": "kk",
        "organisation": "atyrau-region-irg",
        "author": "atyrau",
        "format": "poster",
        "target_groups": ["rural-youth", "young-adults-26-35"],
        "narratives": ["glorification-of-jihad"],
        "title": "Шетелде жақсы жұмыс ұсынды ма? Алдымен тексеріңіз",
        "summary": "Жоғары жалақы, тегін билет және «ешкімге айтпа» деген өтініш — "
        "алдамшы шақырудың үш белгісі. Жолға шықпас бұрын не істеу керек.",
        "body": [
            (
                "paragraph",
                "<p>Жұмыс ұсынысы тым тартымды көрінсе, оны жақындарыңызбен "
                "талқылаңыз. Адал жұмыс беруші келісімшартты алдын ала көрсетеді "
                "және құпия сақтауды талап етпейді.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Компанияның атын және мекенжайын тексеріңіз.</li>"
                "<li>Келісімшартты жолға шықпай тұрып оқыңыз.</li>"
                "<li>Төлқұжатыңызды ешкімге бермеңіз.</li></ul>",
            ),
        ],
    },
    {
        "key": "before-you-share",
        "state": "changes_requested",
        "code": "en",
        "organisation": "dialogue-youth-ngo",
        "author": "ngo",
        "format": "lesson-plan",
        "target_groups": ["youth-18-21"],
        "narratives": ["religious-disinformation"],
        "title": "Before you share: checking a viral video in five minutes",
        "summary": "A workshop plan for students: who made the video, when, and "
        "what it leaves out. Five questions to ask before pressing “share”.",
        "body": [
            (
                "paragraph",
                "<p>Most videos that stir anger are older than they look or cut "
                "from a longer recording. Students practise on three clips and "
                "find the original in under five minutes.</p>",
            ),
            (
                "paragraph",
                "<p>Nine out of ten viral religious videos are fakes.</p>",
            ),
        ],
    },
    {
        "key": "son-stopped-talking",
        "state": "approved",
        "code": "ru",
        "organisation": "almaty-city-irg",
        "author": "editor",
        "format": "article",
        "target_groups": ["parents"],
        "narratives": ["us-versus-them"],
        "title": "Сын отдалился от семьи: с чего начать разговор",
        "summary": "Если взрослый сын перестал приходить на семейные праздники и "
        "говорит, что «родные живут неправильно», спор не поможет. Помогут "
        "терпение, общие дела и поддержка специалистов.",
        "body": [
            (
                "paragraph",
                "<p>Отдаление редко случается за один день. Чаще человек долго "
                "чувствует себя непонятым, а потом находит группу, где его "
                "слушают. Семья может снова стать таким местом.</p>",
            ),
            (
                "heading",
                {"text": "Что помогает", "level": "h2"},
            ),
            (
                "paragraph",
                "<ul><li>Спрашивать о его жизни, а не о его взглядах.</li>"
                "<li>Звать на общие дела: ремонт, поездку к бабушке.</li>"
                "<li>Не ставить ультиматумов.</li></ul>",
            ),
        ],
    },
]


def _answers(review_items, *, no_on=None, comment=""):
    data = {"comment": comment}
    for item in review_items:
        answer = YES
        if item.sort_order == 80:  # "not purely theological": fine either way
            answer = NOT_APPLICABLE
        if no_on is not None and item.pk == no_on.pk:
            answer = NO
            data[f"item_{item.pk}_comment"] = comment
        data[f"item_{item.pk}"] = answer
    return data


def seed_review_demo(sites, taxonomy, users):
    """Create the four demo materials, each carried to its review state once."""
    items = list(ChecklistItem.objects.filter(active=True))
    # The NGO's materials need two reviewers: the second step of the two-expert
    # workflow cannot be approved by whoever approved the first.
    two_experts = Workflow.objects.filter(name="Two-expert review").first()
    if two_experts is not None:
        ngo = taxonomy["organisations"]["dialogue-youth-ngo"]
        for space in OrganisationSpace.objects.filter(organisation=ngo):
            WorkflowPage.objects.update_or_create(
                page=space, defaults={"workflow": two_experts}
            )
    for row in DEMO:
        code = row["code"]
        library = sites[code][1]
        if MaterialPage.objects.descendant_of(library).filter(slug=row["key"]).exists():
            continue
        author = users[row["author"]]
        organisation = taxonomy["organisations"][row["organisation"]]
        page = MaterialPage(
            title=row["title"],
            slug=row["key"],
            summary=row["summary"],
            body=[*row["body"], _helpline(code)],
            format=taxonomy["formats"][row["format"]][code],
            locale=library.locale,
            owner=author,
            live=False,
        )
        page.target_groups = [
            taxonomy["target_groups"][slug][code] for slug in row["target_groups"]
        ]
        page.narratives = [
            taxonomy["narratives"][slug][code] for slug in row["narratives"]
        ]
        space_for(organisation, library.locale).add_child(instance=page)
        page.save_revision(user=author)
        if row["state"] == "draft":
            continue
        workflow = page.get_workflow() or Workflow.objects.get(
            name="Strategic communication review"
        )
        workflow.start(page, author)
        page.refresh_from_db()
        if row["state"] == "in_review":
            continue
        reviewer = users["reviewer"]
        state = page.current_workflow_task_state.specific
        task = state.task.specific
        if row["state"] == "changes_requested":
            facts = next(item for item in items if item.sort_order == 40)
            task.on_action(
                state,
                reviewer,
                "reject",
                **_answers(
                    items,
                    no_on=facts,
                    comment="The “nine out of ten” figure has no source. Cite a "
                    "study or remove the sentence.",
                ),
            )
        elif row["state"] == "approved":
            task.on_action(
                state,
                reviewer,
                "approve",
                **_answers(items, comment="Clear, warm and practical. Approved."),
            )
