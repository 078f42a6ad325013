"""Demo taxonomy of what we say: themes, formats and the six narratives countered.

Plain data read by ``manage.py seed_demo``. Every record exists in Kazakh, Russian and
English. The narratives are described in neutral paraphrase only, after the policy
brief on online extremism prevention in Kazakhstan; no propaganda text is quoted.
"""

THEMES = [
    {
        "slug": "family",
        "kk": {
            "name": "Отбасы",
            "description": (
                "Адам сенуді алғаш үйренетін орта. Бұл тақырыптағы материалдар "
                "ата-аналар мен балаларға арналған: отбасында қиын сұрақтарды қалай "
                "талқылауға болатынын көрсетеді және отбасын бақылау құралы емес, "
                "тірек ретінде сипаттайды."
            ),
        },
        "ru": {
            "name": "Семья",
            "description": (
                "Первое место, где человек учится доверять. Материалы этой темы "
                "обращаются к родителям и детям, показывают, как в семье обсуждают "
                "трудные вопросы, и видят в семье опору, а не контроль."
            ),
        },
        "en": {
            "name": "Family",
            "description": (
                "The first place where people learn to trust. Materials on this theme "
                "speak to parents and children, show how families talk through hard "
                "questions, and treat the family as a source of strength rather than "
                "of control."
            ),
        },
    },
    {
        "slug": "support-for-loved-ones",
        "kk": {
            "name": "Жақындарды қолдау",
            "description": (
                "Алыстап бара жатқан туысқа немесе досқа жақын болу: өзгерістерді "
                "ерте байқау, әңгімені үзбеу және маманнан көмекті қайдан алуға "
                "болатынын білу."
            ),
        },
        "ru": {
            "name": "Поддержка близких",
            "description": (
                "Как оставаться рядом с родственником или другом, который отдаляется: "
                "вовремя замечать перемены, не прерывать разговор и знать, куда "
                "обратиться за помощью специалиста."
            ),
        },
        "en": {
            "name": "Support for loved ones",
            "description": (
                "Staying close to a relative or friend who is drifting away: noticing "
                "changes early, keeping the conversation going and knowing where to "
                "turn for professional help."
            ),
        },
    },
    {
        "slug": "personal-development",
        "kk": {
            "name": "Жеке даму",
            "description": (
                "Білім, жұмыс, дағды және өзін-өзі құрметтеу — мағыналы өмірге "
                "апаратын жол. Материалдар тұйыққа тірелгендей сезінетін адамдарға "
                "нақты мүмкіндіктерді көрсетеді, сонда радикалдардың тез арада "
                "маңызды боласың деген уәдесі күшін жояды."
            ),
        },
        "ru": {
            "name": "Личностное развитие",
            "description": (
                "Учёба, работа, навыки и самоуважение как путь к смыслу. Материалы "
                "показывают реальные возможности тем, кто чувствует себя в тупике, и "
                "радикальные обещания быстрой значимости теряют притягательность."
            ),
        },
        "en": {
            "name": "Personal development",
            "description": (
                "Education, work, skills and self-respect as a path to meaning. "
                "Materials show real ways forward to people who feel stuck, so that "
                "radical promises of instant significance lose their pull."
            ),
        },
    },
    {
        "slug": "civic-belonging",
        "kk": {
            "name": "Азаматтық бірлік",
            "description": (
                "Қазақстанның әр азаматы ұлты мен сеніміне қарамастан қоғамның тең "
                "құқылы мүшесі. Материалдар «қожайын мен қонақ» бейнесінен аулақ "
                "болып, әр түрлі ортадан шыққан адамдардың ортақ елді бірге құрып "
                "жатқанын көрсетеді."
            ),
        },
        "ru": {
            "name": "Гражданская общность",
            "description": (
                "Каждый гражданин Казахстана, независимо от этнического "
                "происхождения и веры, — полноправный член общества. Материалы "
                "избегают образа «хозяев и гостей» и показывают, как люди разного "
                "происхождения вместе строят общую страну."
            ),
        },
        "en": {
            "name": "Civic belonging",
            "description": (
                "Every citizen of Kazakhstan, whatever their ethnic origin or faith, "
                "is a full member of society. Materials avoid the picture of "
                "“hosts and guests” and show people of different backgrounds "
                "building a shared country together."
            ),
        },
    },
    {
        "slug": "interfaith-respect",
        "kk": {
            "name": "Конфессияаралық құрмет",
            "description": (
                "Әр түрлі дін ұстанатын және ешбір дін ұстанбайтын адамдар көрші, "
                "әріптес, дос болып қатар өмір сүреді. Материалдар олардың ортақ "
                "тұстарын және келіспеушіліктің құрметпен шешілетінін көрсетеді."
            ),
        },
        "ru": {
            "name": "Межконфессиональное уважение",
            "description": (
                "Верующие разных религий и неверующие люди живут рядом как соседи, "
                "коллеги и друзья. Материалы показывают, что их объединяет и как "
                "разногласия решаются с уважением."
            ),
        },
        "en": {
            "name": "Interfaith respect",
            "description": (
                "Believers of different religions and people of no religion live side "
                "by side as neighbours, colleagues and friends. Materials show what "
                "they share and how disagreements are settled with respect."
            ),
        },
    },
    {
        "slug": "media-literacy",
        "kk": {
            "name": "Медиасауаттылық",
            "description": (
                "Дереккөзді тексеру, манипуляция мен өшпенділік тілін тану, "
                "бөліспес бұрын ойлану. Ескерту емес, күнделікті дағды."
            ),
        },
        "ru": {
            "name": "Медиаграмотность",
            "description": (
                "Проверка источников, распознавание манипуляций и языка вражды, "
                "привычка подумать, прежде чем делиться. Практические навыки вместо "
                "предупреждений."
            ),
        },
        "en": {
            "name": "Media literacy",
            "description": (
                "Checking sources, spotting manipulation and hate speech, thinking "
                "twice before sharing. Practical skills rather than warnings."
            ),
        },
    },
    {
        "slug": "dialogue",
        "kk": {
            "name": "Диалог",
            "description": (
                "Басқаша ойлайтын адаммен сөйлесу: сұрақ қою, тыңдау, "
                "өшпенділіксіз келіспеу. Ұстанымдарды одан сайын қатайтатын "
                "айтыстың орнына — диалог."
            ),
        },
        "ru": {
            "name": "Диалог",
            "description": (
                "Разговор с теми, кто думает иначе: задавать вопросы, слушать, не "
                "соглашаться без вражды. Диалог вместо споров, которые только "
                "ожесточают позиции."
            ),
        },
        "en": {
            "name": "Dialogue",
            "description": (
                "Talking with people who think differently: asking questions, "
                "listening, disagreeing without hostility. Dialogue instead of "
                "arguments that only harden positions."
            ),
        },
    },
    {
        "slug": "tolerance",
        "kk": {
            "name": "Төзімділік",
            "description": (
                "Басқалардың өзгеше өмір сүруге, сенуге және киінуге құқығын "
                "мойындау, олардың қадір-қасиетін қорғау. Мұндағы төзімділік — "
                "белсенді ұстаным: қорланып жатқан көршіге арашашы болу."
            ),
        },
        "ru": {
            "name": "Толерантность",
            "description": (
                "Признание права других жить, верить и одеваться иначе и защита их "
                "достоинства. Толерантность здесь деятельна: заступиться за соседа, "
                "которого оскорбляют."
            ),
        },
        "en": {
            "name": "Tolerance",
            "description": (
                "Accepting that others may live, believe and dress differently, and "
                "protecting their dignity. Tolerance here is active: standing up for "
                "a neighbour who is being insulted."
            ),
        },
    },
]


