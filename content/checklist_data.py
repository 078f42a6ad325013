"""The review checklist as first seeded: one entry per warning of the policy brief.

Used by migration 0004 (so every installation starts with it) and editable in the
admin afterwards (Settings › Review checklist).
"""

CHECKLIST = [
    {
        "required": True,
        "anchor": "Recommendations: no discrimination of religious or ethnic "
        "minorities",
        "question": {
            "en": "Does not discriminate against or stigmatise religious, ethnic or "
            "other minorities.",
            "ru": "Не дискриминирует и не стигматизирует религиозные, этнические и "
            "другие меньшинства.",
            "kk": "Діни, этникалық және басқа азшылықтарды кемсітпейді, оларға таңба "
            "баспайды.",
        },
        "guidance": {
            "en": "Check pictures as well as words. Believers of one denomination, "
            "people who dress religiously or people from one region must not appear "
            "as suspects. No “traditional” against “alien” Islam.",
            "ru": "Проверьте и текст, и изображения. Верующие одного направления, "
            "люди в религиозной одежде или выходцы из одного региона не должны "
            "выглядеть подозреваемыми. Никакого противопоставления «традиционного» "
            "и «чуждого» ислама.",
            "kk": "Мәтінді де, суретті де тексеріңіз. Бір ағымның ұстанушылары, діни "
            "киім киген адамдар немесе бір өңірден шыққандар күдікті болып "
            "көрінбеуі керек. «Дәстүрлі» мен «жат» исламды қарсы қоймаңыз.",
        },
    },
    {
        "required": True,
        "anchor": "Recommendations: inclusive alternative narratives",
        "question": {
            "en": "No “us versus them” and no “hosts and guests” framing of ethnic "
            "groups.",
            "ru": "Нет деления на «мы и они» и на «хозяев и гостей» среди этнических "
            "групп.",
            "kk": "Этникалық топтарды «біз және олар», «қожайын мен қонақ» деп "
            "бөлмейді.",
        },
        "guidance": {
            "en": "Every citizen of Kazakhstan belongs: the material speaks to all "
            "nationalities as equals.",
            "ru": "Каждый гражданин Казахстана — свой: материал обращается ко всем "
            "национальностям как к равным.",
            "kk": "Қазақстанның әр азаматы — өз адамымыз: материал барлық ұлтқа тең "
            "сөйлейді.",
        },
    },
    {
        "required": True,
        "anchor": "Strategic communication: do not amplify the propaganda answered",
        "question": {
            "en": "Does not repeat extremist wording and does not link to extremist "
            "material.",
            "ru": "Не повторяет формулировок экстремистов и не ссылается на "
            "экстремистские материалы.",
            "kk": "Экстремистердің сөздерін қайталамайды және экстремистік "
            "материалдарға сілтеме бермейді.",
        },
        "guidance": {
            "en": "Paraphrase a claim in neutral words; never quote slogans, names of "
            "channels or recruiters. Open every outside link listed above.",
            "ru": "Пересказывайте тезис нейтрально; не цитируйте лозунги, названия "
            "каналов и вербовщиков. Откройте каждую внешнюю ссылку из списка выше.",
            "kk": "Тезисті бейтарап сөзбен жеткізіңіз; ұрандарды, арналар мен "
            "үгітшілердің атын келтірмеңіз. Жоғарыдағы тізімдегі әр сыртқы "
            "сілтемені ашып көріңіз.",
        },
    },
    {
        "required": True,
        "anchor": "Trust: checked facts",
        "question": {
            "en": "Facts are checked and sources are cited.",
            "ru": "Факты проверены, источники указаны.",
            "kk": "Деректер тексерілген, дереккөздер көрсетілген.",
        },
        "guidance": {
            "en": "Every figure has a source a reader can find. One wrong number costs "
            "the trust the whole library depends on.",
            "ru": "У каждой цифры есть источник, который читатель может найти. Одна "
            "ошибочная цифра стоит доверия ко всей библиотеке.",
            "kk": "Әр санның оқырман таба алатын дереккөзі бар. Бір қате сан бүкіл "
            "кітапханаға деген сенімге нұқсан келтіреді.",
        },
    },
    {
        "required": False,
        "anchor": "Alternative narratives: positive values",
        "question": {
            "en": "Speaks for values rather than only against an enemy.",
            "ru": "Говорит о ценностях, а не только против врага.",
            "kk": "Тек жауға қарсы емес, құндылықтар туралы айтады.",
        },
        "guidance": {
            "en": "Family, dignity, work, faith, friendship: what does the reader gain "
            "by choosing this path?",
            "ru": "Семья, достоинство, работа, вера, дружба: что читатель обретает, "
            "выбирая этот путь?",
            "kk": "Отбасы, қадір-қасиет, еңбек, сенім, достық: оқырман осы жолды "
            "таңдағанда не табады?",
        },
    },
    {
        "required": True,
        "anchor": "Defined target groups",
        "question": {
            "en": "Fits the target group's language, age and values.",
            "ru": "Соответствует языку, возрасту и ценностям целевой группы.",
            "kk": "Мақсатты топтың тіліне, жасына және құндылықтарына сай.",
        },
        "guidance": {
            "en": "Read it as a member of the group would. Is the language theirs? "
            "Are the examples from their life?",
            "ru": "Прочитайте глазами человека из группы. Это его язык? Примеры из "
            "его жизни?",
            "kk": "Топтағы адамның көзімен оқыңыз. Бұл оның тілі ме? Мысалдар оның "
            "өмірінен бе?",
        },
    },
    {
        "required": True,
        "anchor": "Referral: helpline and advisory centres",
        "question": {
            "en": "Offers help (helpline, advisory centre) where the topic calls for "
            "it.",
            "ru": "Предлагает помощь (телефон доверия, консультационный центр), "
            "где этого требует тема.",
            "kk": "Тақырып талап еткен жерде көмек ұсынады (сенім телефоны, кеңес "
            "беру орталығы).",
        },
        "guidance": {
            "en": "A reader worried about a relative must know where to turn. Answer "
            "“not applicable” only when the topic cannot worry anyone.",
            "ru": "Читатель, который тревожится за близкого, должен знать, куда "
            "обратиться. «Не применимо» — только если тема никого не встревожит.",
            "kk": "Жақынына алаңдаған оқырман қайда жүгінетінін білуі керек. «Қатысы "
            "жоқ» деп тақырып ешкімді алаңдатпайтын жағдайда ғана жауап беріңіз.",
        },
    },
    {
        "required": False,
        "anchor": "Secular, practical communication",
        "question": {
            "en": "Not purely theological.",
            "ru": "Не сводится только к богословию.",
            "kk": "Тек теологиямен шектелмейді.",
        },
        "guidance": {
            "en": "Theological arguments reach few readers; pair them with everyday "
            "life, law, psychology or personal stories.",
            "ru": "Богословские доводы доходят до немногих; дополните их "
            "повседневной жизнью, правом, психологией или личными историями.",
            "kk": "Теологиялық дәлелдер аз оқырманға жетеді; оларды күнделікті "
            "өмірмен, құқықпен, психологиямен немесе жеке оқиғалармен толықтырыңыз.",
        },
    },
    {
        "required": True,
        "anchor": "Safety of messengers and participants",
        "question": {
            "en": "The safety of the people shown or quoted has been considered.",
            "ru": "Учтена безопасность людей, которых показывают или цитируют.",
            "kk": "Көрсетілген немесе сөзі келтірілген адамдардың қауіпсіздігі "
            "ескерілген.",
        },
        "guidance": {
            "en": "Former members, relatives and young people may need a pseudonym and "
            "a blurred face. Written consent is on file.",
            "ru": "Бывшим участникам, родственникам и молодым людям может "
            "понадобиться псевдоним и размытое лицо. Письменное согласие получено.",
            "kk": "Бұрынғы мүшелерге, туыстарға және жастарға бүркеншік ат пен "
            "бұлдыр бет қажет болуы мүмкін. Жазбаша келісім алынған.",
        },
    },
]