FORMATS = [
    {
        "slug": "article",
        "kk": {
            "name": "Мақала",
            "description": "Оқуға 5–10 минут кететін мәтін: түсіндірме, сұхбат "
            "немесе шолу.",
        },
        "ru": {
            "name": "Статья",
            "description": "Текст на 5–10 минут чтения: разъяснение, интервью или "
            "обзор.",
        },
        "en": {
            "name": "Article",
            "description": "A text for five to ten minutes of reading: an "
            "explainer, an interview or an overview.",
        },
    },
    {
        "slug": "video",
        "kk": {
            "name": "Бейне",
            "description": "Әлеуметтік желіге, YouTube-қа немесе кездесуде "
            "көрсетуге арналған бейне; субтитрі мен мәтіні бірге беріледі.",
        },
        "ru": {
            "name": "Видео",
            "description": "Видео для соцсетей, YouTube или показа на встречах; с "
            "субтитрами и расшифровкой.",
        },
        "en": {
            "name": "Video",
            "description": "Video for social networks, YouTube or screening at "
            "events, with subtitles and a transcript.",
        },
    },
    {
        "slug": "audio",
        "kk": {
            "name": "Аудио",
            "description": "Подкаст, радиобағдарлама немесе дауыстық хабарлама; "
            "мәтіні қоса беріледі.",
        },
        "ru": {
            "name": "Аудио",
            "description": "Подкаст, радиопередача или голосовое сообщение; с "
            "расшифровкой.",
        },
        "en": {
            "name": "Audio",
            "description": "A podcast episode, a radio programme or a voice "
            "message, with a transcript.",
        },
    },
    {
        "slug": "poster",
        "kk": {
            "name": "Плакат",
            "description": "Бір ойды бір қарағанда жеткізетін, басып шығаруға "
            "немесе желіде жариялауға арналған сурет.",
        },
        "ru": {
            "name": "Плакат",
            "description": "Изображение для печати или публикации в сети, которое "
            "передаёт одну мысль с одного взгляда.",
        },
        "en": {
            "name": "Poster",
            "description": "An image for print or for the web that carries one "
            "idea at a glance.",
        },
    },
    {
        "slug": "brochure",
        "kk": {
            "name": "Кітапша",
            "description": "Кездесулерде, мектептерде және кеңес беру "
            "орталықтарында таратуға арналған бірнеше беттік басылым.",
        },
        "ru": {
            "name": "Брошюра",
            "description": "Издание в несколько страниц для раздачи на встречах, "
            "в школах и консультационных центрах.",
        },
        "en": {
            "name": "Brochure",
            "description": "A short printed booklet to hand out at events, in "
            "schools and at advisory centres.",
        },
    },
    {
        "slug": "psa",
        "kk": {
            "name": "Әлеуметтік жарнама",
            "description": "Теледидарға, радиоға немесе әлеуметтік желіге "
            "арналған қысқа әлеуметтік ролик.",
        },
        "ru": {
            "name": "Социальная реклама",
            "description": "Короткий социальный ролик для телевидения, радио или "
            "соцсетей.",
        },
        "en": {
            "name": "Public-service announcement",
            "description": "A short public-service spot for television, radio or "
            "social networks.",
        },
    },
    {
        "slug": "childrens-story",
        "kk": {
            "name": "Балаларға арналған әңгіме",
            "description": "Достық, әділдік және өзгелерді құрметтеу туралы "
            "балаларға арналған әңгіме немесе ертегі.",
        },
        "ru": {
            "name": "Детский рассказ",
            "description": "Рассказ или сказка для детей о дружбе, справедливости "
            "и уважении к другим.",
        },
        "en": {
            "name": "Children's story",
            "description": "A story or tale for children about friendship, "
            "fairness and respect for others.",
        },
    },
    {
        "slug": "lesson-plan",
        "kk": {
            "name": "Сабақ жоспары",
            "description": "Мұғалімге арналған 45 минуттық сабақтың дайын "
            "жоспары: мақсаты, барысы, тапсырмалары.",
        },
        "ru": {
            "name": "План урока",
            "description": "Готовый план 45-минутного урока для учителя: цель, "
            "ход, задания.",
        },
        "en": {
            "name": "Lesson plan",
            "description": "A ready plan for a 45-minute lesson: aims, steps and "
            "activities.",
        },
    },
    {
        "slug": "social-series",
        "kk": {
            "name": "Әлеуметтік желіге арналған жазбалар сериясы",
            "description": "Бір тақырыпты бірнеше күн бойы дамытатын қысқа "
            "жазбалар немесе карточкалар топтамасы.",
        },
        "ru": {
            "name": "Серия постов для соцсетей",
            "description": "Серия коротких постов или карточек, которая несколько "
            "дней развивает одну тему.",
        },
        "en": {
            "name": "Social media series",
            "description": "A run of short posts or cards that develops one theme "
            "over several days.",
        },
    },
    {
        "slug": "qa",
        "kk": {
            "name": "Сұрақ-жауап",
            "description": "Адамдар шынымен қоятын сұрақтар және оларға қысқа, "
            "нақты жауаптар.",
        },
        "ru": {
            "name": "Вопросы и ответы",
            "description": "Вопросы, которые люди действительно задают, и "
            "короткие точные ответы.",
        },
        "en": {
            "name": "Questions and answers",
            "description": "Questions people really ask, with short and precise "
            "answers.",
        },
    },
]


# The six narratives of the brief, in its order. ``recognition`` is one marker a line.
NARRATIVES = [
    {
        "slug": "secularism-vs-religiosity",
        "number": 1,
        "alternative_themes": ["civic-belonging", "dialogue", "interfaith-respect"],
        "kk": {
            "name": "Зайырлылықты діндарлыққа қарсы қою",
            "summary": (
                "Сенім мен зайырлы мемлекет бір-бірімен сыйыспайды деп сендіреді: "
                "адамдар қабылдаған заңдар мен соттар мұсылман үшін заңсыз саналады, "
                "шынайы діндар қоғамнан бас тартуы тиіс, ал бұған күмәнданған адам — "
                "жау. Бұл нарратив сот пен шенеуніктерге сенбейтін, өзін "
                "әділетсіздіктің құрбаны санайтын адамдарды тартады: шынайы "
                "реніштерді мемлекетті теріске шығару жөніндегі діни міндетке "
                "айналдырады."
            ),
            "recognition": (
                "Сенім мен азаматтық мәжбүрлі таңдау ретінде ұсынылады: не біреуі, "
                "не екіншісі.\n"
                "Мемлекеттік институттар нақты шешімдері үшін сыналмайды, түбегейлі "
                "заңсыз деп жарияланады.\n"
                "Келіспеген кез келген адамға, тіпті басқа мұсылмандар мен "
                "имамдарға, жау немесе діннен шыққан деген таңба басылады.\n"
                "Нақты әділетсіздік жағдайлары бүкіл жүйені теріске шығару керек "
                "екенінің дәлелі ретінде пайдаланылады.\n"
                "Тәсілдері: жалған дилемма, асыра жалпылау, кез келген талқылауды "
                "тоқтататын абсолютті беделге сілтеме."
            ),
            "description": (
                "Зерттеуде талданған материалдардағы ең кең таралған "
                "нарративтердің бірі. Оған жауап теологиялық пікірталастан "
                "басталмайды. Жауап өз дінін ұстанып, қоғам өміріне мұғалім, "
                "дәрігер, кәсіпкер, ерікті ретінде араласып жүрген көптеген діндар "
                "адамдарды көрсетеді; Конституция ар-ождан бостандығына кепілдік "
                "беретінін түсіндіреді; әділетсіздік туралы шағымдарға байыппен "
                "қарап, оларды заңды жолмен шешу тәсілдерін ұсынады. Сенімді "
                "дауыстар: беделді маман болып жүрген діндар адамдар, заңгерлер, "
                "догма туралы емес, күнделікті өмір туралы айтатын имамдар."
            ),
        },
        "ru": {
            "name": "Противопоставление светскости и религиозности",
            "summary": (
                "Утверждает, что вера и светское государство несовместимы: законы и "
                "суды, созданные людьми, якобы нелегитимны для верующего, искренний "
                "мусульманин должен отвернуться от общества, а кто в этом "
                "сомневается — враг. Нарратив притягивает тех, кто уже не доверяет "
                "судам и чиновникам или чувствует себя несправедливо обиженным: он "
                "превращает реальные обиды в религиозную обязанность отвергнуть "
                "государство."
            ),
            "recognition": (
                "Вера и гражданство подаются как вынужденный выбор: либо одно, либо "
                "другое.\n"
                "Государственные институты объявляются нелегитимными в принципе, а "
                "не критикуются за конкретные решения.\n"
                "Любой несогласный, включая других верующих и имамов, получает ярлык "
                "врага или отступника.\n"
                "Реальные случаи несправедливости выдаются за доказательство того, "
                "что отвергнуть нужно всю систему.\n"
                "Приёмы: ложная дилемма, огульное обобщение, ссылка на абсолютный "
                "авторитет, которая закрывает любое обсуждение."
            ),
            "description": (
                "Один из самых распространённых нарративов в материалах, которые "
                "проанализировало исследование. Ответ на него начинается не с "
                "богословского спора. Он показывает множество верующих, которые "
                "соблюдают свою религию и участвуют в жизни общества как учителя, "
                "врачи, предприниматели и волонтёры; объясняет, что Конституция "
                "гарантирует свободу совести; серьёзно относится к жалобам на "
                "несправедливость и показывает законные способы их решить. "
                "Убедительные голоса: практикующие верующие — уважаемые "
                "профессионалы, юристы, имамы, которые говорят о повседневной "
                "жизни, а не о догматике."
            ),
        },
        "en": {
            "name": "Secularism set against religiosity",
            "summary": (
                "Claims that faith and a secular state cannot be reconciled: that "
                "laws and courts made by people are illegitimate for a believer, that "
                "a sincere Muslim must turn away from society, and that whoever "
                "doubts this is an enemy. It draws in people who already distrust "
                "courts and officials or feel treated unjustly, because it turns real "
                "grievances into a religious duty to reject the state."
            ),
            "recognition": (
                "Faith and citizenship are presented as a forced choice: one or the "
                "other.\n"
                "State institutions are called illegitimate as such, instead of being "
                "criticised for concrete decisions.\n"
                "Anyone who disagrees, including other believers and imams, is "
                "labelled an enemy or an apostate.\n"
                "Real cases of injustice are used as proof that the whole system must "
                "be rejected.\n"
                "Techniques: false dilemma, sweeping generalisation, an appeal to "
                "absolute authority that closes any discussion."
            ),
            "description": (
                "One of the most widespread narratives in the material the study "
                "analysed. An answer does not start with a theological dispute. It "
                "shows the many believers who practise their faith and take part in "
                "public life as teachers, doctors, entrepreneurs and volunteers; "
                "explains that the Constitution guarantees freedom of conscience; "
                "takes complaints of unfair treatment seriously and points to lawful "
                "ways of resolving them. Voices that work: practising believers who "
                "are respected professionals, lawyers, and imams who talk about "
                "everyday life rather than doctrine."
            ),
        },
    },
    {
        "slug": "glorification-of-jihad",
        "number": 2,
        "alternative_themes": [
            "family",
            "support-for-loved-ones",
            "personal-development",
        ],
        "kk": {
            "name": "Қарулы жиһад пен өзін құрбан етуді дәріптеу",
            "summary": (
                "Қарулы күрес пен сол жолда қаза табуды дінге берілгендіктің ең "
                "жоғары түрі ретінде көрсетеді, әдетте жекелеген аяттар мен "
                "хадистерді мәнмәтінінен жұлып алып пайдаланады. Бұл нарратив "
                "өмірдің мәнін, ерлікті немесе қорлықтан құтылу жолын іздеген "
                "жастарды, әсіресе «жауларға» қарсы зорлықты дәріптеп үлгерген "
                "адамдарды тартады."
            ),
            "recognition": (
                "Жекелеген аяттар мен хадистер мәнмәтінсіз, танылған ғалымдардың "
                "түсіндірмесінсіз келтіріледі.\n"
                "Жауынгерлер мен қаруды әспеттейтін бейнелер, батырлық әуен, "
                "баяулатылған кадрлар.\n"
                "Бір әрекет бұрынғы барлық қателікті өшіреді деген уәде.\n"
                "Асықтыру мен ұялту: әрекет етпегендер қорқақ ретінде "
                "көрсетіледі.\n"
                "Тәсілдері: таңдамалы дәйексөз, эмоцияға қысым, батыр туралы миф, "
                "құрдастар қысымы."
            ),
            "description": (
                "Зерттеу бұл нарративтің қарапайым пайдаланушылардың репостары "
                "арқылы, көбіне «Одноклассники» мен Facebook-те, Қазақстанда "
                "ұсынылмайтын деп саналатын тәпсірлерге сілтеме жасай отырып "
                "таралатынын анықтады. Тікелей теологиялық теріске шығару бұған "
                "әуес болып қалған адамдарға сирек жетеді. Балама нарративтер "
                "батылдық пен маңыздылықтың басқа түрлерін ұсынады: ата-ана мен "
                "балаға қамқорлық, білім алу, мансап құру, өз қауымына көмектесу. "
                "Туыстары қақтығыс аймақтарына кеткен отбасылардың тарихы мұның "
                "нақты бағасын көрсетеді. Діни дәлел қажет болған жерде беделді "
                "ғалымдар бұл ұғымның кеңірек мағынасын қарапайым тілмен "
                "түсіндіреді."
            ),
        },
        "ru": {
            "name": "Героизация вооружённого джихада и самопожертвования",
            "summary": (
                "Представляет вооружённую борьбу и гибель в ней как высшую форму "
                "преданности вере, как правило вырывая отдельные аяты или предания "
                "из контекста. Нарратив привлекает молодых людей, которые ищут "
                "смысл, героизм или выход из унижения, и прежде всего тех, кто уже "
                "романтизирует насилие против «врагов»."
            ),
            "recognition": (
                "Отдельные аяты или хадисы цитируются без контекста и без "
                "разъяснений признанных учёных.\n"
                "Романтические образы бойцов и оружия, героическая музыка, "
                "замедленная съёмка.\n"
                "Обещание, что один поступок сотрёт все прошлые ошибки.\n"
                "Давление срочностью и стыдом: тех, кто не действует, изображают "
                "трусами.\n"
                "Приёмы: выборочное цитирование, давление на эмоции, миф о герое, "
                "давление сверстников."
            ),
            "description": (
                "Исследование зафиксировало, что этот нарратив распространяется "
                "через репосты обычных пользователей, часто в «Одноклассниках» и "
                "Facebook, со ссылками на толкования, которые в Казахстане считаются "
                "нерекомендованными. Прямое богословское опровержение редко доходит "
                "до тех, кого это уже увлекло. Альтернативные нарративы предлагают "
                "иные формы мужества и значимости: заботу о родителях и детях, "
                "учёбу, карьеру, помощь своему сообществу. Истории семей, чьи "
                "родственники уехали в зоны конфликтов, показывают настоящую цену. "
                "Там, где нужны религиозные аргументы, уважаемые богословы простыми "
                "словами объясняют более широкий смысл этого понятия."
            ),
        },
        "en": {
            "name": "Glorification of armed jihad and self-sacrifice",
            "summary": (
                "Presents armed struggle, and dying in it, as the highest form of "
                "devotion, usually by lifting single verses or traditions out of "
                "their context. It appeals to young people looking for meaning, "
                "heroism or a way out of humiliation, and most of all to those who "
                "already romanticise violence against “enemies”."
            ),
            "recognition": (
                "Single verses or hadiths quoted without context and without the "
                "explanation of recognised scholars.\n"
                "Romantic images of fighters and weapons, heroic music, slow "
                "motion.\n"
                "A promise that one act will wipe out every past mistake.\n"
                "Urgency and shame: those who do not act are portrayed as cowards.\n"
                "Techniques: selective quotation, emotional pressure, the hero myth, "
                "peer pressure."
            ),
            "description": (
                "The study found this narrative spreading through reposts by "
                "ordinary users, often on Odnoklassniki and Facebook, citing "
                "interpretations that are considered non-recommended in Kazakhstan. "
                "A direct theological rebuttal rarely reaches people who are already "
                "drawn in. Alternative narratives offer other forms of courage and "
                "significance: caring for parents and children, studying, building a "
                "career, helping one's community. Stories of families whose "
                "relatives left for conflict zones show the real price. Where "
                "religious arguments are needed, respected scholars explain the "
                "wider meaning of the concept in plain words."
            ),
        },
    },
    {
        "slug": "us-versus-them",
        "number": 3,
        "alternative_themes": [
            "interfaith-respect",
            "tolerance",
            "dialogue",
            "support-for-loved-ones",
        ],
        "kk": {
            "name": "«Кәпірлерге» төзбеушілік пен зорлықты ақтау («біз және олар»)",
            "summary": (
                "Адамдарды «нағыз мүміндердің» тар шеңберіне және қалғандардың "
                "бәріне бөледі, ал қалғандарды — басқа дін өкілдерін, зайырлы "
                "адамдарды, тіпті басқа дәстүрдегі мұсылмандарды — жау ретінде "
                "көрсетеді. Жақтастарына өзгелерден, олардың мерекелері мен "
                "рәміздерінен аулақ жүру тапсырылады, ал оларға деген өшпенділік "
                "орынды нәрсе ретінде беріледі. Нарратив жалғыздық пен шеттетілуді "
                "сезінген адамдарға «таңдаулылар» деген мақтанышты бірегейлік ұсыну "
                "арқылы оларды өзіне тартады."
            ),
            "recognition": (
                "«Жаулар» тізімі үнемі ұлғайып, оған көршілер, туыстар және басқа "
                "мұсылмандар да енеді.\n"
                "Басқа дін өкілдерімен амандасуға, оларды құттықтауға, олармен дос "
                "болуға тыйым салынады.\n"
                "Оқшаулықпен мақтану: айналадағылардан алшақтау дұрыстықтың дәлелі "
                "ретінде көрсетіледі.\n"
                "Есімнің орнына жапсырылатын таңбалар адамды жек көруді "
                "жеңілдетеді.\n"
                "Тәсілдері: «өзіміз» бен «бөтендерге» бөлу, адамды отбасы мен "
                "достарынан оқшаулау, моральдық абсолютизм."
            ),
            "description": (
                "Зерттеу «біз» бен «олар» деп бөлуге ортақ мүдделер мен біріктіруші "
                "құндылықтар арқылы жауап беруді ұсынады. Сауалнама тірек болатын "
                "дерек береді: жастардың көпшілігінің басқа ұлт өкілдерінен достары "
                "бар, жартысынан көбі мұсылмандар мен христиандардың ортақ тұстары "
                "көп деп санайды, алайда айтарлықтай бөлігі, көбіне ауыл тұрғындары, "
                "бұған келіспейді. Материалдар түрлі діндегі адамдардың достығы мен "
                "ынтымағын ұран ретінде емес, қарапайым өмір ретінде көрсетеді; "
                "алыстап бара жатқан туысқанмен байланысты қалай сақтау керектігі "
                "туралы отбасыларға нақты кеңес береді; алаңдаған адамдарға сенім "
                "телефонын ұсынады."
            ),
        },
        "ru": {
            "name": "Нетерпимость и оправдание насилия против «кафиров» («мы и они»)",
            "summary": (
                "Делит людей на узкий круг «истинно верующих» и всех остальных, "
                "которых изображает врагами: последователей других религий, "
                "светских людей и даже мусульман иных традиций. Сторонникам велят "
                "держаться подальше от других, их праздников и символов, а "
                "враждебность к ним подаётся как оправданная. Нарратив притягивает "
                "одиноких и отвергнутых, предлагая им гордую идентичность избранных."
            ),
            "recognition": (
                "Список «врагов» постоянно растёт и включает соседей, родственников "
                "и других мусульман.\n"
                "Запреты здороваться, поздравлять и дружить с людьми другой веры.\n"
                "Гордость изоляцией: отчуждение от окружающих подаётся как "
                "доказательство правоты.\n"
                "Ярлыки вместо имён, которые облегчают ненависть.\n"
                "Приёмы: деление на «своих» и «чужих», изоляция человека от семьи и "
                "друзей, моральный абсолютизм."
            ),
            "description": (
                "Исследование рекомендует отвечать на деление на «мы» и «они» "
                "общими интересами и объединяющими ценностями. Опрос даёт точку "
                "опоры: у большинства молодых людей есть друзья других "
                "национальностей, больше половины считает, что у мусульман и "
                "христиан много общего, хотя заметная часть, чаще сельские жители, "
                "с этим не согласна. Материалы показывают дружбу и сотрудничество "
                "людей разной веры как обычную жизнь, а не лозунг; дают семьям "
                "практические советы, как сохранить связь с родственником, который "
                "отдаляется; предлагают телефон доверия тем, кто встревожен."
            ),
        },
        "en": {
            "name": "Intolerance and justified violence against “kafirs” "
            "(us versus them)",
            "summary": (
                "Divides people into a small circle of “true believers” and everyone "
                "else, who are cast as enemies: followers of other religions, "
                "secular people and even Muslims of other traditions. Followers are "
                "told to keep away from others, their holidays and their symbols, and "
                "hostility towards them is presented as justified. The narrative "
                "attracts people who feel lonely or rejected by offering them the "
                "proud identity of a chosen few."
            ),
            "recognition": (
                "A growing list of “enemies” that comes to include neighbours, "
                "relatives and other Muslims.\n"
                "Bans on greeting, congratulating or befriending people of other "
                "faiths.\n"
                "Pride in isolation: being cut off from others is presented as proof "
                "of being right.\n"
                "Labels instead of names, which make people easier to hate.\n"
                "Techniques: in-group and out-group framing, isolating a person from "
                "family and friends, moral absolutism."
            ),
            "description": (
                "The study recommends answering the division into “us” and “them” "
                "with common interests and unifying values. The survey gives a "
                "starting point: most young people have friends of other "
                "nationalities, and more than half say Muslims and Christians have "
                "much in common, although a large minority, more often in villages, "
                "disagree. Materials show friendship and cooperation across faiths as "
                "ordinary life rather than a slogan, give families practical advice "
                "on keeping in touch with a relative who withdraws, and offer the "
                "helpline to anyone who is worried."
            ),
        },
    },
    {
        "slug": "ethnic-exclusivity",
        "number": 4,
        "alternative_themes": ["civic-belonging", "tolerance", "dialogue"],
        "kk": {
            "name": "Ксенофобия және этникалық артықшылықты насихаттау",
            "summary": (
                "Қазақстандағы этникалық азшылықтарды немесе ірі көрші халықты "
                "қауіп ретінде көрсетеді, жекелеген адамдардың әрекеті үшін бүкіл "
                "қауымды кінәлайды, басқа ұлттан шыққан отандастарды тең құқылы "
                "азамат емес, қонақ ретінде сипаттайды. Зерттеу бұл нарративті "
                "негізінен қазақ тілді әлеуметтік желілерден тапты: онда ол "
                "жергілікті қақтығыстар мен қуатты көршілерге қатысты үрейден нәр "
                "алады."
            ),
            "recognition": (
                "Ұжымдық кінә: бір оқиға үшін бүкіл халық жауапты болып шығады.\n"
                "Түрлі ұлттан шыққан азаматтарға қатысты «қожайын мен қонақ» "
                "бейнесі.\n"
                "Демографиялық үрей: халық саны басып алу немесе бағындыру қаупін "
                "сендіру үшін пайдаланылады.\n"
                "Жергілікті қақтығыстан кейін қорлауға ұласатын пікірлер тізбегі.\n"
                "Тәсілдері: асыра жалпылау, қорқыту, адамның қадірін түсіретін "
                "сөздер, оқиғадан кейін бірден таралатын өсек."
            ),
            "description": (
                "Қазақстан жастарының басым бөлігі ұлттық шекараға қарамай "
                "араласады: сауалнамада көпшілігі басқа ұлт өкілдерінен достары көп "
                "екенін айтты, ал аралас некелер кеңінен қабылданады. Балама "
                "нарративтер осы күнделікті шындыққа сүйенеді. Зерттеу ұсынымына "
                "сай қазақ тіліндегі материалдар кез келген ұлттан шыққан "
                "азаматтарды қоғамның толыққанды мүшесі ретінде көрсетеді, «қожайын "
                "мен қонақ» бейнесінен аулақ болады, жергілікті оқиғаларға жылдам "
                "әрі байсалды үн қатып, жекелеген адамдардың әрекетін бүкіл "
                "қауымнан ажыратады."
            ),
        },
        "ru": {
            "name": "Ксенофобия и пропаганда этнической исключительности",
            "summary": (
                "Изображает этнические меньшинства Казахстана или крупный соседний "
                "народ угрозой, возлагает на целые общины вину за поступки "
                "отдельных людей и представляет сограждан другого происхождения "
                "гостями, а не равноправными членами общества. Исследование нашло "
                "этот нарратив в основном в казахоязычных соцсетях, где он "
                "подпитывается местными конфликтами и страхами перед могущественными "
                "соседями."
            ),
            "recognition": (
                "Коллективная вина: за один инцидент отвечает целый народ.\n"
                "Образ «хозяев и гостей» применительно к гражданам разного "
                "этнического происхождения.\n"
                "Демографический страх: численность населения используется, чтобы "
                "внушить угрозу вторжения или порабощения.\n"
                "Комментарии, которые после местного конфликта превращаются в поток "
                "оскорблений.\n"
                "Приёмы: чрезмерное обобщение, запугивание, расчеловечивающая "
                "лексика, слухи сразу после инцидента."
            ),
            "description": (
                "Молодёжь Казахстана в большинстве своём общается поверх этнических "
                "границ: в опросе большинство ответило, что у них много друзей "
                "других национальностей, а смешанные браки в целом принимаются. "
                "Альтернативные нарративы опираются на эту повседневную реальность. "
                "Следуя рекомендации исследования, казахоязычные материалы "
                "показывают граждан любого происхождения полноправными членами "
                "общества, избегают образа «хозяев и гостей», быстро и спокойно "
                "реагируют на местные инциденты и отделяют поступки отдельных людей "
                "от целых общин."
            ),
        },
        "en": {
            "name": "Xenophobia and ethnic exclusivity",
            "summary": (
                "Portrays ethnic minorities in Kazakhstan, or a large neighbouring "
                "people, as a threat; blames whole communities for what individuals "
                "did; and treats fellow citizens of other origins as guests rather "
                "than equal members of society. The study found it mainly in "
                "Kazakh-language social media, where it feeds on local conflicts and "
                "on fears about powerful neighbours."
            ),
            "recognition": (
                "Collective blame: a whole people is held responsible for one "
                "incident.\n"
                "A picture of “hosts and guests” applied to citizens of different "
                "ethnic origin.\n"
                "Demographic fear: population figures used to suggest invasion or "
                "subjugation.\n"
                "Comment threads that turn into insults after a local conflict.\n"
                "Techniques: overgeneralisation, fear appeals, dehumanising words, "
                "rumours spread straight after an incident."
            ),
            "description": (
                "Young people in Kazakhstan largely mix across ethnic lines: in the "
                "survey most said they have many friends of other nationalities, and "
                "mixed marriages are widely accepted. Alternative narratives build "
                "on that everyday reality. Following the study's recommendation, "
                "Kazakh-language materials show citizens of every origin as full "
                "members of society, avoid the image of “hosts and guests”, respond "
                "quickly and calmly after local incidents, and separate the acts of "
                "individuals from whole communities."
            ),
        },
    },
    {
        "slug": "demonising-the-west",
        "number": 5,
        "alternative_themes": ["media-literacy", "family", "dialogue"],
        "kk": {
            "name": "«Ұжымдық Батысты» қаралау",
            "summary": (
                "Әлемдегі оқиғаларды Батыс пен мұсылман әлемі арасындағы бітпейтін "
                "соғыс ретінде сипаттайды, ал батыстық және зайырлы мәдениетті "
                "діндарларды азғыруға арналған әдейі жоспар ретінде көрсетеді, "
                "көбіне ақырзаман туралы ұғымдарды пайдаланады. Бұл нарратив "
                "имандылық пен жылдам өзгерістерге алаңдайтын адамдардың көңіліне "
                "қонып, сол алаңдаушылықты өшпенділік пен торығуға айналдырады."
            ),
            "recognition": (
                "Кез келген мәселе бір жасырын жаумен түсіндіріледі.\n"
                "Ақырзаман бейнелері күнделікті оқиғаларға, әртістер мен танымал "
                "адамдарға телінеді.\n"
                "Зайырлы мәдениет тұтастай зұлымдыққа теңеледі; сын мен өшпенділік "
                "ажыратылмайды.\n"
                "Имандылықтың құлдырауы туралы үрей қоғамнан оқшаулануға шақыру "
                "үшін пайдаланылады.\n"
                "Тәсілдері: қастандық теориясы, әлемді ақ пен қараға бөлу, "
                "моральдық дүрбелең."
            ),
            "description": (
                "Құндылықтарға қатысты алаңдаушылық кең тараған әрі орынды: "
                "сауалнамада жастар батыс мәдениеті имандылыққа зиян келтіре ме "
                "деген сұрақта екіге жуық бөлінді; ер адамдар, ауыл тұрғындары мен "
                "жасы үлкенірек респонденттер көбірек алаңдайды, ал әйелдер, қала "
                "тұрғындары мен 18–21 жастағы жастар азырақ. Бұл алаңдаушылықты "
                "мазақ ету кері әсер береді. Балама нарративтер оған байыппен "
                "қарайды, құндылықтар сырттан таңылмай, отбасы мен қауымда "
                "берілетінін көрсетеді және алаңдаушылықты өшпенділік сату үшін "
                "пайдаланған кезде оны тануға үйретеді. Медиасауаттылық "
                "материалдары қастандық теориясының қалай құрылатынын түсіндіреді."
            ),
        },
        "ru": {
            "name": "Демонизация «коллективного Запада»",
            "summary": (
                "Описывает мировые события как бесконечную войну Запада и "
                "мусульманского мира и представляет западную и светскую культуру "
                "как преднамеренный план развратить верующих, нередко языком "
                "конца света. Нарратив находит отклик у людей, обеспокоенных "
                "нравственностью и быстрыми переменами, и превращает это "
                "беспокойство во враждебность и безысходность."
            ),
            "recognition": (
                "Любая проблема объясняется одним скрытым врагом.\n"
                "Образы конца света, привязанные к текущим событиям, артистам и "
                "знаменитостям.\n"
                "Светская культура целиком приравнивается к злу; критику не "
                "отличают от враждебности.\n"
                "Страх нравственного упадка превращается в призыв отделиться от "
                "общества.\n"
                "Приёмы: конспирологическая рамка, чёрно-белая картина мира, "
                "моральная паника."
            ),
            "description": (
                "Беспокойство о ценностях широко распространено и понятно: в опросе "
                "молодёжь разделилась почти поровну в вопросе о том, вредит ли "
                "западная культура нравственности; мужчины, сельские жители и "
                "респонденты постарше обеспокоены сильнее, женщины, горожане и "
                "молодёжь 18–21 года — меньше. Насмешка над этим беспокойством даёт "
                "обратный эффект. Альтернативные нарративы относятся к нему "
                "серьёзно, показывают, что ценности передаются в семье и сообществе, "
                "а не навязываются извне, и учат замечать, когда тревогу используют, "
                "чтобы продать ненависть. Материалы по медиаграмотности объясняют, "
                "как устроена конспирологическая рамка."
            ),
        },
        "en": {
            "name": "Demonisation of the collective West",
            "summary": (
                "Describes world events as an endless war between the West and the "
                "Muslim world, and presents Western and secular culture as a "
                "deliberate plan to corrupt believers, often in end-of-times "
                "language. It resonates with people who worry about morality and "
                "rapid change, and turns that worry into hostility and fatalism."
            ),
            "recognition": (
                "Every problem is explained by one hidden enemy.\n"
                "End-of-the-world imagery attached to current events, artists and "
                "celebrities.\n"
                "Secular culture as a whole is equated with evil; criticism and "
                "hostility are not told apart.\n"
                "Fear of moral decline becomes a call to separate from society.\n"
                "Techniques: conspiracy framing, a black-and-white picture of the "
                "world, moral panic."
            ),
            "description": (
                "Concern about values is widespread and understandable: in the "
                "survey, young people were split almost evenly on whether Western "
                "culture harms morality, with men, rural and older respondents more "
                "worried and women, city dwellers and 18–21-year-olds less so. "
                "Mocking that concern backfires. Alternative narratives take it "
                "seriously, show that values are passed on in families and "
                "communities rather than imposed from outside, and teach people to "
                "notice when worry is being used to sell hatred. Media-literacy "
                "materials explain how conspiracy framing works."
            ),
        },
    },
    {
        "slug": "religious-disinformation",
        "number": 6,
        "alternative_themes": ["media-literacy", "support-for-loved-ones", "family"],
        "kk": {
            "name": "Діни насихат арқылы жалған ақпарат тарату",
            "summary": (
                "Діни сөздерге оралған жалған мәлімдемелерді таратады. Мысалы, "
                "COVID-19 пандемиясы кезінде кейбір діни арналар вирус жер "
                "бетіндегі халық санын азайту үшін ойлап табылған, ал вакцинация "
                "діндарларға қарсы жасалған қастандық деп сендірді. Мұндай "
                "мәлімдемелер сенімді арналар арқылы келетіндіктен және қорқынышты "
                "кезеңде қарапайым түсіндірме ұсынатындықтан әсер етеді; олар "
                "дұшпан топтар туралы қастандық теорияларын да өршітеді."
            ),
            "recognition": (
                "Дереккөз жоқ немесе оны тексеру мүмкін емес; мамандар шындықты "
                "жасырып отыр деп сендіріледі.\n"
                "Медициналық немесе ғылыми сұрақтарды шешу үшін діни бедел "
                "пайдаланылады.\n"
                "Дәрігерлердің кеңесін елемеу иманның сынағы ретінде көрсетіледі.\n"
                "Белгілі бір топтың — ұлттың, басқа діннің, бай шетелдіктердің — "
                "жасырын қастандығы туралы әңгіме.\n"
                "Тәсілдері: жалған бедел, қастандық теориясы, қорқыныш, тезірек "
                "бөлісуге итермелеу."
            ),
            "description": (
                "Зерттеу кейбір діни интернет-ресурстардың пандемия туралы жалған "
                "ақпараттың басты көздерінің біріне айналғанын көрсетті: танымал "
                "бір арнаның аудиториясы шамамен 190 мың жазылушы болған, ал мұндай "
                "идеяларды діндарлар мен білім деңгейі төмендеу адамдар оңай "
                "қабылдаған. Жауап материалдары сенімді мазақ етпейді. Олар "
                "мәлімдемені қалай тексеруге болатынын көрсетеді, дәрігерлер мен "
                "имамдарды бірге сөйлеуге шақырады, өз денсаулығың мен өзгелердің "
                "денсаулығына қамқорлық жасау ортақ діни әрі азаматтық құндылық "
                "екенін түсіндіреді."
            ),
        },
        "ru": {
            "name": "Дезинформация через религиозную пропаганду",
            "summary": (
                "Распространяет ложные утверждения в религиозной обёртке. Например, "
                "во время пандемии COVID-19 некоторые религиозные каналы внушали "
                "верующим, что вирус придуман для сокращения населения Земли, а "
                "вакцинация — заговор против них. Такие утверждения действуют, "
                "потому что приходят через доверенные каналы и дают простые "
                "объяснения в пугающее время; они же подпитывают теории заговора о "
                "враждебных группах."
            ),
            "recognition": (
                "Источника нет или его невозможно проверить; утверждается, что "
                "специалисты скрывают правду.\n"
                "Религиозный авторитет используется, чтобы решать медицинские или "
                "научные вопросы.\n"
                "Пренебрежение советами врачей подаётся как испытание веры.\n"
                "Рассказ о тайном заговоре определённой группы: национальности, "
                "другой религии, богатых иностранцев.\n"
                "Приёмы: ложный авторитет, теория заговора, страх, давление "
                "«поделись скорее»."
            ),
            "description": (
                "Исследование показало, что некоторые религиозные интернет-ресурсы "
                "стали одним из главных источников дезинформации о пандемии: "
                "аудитория одного популярного канала составляла около 190 тысяч "
                "подписчиков, а подобные идеи легко принимали верующие и люди с "
                "невысоким уровнем образования. Материалы-ответы не высмеивают веру. "
                "Они показывают, как проверить утверждение, приглашают врачей и "
                "имамов говорить вместе и объясняют, что забота о своём здоровье и "
                "здоровье других — общая религиозная и гражданская ценность."
            ),
        },
        "en": {
            "name": "Disinformation through religious propaganda",
            "summary": (
                "Spreads false claims wrapped in religious language. During the "
                "COVID-19 pandemic, for example, some religious channels told "
                "believers that the virus had been invented to reduce the world's "
                "population and that vaccination was a plot against them. Such "
                "claims work because they arrive through trusted channels and offer "
                "simple explanations in frightening times; they also feed conspiracy "
                "theories about hostile groups."
            ),
            "recognition": (
                "No source, or a source that cannot be checked; claims that experts "
                "are hiding the truth.\n"
                "Religious authority used to settle medical or scientific "
                "questions.\n"
                "Ignoring doctors' advice presented as a test of faith.\n"
                "A story of a secret plot by a named group: a nationality, another "
                "religion, rich foreigners.\n"
                "Techniques: false authority, conspiracy theory, fear, pressure to "
                "share quickly."
            ),
            "description": (
                "The study found that some religious online resources became one of "
                "the main sources of pandemic disinformation: one popular channel "
                "had about 190,000 subscribers, and such ideas were readily accepted "
                "by believers and by people with less formal education. Materials "
                "that answer it do not ridicule faith. They show how to check a "
                "claim, bring doctors and imams to speak together, and explain that "
                "caring for one's own health and for others' is a shared religious "
                "and civic value."
            ),
        },
    },
]