def install_review_defaults(apps):
    """The checklist and the two review workflows, if they are missing.

    ``apps`` is a migration's app registry or ``django.apps.apps`` (tests that
    flush the database call it again).
    """
    ChecklistItem = apps.get_model("content", "ChecklistItem")
    ChecklistReviewTask = apps.get_model("content", "ChecklistReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    if not ChecklistItem.objects.exists():
        for order, row in enumerate(CHECKLIST, start=1):
            ChecklistItem.objects.create(
                sort_order=order * 10,
                required=row["required"],
                anchor=row["anchor"],
                **{f"question_{code}": text for code, text in row["question"].items()},
                **{f"guidance_{code}": text for code, text in row["guidance"].items()},
            )

    content_type, _ = ContentType.objects.get_or_create(
        app_label="content", model="checklistreviewtask"
    )

    def task(name, distinct):
        found = ChecklistReviewTask.objects.filter(name=name).first()
        if found is None:
            found = ChecklistReviewTask.objects.create(
                name=name, distinct_reviewer=distinct, content_type=content_type
            )
        return found

    first = task("Expert review", False)
    second = task("Second expert review", True)
    for name, tasks in (
        ("Strategic communication review", [first]),
        ("Two-expert review", [first, second]),
    ):
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            for order, item in enumerate(tasks):
                WorkflowTask.objects.create(
                    workflow=workflow, task=item, sort_order=order
                )
    _review_playbooks(apps)


def _review_playbooks(apps):
    """Reply playbooks go through the strategic communication review, like
    materials (skipped while migrating to a state before the playbook model)."""
    try:
        apps.get_model("content", "ReplyPlaybook")
        WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    except LookupError:
        return
    Workflow = apps.get_model("wagtailcore", "Workflow")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = Workflow.objects.filter(name="Strategic communication review").first()
    if workflow is None:
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="content", model="replyplaybook"
    )
    WorkflowContentType.objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )
