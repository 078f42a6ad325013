"""Demo library content for Kopir: alternative-narrative materials in kk, ru and en.

Plain data for the demo seed: each material is a dict, and body blocks are
``(block_type, value)`` tuples matching ``content.blocks.BodyBlock``. Facts cite the
2020 youth survey (1,002 respondents aged 18-35), the monitoring news report and the
Almaty advisory centre report. Manipulative claims are only paraphrased, never quoted.
The helpline number 114 is a placeholder used across the demo.
"""

MATERIALS = [
    {
        "key": "talking-with-your-son",
        "format": "article",
        "target_groups": ["parents", "youth-18-21"],
        "narratives": ["us-versus-them"],
        "themes": ["family", "dialogue"],
        "regions": [],
        "tags": ["parents", "conversation"],
        "organisation": "almaty-city-irg",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#0b5d6b",
            "motif": "circles",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Ұлыңыз сізбен сөйлеспей кетсе, не істеу керек",
                "summary": (
                    "Ұлы жабық онлайн-топтарға кетіп, адамдарды «өзіміз» және "
                    "«бөтендер» деп бөле бастаған ата-аналарға психологтың практикалық "
                    "кеңестері."
                ),
                "image_alt": (
                    "Қатар отырған екі адамдай бір-біріне кірігіп тұрған қою көгілдір "
                    "екі шеңбер."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Көп ата-ана өзгерісті атын атай алмай тұрып-ақ "
                            "байқайды: ұлы кешке дейін телефоннан бас алмайды, ескі "
                            "достарынан алыстайды, адамдарды «дұрыс» адамдар және "
                            "қалғандары деп бөле бастайды. Бұл қорқытады, бірақ бұл — "
                            "белгі де: ол тиесілілікті, мән-мағына мен құрметті іздеп "
                            "жүр. Мұның бәрін оған әлі де өз отбасы бере алады.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Алдымен тыңдаңыз, дауласу кейін",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Тыйымнан басталған әңгіме әдетте үнсіздікпен "
                            "аяқталады. Басқаша байқап "
                            "көріңіз:</p><ul><li><b>Көзқарасын емес, күнін "
                            "сұраңыз.</b> Оның өміріне деген қызығушылық қалғанының "
                            "бәріне есік ашады.</li><li><b>Бойындағы жақсы қасиеттерді "
                            "атаңыз</b>: адалдығын, иманды адам болғысы келетінін, "
                            "әділдікке құштарлығын.</li><li><b>Өз жастық шағыңыздағы "
                            "күмәндарыңызбен бөлісіңіз</b> — сонда ол сұрақ қою "
                            "қалыпты нәрсе екенін түсінеді.</li><li><b>Бірге бір іс "
                            "жасауды тоқтатпаңыз</b>: кешкі ас, үй жөндеу, ата-әжеге "
                            "бару.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар жастарды туыстары оларды түсінбейді, "
                                "нағыз дос тек жабық онлайн-топта ғана болады деп "
                                "сендіреді."
                            ),
                            "answer": (
                                "<p>Жақындарынан алшақтату — сенімнің емес, "
                                "манипуляцияның айқын белгісі. Барлық ірі діни "
                                "дәстүрлер ата-ананы құрметтеуге және туыстық "
                                "байланысты сақтауға үйретеді. Осы байланысты үзуді "
                                "талап ететін топқа адамның игілігі емес, оған билік "
                                "жүргізу керек.</p>"
                            ),
                            "source": "Алматы қаласының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "82,6%",
                            "statement": (
                                "Жастардың дәл осынша бөлігі әлеуметтік желіні ең "
                                "алдымен отбасымен және достарымен байланысу үшін "
                                "пайдаланады. Демек, сол желілерде сіздің де дауысыңыз "
                                "естілуі мүмкін."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Отбасылар мен жастарға арналған сенім телефоны",
                            "phone": "114",
                            "hours": "Дс–Жм, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Психологпен немесе дінтанушымен құпия әңгіме. Өзіңіз "
                                "туралы да, жақын адамыңыз туралы да хабарласуға "
                                "болады."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Как говорить с сыном, если он перестал с вами разговаривать",
                "summary": (
                    "Практические советы психолога родителям, чей сын ушёл в закрытые "
                    "онлайн-группы и стал делить людей на «своих» и «чужих»."
                ),
                "image_alt": (
                    "Два пересекающихся круга глубокого бирюзового цвета — словно два "
                    "человека сидят рядом."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Многие родители замечают перемены раньше, чем могут их "
                            "назвать: сын проводит вечера в телефоне, отдаляется от "
                            "старых друзей и начинает делить людей на «правильных» и "
                            "всех остальных. Это пугает, но это и сигнал: он ищет "
                            "принадлежности, смысла и уважения. Всё это ему "
                            "по-прежнему может дать родная семья — в семье его любят и "
                            "ждут.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Сначала выслушайте, спорьте потом",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Разговор, который начинается с запрета, обычно "
                            "заканчивается молчанием. Попробуйте "
                            "иначе:</p><ul><li><b>Спрашивайте о его дне, а не о его "
                            "взглядах.</b> Интерес к его жизни открывает дверь ко "
                            "всему остальному.</li><li><b>Скажите, что вы в нём "
                            "цените</b>: честность, желание быть верующим человеком, "
                            "чувство справедливости.</li><li><b>Расскажите о своих "
                            "сомнениях</b> в его возрасте — так он поймёт, что "
                            "задавать вопросы нормально.</li><li><b>Продолжайте делать "
                            "что-то вместе</b>: ужин, ремонт, поездка к бабушке с "
                            "дедушкой.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые публикации внушают молодым людям, что "
                                "родные их не понимают, а настоящих друзей можно найти "
                                "только в закрытой онлайн-группе."
                            ),
                            "answer": (
                                "<p>Отрыв от близких — типичный признак манипуляции, а "
                                "не веры. Все большие религиозные традиции учат "
                                "почитать родителей и беречь родство. Группа, которая "
                                "требует разорвать эти связи, хочет власти над "
                                "человеком, а не добра для него.</p>"
                            ),
                            "source": "Информационно-разъяснительная группа г. Алматы",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "82,6%",
                            "statement": (
                                "Такая доля молодых людей пользуется соцсетями прежде "
                                "всего для общения с семьёй и друзьями. Значит, в тех "
                                "же сетях может звучать и ваш голос."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Телефон доверия для семей и молодёжи",
                            "phone": "114",
                            "hours": "Пн–Пт, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Конфиденциальная беседа с психологом или "
                                "религиоведом. Можно позвонить о себе или о близком "
                                "человеке."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "How to talk with your son when he stops talking to you",
                "summary": (
                    "A psychologist's practical advice for parents whose son has "
                    "withdrawn into closed online groups and started dividing people "
                    "into 'us' and 'them'."
                ),
                "image_alt": (
                    "Two overlapping deep teal circles, like two people sitting close "
                    "together."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Many parents notice the change before they can name "
                            "it: their son spends his evenings on the phone, drifts "
                            "away from old friends and begins to sort people into the "
                            "'right' ones and everyone else. It is frightening, but it "
                            "is also a signal: he is looking for belonging, meaning "
                            "and respect. His own family can still give him all "
                            "three.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Listen first, argue later",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>A conversation that starts with a ban usually ends in "
                            "silence. Try this instead:</p><ul><li><b>Ask about his "
                            "day, not about his views.</b> Interest in his life opens "
                            "the door to everything else.</li><li><b>Name what you "
                            "value in him</b>: his honesty, his wish to be a person of "
                            "faith, his sense of justice.</li><li><b>Share the doubts "
                            "you had</b> at his age, so he sees that asking questions "
                            "is normal.</li><li><b>Keep doing things together</b>: a "
                            "meal, a repair job, a visit to his grandparents.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts tell young people that their relatives "
                                "cannot understand them and that real friends are "
                                "found only in a closed online group."
                            ),
                            "answer": (
                                "<p>Cutting someone off from loved ones is a typical "
                                "sign of manipulation, not of faith. All the great "
                                "religious traditions teach respect for parents and "
                                "care for kinship. A group that demands breaking those "
                                "ties wants power over a person, not his good.</p>"
                            ),
                            "source": "Almaty city information and explanatory group",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "82.6%",
                            "statement": (
                                "This is the share of young people who use social "
                                "networks mainly to stay in touch with family and "
                                "friends. Your voice can be heard in the same networks."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Helpline for families and young people",
                            "phone": "114",
                            "hours": "Mon–Fri, 9:00–18:00",
                            "address": "",
                            "description": (
                                "A confidential conversation with a psychologist or a "
                                "religious scholar. You can call about yourself or "
                                "about someone close to you."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "faith-and-law",
        "format": "qa",
        "target_groups": ["practising-believers", "civil-servants"],
        "narratives": ["secularism-vs-religiosity"],
        "themes": ["civic-belonging", "interfaith-respect"],
        "regions": [],
        "tags": ["secular state", "rights"],
        "organisation": "atyrau-region-irg",
        "licence": "cc-by-sa-4.0",
        "image": {
            "colour": "#4f7d5c",
            "motif": "arcs",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Сенім және заң: діндарлар жиі қоятын сұрақтар",
                "summary": (
                    "Зайырлы мемлекетте сенімге сай өмір сүру туралы діндарлардың "
                    "сұрақтарына қысқа әрі шынайы жауаптар."
                ),
                "image_alt": "Қатар көтерілген жұмсақ жасыл доғалар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Зайырлы мемлекет — дінге қарсы мемлекет емес. Ол "
                            "азаматтарына сенім таңдап бермейді және әр адамның "
                            "сенуге, ғибадат етуге және ар-ожданына сай өмір сүруге "
                            "құқығын қорғайды. Төменде Атырау облысының дінтанушысы "
                            "мен заңгері кездесулерде жиі еститін сұрақтарға жауап "
                            "береді.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Кездесулерде қойылған сұрақтар",
                            "items": [
                                {
                                    "question": (
                                        "Шынайы мұсылман әрі адал азамат болуға бола "
                                        "ма?"
                                    ),
                                    "answer": (
                                        "<p>Иә. Миллиондаған діндар адам күн сайын дәл "
                                        "осылай өмір сүреді. Адал еңбек, ата-ана мен "
                                        "көршіге қамқорлық, уәдеге беріктік — бұлар "
                                        "әрі діни қасиеттер, әрі берекелі қоғамның "
                                        "негізі.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Діндар ретіндегі құқығымды кім қорғайды?"
                                    ),
                                    "answer": (
                                        "<p>Ар-ождан бостандығына Конституция кепілдік "
                                        "береді. Құқығыңыз бұзылды деп санасаңыз, "
                                        "заңгерге, адам құқықтары жөніндегі уәкілге "
                                        "немесе құқық қорғау ұйымына жүгініңіз. Бейбіт "
                                        "әрі заңды жолдар — шын нәтиже беретін "
                                        "жолдар.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Заң немесе шешім әділетсіз көрінсе, не "
                                        "істеймін?"
                                    ),
                                    "answer": (
                                        "<p>Ол туралы айтыңыз: өтініш арқылы, қоғамдық "
                                        "тыңдауда, депутатыңыз арқылы, сотта. Ашық әрі "
                                        "заңды түрде білдірілген келіспеушілік — "
                                        "азаматтық өмірдің бір бөлігі. Қоғамды "
                                        "тұтастай теріске шығаруға шақыру мәселені "
                                        "шешпейді, тек оқшаулық пен қауіпке "
                                        "апарады.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Дін туралы сұрақты қорықпай қайдан қоюға "
                                        "болады?"
                                    ),
                                    "answer": (
                                        "<p>Өзіңіз сенетін имамнан, "
                                        "ақпараттық-түсіндіру тобының дінтанушысынан "
                                        "сұраңыз немесе сенім телефонына қоңырау "
                                        "шалыңыз. Ешбір сұрақ ұят емес, оны қою қылмыс "
                                        "емес.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір онлайн-парақшалар діндар адам зайырлы сот пен "
                                "заңдарды толықтай теріске шығаруы керек, ал "
                                "келіспегеннің бәрі жау деп мәлімдейді."
                            ),
                            "answer": (
                                "<p>Бұл пікір дұрыс өмір сүруге деген шынайы ниетті "
                                "алып, оны өшпенділікке айналдырады. Ислам ғұламалары "
                                "ежелден келісімді сақтау және өзің тұратын елдің "
                                "заңымен бейбіт өмір сүру міндетін мойындаған. "
                                "Көршілерді пікірі бөлек болғаны үшін «жау» деп "
                                "жариялау — діни парыз емес, саяси айла.</p>"
                            ),
                            "source": "Атырау облысының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Мен намазымды да оқимын, жұмыста уәдемде де тұрамын. "
                                "Ешкім маған осы екеуінің бірін таңда деп айтқан емес."
                            ),
                            "attribution": "Атыраулық инженер, үш баланың әкесі",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Сұрағыңызды таппадыңыз ба? Бізге жіберіңіз — "
                                "дінтанушылар мен заңгерлер қазақ және орыс тілдерінде "
                                "жауап береді."
                            ),
                            "link_label": "Сұрақ қою",
                            "url": "https://example.org/ask",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Вера и закон: вопросы, которые задают верующие",
                "summary": (
                    "Короткие и честные ответы на вопросы практикующих верующих о "
                    "жизни по вере в светском государстве."
                ),
                "image_alt": "Мягкие зелёные дуги, поднимающиеся рядом друг с другом.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Светское государство — это не государство против "
                            "религии. Оно не выбирает веру за граждан и защищает право "
                            "каждого верить, молиться и жить по совести. Ниже "
                            "религиовед и юрист из Атырауской области отвечают на "
                            "вопросы, которые чаще всего слышат на встречах.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Вопросы со встреч",
                            "items": [
                                {
                                    "question": (
                                        "Можно ли быть искренним мусульманином и "
                                        "добросовестным гражданином одновременно?"
                                    ),
                                    "answer": (
                                        "<p>Да. Миллионы верующих живут именно так "
                                        "каждый день. Честный труд, забота о родителях "
                                        "и соседях, верность слову — это и религиозные "
                                        "добродетели, и основа благополучного "
                                        "общества.</p>"
                                    ),
                                },
                                {
                                    "question": "Кто защищает мои права как верующего?",
                                    "answer": (
                                        "<p>Конституция гарантирует свободу совести. "
                                        "Если вы считаете, что ваши права нарушены, "
                                        "обратитесь к юристу, к уполномоченному по "
                                        "правам человека или в правозащитную "
                                        "организацию. Мирные и законные пути — это и "
                                        "есть пути, которые действительно работают.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Что делать, если закон или решение кажутся "
                                        "мне несправедливыми?"
                                    ),
                                    "answer": (
                                        "<p>Говорить об этом: в обращении, на "
                                        "общественных слушаниях, через своего "
                                        "депутата, в суде. Открытое и законное "
                                        "несогласие — часть гражданской жизни. Призывы "
                                        "отвергнуть общество целиком проблему не "
                                        "решают, а ведут только к изоляции и риску.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Где можно без страха задать вопрос о вере?"
                                    ),
                                    "answer": (
                                        "<p>Спросите имама, которому доверяете, "
                                        "религиоведа информационно-разъяснительной "
                                        "группы или позвоните на телефон доверия. Ни "
                                        "один вопрос не постыден, и задать его — не "
                                        "преступление.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые онлайн-страницы утверждают, что верующий "
                                "обязан полностью отвергнуть светские суды и законы, а "
                                "любой несогласный — враг."
                            ),
                            "answer": (
                                "<p>Это утверждение берёт искреннее желание жить "
                                "праведно и превращает его во вражду. Исламская "
                                "богословская традиция давно признаёт обязанность "
                                "соблюдать договорённости и мирно жить по законам "
                                "страны, в которой живёшь. Объявлять соседей «врагами» "
                                "за несогласие — политический приём, а не религиозный "
                                "долг.</p>"
                            ),
                            "source": (
                                "Информационно-разъяснительная группа Атырауской "
                                "области"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Я совершаю намаз и держу слово на работе. Никто ни "
                                "разу не требовал от меня выбирать между этим."
                            ),
                            "attribution": "Инженер из Атырау, отец троих детей",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Не нашли своего вопроса? Пришлите его нам — "
                                "религиоведы и юристы ответят на казахском и русском "
                                "языках."
                            ),
                            "link_label": "Задать вопрос",
                            "url": "https://example.org/ask",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Faith and the law: questions believers ask",
                "summary": (
                    "Short, honest answers to the questions practising believers ask "
                    "about living by their faith in a secular state."
                ),
                "image_alt": "Soft green arcs rising side by side.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>A secular state is not a state against religion. It "
                            "does not choose a faith for its citizens, and it protects "
                            "everyone's right to believe, to pray and to live by their "
                            "conscience. Below, a religious scholar and a lawyer from "
                            "the Atyrau region answer the questions they hear most "
                            "often at meetings.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": "Questions from our meetings",
                            "items": [
                                {
                                    "question": (
                                        "Can I be a sincere Muslim and a good citizen "
                                        "at the same time?"
                                    ),
                                    "answer": (
                                        "<p>Yes. Millions of believers live exactly "
                                        "like this every day. Honest work, care for "
                                        "parents and neighbours, keeping your word — "
                                        "these are religious virtues and also the "
                                        "foundation of a healthy society.</p>"
                                    ),
                                },
                                {
                                    "question": "Who protects my rights as a believer?",
                                    "answer": (
                                        "<p>The Constitution guarantees freedom of "
                                        "conscience. If you think your rights have "
                                        "been violated, turn to a lawyer, the human "
                                        "rights commissioner or a human rights "
                                        "organisation. Peaceful, lawful ways are also "
                                        "the ways that actually work.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "What if a law or a decision seems unfair to "
                                        "me?"
                                    ),
                                    "answer": (
                                        "<p>Say so: in a petition, at a public "
                                        "hearing, through your deputy, in court. Open "
                                        "and lawful disagreement is part of civic "
                                        "life. Calls to reject society as a whole "
                                        "solve nothing; they lead only to isolation "
                                        "and risk.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Where can I ask a question about faith "
                                        "without fear?"
                                    ),
                                    "answer": (
                                        "<p>Ask an imam you trust or a religious "
                                        "scholar from an information and explanatory "
                                        "group, or call the helpline. No question is "
                                        "shameful, and asking it is not a crime.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some online pages claim that a believer must reject "
                                "secular courts and laws entirely, and that anyone who "
                                "disagrees is an enemy."
                            ),
                            "answer": (
                                "<p>This claim takes a sincere wish to live rightly "
                                "and turns it into hostility. Islamic scholarship has "
                                "long recognised the duty to keep agreements and to "
                                "live peacefully under the laws of the country you "
                                "live in. Calling neighbours 'enemies' because they "
                                "disagree is a political tactic, not a religious "
                                "duty.</p>"
                            ),
                            "source": "Atyrau region information and explanatory group",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "I keep my prayers and I keep my word at work. Nobody "
                                "has ever asked me to choose between the two."
                            ),
                            "attribution": "An engineer from Atyrau, father of three",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Didn't find your question? Send it to us — our "
                                "religious scholars and lawyers answer in Kazakh and "
                                "Russian."
                            ),
                            "link_label": "Ask a question",
                            "url": "https://example.org/ask",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "check-before-you-share",
        "format": "poster",
        "target_groups": ["youth-18-21", "rural-youth"],
        "narratives": ["religious-disinformation"],
        "themes": ["media-literacy"],
        "regions": [],
        "tags": ["fact-checking", "social media"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#c97b30",
            "motif": "dots",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Бөліспес бұрын тексер: шошытатын жазбаға бес сұрақ",
                "summary": (
                    "Колледждерге, жастар орталықтары мен ауыл клубтарына арналған "
                    "плакат: діни жалған ақпаратты тануға көмектесетін бес жылдам "
                    "сұрақ."
                ),
                "image_alt": "Тізімге ұқсайтын жылы қызғылт сары нүктелер қатары.",
                "body": [
                    (
                        "heading",
                        {
                            "text": "«Бөлісу» батырмасын басар алдында бес сұрақ",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Өзіңнен сұра:</p><ul><li><b>Мұны кім жасады?</b> "
                            "Аты-жөні, ұйымы, бет-бейнесі бар ма, әлде ешкім емес "
                            "пе?</li><li><b>Дәлел қайда?</b> Тексеруге болатын құжат, "
                            "дәрігер, ғалым бар ма, әлде тек «бәрі біледі» "
                            "ме?</li><li><b>Ол менде қандай сезім тудырғысы "
                            "келеді?</b> Қорқыныш пен ашу сабырлы ойлауды "
                            "сөндіреді.</li><li><b>Кім кінәлі деп көрсетілген?</b> "
                            "Егер бәріне тұтас бір халық, дін не ел кінәлі болса — бұл "
                            "манипуляция.</li><li><b>Мен сенетін адамдар не дейді?</b> "
                            "Имамнан, мұғалімнен, дәрігерден, ата-анаңнан "
                            "сұра.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "60%",
                            "statement": (
                                "Жастардың осынша бөлігі ел мен әлем жаңалықтарын "
                                "әлеуметтік желіден біледі, тағы 45%-ы YouTube-тан "
                                "алады. Бөліспес бұрынғы кідіріс достарыңды да "
                                "қорғайды."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір бейнежазбалар денсаулық немесе әлемдік "
                                "оқиғалар туралы қауесетті «ғалымдар жасырып отырған» "
                                "құпия шындық ретінде көрсетіп, оны аяттар мен "
                                "дұғалармен араластырады."
                            ),
                            "answer": (
                                "<p>Діни сөздер қауесетті шындыққа айналдырмайды. "
                                "Мұсылманға хабарды басқаға жеткізбес бұрын тексеру "
                                "бұйырылған, ал адал ғұламалар ешқашан дәрігерден де, "
                                "деректен де қашуға шақырмайды. Бейнежазба қорқынышпен "
                                "ойнап, тексерілетін дереккөз көрсетпесе, оны таратпа "
                                "— талқыла.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Плакатты жүктеп алып, сыныбыңызға, клубыңызға немесе "
                                "жатақханаңызға іліңіз."
                            ),
                            "link_label": "Плакатты жүктеу",
                            "url": "https://example.org/posters/check-before-you-share",
                        },
                    ),
                ],
            },
            "ru": {
                "title": (
                    "Проверь, прежде чем делиться: пять вопросов к шокирующему посту"
                ),
                "summary": (
                    "Плакат для колледжей, молодёжных центров и сельских клубов: пять "
                    "быстрых вопросов, которые помогают распознать религиозную "
                    "дезинформацию."
                ),
                "image_alt": "Ряды тёплых оранжевых точек, похожие на список дел.",
                "body": [
                    (
                        "heading",
                        {
                            "text": "Пять вопросов, прежде чем нажать «поделиться»",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Спроси себя:</p><ul><li><b>Кто это сделал?</b> Имя, "
                            "организация, лицо — или никто?</li><li><b>Где "
                            "доказательства?</b> Документы, врачи, учёные, которых "
                            "можно проверить, — или только «все знают»?</li><li><b>Что "
                            "меня хотят заставить почувствовать?</b> Страх и гнев "
                            "отключают трезвое мышление.</li><li><b>Кого обвиняют?</b> "
                            "Если во всём виноват целый народ, религия или страна — "
                            "это манипуляция.</li><li><b>Что говорят люди, которым я "
                            "доверяю?</b> Спроси имама, учителя, врача, "
                            "родителей.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "60%",
                            "statement": (
                                "Такая доля молодых людей узнаёт новости о стране и "
                                "мире из соцсетей, ещё 45% — из YouTube. Пауза перед "
                                "репостом бережёт и твоих друзей."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые ролики выдают слухи о здоровье или мировых "
                                "событиях за тайную истину, которую «скрывают учёные», "
                                "и смешивают их с аятами и молитвами."
                            ),
                            "answer": (
                                "<p>Религиозные слова не делают слух правдой. "
                                "Верующему велено проверять весть, прежде чем её "
                                "передавать, а честные богословы никогда не призывают "
                                "прятаться от врачей и фактов. Если ролик играет на "
                                "страхе и не даёт источника, который можно проверить, "
                                "не пересылай его — лучше обсуди.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Скачайте плакат и повесьте его в классе, клубе или "
                                "общежитии."
                            ),
                            "link_label": "Скачать плакат",
                            "url": "https://example.org/posters/check-before-you-share",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Check before you share: five questions for any shocking post",
                "summary": (
                    "A poster for colleges, youth centres and village clubs with five "
                    "quick questions that help to spot religious disinformation."
                ),
                "image_alt": "Rows of warm orange dots, like a checklist.",
                "body": [
                    (
                        "heading",
                        {
                            "text": "Five questions before you press 'share'",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ask yourself:</p><ul><li><b>Who made it?</b> A name, "
                            "an organisation, a face — or nobody?</li><li><b>Where is "
                            "the proof?</b> Documents, doctors, scholars you can check "
                            "— or only 'everybody knows'?</li><li><b>What does it want "
                            "me to feel?</b> Fear and anger switch off clear "
                            "thinking.</li><li><b>Who gets the blame?</b> If a whole "
                            "people, faith or country is guilty of everything, it is "
                            "manipulation.</li><li><b>What do people I trust say?</b> "
                            "Ask an imam, a teacher, a doctor, your parents.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "60%",
                            "statement": (
                                "This is the share of young people who get news about "
                                "the country and the world from social networks; 45% "
                                "also get it from YouTube. A pause before sharing "
                                "protects your friends too."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some videos present rumours about health or world "
                                "events as a secret truth that 'scholars are hiding', "
                                "mixed with verses and prayers."
                            ),
                            "answer": (
                                "<p>Religious words do not make a rumour true. "
                                "Believers are taught to verify news before passing it "
                                "on, and honest scholars never tell anyone to hide "
                                "from doctors or facts. If a video plays on fear and "
                                "gives no source you can check, don't forward it — "
                                "talk about it.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Download the poster and put it up in your classroom, "
                                "club or dormitory."
                            ),
                            "link_label": "Download the poster",
                            "url": "https://example.org/posters/check-before-you-share",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "faith-fear-and-rumours",
        "format": "video",
        "target_groups": ["practising-believers", "parents"],
        "narratives": ["religious-disinformation", "demonising-the-west"],
        "themes": ["media-literacy", "support-for-loved-ones"],
        "regions": [],
        "tags": ["pandemic", "conspiracy theories", "health"],
        "organisation": "almaty-city-irg",
        "licence": "cc-by-nc-4.0",
        "image": {
            "colour": "#4a7fa8",
            "motif": "stripes",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Сенім, қорқыныш және қауесет: дәрігер мен имам пандемия бейнелері "
                    "туралы"
                ),
                "summary": (
                    "Отбасылық дәрігер мен имам пандемия туралы қастандық "
                    "бейнежазбалары діндарлар арасында неге тез таралатынын және "
                    "оларға қалай сабырмен жауап беруге болатынын түсіндіреді."
                ),
                "image_alt": "Тынық суға ұқсайтын нәзік көгілдір көлденең жолақтар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Пандемия кезінде көп отбасы мессенджерлерде вирусты "
                            "әдейі ойлап тапты, ал екпе — қастандықтың бір бөлігі "
                            "деген бейнежазбалар алды. Олардың кейбірі діни сөздермен "
                            "көмкерілгендіктен, діндарларға сенімді болып көрінді. Бұл "
                            "қысқа фильмде алматылық отбасылық дәрігер мен имам мұндай "
                            "әңгімелердің неге иландыратынын және оның орнына не "
                            "көмектесетінін айтады.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Фильм не туралы",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Қорқыныш бізді күрделі оқиғалардың қарапайым "
                            "түсіндірмесіне неге сендіреді.</li><li>Денсаулыққа "
                            "қамқорлық неге сенімнің бір бөлігі: өмірді сақтау — "
                            "әлсіздік емес, міндет.</li><li>Мұндай бейнежазбаларды "
                            "қайта-қайта жіберетін жасы үлкен туысқанмен оны "
                            "келемеждемей қалай сөйлесуге болады.</li><li>Денсаулық "
                            "пен дін туралы сенімді ақпаратты қайдан табуға "
                            "болады.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір бейнежазбалар пандемияны мұсылмандарға зиян "
                                "келтіру және халық санын азайту үшін шетелдік "
                                "элитаның жасырын тобы ұйымдастырды деп мәлімдеді."
                            ),
                            "answer": (
                                "<p>Жасырын әлемдік қастандық туралы әңгімелер ескі, "
                                "әрі оларға әрдайым бір «жауыз» керек — көбіне тұтас "
                                "бір халық не тұтас бір дін. Олар тексеруге болатын "
                                "дәлел бермейді, қорқынышты өшпенділікке айналдырады. "
                                "Түрлі сенімдегі дәрігерлер, соның ішінде көптеген "
                                "мұсылман дәрігерлер, күндіз-түні адам өмірін "
                                "құтқарды. Науқасқа қамқорлық жасау мен өзгені қорғау "
                                "— кез келген діннің өзегіне жақын құндылық.</p>"
                            ),
                            "source": "Алматы қаласының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Туысым маған осындай бейнежазба жіберсе, чатта "
                                "дауласпаймын. Оған қоңырау шалып, хал-жағдайын "
                                "сұраймын, сосын оны не алаңдатып жүргенін бірге "
                                "әңгімелейміз."
                            ),
                            "attribution": "Отбасылық дәрігер, Алматы",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Фильмді бүкіл отбасыңызбен көріп, соңындағы "
                                "сұрақтарды талқылаңыз."
                            ),
                            "link_label": "Фильмді көру",
                            "url": "https://example.org/video/faith-fear-and-rumours",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Вера, страх и слухи: врач и имам о роликах про пандемию",
                "summary": (
                    "Семейный врач и имам объясняют, почему конспирологические ролики "
                    "о пандемии быстро расходятся среди верующих и как спокойно на них "
                    "отвечать."
                ),
                "image_alt": (
                    "Мягкие голубые горизонтальные полосы, похожие на спокойную воду."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Во время пандемии многие семьи получали в мессенджерах "
                            "ролики о том, что вирус придумали нарочно, а прививки — "
                            "часть заговора. Некоторые из них были облечены в "
                            "религиозные слова, и поэтому верующим они казались "
                            "заслуживающими доверия. В этом коротком фильме семейный "
                            "врач и имам из Алматы говорят о том, почему такие истории "
                            "убеждают и что помогает вместо них.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "О чём фильм",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Почему страх заставляет верить простым "
                            "объяснениям сложных событий.</li><li>Почему забота о "
                            "здоровье — часть веры: беречь жизнь — обязанность, а не "
                            "слабость.</li><li>Как говорить с пожилым родственником, "
                            "который снова и снова пересылает такие ролики, — не "
                            "высмеивая его.</li><li>Где искать надёжные сведения о "
                            "здоровье и о религии.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые ролики утверждали, что пандемию устроила "
                                "тайная группа иностранных элит, чтобы навредить "
                                "мусульманам и сократить население."
                            ),
                            "answer": (
                                "<p>Истории о тайном мировом заговоре стары, и им "
                                "всегда нужен злодей — часто целый народ или целая "
                                "религия. Они не дают доказательств, которые можно "
                                "проверить, и превращают страх в ненависть. Врачи всех "
                                "вероисповеданий, среди них множество "
                                "врачей-мусульман, днём и ночью спасали жизни. Забота "
                                "о больных и защита других близки к самому сердцу "
                                "любой религии.</p>"
                            ),
                            "source": "Информационно-разъяснительная группа г. Алматы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Когда родственник присылает мне такой ролик, я не "
                                "спорю в чате. Я звоню ему, спрашиваю, как он, и тогда "
                                "мы говорим о том, что его тревожит."
                            ),
                            "attribution": "Семейный врач, Алматы",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Посмотрите фильм всей семьёй и обсудите вопросы в "
                                "конце."
                            ),
                            "link_label": "Смотреть фильм",
                            "url": "https://example.org/video/faith-fear-and-rumours",
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "Faith, fear and rumours: a doctor and an imam on pandemic videos"
                ),
                "summary": (
                    "A family doctor and an imam explain why conspiracy videos about "
                    "the pandemic spread so quickly among believers and how to answer "
                    "them calmly."
                ),
                "image_alt": "Gentle blue horizontal stripes, like calm water.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>During the pandemic, many families received videos on "
                            "messengers saying that the virus had been invented on "
                            "purpose and that vaccines were part of a plot. Some of "
                            "these videos were wrapped in religious language, so "
                            "believers found them trustworthy. In this short film, a "
                            "family doctor and an imam from Almaty talk about why such "
                            "stories convince people and what helps instead.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "What the film covers",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Why fear makes us believe simple explanations of "
                            "complicated events.</li><li>Why caring for health is part "
                            "of faith: protecting life is a duty, not a "
                            "weakness.</li><li>How to talk with an older relative who "
                            "keeps forwarding such videos — without mocking "
                            "him.</li><li>Where to find reliable information about "
                            "health and about religion.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some videos claimed that the pandemic was staged by a "
                                "secret group of foreign elites to harm Muslims and "
                                "reduce the world's population."
                            ),
                            "answer": (
                                "<p>Stories about a secret world plot are old, and "
                                "they always need a villain — often a whole people or "
                                "a whole religion. They offer no evidence you can "
                                "check, and they turn fear into hatred. Doctors of "
                                "every faith, among them many Muslim doctors, worked "
                                "day and night to save lives. Caring for the sick and "
                                "protecting others is close to the heart of every "
                                "religion.</p>"
                            ),
                            "source": "Almaty city information and explanatory group",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "When a relative sends me a video like that, I don't "
                                "argue in the chat. I call him, ask how he is doing, "
                                "and then we talk about what is worrying him."
                            ),
                            "attribution": "Family doctor, Almaty",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Watch the film with your family and talk about the "
                                "questions at the end."
                            ),
                            "link_label": "Watch the film",
                            "url": "https://example.org/video/faith-fear-and-rumours",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "my-friends-my-city",
        "format": "social-series",
        "target_groups": ["youth-18-21", "young-adults-26-35"],
        "narratives": ["ethnic-exclusivity"],
        "themes": ["tolerance", "civic-belonging"],
        "regions": [],
        "tags": ["friendship", "instagram"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-sa-4.0",
        "image": {
            "colour": "#b8893a",
            "motif": "dots",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Менің достарым, менің қалам: достық туралы жазбалар топтамасы"
                ),
                "summary": (
                    "Instagram мен TikTok-қа арналған қысқа әңгімелер топтамасы: түрлі "
                    "өңірлердің жастары басқа ұлттан шыққан дос олардың өміріне қалай "
                    "кіргенін айтады."
                ),
                "image_alt": "Бір шеңберге жиналған кішкентай сарғылт нүктелер.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Адамдарды ұлтына қарай бөлетін жазбалар шулы пікір "
                            "жинайды, бірақ Қазақстан жастарының көпшілігі шын мәнінде "
                            "қалай өмір сүретінін көрсетпейді. Бұл топтама өмірдің "
                            "қарапайым жағын көрсетеді: математикадан көмектескен "
                            "сыныптасты, сені қорғап қалған командаласты, Наурыз бен "
                            "Жаңа жылды бірге қарсы алатын көршілерді.</p>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "57%",
                            "statement": (
                                "Жастардың осынша бөлігі достарының арасында басқа ұлт "
                                "өкілдері көп екеніне толық келіседі; тағы 19%-ы бұған "
                                "ішінара келіседі."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Бөлімдер",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>1-бөлім. Футбол командасы.</b> Он бір ойыншы, "
                            "алты ұлт, бір мақсат.</li><li><b>2-бөлім. Түнгі "
                            "ауысым.</b> Бір-бірінің орнын басып жүрген павлодарлық "
                            "екі мейірбике.</li><li><b>3-бөлім. Әжелердің "
                            "рецептері.</b> Қарағандыдағы жатақханада студенттер "
                            "отбасылық тағамдарымен алмасады.</li><li><b>4-бөлім. "
                            "Той.</b> Екі отбасы бір-бірінің салт-дәстүрін қалай "
                            "үйренді.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар басқа ұлт өкілдері елге қауіп "
                                "төндіреді, сондықтан қазақ жастары олардан аулақ "
                                "жүруі керек деп мәлімдейді."
                            ),
                            "answer": (
                                "<p>Қазақстан — барлық азаматтарының ортақ үйі, "
                                "әрқайсысы қоғамның толыққанды мүшесі. Бұл "
                                "топтамадағыдай достық — ерекше жағдай емес, жастардың "
                                "көпшілігінің күнделікті өмірі. «Бөтендерден» қорқыныш "
                                "адамдар бірін-бірі білмейтін жерде өседі — ендеше, "
                                "танысыңыздар.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Өз әңгімеңізді #МеніңДостарымМеніңҚалам хэштегімен "
                                "бөлісіңіз."
                            ),
                            "link_label": "Әңгіме жіберу",
                            "url": "https://example.org/stories/my-friends-my-city",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Мои друзья, мой город: серия постов о дружбе",
                "summary": (
                    "Серия коротких историй для Instagram и TikTok: молодые люди из "
                    "разных регионов рассказывают, как друг другой национальности стал "
                    "частью их жизни."
                ),
                "image_alt": "Маленькие янтарные точки, собранные в один круг.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Посты, которые делят людей по национальности, собирают "
                            "громкие реакции, но не описывают, как на самом деле живёт "
                            "большинство молодёжи Казахстана. Эта серия показывает "
                            "обычную сторону жизни: одноклассника, который помогал с "
                            "математикой, товарища по команде, который за тебя "
                            "заступился, соседей, с которыми вы вместе встречаете "
                            "Наурыз и Новый год.</p>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "57%",
                            "statement": (
                                "Такая доля молодых людей полностью согласна, что "
                                "среди их друзей много людей других национальностей; "
                                "ещё 19% скорее согласны."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Эпизоды",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Эпизод 1. Футбольная команда.</b> Одиннадцать "
                            "игроков, шесть национальностей, одна "
                            "цель.</li><li><b>Эпизод 2. Ночная смена.</b> Две "
                            "медсестры из Павлодара, которые подменяют друг "
                            "друга.</li><li><b>Эпизод 3. Бабушкины рецепты.</b> "
                            "Студенты в карагандинском общежитии обмениваются "
                            "семейными блюдами.</li><li><b>Эпизод 4. Свадьба.</b> Как "
                            "две семьи учились обычаям друг друга.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые посты утверждают, что люди другой "
                                "национальности — угроза стране и что молодым казахам "
                                "нужно держаться от них в стороне."
                            ),
                            "answer": (
                                "<p>Казахстан — общий дом для всех его граждан, и "
                                "каждый из них — полноправный член общества. Дружба, "
                                "как в этой серии, — не исключение, а обычная жизнь "
                                "большинства молодых людей. Страх перед «чужими» "
                                "растёт там, где люди не знают друг друга, — так что "
                                "знакомьтесь.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Расскажите свою историю с хештегом #МоиДрузьяМойГород."
                            ),
                            "link_label": "Отправить историю",
                            "url": "https://example.org/stories/my-friends-my-city",
                        },
                    ),
                ],
            },
            "en": {
                "title": "My friends, my city: a social media series about friendship",
                "summary": (
                    "A series of short Instagram and TikTok stories in which young "
                    "people from different regions tell how a friend of another "
                    "nationality became part of their life."
                ),
                "image_alt": "Small amber dots gathered into one circle.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Posts that divide people by nationality collect loud "
                            "reactions, but they do not describe how most young people "
                            "in Kazakhstan actually live. This series shows the "
                            "ordinary side of life: the classmate who helped you with "
                            "maths, the teammate who stood up for you, the neighbours "
                            "you celebrate Nauryz and New Year with.</p>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "57%",
                            "statement": (
                                "This is the share of young people who fully agree "
                                "that plenty of their friends come from other ethnic "
                                "backgrounds; another 19% tend to agree."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Episodes",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Episode 1. The football team.</b> Eleven "
                            "players, six nationalities, one goal.</li><li><b>Episode "
                            "2. The night shift.</b> Two nurses in Pavlodar who cover "
                            "for each other.</li><li><b>Episode 3. Grandmothers' "
                            "recipes.</b> Students in a Karaganda dormitory swap "
                            "family dishes.</li><li><b>Episode 4. The wedding.</b> How "
                            "two families learned each other's customs.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts claim that people of other nationalities "
                                "are a threat to the country and that young Kazakhs "
                                "should keep away from them."
                            ),
                            "answer": (
                                "<p>Kazakhstan is a shared home for all its citizens, "
                                "and each of them is a full member of its society. "
                                "Friendships like the ones in this series are not "
                                "exceptions; they are how most young people already "
                                "live. Fear of 'strangers' grows where people do not "
                                "know each other — so get to know each other.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Share your own story with the hashtag "
                                "#MyFriendsMyCity."
                            ),
                            "link_label": "Send your story",
                            "url": "https://example.org/stories/my-friends-my-city",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "the-kite-over-our-yard",
        "format": "childrens-story",
        "target_groups": ["parents", "teachers"],
        "narratives": ["ethnic-exclusivity", "us-versus-them"],
        "themes": ["tolerance", "family"],
        "regions": [],
        "tags": ["children", "reading"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#d4a72c",
            "motif": "arcs",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Ауламыздың үстіндегі батпырауық: 6–9 жастағы балаларға ертегі"
                ),
                "summary": (
                    "Бір ауланың балалары батпырауықты бірге ұшырып, оны көкке бәрінің "
                    "қолы көтеретінін түсінетіні туралы суретті әңгіме."
                ),
                "image_alt": (
                    "Аспандағы батпырауықтың құйрығына ұқсас ашық сары доғалар."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Тараздағы биік үйдің ауласында көп бала тұратын. Аруда "
                            "әжесі тігіп берген қызыл батпырауық бар еді. Миша ешқашан "
                            "шешілмейтін түйін байлай алатын. Ділназ бәрінен жылдам "
                            "жүгіретін, ал кішкентай Эмиль жүзге дейін үш тілде санай "
                            "білетін.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Бір желді таңда Ару батпырауығын аулаға алып шықты, "
                            "бірақ ол жерде сүйретіліп қана жүрді. «Көмектесейін», — "
                            "деді Миша. «Бұл аула тек біздің подъездің балаларына "
                            "арналған», — деді бәріне басшылық еткенді ұнататын Тимур. "
                            "Бәрі үнсіз қалды. Ару шаңда жатқан батпырауығына қарап, "
                            "өзін кенет кішкентай сезінді.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Батпырауық бір жіппен ұшады, бірақ оны көп қол "
                                "көтереді."
                            ),
                            "attribution": "Сәуле әже, Арудың әжесі",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Сол сәтте аулаға бір орам берік жіп алып Сәуле әже "
                            "шықты. Миша түйінді байлады, Ділназ батпырауықпен "
                            "жүгірді, Эмиль жіптің метрін дауыстап санады, ал Тимур "
                            "орауышты мықтап ұстады. Қызыл батпырауық шатырлардан да "
                            "биік көтерілді, оған бүкіл көше қарап тұрды. «Ол бәріміз "
                            "бірге ұстағандықтан ұшып тұр», — деді Тимур. Сол күннен "
                            "бастап аула онда тұратындардың бәріне тиесілі болды — "
                            "дәлірек айтсақ, ол әрқашан солай болатын.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": (
                                "Оқығаннан кейін әңгімелесейік — ата-аналар мен "
                                "мұғалімдерге"
                            ),
                            "items": [
                                {
                                    "question": "Әр бала батпырауық үшін не істеді?",
                                    "answer": (
                                        "<p>Баланың өзі санап берсін: түйін, жүгіру, "
                                        "санау, жіп. Әркімнің үлесі маңызды болғанын, "
                                        "ешкімнің үлесі «артық» болмағанын атап "
                                        "өтіңіз.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Тимур аула бәріне арналмаған деген кезде Ару "
                                        "не сезінді?"
                                    ),
                                    "answer": (
                                        "<p>Шетте қалу қандай сезім екенін "
                                        "әңгімелесіңіз. Балаңыздың басынан мұндай "
                                        "жағдай өткен-өтпегенін және басқалардың қалай "
                                        "әрекет еткенін қалайтынын сұраңыз.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Біздің аулада, мектепте, көшемізде саған кім "
                                        "көмектеседі?"
                                    ),
                                    "answer": (
                                        "<p>Нақты көршілер мен достардың атын атаңыз. "
                                        "Балалар ортақ үй сезімін күнде көретін "
                                        "адамдарынан үйренеді.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Ертегіні бояуға арналған суреттерімен бірге сабаққа "
                                "немесе отбасылық кешке басып шығарыңыз."
                            ),
                            "link_label": "PDF жүктеу",
                            "url": (
                                "https://example.org/stories/the-kite-over-our-yard.pdf"
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Воздушный змей над нашим двором: сказка для детей 6–9 лет",
                "summary": (
                    "Иллюстрированная история о детях из одного двора, которые вместе "
                    "запускают воздушного змея и понимают, что поднимают его в небо "
                    "руки всех."
                ),
                "image_alt": (
                    "Ярко-жёлтые дуги, похожие на хвост воздушного змея в небе."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Во дворе высокого дома в Таразе жило много детей. У "
                            "Ару был красный воздушный змей, которого сшила ей "
                            "бабушка. Миша умел вязать узлы, которые никогда не "
                            "развязывались. Дильназ бегала быстрее всех, а маленький "
                            "Эмиль умел считать до ста на трёх языках.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Однажды ветреным утром Ару вынесла змея во двор, но он "
                            "только волочился по земле. «Давай помогу», — сказал Миша. "
                            "«Этот двор только для детей из нашего подъезда», — заявил "
                            "Тимур, который любил командовать. Все замолчали. Ару "
                            "посмотрела на змея, лежащего в пыли, и вдруг "
                            "почувствовала себя совсем маленькой.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Змей летит на одной нитке, но поднимают его много рук."
                            ),
                            "attribution": "Бабушка Сауле, бабушка Ару",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Тут во двор вышла бабушка Сауле с клубком крепкой "
                            "бечёвки. Миша завязал узлы, Дильназ побежала со змеем, "
                            "Эмиль вслух считал метры нитки, а Тимур крепко держал "
                            "катушку. Красный змей поднялся выше крыш, так высоко, что "
                            "на него смотрела вся улица. «Он летит, потому что мы "
                            "держали его все вместе», — сказал Тимур. С того дня двор "
                            "принадлежал всем, кто в нём жил, — впрочем, так было "
                            "всегда.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": (
                                "Поговорим после чтения — для родителей и учителей"
                            ),
                            "items": [
                                {
                                    "question": "Что каждый ребёнок сделал для змея?",
                                    "answer": (
                                        "<p>Пусть ребёнок перечислит: узлы, бег, счёт, "
                                        "бечёвка. Обратите внимание, что важен был "
                                        "вклад каждого и ничей не оказался "
                                        "«лишним».</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Что почувствовала Ару, когда Тимур сказал, "
                                        "что двор не для всех?"
                                    ),
                                    "answer": (
                                        "<p>Поговорите о том, каково это — оказаться в "
                                        "стороне. Спросите, случалось ли такое с вашим "
                                        "ребёнком и как бы он хотел, чтобы поступали "
                                        "другие.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Кто помогает тебе в нашем дворе, в школе, на "
                                        "нашей улице?"
                                    ),
                                    "answer": (
                                        "<p>Назовите настоящих соседей и друзей. "
                                        "Чувство общего дома дети берут у людей, "
                                        "которых видят каждый день.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Распечатайте сказку с раскрасками для урока или "
                                "семейного вечера."
                            ),
                            "link_label": "Скачать PDF",
                            "url": (
                                "https://example.org/stories/the-kite-over-our-yard.pdf"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "The kite over our yard: a story for children aged 6–9",
                "summary": (
                    "An illustrated story about children from one courtyard who fly a "
                    "kite together and discover that it takes everyone's hands to lift "
                    "it into the sky."
                ),
                "image_alt": "Bright yellow arcs like the tail of a kite in the sky.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>In the courtyard of a tall building in Taraz there "
                            "lived many children. Aru had a red kite that her "
                            "grandmother had sewn for her. Misha could tie knots that "
                            "never came undone. Dilnaz ran faster than anyone, and "
                            "little Emil could count to a hundred in three "
                            "languages.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>One windy morning Aru carried her kite outside, but it "
                            "only dragged along the ground. 'Let me help,' said Misha. "
                            "'This yard is only for the children from our entrance,' "
                            "said Timur, who liked to be in charge. Everyone went "
                            "quiet. Aru looked at her kite lying in the dust and "
                            "suddenly felt very small.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "A kite flies on one string, but it takes many hands "
                                "to lift it."
                            ),
                            "attribution": "Grandmother Saule, Aru's grandmother",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Just then Grandmother Saule came out with a ball of "
                            "strong string. Misha tied the knots, Dilnaz ran with the "
                            "kite, Emil counted the metres of string out loud, and "
                            "Timur held the spool tight. The red kite rose above the "
                            "roofs, so high that the whole street looked up. 'It flies "
                            "because we all held it together,' said Timur. From that "
                            "day the yard belonged to everyone who lived there — "
                            "which, in truth, it always had.</p>"
                        ),
                    ),
                    (
                        "questions",
                        {
                            "heading": (
                                "Talking after reading — for parents and teachers"
                            ),
                            "items": [
                                {
                                    "question": "What did each child do for the kite?",
                                    "answer": (
                                        "<p>Let the child list it: knots, running, "
                                        "counting, string. Point out that everyone's "
                                        "part mattered and nobody's was 'extra'.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "How did Aru feel when Timur said the yard was "
                                        "not for everyone?"
                                    ),
                                    "answer": (
                                        "<p>Talk about what it is like to be left out. "
                                        "Ask whether this has ever happened to your "
                                        "child and how they would want others to "
                                        "act.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Who helps you in our yard, at school, on our "
                                        "street?"
                                    ),
                                    "answer": (
                                        "<p>Name real neighbours and friends. Children "
                                        "learn what a shared home means from the "
                                        "people they see every day.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Print the story with its colouring pages for a lesson "
                                "or a family evening."
                            ),
                            "link_label": "Download the PDF",
                            "url": (
                                "https://example.org/stories/the-kite-over-our-yard.pdf"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "recognising-online-manipulation",
        "format": "lesson-plan",
        "target_groups": ["teachers", "youth-18-21"],
        "narratives": ["religious-disinformation", "us-versus-them"],
        "themes": ["media-literacy", "dialogue"],
        "regions": [],
        "tags": ["school", "media literacy"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-sa-4.0",
        "image": {
            "colour": "#6b5b95",
            "motif": "stripes",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Желідегі манипуляцияны тану: жоғары сынып оқушыларына 45 минуттық "
                    "сабақ"
                ),
                "summary": (
                    "Оқушыларға жазбалар мен бейнежазбалардағы қорқытуды, жалған "
                    "таңдауды және «біз бен олар» тілін байқауға көмектесетін дайын "
                    "сабақ жоспары."
                ),
                "image_alt": "Ашық дәптердің беттеріндей сабырлы күлгін жолақтар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Мақсаты:</b> оқушылар манипуляцияның үш кең тараған "
                            "тәсілін атап, оларға қалай сабырмен жауап беруге "
                            "болатынын түсіндіре алады. <b>Жасы:</b> 16–19. "
                            "<b>Уақыты:</b> 45 минут. <b>Қажет:</b> тақта және жазба "
                            "үлгілері басылған карточкалар (қосымшада); телефон қажет "
                            "емес.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Сабақ барысы",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Сергіту (5 мин).</b> Сұраңыз: соңғы жаңалықты "
                            "қайдан білдіңдер? Жауаптарды тақтаға санап "
                            "жазыңыз.</li><li><b>Үш тәсіл (15 мин).</b> Қарапайым "
                            "мысалдармен түсіндіріңіз: <i>қорқыту</i> («қазір әрекет "
                            "ет, әйтпесе кеш болады»), <i>жалған таңдау</i> («не "
                            "бізбен біргесің, не бізге қарсысың»), тұтас бір топқа "
                            "тағылатын <i>адамдықты жоққа шығаратын "
                            "жапсырмалар</i>.</li><li><b>Топтық жұмыс (15 мин).</b> Әр "
                            "топ ойдан құрастырылған жазбасы бар карточка алып, ондағы "
                            "тәсілдерді табады да, оны адал хабарлама етіп қайта "
                            "жазады.</li><li><b>Рефлексия (10 мин).</b> Келесі жолы "
                            "мұндай жазба чатыңызға келсе, не істейсіздер?</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "45%",
                            "statement": (
                                "Жастардың осынша бөлігі жаңалықты әлеуметтік желімен "
                                "(60%) қатар YouTube-тан да алады. Бейнежазбадағы "
                                "манипуляция туралы сабақ оларға таныс тілде сөйлейді."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар жастарды әлем екі лагерьге бөлінген, "
                                "ал өз тобынан тыс жүрген әркім мейірімге лайық емес "
                                "жау деп сендіреді."
                            ),
                            "answer": (
                                "<p>Мұны сабақтың басты мысалы ретінде пайдаланыңыз. "
                                "Оқушылардан сұраңыз: сендердің бұған сенгендерің "
                                "кімге тиімді? Өмірде сендердің құндылықтарыңды "
                                "бөлісетін, бірақ тобыңа кірмейтін адамдар толып жүр — "
                                "мұғалімдер, дәрігерлер, көршілер, командаластар. "
                                "Адамдарды екі лагерьге бөлу — бақылау құралы, ал оны "
                                "байқай білу — еркіндікке апарар алғашқы қадам.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Жазба үлгілері бар карточкалар мен мұғалімге арналған "
                                "әдістемелік жазбаларды жүктеп алыңыз."
                            ),
                            "link_label": "Сабақ материалдарын жүктеу",
                            "url": (
                                "https://example.org/lessons/recognising-online-manipulation"
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": (
                    "Распознаём манипуляцию в сети: урок на 45 минут для "
                    "старшеклассников"
                ),
                "summary": (
                    "Готовый план урока, который помогает учащимся замечать "
                    "запугивание, ложный выбор и язык «мы против них» в постах и "
                    "роликах."
                ),
                "image_alt": (
                    "Спокойные фиолетовые полосы, как страницы раскрытой тетради."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Цель:</b> учащиеся могут назвать три "
                            "распространённых приёма манипуляции и объяснить, как "
                            "спокойно на них реагировать. <b>Возраст:</b> 16–19 лет. "
                            "<b>Время:</b> 45 минут. <b>Понадобится:</b> доска и "
                            "распечатанные карточки с примерами постов (в приложении); "
                            "телефоны не нужны.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Ход урока",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Разминка (5 мин).</b> Спросите: откуда вы "
                            "узнали последнюю новость? Подсчитайте ответы на "
                            "доске.</li><li><b>Три приёма (15 мин).</b> Объясните на "
                            "простых примерах: <i>запугивание</i> («действуй сейчас, "
                            "иначе будет поздно»), <i>ложный выбор</i> («либо ты с "
                            "нами, либо против нас»), <i>обесчеловечивающие ярлыки</i> "
                            "для целой группы людей.</li><li><b>Работа в группах (15 "
                            "мин).</b> Каждая группа получает карточку с вымышленным "
                            "постом, находит в нём приёмы и переписывает его как "
                            "честное сообщение.</li><li><b>Рефлексия (10 мин).</b> Что "
                            "вы сделаете, когда такой пост в следующий раз придёт в "
                            "ваш чат?</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "45%",
                            "statement": (
                                "Такая доля молодых людей узнаёт новости из YouTube — "
                                "наряду с соцсетями (60%). Урок о манипуляции в "
                                "роликах говорит с ними на понятном языке."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые посты внушают молодым людям, что мир "
                                "разделён на два лагеря и что всякий вне их группы — "
                                "враг, не заслуживающий милосердия."
                            ),
                            "answer": (
                                "<p>Используйте это как ключевой пример урока. "
                                "Спросите учащихся: кому выгодно, чтобы вы в это "
                                "поверили? В жизни полно людей, которые разделяют ваши "
                                "ценности, но не входят в вашу группу, — учителя, "
                                "врачи, соседи, товарищи по команде. Деление людей на "
                                "два лагеря — инструмент контроля, и умение его "
                                "заметить — первый шаг к свободе.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Скачайте карточки с примерами постов и методические "
                                "заметки для учителя."
                            ),
                            "link_label": "Скачать материалы урока",
                            "url": (
                                "https://example.org/lessons/recognising-online-manipulation"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "Recognising online manipulation: a 45-minute lesson for senior "
                    "students"
                ),
                "summary": (
                    "A ready-to-use lesson plan that helps students notice scare "
                    "tactics, false choices and 'us versus them' language in posts and "
                    "videos."
                ),
                "image_alt": "Calm violet stripes like the pages of an open notebook.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Goal:</b> students can name three common "
                            "manipulation techniques and explain how to respond to "
                            "them calmly. <b>Age:</b> 16–19. <b>Time:</b> 45 minutes. "
                            "<b>You need:</b> a board and printed cards with sample "
                            "posts (see the annex); no phones required.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Lesson steps",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Warm-up (5 min).</b> Ask: where did you get "
                            "your latest piece of news? Count the answers on the "
                            "board.</li><li><b>Three techniques (15 min).</b> Explain "
                            "them with simple examples: <i>scare tactics</i> ('act now "
                            "or it will be too late'), the <i>false choice</i> "
                            "('either you are with us or against us'), and "
                            "<i>dehumanising labels</i> for a whole group of "
                            "people.</li><li><b>Group work (15 min).</b> Each group "
                            "gets a card with an invented post, finds the techniques "
                            "in it and rewrites it as an honest "
                            "message.</li><li><b>Reflection (10 min).</b> What will "
                            "you do the next time a post like this reaches your "
                            "chat?</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "45%",
                            "statement": (
                                "This is the share of young people who get news from "
                                "YouTube, alongside social networks (60%). A lesson on "
                                "manipulation in videos speaks their language."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts tell young people that the world is split "
                                "into two camps and that anyone outside their group is "
                                "an enemy who deserves no mercy."
                            ),
                            "answer": (
                                "<p>Use this as the key example of the lesson. Ask "
                                "students: who gains if you believe it? Life is full "
                                "of people who share your values without belonging to "
                                "your group — teachers, doctors, neighbours, "
                                "teammates. Splitting people into two camps is a tool "
                                "of control, and noticing it is the first step to "
                                "freedom.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Download the cards with sample posts and the "
                                "teacher's notes."
                            ),
                            "link_label": "Download lesson materials",
                            "url": (
                                "https://example.org/lessons/recognising-online-manipulation"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "what-real-courage-looks-like",
        "format": "audio",
        "target_groups": ["youth-18-21", "rural-youth"],
        "narratives": ["glorification-of-jihad"],
        "themes": ["personal-development", "family"],
        "regions": [],
        "tags": ["podcast", "young men"],
        "organisation": "atyrau-region-irg",
        "licence": "cc-by-nc-4.0",
        "image": {
            "colour": "#2f5e46",
            "motif": "arcs",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Нағыз ерлік қандай болады: атыраулық жастармен подкаст",
                "summary": (
                    "Атырау облысының жігіттері психологпен күш, намыс және өмірде "
                    "маңызды болу тілегі туралы сөйлесіп, өмірді құрбан етудің орнына "
                    "оны құруды неге таңдағанын айтады."
                ),
                "image_alt": "Дыбыс толқындарына ұқсайтын қою жасыл доғалар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Желідегі кейбір бейнежазбалар өлімді ерлікке "
                            "айналдырып, бір батыл қадам өмірге мән береді деп уәде "
                            "етеді. Бұл шығарылымның кейіпкерлерінің әрқайсысы кезінде "
                            "даңғаза сөздердің тартымдылығын сезінген. Олар іш пысу, "
                            "құрмет іздеу туралы және ақыр соңында өздеріне мақсат "
                            "сезімін не сыйлағаны туралы ашық айтады: кәсіп, отбасы, "
                            "команда, өздеріне сенген тәлімгер.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Бұл шығарылымда",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Батыр болғысы келу неге табиғи және оны қалай "
                            "пайдаланады.</li><li>Үш оқиға: жасөспірімдерге "
                            "жаттықтырушы болған дәнекерлеуші, ерікті құтқарушы, жас "
                            "әке.</li><li>Ойыңыз қайта-қайта түнерген бейнежазбаларға "
                            "орала берсе, психолог не кеңес береді.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір бейнежазбалар алыстағы қарулы қақтығыста қаза "
                                "болуды ең жоғары абырой және мәнге жетудің ең қысқа "
                                "жолы ретінде көрсетеді."
                            ),
                            "answer": (
                                "<p>Басқа діндер сияқты Ислам да өмірді адамға "
                                "берілген аманат деп санайды және бейкүнә жанды қиюға "
                                "тыйым салады. Рекрутерлер қасиетті сөздерді "
                                "пайдаланып, жастарды кейін тастай салатын жерлерге "
                                "жібереді, ал олардың отбасылары қайғымен қалады. Өмір "
                                "сүру әлдеқайда қиын әрі батыл жол: ата-анаңа қамқор "
                                "болу, бала өсіру, өзің тұрған жерде пайдалы болу.</p>"
                            ),
                            "source": "Атырау облысының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Бұрын маңызды адам болу үшін бір үлкен іс тындыруым "
                                "керек деп ойлайтынмын. Қазір он екі балаға "
                                "дәнекерлеуді үйретемін. Үлкен іс деген осы."
                            ),
                            "attribution": "Подкаст қатысушысы, 24 жаста, Атырау",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Отбасылар мен жастарға арналған сенім телефоны",
                            "phone": "114",
                            "hours": "Дс–Жм, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Психологпен немесе дінтанушымен құпия әңгіме. Өзіңіз "
                                "туралы да, жақын адамыңыз туралы да хабарласуға "
                                "болады."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": (
                    "Как выглядит настоящая смелость: подкаст с молодыми людьми из "
                    "Атырау"
                ),
                "summary": (
                    "Молодые люди из Атырауской области говорят с психологом о силе, "
                    "чести и желании что-то значить — и о том, почему они выбрали "
                    "строить жизнь, а не отдавать её."
                ),
                "image_alt": "Тёмно-зелёные дуги, похожие на звуковые волны.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Некоторые ролики в сети превращают смерть в подвиг и "
                            "обещают, что один решительный шаг наполнит жизнь смыслом. "
                            "Каждый из героев выпуска когда-то чувствовал притяжение "
                            "громких слов. Они открыто говорят о скуке, о поиске "
                            "уважения и о том, что в итоге дало им ощущение цели: "
                            "профессия, семья, команда, наставник, который в них "
                            "поверил.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "В этом выпуске",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Почему желание быть героем естественно — и как им "
                            "пользуются.</li><li>Три истории: сварщик, ставший "
                            "тренером для подростков, волонтёр-спасатель, молодой "
                            "отец.</li><li>Что советует психолог, если мысли снова и "
                            "снова возвращаются к мрачным роликам.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые ролики представляют гибель в далёком "
                                "вооружённом конфликте как высшую честь и кратчайший "
                                "путь к смыслу."
                            ),
                            "answer": (
                                "<p>Ислам, как и другие религии, считает жизнь "
                                "доверенным человеку благом и запрещает отнимать жизнь "
                                "невинных. Вербовщики используют святые слова, чтобы "
                                "отправить молодых людей туда, где их используют и "
                                "бросают, а их семьи остаются с горем. Куда труднее и "
                                "смелее жить: заботиться о родителях, растить детей, "
                                "быть полезным там, где ты есть.</p>"
                            ),
                            "source": (
                                "Информационно-разъяснительная группа Атырауской "
                                "области"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Раньше я думал, что нужно совершить что-то огромное, "
                                "чтобы что-то значить. Теперь я учу двенадцать "
                                "мальчишек сварке. Это и есть огромное."
                            ),
                            "attribution": "Участник подкаста, 24 года, Атырау",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Телефон доверия для семей и молодёжи",
                            "phone": "114",
                            "hours": "Пн–Пт, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Конфиденциальная беседа с психологом или "
                                "религиоведом. Можно позвонить о себе или о близком "
                                "человеке."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "What real courage looks like: a podcast with young people from "
                    "Atyrau"
                ),
                "summary": (
                    "Young men from the Atyrau region talk with a psychologist about "
                    "strength, honour and the wish to matter — and why they chose to "
                    "build a life rather than give it away."
                ),
                "image_alt": "Deep green arcs like sound waves.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Some online videos turn death into a heroic deed and "
                            "promise that one decisive step will fill life with "
                            "meaning. Each guest in this episode once felt the pull of "
                            "big words. They talk openly about boredom, about looking "
                            "for respect and about what finally gave them a sense of "
                            "purpose: a trade, a family, a team, a mentor who believed "
                            "in them.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "In this episode",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Why wanting to be a hero is natural — and how "
                            "that wish gets exploited.</li><li>Three stories: a welder "
                            "who became a coach for teenagers, a volunteer rescuer, a "
                            "young father.</li><li>What a psychologist advises when "
                            "your thoughts keep returning to dark videos.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some videos present dying in a distant armed conflict "
                                "as the highest honour and the shortest way to a "
                                "meaningful life."
                            ),
                            "answer": (
                                "<p>Islam, like other religions, sees life as a trust "
                                "given to each person and forbids taking innocent "
                                "lives. Recruiters use sacred words to send young "
                                "people to places where they are used and abandoned, "
                                "while their families are left with grief. The harder "
                                "and braver path is to live: to care for your parents, "
                                "to raise children, to be useful where you are.</p>"
                            ),
                            "source": "Atyrau region information and explanatory group",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "I used to think I had to do something huge to matter. "
                                "Now I teach twelve boys to weld. That is the huge "
                                "thing."
                            ),
                            "attribution": "Podcast guest, 24, Atyrau",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Helpline for families and young people",
                            "phone": "114",
                            "hours": "Mon–Fri, 9:00–18:00",
                            "address": "",
                            "description": (
                                "A confidential conversation with a psychologist or a "
                                "religious scholar. You can call about yourself or "
                                "about someone close to you."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "when-someone-you-love-changes",
        "format": "brochure",
        "target_groups": ["parents", "young-women"],
        "narratives": ["glorification-of-jihad", "us-versus-them"],
        "themes": ["support-for-loved-ones", "family"],
        "regions": [],
        "tags": ["families", "warning signs", "help"],
        "organisation": "almaty-city-irg",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#a8644f",
            "motif": "dots",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
            {
                "title": (
                    "TV report on the work of Almaty and Atyrau against online "
                    "religious extremism"
                ),
                "publisher": "Almaty TV channel",
                "year": None,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Жақын адамыңыз өзгерсе: отбасына арналған жадынама",
                "summary": (
                    "Туысын зорлық-зомбылық жолына тартып жатыр деп алаңдаған аналар, "
                    "жұбайлар мен әпке-қарындастарға арналған кітапша: белгілер, "
                    "байланысты сақтау жолдары және көмек."
                ),
                "image_alt": "Тығыз шеңберге жиналған ақшыл терракота түсті нүктелер.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Өзгеріс — есеюдің бір бөлігі, ал дінге деген жаңа "
                            "қызығушылықтың өзі дабыл қағуға себеп емес. Көп жас дінге "
                            "бет бұрып, сонымен бірге мейірімдірек, байсалдырақ және "
                            "жауапкершілігі мол бола түседі. Өзгеріс оқшаулануға, "
                            "өзгелерді менсінбеуге және құпиялыққа әкелсе, мұқият "
                            "болыңыз.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Назар аударуды қажет ететін белгілер",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Ескі достары мен туыстарын «адасқандар» деп атап, "
                            "олармен байланысын үзеді.</li><li>Тұтас бір топ адамдар "
                            "туралы менсінбей немесе жек көре "
                            "сөйлейді.</li><li>Онлайн-таныстарын жасырады, жаңа "
                            "аккаунттар ашады, бейтаныс адамдардан ақша не сыйлық "
                            "алады.</li><li>Соғыс жүріп жатқан аймаққа кету туралы "
                            "немесе бәрін өзгертетін «ұлы іс» туралы "
                            "айтады.</li></ul><p>Бір белгінің өзі ештеңені "
                            "дәлелдемейді. Бірнешеуі қатар кездессе — сөйлесуге және "
                            "кеңес сұрауға себеп.</p>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір рекрутерлер жас әйелдерді алыстағы «таза» "
                                "қауымға қосылу үшін отбасын тастап кету тақуалықтың "
                                "белгісі деп сендіреді."
                            ),
                            "answer": (
                                "<p>Анасын алдаудан басталып, бөтен елде құжатсыз, "
                                "ақшасыз, қорғансыз аяқталатын жол тақуалық емес, "
                                "тәуелділік. Ондай жерлерден оралғандардың әңгімесі — "
                                "қорқыныш, жоғалту және орындалмаған уәделер туралы "
                                "әңгіме. Ананы ардақтайтын сенім ешқашан оның жүрегін "
                                "жаралауды талап етпейді.</p>"
                            ),
                            "source": "Алматы қаласының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "≈1 000",
                            "statement": (
                                "Бір жыл ішінде мыңға жуық алматылық қалалық "
                                "консультациялық орталыққа кәсіби көмек сұрап жүгінді. "
                                "Сіз жалғыз емессіз, көмек сұрау нәтиже береді."
                            ),
                            "source": (
                                "«Алматы» телеарнасының қалалық консультациялық "
                                "орталық туралы сюжеті"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": (
                                "Алматы консультациялық орталығы және сенім телефоны"
                            ),
                            "phone": "114",
                            "hours": "Дс–Жм, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Психологтар мен теологтар радикалды діни идеялардың "
                                "ықпалына түскен адамдармен және олардың отбасыларымен "
                                "жұмыс істейді. Құпиялылық сақталады."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Когда близкий человек меняется: памятка для семьи",
                "summary": (
                    "Брошюра для матерей, жён и сестёр, которые тревожатся, что "
                    "родного человека втягивают в насилие: признаки, как сохранить "
                    "связь и где получить помощь."
                ),
                "image_alt": "Светлые терракотовые точки, собранные в плотный круг.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Перемены — часть взросления, и новый интерес к вере "
                            "сам по себе не повод для тревоги. Многие молодые люди "
                            "становятся религиознее и одновременно добрее, спокойнее и "
                            "ответственнее. Будьте внимательны, если перемены приносят "
                            "изоляцию, презрение к другим и скрытность.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Признаки, которые заслуживают внимания",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Человек обрывает связь со старыми друзьями и "
                            "родственниками, называя их «заблудшими».</li><li>Говорит "
                            "о целых группах людей с презрением или "
                            "ненавистью.</li><li>Скрывает онлайн-контакты, заводит "
                            "новые аккаунты, получает деньги или подарки от "
                            "незнакомых.</li><li>Говорит об отъезде в зону боевых "
                            "действий или о «великом деле», которое всё "
                            "изменит.</li></ul><p>Один признак сам по себе ничего не "
                            "доказывает. Несколько вместе — повод поговорить и "
                            "попросить совета.</p>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые вербовщики убеждают молодых женщин, что "
                                "уйти из семьи ради далёкой «чистой» общины — "
                                "проявление благочестия."
                            ),
                            "answer": (
                                "<p>Путь, который начинается с обмана матери и "
                                "заканчивается в чужой стране без документов, денег и "
                                "защиты, — не благочестие, а зависимость. Истории тех, "
                                "кто вернулся из таких мест, — это истории страха, "
                                "потерь и нарушенных обещаний. Вера, которая почитает "
                                "матерей, никогда не требует разбивать им сердце.</p>"
                            ),
                            "source": "Информационно-разъяснительная группа г. Алматы",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "≈1 000",
                            "statement": (
                                "Почти тысяча жителей Алматы за один год обратились за "
                                "профессиональной помощью в городской консультативный "
                                "центр. Вы не одни, и обращение за помощью работает."
                            ),
                            "source": (
                                "Сюжет телеканала «Алматы» о городском консультативном "
                                "центре"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Консультативный центр Алматы и телефон доверия",
                            "phone": "114",
                            "hours": "Пн–Пт, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Психологи и теологи работают с людьми, попавшими под "
                                "влияние радикальных религиозных идей, и с их семьями. "
                                "Конфиденциально."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "When someone you love changes: a guide for families",
                "summary": (
                    "A brochure for mothers, wives and sisters who fear that a "
                    "relative is being drawn towards violence: signs to notice, ways "
                    "to keep the bond and where to find help."
                ),
                "image_alt": "Light terracotta dots gathered into a close circle.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Change is part of growing up, and a new interest in "
                            "faith is not a reason for alarm in itself. Many young "
                            "people become more religious and at the same time kinder, "
                            "calmer and more responsible. Be attentive when change "
                            "brings isolation, contempt for others and secrecy.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Signs that deserve attention",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Your relative cuts ties with old friends and "
                            "family, calling them 'misguided'.</li><li>Speaks about "
                            "whole groups of people with contempt or "
                            "hatred.</li><li>Hides online contacts, opens new "
                            "accounts, receives money or gifts from "
                            "strangers.</li><li>Talks about leaving for a war zone or "
                            "about a 'great deed' that will change "
                            "everything.</li></ul><p>One sign on its own proves "
                            "nothing. Several together are a reason to talk and to ask "
                            "for advice.</p>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some recruiters persuade young women that leaving "
                                "their family for a distant 'pure' community is an act "
                                "of devotion."
                            ),
                            "answer": (
                                "<p>A path that begins with deceiving your mother and "
                                "ends in a foreign country without documents, money or "
                                "protection is not devotion; it is dependence. The "
                                "stories of those who came back from such places are "
                                "stories of fear, loss and broken promises. A faith "
                                "that honours mothers never asks anyone to break their "
                                "hearts.</p>"
                            ),
                            "source": "Almaty city information and explanatory group",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "≈1,000",
                            "statement": (
                                "Nearly a thousand Almaty residents turned to the city "
                                "advisory centre for professional help in a single "
                                "year. You are not alone, and asking for help works."
                            ),
                            "source": (
                                "Almaty TV channel report on the city advisory centre"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Almaty advisory centre and helpline",
                            "phone": "114",
                            "hours": "Mon–Fri, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Psychologists and theologians work with people "
                                "influenced by radical religious ideas and with their "
                                "families. Confidential."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "the-west-is-not-one-thing",
        "format": "article",
        "target_groups": ["young-adults-26-35", "practising-believers"],
        "narratives": ["demonising-the-west"],
        "themes": ["dialogue", "personal-development"],
        "regions": [],
        "tags": ["culture", "values"],
        "organisation": "atyrau-region-irg",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#3d6f8e",
            "motif": "circles",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Батыс біртұтас емес: сенім, құндылықтар және ашық әлем",
                "summary": (
                    "Теолог пен шетелде оқыған жас инженер әлемді «Батыс» пен «Ислам» "
                    "арасындағы мәңгілік соғыс ретінде суреттеу неге діндарларды "
                    "адастыратыны туралы ой бөліседі."
                ),
                "image_alt": "Бір-біріне жанасқан байсалды көк шеңберлер.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Желідегі кейбір уағызшылар әлемді бір ғана шайқас "
                            "ретінде суреттейді: бір жағында мұсылман әлемі, екінші "
                            "жағында барлық адамгершілік кемшіліктерге кінәлі "
                            "саналатын «Батыс». Бұл — қарапайым әрі тыңдаушыны "
                            "марқайтатын сурет. Бірақ ол біздің оқырмандар өмір "
                            "сүретін әлемге сәйкес келмейді: бұл әлемде сауда, оқу, "
                            "медицина, спорт және шекараның екі жағында тұратын "
                            "отбасылар бар.</p>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір бейнежазбалар Батыс мәдениеті тұтастай "
                                "адамгершілікке қарсы әдейі жасалған шабуыл, сондықтан "
                                "діндарлар оны жау деп білуі керек дейді."
                            ),
                            "answer": (
                                "<p>«Батыс» — жүздеген миллион адам: олардың арасында "
                                "көптеген мұсылмандар, христиандар, иудейлер және "
                                "дінге сенбейтіндер, дәрігерлер мен мұғалімдер, сізді "
                                "алаңдататын нәрсеге алаңдайтын ата-аналар бар. Кез "
                                "келген қоғамда, соның ішінде біздің қоғамда да, "
                                "адамгершілік туралы пікірталас жүреді. Діндар адам не "
                                "алып, неден бас тартатынын өзі таңдай алады — басқаша "
                                "таңдағандарды жек көрмей-ақ.</p>"
                            ),
                            "source": "Атырау облысының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Нені алу керегін қалай таңдауға болады",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Жапсырмаға емес, іске қарап бағалаңыз.</b> "
                            "Адалдық, мейірім және еңбекқорлық қай жерде кездессе де "
                            "жақсы қасиет.</li><li><b>Тамырыңызды берік ұстаңыз.</b> "
                            "Тіл, отбасылық салт пен сенім басқа мәдениеттермен "
                            "танысудан жойылмайды — сыннан өтіп, нығая "
                            "түседі.</li><li><b>Үйреніп, білімді елге әкеліңіз.</b> "
                            "Қай жерден алынса да, білім отбасыңызға және қалаңызға "
                            "қызмет ете алады.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Мен Еуропада оқып, сондағы шағын мешітте намаз "
                                "оқыдым, сосын елге көпір салу үшін оралдым — болаттан "
                                "жасалған нағыз көпір. Әлем жасөспірім кезімде көрген "
                                "бейнежазбалардан әлдеқайда кең болып шықты."
                            ),
                            "attribution": "Құрылыс инженері, 29 жаста, Атырау",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "60%",
                            "statement": (
                                "Жастардың осынша бөлігі жаңалықты әлеуметтік желіден "
                                "алады, ал онда бір ғана әсерлі бейнежазба тұтас "
                                "құрлық туралы пікір қалыптастыруы мүмкін. Түрлі "
                                "дереккөзді оқыңыз."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Запад — это не одно целое: вера, ценности и открытый мир",
                "summary": (
                    "Теолог и молодой инженер, учившийся за рубежом, размышляют, "
                    "почему картина мира как вечной войны «Запада» и «ислама» вводит "
                    "верующих в заблуждение."
                ),
                "image_alt": "Спокойные синие круги, касающиеся друг друга.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Некоторые проповедники в сети описывают мир как одну "
                            "сплошную битву: по одну сторону мусульманский мир, по "
                            "другую — «Запад», которого винят во всех нравственных "
                            "бедах. Картина простая и льстит слушателю. Но она не "
                            "совпадает с миром, в котором живут наши читатели, — миром "
                            "торговли, учёбы, медицины, спорта и семей, живущих по "
                            "разные стороны границ.</p>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые ролики утверждают, что западная культура "
                                "целиком — это намеренное нападение на нравственность "
                                "и верующие должны видеть в ней врага."
                            ),
                            "answer": (
                                "<p>«Запад» — это сотни миллионов людей: среди них "
                                "многие мусульмане, христиане, иудеи и неверующие, "
                                "врачи и учителя, родители, которых тревожит то же, "
                                "что и вас. В каждом обществе, и в нашем тоже, спорят "
                                "о нравственности. Верующий может выбирать, что взять, "
                                "а что оставить, — без ненависти к тем, кто выбирает "
                                "иначе.</p>"
                            ),
                            "source": (
                                "Информационно-разъяснительная группа Атырауской "
                                "области"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Как выбирать, что взять",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Судите по делам, а не по ярлыкам.</b> "
                            "Честность, милосердие и трудолюбие хороши, где бы вы их "
                            "ни встретили.</li><li><b>Берегите свои корни.</b> Язык, "
                            "семейные обычаи и вера не гибнут от знакомства с другими "
                            "культурами — они проходят проверку и "
                            "крепнут.</li><li><b>Учитесь и привозите знания домой.</b> "
                            "Знания, откуда бы они ни были, могут служить вашей семье "
                            "и вашему городу.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Я учился в Европе, молился там в маленькой мечети и "
                                "вернулся домой строить мосты — настоящие, из стали. "
                                "Мир оказался больше, чем ролики, которые я смотрел "
                                "подростком."
                            ),
                            "attribution": "Инженер-строитель, 29 лет, Атырау",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "60%",
                            "statement": (
                                "Такая доля молодых людей узнаёт новости из соцсетей, "
                                "где один эффектный ролик может сформировать мнение о "
                                "целом континенте. Читайте разные источники."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                ],
            },
            "en": {
                "title": "The West is not one thing: faith, values and an open world",
                "summary": (
                    "A theologian and a young engineer who studied abroad explain why "
                    "picturing the world as an eternal war between 'the West' and "
                    "'Islam' misleads believers."
                ),
                "image_alt": "Calm blue circles touching one another.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Some online preachers describe the world as one long "
                            "battle: the Muslim world on one side, and on the other a "
                            "'West' that is blamed for every moral ill. The picture is "
                            "simple, and it flatters the listener. But it does not "
                            "match the world our readers live in — a world of trade, "
                            "study, medicine, sport and families living on both sides "
                            "of borders.</p>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some videos claim that Western culture as a whole is "
                                "a deliberate attack on morality and that believers "
                                "must see it as an enemy."
                            ),
                            "answer": (
                                "<p>'The West' is hundreds of millions of people: "
                                "among them many Muslims, Christians, Jews and "
                                "non-believers, doctors and teachers, parents who "
                                "worry about the same things you do. Every society, "
                                "ours included, argues about morality. A believer can "
                                "choose what to take and what to leave — without "
                                "hating those who choose differently.</p>"
                            ),
                            "source": "Atyrau region information and explanatory group",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "How to choose what to take",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Judge deeds, not labels.</b> Honesty, mercy "
                            "and hard work are good wherever you find "
                            "them.</li><li><b>Keep your roots strong.</b> Language, "
                            "family customs and faith do not die from meeting other "
                            "cultures; they are tested and grow "
                            "stronger.</li><li><b>Learn and bring the knowledge "
                            "home.</b> Knowledge, wherever it comes from, can serve "
                            "your family and your town.</li></ul>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "I studied in Europe, prayed in a small mosque there "
                                "and came home to build bridges — real ones, made of "
                                "steel. The world turned out to be bigger than the "
                                "videos I watched as a teenager."
                            ),
                            "attribution": "Civil engineer, 29, Atyrau",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "60%",
                            "statement": (
                                "This is the share of young people who get news from "
                                "social networks, where a single dramatic video can "
                                "shape an opinion about a whole continent. Read widely."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "who-is-writing-to-you",
        "format": "psa",
        "target_groups": ["young-women", "youth-18-21"],
        "narratives": ["glorification-of-jihad"],
        "themes": ["support-for-loved-ones", "media-literacy"],
        "regions": [],
        "tags": ["online safety", "young women"],
        "organisation": "almaty-city-irg",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#8e4f6e",
            "motif": "stripes",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Саған кім жазып жүр? Қыздарға арналған әлеуметтік ролик",
                "summary": (
                    "Желіде махаббат, сенім және жаңа өмір уәде ететін бейтаныс "
                    "адамдар туралы 30 секундтық бейне- және радиоролик. Көмек бір "
                    "қоңырау қашықтығында."
                ),
                "image_alt": "Күңгірт жүзім түсті көлбеу жолақтар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Сценарий (30 секунд).</b> Түн ортасында бір қыз "
                            "хабарламаларды парақтап отыр. Жаңа танысы жылы сөздер "
                            "жазады да, артынан хат алмасуды құпия ұстауды, анасын "
                            "тыңдамауды, сапарға дайындалуды сұрайды. <i>Кадр "
                            "сыртындағы дауыс:</i> «Сені шын қадірлейтін адам сені "
                            "жақсы көретіндерден жасырынуды ешқашан сұрамайды». "
                            "Экранда сенім телефонының нөмірі көрсетіледі.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Хат алмасудағы үш қауіпті белгі",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Әңгімелесушің сөйлескендеріңді отбасыңнан "
                            "жасыруды сұрайды.</li><li>Ықылас тез арада қысымға "
                            "айналады: мерзім қояды, кінәлі сезіндіреді, «сеніміңді "
                            "дәлелде» дейді.</li><li>Ешқашан көрмеген адамың сапарға "
                            "шақырады, тұрмысқа шығуды немесе ақша ұсынады.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір желідегі таныстар қыздарға тез арада ешкімге "
                                "айтпай кетсе, алыста мәнді өмір мен тақуа күйеу күтіп "
                                "тұр деп уәде береді."
                            ),
                            "answer": (
                                "<p>Құпиялық пен асығыстық — өз уәдесі отбасылық "
                                "әңгімеге шыдамайтынын білетін адамдардың құралы. "
                                "Жауап бермес бұрын өзің сенетін адаммен сөйлес. Сені "
                                "құрметтейтін адам анаңмен, әпкеңмен немесе құрбыңмен "
                                "ақылдасқаныңа ренжімейді.</p>"
                            ),
                            "source": "Алматы қаласының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "82,6%",
                            "statement": (
                                "Жастардың осынша бөлігі әлеуметтік желіні ең алдымен "
                                "отбасымен және достарымен сөйлесу үшін пайдаланады — "
                                "желі соған арналған. Жақындарыңды жаныңда ұста."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "114 сенім телефоны",
                            "phone": "114",
                            "hours": "Дс–Жм, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Өзің туралы да, құрбың туралы да аты-жөніңді айтпай "
                                "қоңырау шалуға болады. Психолог тыңдап, бәрін "
                                "саралауға көмектеседі."
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Кто тебе пишет? Социальный ролик для девушек",
                "summary": (
                    "30-секундный видео- и радиоролик о незнакомцах в сети, которые "
                    "обещают любовь, веру и новую жизнь. Помощь — на расстоянии одного "
                    "звонка."
                ),
                "image_alt": "Приглушённые наклонные полосы цвета спелого винограда.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Сценарий (30 секунд).</b> Поздно вечером девушка "
                            "листает сообщения. Новый знакомый пишет тёплые слова, а "
                            "потом просит держать переписку в тайне, перестать слушать "
                            "маму и готовиться к поездке. <i>Голос за кадром:</i> "
                            "«Тот, кому ты действительно дорога, никогда не попросит "
                            "тебя прятаться от тех, кто тебя любит». На экране — номер "
                            "телефона доверия.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Три тревожных признака в переписке",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Собеседник просит скрывать разговор от "
                            "семьи.</li><li>Внимание быстро превращается в давление: "
                            "сроки, чувство вины, требование «доказать "
                            "веру».</li><li>Человек, которого ты никогда не видела, "
                            "предлагает поездку, замужество или деньги.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые собеседники в сети обещают девушкам "
                                "осмысленную жизнь и набожного мужа далеко от дома, "
                                "если те уедут быстро и никому не скажут."
                            ),
                            "answer": (
                                "<p>Тайна и спешка — инструменты тех, кто знает: их "
                                "обещание не выдержит разговора в семье. Поговори с "
                                "тем, кому доверяешь, прежде чем отвечать. Тот, кто "
                                "тебя уважает, не обидится, что ты посоветовалась с "
                                "мамой, сестрой или подругой.</p>"
                            ),
                            "source": "Информационно-разъяснительная группа г. Алматы",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "82,6%",
                            "statement": (
                                "Такая доля молодых людей пользуется соцсетями прежде "
                                "всего для общения с семьёй и друзьями — для этого они "
                                "и нужны. Держи близких рядом."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Телефон доверия 114",
                            "phone": "114",
                            "hours": "Пн–Пт, 9:00–18:00",
                            "address": "",
                            "description": (
                                "Можно позвонить анонимно — о себе или о подруге. "
                                "Психолог выслушает и поможет во всём разобраться."
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "Who is writing to you? A public service announcement for young "
                    "women"
                ),
                "summary": (
                    "A 30-second video and radio spot about online strangers who "
                    "promise love, faith and a new life. Help is one call away."
                ),
                "image_alt": "Muted grape-coloured diagonal stripes.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Script (30 seconds).</b> Late at night a young "
                            "woman scrolls through her messages. A new contact writes "
                            "warm words, then asks her to keep their chats secret, to "
                            "stop listening to her mother and to get ready for a "
                            "journey. <i>Voice-over:</i> 'Someone who truly cares "
                            "about you will never ask you to hide from the people who "
                            "love you.' The helpline number appears on screen.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Three warning signs in a chat",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>The person asks you to hide your conversations "
                            "from your family.</li><li>Attention quickly turns into "
                            "pressure: deadlines, guilt, demands to 'prove your "
                            "faith'.</li><li>Someone you have never met offers you a "
                            "trip, a marriage or money.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some online contacts promise young women a meaningful "
                                "life and a devout husband far from home, if they "
                                "leave quickly and tell no one."
                            ),
                            "answer": (
                                "<p>Secrecy and haste are the tools of people who know "
                                "their promise would not survive a family "
                                "conversation. Talk to someone you trust before you "
                                "reply. Anyone who respects you will not mind that you "
                                "asked your mother, sister or a friend for advice.</p>"
                            ),
                            "source": "Almaty city information and explanatory group",
                        },
                    ),
                    (
                        "fact",
                        {
                            "figure": "82.6%",
                            "statement": (
                                "This is the share of young people who use social "
                                "networks mainly to talk with family and friends — "
                                "that is what they are for. Keep your loved ones close."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "helpline",
                        {
                            "title": "Helpline 114",
                            "phone": "114",
                            "hours": "Mon–Fri, 9:00–18:00",
                            "address": "",
                            "description": (
                                "You can call anonymously, about yourself or about a "
                                "friend. A psychologist will listen and help you think "
                                "it through."
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "answering-questions-about-faith",
        "format": "brochure",
        "target_groups": ["civil-servants", "teachers"],
        "narratives": ["secularism-vs-religiosity", "us-versus-them"],
        "themes": ["interfaith-respect", "dialogue"],
        "regions": [],
        "tags": ["public service", "trust"],
        "organisation": "atyrau-region-irg",
        "licence": "cc-by-sa-4.0",
        "image": {
            "colour": "#5a6b7b",
            "motif": "stripes",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Сенім туралы сұрақтарға жауап: мемлекеттік қызметшілерге жадынама"
                ),
                "summary": (
                    "Әкімдік, жастар орталығы және ХҚКО қызметкерлеріне арналған "
                    "практикалық нұсқаулық: дін туралы құрметпен, жапсырмасыз және заң "
                    "аясында қалай сөйлесуге болады."
                ),
                "image_alt": "Сабырлы сұр-көк тік жолақтар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Азаматтың діни мәселе бойынша мемлекетпен алғашқы "
                            "байланысы салқын немесе күдікті болса, мемлекет "
                            "діндарларға қас деп жүргендер жаңа дәлел алады. Ал ол "
                            "құрметпен әрі білікті түрде өтсе, бұл дәлел күшін жояды. "
                            "Жадынамаға өңірлік ақпараттық-түсіндіру топтарының "
                            "кездесулерде жинаған тәжірибесі енгізілді.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Бес қағида",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Адамды құрметтеңіз.</b> Сақалына, орамалына "
                            "немесе сөйлеу мәнеріне емес, сұрағына жауап "
                            "беріңіз.</li><li><b>Жапсырмасыз.</b> Тұтас бір діндар "
                            "топқа «сектант» немесе «жат» деген сияқты сөздер айту "
                            "сенімді бұзады және көбіне жай ғана "
                            "қате.</li><li><b>Заңды қарапайым тілмен түсіндіріңіз.</b> "
                            "Не рұқсат етілгенін, не тыйым салынғанын және оның "
                            "себебін айтыңыз; баптың немесе құжаттың атын "
                            "атаңыз.</li><li><b>Кімге жіберу керегін біліңіз.</b> "
                            "Дінтанушы, психолог, заңгер, сенім "
                            "телефоны.</li><li><b>Істі аяғына дейін жеткізіңіз.</b> "
                            "Қайта хабарласамын деген уәдені орындау керек.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір онлайн-парақшалар мемлекеттік мекемелер "
                                "діндарларды менсінбейді, мұсылман олардан "
                                "немқұрайлылықтан басқа ештеңе күтпеуі керек деп "
                                "мәлімдейді."
                            ),
                            "answer": (
                                "<p>Бұл пікірге ең жақсы жауап — сіздің жұмысыңыз. "
                                "Әрбір құрметті әрі білікті жауап зайырлы мемлекеттің "
                                "діндарларға да, дінге сенбейтіндерге де бірдей қызмет "
                                "ететінін дәлелдейді. Қате кетсе, оны мойындап, "
                                "түзетіңіз — бұл кез келген плакаттан артық сенім "
                                "орнатады.</p>"
                            ),
                            "source": "Атырау облысының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Адамдар менің заңды қалай түсіндіргенімді есте "
                                "сақтамайды. Олар менің тыңдағанымды және қайта "
                                "хабарласқанымды есте сақтайды."
                            ),
                            "attribution": (
                                "Дін істері жөніндегі өңірлік басқарманың маманы, "
                                "Атырау"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Мекемеңіз немесе семинарыңыз үшін баспа нұсқаларына "
                                "тапсырыс беріңіз."
                            ),
                            "link_label": "Жадынамаға тапсырыс беру",
                            "url": (
                                "https://example.org/order/answering-questions-about-faith"
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": (
                    "Как отвечать на вопросы граждан о вере: памятка для госслужащих"
                ),
                "summary": (
                    "Практические рекомендации для сотрудников акиматов, молодёжных "
                    "центров и ЦОНов: как говорить о религии уважительно, без ярлыков "
                    "и в рамках закона."
                ),
                "image_alt": "Спокойные серо-синие вертикальные полосы.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Если первый контакт гражданина с государством по "
                            "религиозному вопросу оказывается холодным или "
                            "подозрительным, те, кто утверждает, будто государство "
                            "враждебно верующим, получают новый аргумент. Если он "
                            "уважительный и грамотный, этот аргумент теряет силу. В "
                            "памятке собрано то, чему научились региональные "
                            "информационно-разъяснительные группы на своих "
                            "встречах.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Пять принципов",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Уважайте человека.</b> Отвечайте на вопрос, а "
                            "не на бороду, платок или акцент.</li><li><b>Без "
                            "ярлыков.</b> Слова вроде «сектант» или «чуждый» в адрес "
                            "целой группы верующих разрушают доверие и часто просто "
                            "неверны.</li><li><b>Объясняйте закон простыми "
                            "словами.</b> Скажите, что разрешено, что нет и почему; "
                            "назовите статью или документ.</li><li><b>Знайте, к кому "
                            "направить.</b> Религиовед, психолог, юрист, телефон "
                            "доверия.</li><li><b>Доводите дело до конца.</b> Обещание "
                            "перезвонить нужно выполнять.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые онлайн-страницы утверждают, что "
                                "государственные учреждения презирают верующих и "
                                "мусульманину нечего ждать от них, кроме пренебрежения."
                            ),
                            "answer": (
                                "<p>Лучший ответ на это утверждение — то, как вы "
                                "работаете. Каждый уважительный и грамотный ответ "
                                "доказывает, что светское государство одинаково служит "
                                "верующим и неверующим. Если случилась ошибка, "
                                "признайте и исправьте её — это строит доверие лучше "
                                "любого плаката.</p>"
                            ),
                            "source": (
                                "Информационно-разъяснительная группа Атырауской "
                                "области"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Люди не помнят, как я объяснял закон. Они помнят, что "
                                "я выслушал и перезвонил."
                            ),
                            "attribution": (
                                "Специалист регионального управления по делам религий, "
                                "Атырау"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Закажите печатные экземпляры для вашего учреждения "
                                "или семинара."
                            ),
                            "link_label": "Заказать памятку",
                            "url": (
                                "https://example.org/order/answering-questions-about-faith"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "Answering citizens' questions about faith: a guide for civil "
                    "servants"
                ),
                "summary": (
                    "Practical guidance for staff of akimats, youth centres and public "
                    "service centres on talking about religion with respect, without "
                    "labels and within the law."
                ),
                "image_alt": "Calm grey-blue vertical stripes.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>When a citizen's first contact with the state on a "
                            "religious matter is cold or suspicious, those who claim "
                            "the state is hostile to believers gain a new argument. "
                            "When it is respectful and competent, that argument loses "
                            "its force. This guide gathers what regional information "
                            "and explanatory groups have learned at their meetings.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Five principles",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Respect the person.</b> Answer the question, "
                            "not the beard, the headscarf or the accent.</li><li><b>No "
                            "labels.</b> Words like 'sectarian' or 'alien' aimed at a "
                            "whole group of believers destroy trust and are often "
                            "simply wrong.</li><li><b>Explain the law plainly.</b> Say "
                            "what is allowed, what is not and why; name the article or "
                            "the document.</li><li><b>Know where to refer people.</b> "
                            "A religious scholar, a psychologist, a lawyer, the "
                            "helpline.</li><li><b>Follow through.</b> A promise to "
                            "call back must be kept.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some online pages claim that state institutions "
                                "despise believers and that a Muslim should expect "
                                "nothing from them but disregard."
                            ),
                            "answer": (
                                "<p>The best answer to this claim is the way you work. "
                                "Every respectful, competent reply shows that a "
                                "secular state serves believers and non-believers "
                                "alike. When a mistake happens, admit it and put it "
                                "right — that builds more trust than any poster.</p>"
                            ),
                            "source": "Atyrau region information and explanatory group",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "People don't remember how I explained the law. They "
                                "remember that I listened and called back."
                            ),
                            "attribution": (
                                "Specialist of a regional department of religious "
                                "affairs, Atyrau"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Order printed copies for your office or training "
                                "session."
                            ),
                            "link_label": "Order the guide",
                            "url": (
                                "https://example.org/order/answering-questions-about-faith"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "village-youth-council",
        "format": "video",
        "target_groups": ["rural-youth", "young-adults-26-35"],
        "narratives": ["secularism-vs-religiosity"],
        "themes": ["civic-belonging", "personal-development"],
        "regions": ["turkistan", "kyzylorda"],
        "tags": ["villages", "youth council", "volunteering"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#7a8b3a",
            "motif": "circles",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Ауылдағы жастар кеңесі: жастар өз ауылын қалай өзгертіп жатыр"
                ),
                "summary": (
                    "Түркістан және Қызылорда облыстарының ауылдарында өзгерісті "
                    "күтуді доғарып, әкімдікпен бірге жастар кеңесін құрған жігіттер "
                    "мен қыздар туралы қысқа деректі фильм."
                ),
                "image_alt": "Бірінің ішінде бірі тұрған зәйтүн түсті шеңберлер.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Жол бұзылып, жұмыс аз болғанда мекемелер ешқашан құлақ "
                            "аспайды, бір нәрсені тек түбегейлі үзіліс қана өзгерте "
                            "алады деп сену оңай. Бұл фильмнің кейіпкерлері басқа "
                            "жолды таңдады. Олар ауыл клубына жиналып, өздерін ең көп "
                            "мазалайтын мәселелерді жазып алды да, ауылдық округ "
                            "әкімінің аппаратына барды — бірге, сыпайы әрі табанды "
                            "түрде.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Жастар не істеді",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Жергілікті кәсіпкерлердің көмегімен спорт алаңын "
                            "жөндеді.</li><li>Демалысқа келген студенттер жүргізетін "
                            "компьютерлік сауаттылық пен ағылшын тілінің тегін кешкі "
                            "курстарын ашты.</li><li>Жұма намазынан кейін қарт "
                            "көршілерге көмір мен су тасуға көмектесетін ерікті топ "
                            "құрды.</li><li>Әкім жастардың сұрақтарына жауап беретін "
                            "ай сайынғы ашық кездесуге қол жеткізді.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар көңілі қалған жастарға зайырлы "
                                "институттар түкке тұрғысыз, діндар адам олармен "
                                "ешқандай іс жасамауы керек деп айтады."
                            ),
                            "answer": (
                                "<p>Көңіл қалу — шындық, оған ұран емес, жауап керек. "
                                "Қоғамдық өмірден шеттеу ауылға әділдік емес, тек "
                                "азырақ дауыс қалдырады. Фильм кейіпкерлерінің "
                                "арасында діндарлар да, дінге сенбейтіндер де бар, "
                                "және олар жергілікті билікпен бірлесіп жұмыс істеу "
                                "кез келген ашулы жазбадан көп өзгеріс әкелетініне көз "
                                "жеткізді.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Бұрын чатта шағымданатынбыз. Енді әкімге тізім "
                                "апарамыз, соның жартысы орындалады."
                            ),
                            "attribution": (
                                "Жастар кеңесінің мүшесі, 23 жаста, Түркістан облысы"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Ауылыңызда жастар кеңесін құрғыңыз келе ме? Қадамдық "
                                "нұсқаулықты алыңыз."
                            ),
                            "link_label": "Нұсқаулықты алу",
                            "url": "https://example.org/guides/village-youth-council",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Совет молодёжи в ауле: как ребята меняют своё село",
                "summary": (
                    "Короткий документальный фильм о молодых людях из сёл "
                    "Туркестанской и Кызылординской областей, которые перестали ждать "
                    "перемен и вместе с акиматом создали совет молодёжи."
                ),
                "image_alt": "Вложенные друг в друга оливковые круги.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Когда дороги разбиты, а работы мало, легко поверить, "
                            "что учреждения никогда не услышат и изменить что-то может "
                            "только радикальный разрыв. Герои этого фильма выбрали "
                            "другой путь. Они собрались в сельском клубе, записали, "
                            "что беспокоит их больше всего, и пошли в аппарат акима "
                            "сельского округа — вместе, вежливо и настойчиво.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Что сделали ребята",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Отремонтировали спортивную площадку при помощи "
                            "местных предпринимателей.</li><li>Открыли бесплатные "
                            "вечерние курсы компьютерной грамотности и английского, "
                            "которые ведут студенты, приехавшие на "
                            "каникулы.</li><li>Собрали волонтёрскую команду, которая "
                            "по пятницам после намаза помогает пожилым соседям с углём "
                            "и водой.</li><li>Добились ежемесячной открытой встречи, "
                            "на которой аким отвечает на вопросы молодёжи.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые посты внушают разочарованной молодёжи, что "
                                "светские институты ничего не стоят и верующему не "
                                "следует иметь с ними никаких дел."
                            ),
                            "answer": (
                                "<p>Разочарование реально, и оно заслуживает ответа, а "
                                "не лозунга. Уход из общественной жизни оставляет село "
                                "с меньшим числом голосов, а не с большей "
                                "справедливостью. Среди героев фильма есть и верующие, "
                                "и неверующие, и они убедились: совместная работа с "
                                "местной властью дала больше перемен, чем любой "
                                "гневный пост.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Раньше мы жаловались в чате. Теперь приносим акиму "
                                "список, и половина из него выполняется."
                            ),
                            "attribution": (
                                "Участник совета молодёжи, 23 года, Туркестанская "
                                "область"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Хотите создать совет молодёжи в своём селе? Получите "
                                "пошаговое руководство."
                            ),
                            "link_label": "Получить руководство",
                            "url": "https://example.org/guides/village-youth-council",
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "A youth council in the village: how young people change their aul"
                ),
                "summary": (
                    "A short documentary about young people in villages of the "
                    "Turkistan and Kyzylorda regions who stopped waiting for change "
                    "and set up a youth council together with the akimat."
                ),
                "image_alt": "Olive-green circles nested inside one another.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>When roads are broken and jobs are scarce, it is easy "
                            "to believe that institutions will never listen and that "
                            "only a radical break can change anything. The people in "
                            "this film chose another way. They met in the village "
                            "club, wrote down what troubled them most and took it to "
                            "the rural district akim's office — together, politely and "
                            "persistently.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "What the young people did",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Repaired the sports ground with help from local "
                            "businesses.</li><li>Opened free evening courses in "
                            "computer skills and English, taught by students home for "
                            "the holidays.</li><li>Formed a volunteer team that helps "
                            "elderly neighbours with coal and water on Fridays after "
                            "prayers.</li><li>Won a monthly open meeting at which the "
                            "akim answers young people's questions.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts tell disappointed young people that "
                                "secular institutions are worthless and that a "
                                "believer should have nothing to do with them."
                            ),
                            "answer": (
                                "<p>Disappointment is real, and it deserves an answer, "
                                "not a slogan. Withdrawing from public life leaves the "
                                "village with fewer voices, not with more justice. The "
                                "people in this film include believers and "
                                "non-believers, and they found that working with the "
                                "local authorities brought more change than any angry "
                                "post.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "We used to complain in the chat. Now we bring the "
                                "akim a list, and half of it gets done."
                            ),
                            "attribution": (
                                "Member of the youth council, 23, Turkistan region"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Want to set up a youth council in your village? Get "
                                "the step-by-step guide."
                            ),
                            "link_label": "Get the guide",
                            "url": "https://example.org/guides/village-youth-council",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "good-neighbours",
        "format": "poster",
        "target_groups": ["practising-believers", "rural-youth"],
        "narratives": ["us-versus-them"],
        "themes": ["interfaith-respect", "tolerance"],
        "regions": [],
        "tags": ["interfaith", "neighbours"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#2e7f7a",
            "motif": "circles",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Ізгі көршілер: мұсылмандар мен христиандарды не біріктіреді",
                "summary": (
                    "Мәдениет үйлері мен ауылдық кітапханаларға арналған плакаттар "
                    "топтамасы: Қазақстандағы мұсылмандар мен христиандардың "
                    "күнделікті өмірдегі ортақ құндылықтары туралы."
                ),
                "image_alt": "Бір-бірімен қиылысқан екі теңіз-жасыл шеңбер.",
                "body": [
                    (
                        "heading",
                        {
                            "text": "Бізді не біріктіреді",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Ата-ана мен үлкенді құрметтеу.</b> Екі дәстүр "
                            "де мұны парыз ретінде үйретеді.</li><li><b>Көршіге "
                            "қамқорлық.</b> Ортақ дастархан, қаралы күні көмек, "
                            "науқастың көңілін сұрау.</li><li><b>Қайырымдылық.</b> "
                            "Зекет пен садақа, қайыр мен сый — жомарттық екі діннің де "
                            "өзегінде.</li><li><b>Еңбек пен саудадағы адалдық.</b> "
                            "Әділ таразы, орындалған уәде.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "56%",
                            "statement": (
                                "Жастардың осынша бөлігі мұсылмандар мен "
                                "христиандардың ортақ тұстары көп екеніне келіседі. "
                                "Топтамадағы әр плакат қалғандарды бұған тағы бір ой "
                                "жүгіртуге шақырады."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар мұсылман христиан көршілерінен аулақ "
                                "жүріп, оларды сенімі үшін жау санауы керек дейді."
                            ),
                            "answer": (
                                "<p>Қазақстанда мұсылмандар мен христиандар ұрпақтан "
                                "ұрпаққа қатар өмір сүріп келеді: бір подъезде, бір "
                                "мектепте, бір жұмыста. Ислам дәстүрі басқа діндегі "
                                "бейбіт көршілерге мейірім мен әділдік танытуға "
                                "үйретеді. Өзгенің сенімін құрметтеу өз сеніміңді "
                                "әлсіретпейді.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Әкем қайтыс болғанда, үйімізге бірінші болып нан "
                                "әкелген православ көршілеріміз еді. Біз мұны ешқашан "
                                "ұмытпаймыз."
                            ),
                            "attribution": (
                                "Солтүстік Қазақстан облысындағы ауыл тұрғыны"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Плакаттар топтамасын қазақ және орыс тілдерінде "
                                "жүктеп алыңыз."
                            ),
                            "link_label": "Плакаттарды жүктеу",
                            "url": "https://example.org/posters/good-neighbours",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Добрые соседи: что объединяет мусульман и христиан",
                "summary": (
                    "Серия плакатов для домов культуры и сельских библиотек о "
                    "ценностях, которые мусульмане и христиане Казахстана разделяют в "
                    "повседневной жизни."
                ),
                "image_alt": "Два пересекающихся круга цвета морской волны.",
                "body": [
                    (
                        "heading",
                        {
                            "text": "Что нас объединяет",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Почитание родителей и старших.</b> Обе "
                            "традиции учат этому как долгу.</li><li><b>Забота о "
                            "соседях.</b> Общий стол, помощь в дни похорон, посещение "
                            "больного.</li><li><b>Милосердие.</b> Закят и садака, "
                            "милостыня и пожертвования — щедрость в самом сердце обеих "
                            "религий.</li><li><b>Честность в труде и торговле.</b> "
                            "Верные весы, сдержанное слово.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "56%",
                            "statement": (
                                "Такая доля молодых людей согласна, что у мусульман и "
                                "христиан много общего. Каждый плакат серии — "
                                "приглашение остальным взглянуть ещё раз."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые посты утверждают, что мусульманин должен "
                                "сторониться соседей-христиан и считать их врагами "
                                "из-за их веры."
                            ),
                            "answer": (
                                "<p>Мусульмане и христиане в Казахстане поколениями "
                                "живут рядом: в одном подъезде, одной школе, на одной "
                                "работе. Исламская традиция учит доброте и "
                                "справедливости к мирным соседям другой веры. Уважение "
                                "к чужой вере не ослабляет твою собственную.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Когда умер мой отец, первыми хлеб в наш дом принесли "
                                "соседи-православные. Мы этого никогда не забудем."
                            ),
                            "attribution": "Житель села в Северо-Казахстанской области",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Скачайте серию плакатов на казахском и русском языках."
                            ),
                            "link_label": "Скачать плакаты",
                            "url": "https://example.org/posters/good-neighbours",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Good neighbours: what Muslims and Christians share",
                "summary": (
                    "A poster series for community centres and village libraries about "
                    "the values Muslims and Christians in Kazakhstan share in everyday "
                    "life."
                ),
                "image_alt": "Two overlapping sea-green circles.",
                "body": [
                    (
                        "heading",
                        {
                            "text": "What we share",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Respect for parents and elders.</b> Both "
                            "traditions teach it as a duty.</li><li><b>Care for "
                            "neighbours.</b> A shared table, help in days of mourning, "
                            "a visit to someone who is ill.</li><li><b>Charity.</b> "
                            "Zakat and sadaqa, alms and donations — generosity lies at "
                            "the heart of both faiths.</li><li><b>Honesty in work and "
                            "trade.</b> Fair scales, a word kept.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "56%",
                            "statement": (
                                "This is the share of young people who agree that "
                                "Muslims and Christians have much in common. Each "
                                "poster in the series invites the others to take a "
                                "second look."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts say that a Muslim should avoid Christian "
                                "neighbours and see them as enemies because of their "
                                "faith."
                            ),
                            "answer": (
                                "<p>Muslims and Christians in Kazakhstan have lived "
                                "side by side for generations: in the same stairwell, "
                                "the same school, the same workplace. Islamic "
                                "tradition teaches kindness and justice towards "
                                "peaceful neighbours of another faith. Respecting "
                                "someone else's faith does not weaken your own.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "When my father died, the first to bring bread to our "
                                "house were our Orthodox neighbours. We will never "
                                "forget it."
                            ),
                            "attribution": (
                                "A villager from the North Kazakhstan region"
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Download the poster series in Kazakh and Russian.",
                            "link_label": "Download the posters",
                            "url": "https://example.org/posters/good-neighbours",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "one-family-two-languages",
        "format": "audio",
        "target_groups": ["young-women", "young-adults-26-35"],
        "narratives": ["ethnic-exclusivity"],
        "themes": ["family", "tolerance"],
        "regions": [],
        "tags": ["marriage", "radio"],
        "organisation": "almaty-city-irg",
        "licence": "cc-by-nc-4.0",
        "image": {
            "colour": "#9b6a8c",
            "motif": "arcs",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Бір отбасы, екі тіл: аралас неке туралы радиоәңгіме",
                "summary": (
                    "Павлодарлық жас жұбайлар әр ұлттан шыққан отбасыларының "
                    "мерекелерді бірге тойлауды қалай үйренгенін айтатын радиоәңгіме."
                ),
                "image_alt": "Бір-біріне қарай иілген екі жұмсақ күлгін доға.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Әйгерім мен Денис Павлодардағы университетте танысты. "
                            "Үйленуге шешім қабылдағанда, олар көп кеңес естіді — "
                            "жылысы да, алаңдаулысы да болды, ал желідегі бейтаныс "
                            "адамдардан бірнеше өшпенді пікір де келді. Бұл "
                            "радиоәңгімеде олар және ата-аналары кейін шын мәнінде не "
                            "болғанын айтып береді.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Не көмектесті",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Алдымен екі ана жастарсыз, шай үстінде "
                            "кездесті.</li><li>Әр тарап екінші жақ өзі түсінеді деп "
                            "күтпей, өз салт-дәстүрін түсіндірді.</li><li>Отбасындағы "
                            "балалар бір әжесімен қазақша, екіншісімен орысша "
                            "сөйлеседі — және мұны байқамай ауыса береді.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "37%",
                            "statement": (
                                "Жастардың осынша бөлігі әр ұлттан шыққан жұбайлардың "
                                "некесін толық қабылдайды; тағы 27%-ы да мұндай некені "
                                "батыл қолдайды."
                            ),
                            "source": (
                                "Жастар сауалнамасы, 1 002 респондент, 2020 ж. "
                                "қараша–желтоқсан"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар басқа ұлт өкілімен отау құру өз "
                                "халқына опасыздық, оған жол бермеу керек дейді."
                            ),
                            "answer": (
                                "<p>Жар таңдау — екі ересек адам мен олардың "
                                "отбасыларының жеке шешімі, оны заң қорғайды. Халықты "
                                "махаббат пен құрмет емес, өшпенділік пен бөгде "
                                "адамдардың өзгенің өміріне араласуы әлсіретеді. "
                                "Аралас отбасылардағы балалар — қазақстандық қоғамның "
                                "толыққанды мүшелері, олардың көбі екі мәдениетті "
                                "мақтан тұтады.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Тойымызда тост екі тілде айтылды, ал қуаныш біреу "
                                "болды."
                            ),
                            "attribution": "Денис, Павлодар",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Одна семья, два языка: радиоистория о смешанном браке",
                "summary": (
                    "Радиоистория, в которой молодая пара из Павлодара рассказывает, "
                    "как их семьи разных национальностей научились праздновать вместе."
                ),
                "image_alt": "Две мягкие лиловые дуги, склонённые друг к другу.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Айгерим и Денис познакомились в университете в "
                            "Павлодаре. Когда они решили пожениться, то услышали много "
                            "советов — тёплых и тревожных, а от незнакомцев в сети и "
                            "несколько враждебных комментариев. В этой радиоистории "
                            "они и их родители рассказывают, что было дальше на самом "
                            "деле.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Что помогло",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>Сначала встретились две мамы — без молодых, за "
                            "чаем.</li><li>Каждая сторона рассказывала о своих "
                            "обычаях, а не ждала, что другая догадается "
                            "сама.</li><li>Дети в семье говорят по-казахски с одной "
                            "бабушкой и по-русски с другой — и переключаются, не "
                            "замечая этого.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "37%",
                            "statement": (
                                "Такая доля молодых людей полностью принимает брак "
                                "между супругами разных национальностей; ещё 27% также "
                                "твёрдо поддерживают такие браки."
                            ),
                            "source": (
                                "Опрос молодёжи, 1 002 респондента, ноябрь–декабрь "
                                "2020 г."
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые посты утверждают, что брак с человеком "
                                "другой национальности — предательство своего народа и "
                                "его нужно не допустить."
                            ),
                            "answer": (
                                "<p>Выбор супруга — личное решение двух взрослых людей "
                                "и их семей, и закон его защищает. Народ ослабляют не "
                                "любовь и уважение, а ненависть и вмешательство "
                                "посторонних в чужую жизнь. Дети из смешанных семей — "
                                "полноправные члены казахстанского общества, и многие "
                                "из них гордятся тем, что несут в себе две "
                                "культуры.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "На нашей свадьбе звучали тосты на двух языках, а "
                                "радость была одна."
                            ),
                            "attribution": "Денис, Павлодар",
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "One family, two languages: a radio story about a mixed marriage"
                ),
                "summary": (
                    "A radio story in which a young couple from Pavlodar tell how "
                    "their families, of different nationalities, learned to celebrate "
                    "together."
                ),
                "image_alt": "Two soft mauve arcs leaning towards each other.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Aigerim and Denis met at university in Pavlodar. When "
                            "they decided to marry, they heard plenty of advice — some "
                            "warm, some anxious — and a few hostile comments from "
                            "strangers online. In this radio story, they and their "
                            "parents tell what really happened next.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "What helped",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li>The two mothers met first, without the young "
                            "couple, over tea.</li><li>Each side explained its customs "
                            "instead of expecting the other to guess.</li><li>The "
                            "children in the family speak Kazakh with one grandmother "
                            "and Russian with the other — and switch without "
                            "noticing.</li></ul>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "37%",
                            "statement": (
                                "This is the share of young people who fully accept a "
                                "marriage between partners of different nationalities; "
                                "another 27% also firmly support such marriages."
                            ),
                            "source": "Youth survey, 1,002 respondents, Nov–Dec 2020",
                            "source_url": "",
                        },
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts claim that marrying someone of another "
                                "nationality betrays one's own people and must be "
                                "prevented."
                            ),
                            "answer": (
                                "<p>Choosing a spouse is a personal decision of two "
                                "adults and their families, and the law protects it. A "
                                "people is weakened not by love and respect but by "
                                "hatred and by strangers meddling in other people's "
                                "lives. Children of mixed families are full members of "
                                "Kazakhstani society, and many of them are proud to "
                                "carry two cultures.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "At our wedding the toasts were in two languages, but "
                                "the joy was one."
                            ),
                            "attribution": "Denis, Pavlodar",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "beyond-blocking",
        "format": "article",
        "target_groups": ["civil-servants", "teachers"],
        "narratives": ["religious-disinformation", "glorification-of-jihad"],
        "themes": ["media-literacy", "civic-belonging"],
        "regions": ["atyrau"],
        "tags": ["monitoring", "prevention"],
        "organisation": "atyrau-region-irg",
        "licence": "reserved",
        "image": {
            "colour": "#44546a",
            "motif": "stripes",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
            {
                "title": (
                    "Dangerous networks: how to deal with online radicalization in "
                    "Kazakhstan?"
                ),
                "publisher": "Karaganda Industrial University",
                "year": 2022,
                "url": "",
            },
            {
                "title": (
                    "TV report on the work of Almaty and Atyrau against online "
                    "religious extremism"
                ),
                "publisher": "Almaty TV channel",
                "year": None,
                "url": "",
            },
            {
                "title": "Kazakhstan hunts for online, printed extremist material",
                "publisher": "Caravanserai",
                "year": None,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": "Бұғаттаумен шектелмей: балама дауыстар неге маңызды",
                "summary": (
                    "Атырау облысының маманы онлайн және баспа материалдарының "
                    "мониторингі не көрсететінін және онымен қатар мектеп, отбасы мен "
                    "беделді жергілікті дауыстардың неге қажет екенін түсіндіреді."
                ),
                "image_alt": "Сабырлы сұр-көк көлденең жолақтар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Мамандар жыл сайын мыңдаған сайтты, аккаунтты және "
                            "кітапты тексереді. Заңсыз материалдар анықталып, "
                            "бұғатталады, бұл жұмыс көп адамды қорғайды. Бірақ "
                            "бұғатталған арнаның орнына көп ұзамай жаңасы пайда "
                            "болады, ал жалғыз тыйымның өзі жас адамды мұндай "
                            "контентті іздеуге итермелеген сұрақтарға жауап "
                            "бермейді.</p>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "5 527-ден 2 487",
                            "statement": (
                                "Мамандар бір жылда 5 527 интернет-ресурсты тексеріп, "
                                "олардың 2 487-сінен заңсыз экстремистік материал "
                                "тапты. Тексерілген 3 495 баспа материалының 179-ы "
                                "экстремистік деп танылды."
                            ),
                            "source": (
                                "Интернет-ресурстар мен баспа өнімдерін тексеру туралы "
                                "жаңалық"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Тыйыммен қатар не нәтиже береді",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Жергілікті, таныс тұлғалар.</b> Жастар жеке "
                            "кездесе алатын дінтанушы немесе психолог анонимді "
                            "аккаунттан әлдеқайда сенімді.</li><li><b>Жылдам әрі жылы "
                            "жауаптар</b> — пікірлердегі сұрақтарға қазақ және орыс "
                            "тілдерінде.</li><li><b>Жастар саясаты басқармаларымен "
                            "бірлескен жұмыс</b>, өйткені жұмыс, оқу және бос уақыт "
                            "таңдауға идеялардан кем әсер етпейді.</li><li><b>Өңірлер "
                            "арасында тәжірибе алмасу</b>: Алматыда нәтиже берген "
                            "нәрсе Атырауда да көмектесуі мүмкін, керісінше де "
                            "солай.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір жазбалар арнаның бұғатталуы оның тыйым "
                                "салынған шындықты айтқанын дәлелдейді деп мәлімдейді."
                            ),
                            "answer": (
                                "<p>Материал зорлық-зомбылыққа немесе өшпенділікке "
                                "шақырғаны үшін бұғатталады, «тым шыншыл» болғаны үшін "
                                "емес. Тыйымды шындықтың дәлелі етіп көрсету — тыйым "
                                "салынғанды тартымды ететін ескі айла. Ең жақсы жауап "
                                "— жастарға кез келген сұрақты талқылауға болатын адал "
                                "әрі ашық дереккөздерді ұсыну.</p>"
                            ),
                            "source": "Атырау облысының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Сенімге бұғаттау арқылы жете алмаймыз. Оны әр әңгіме "
                                "сайын еңбекпен табу керек."
                            ),
                            "attribution": (
                                "Дінтанушы, Атырау облысының ақпараттық-түсіндіру тобы"
                            ),
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Не только блокировка: почему альтернативные голоса важны",
                "summary": (
                    "Специалист Атырауской области рассказывает, что показывает "
                    "мониторинг онлайн- и печатных материалов и зачем рядом с ним "
                    "нужны школы, семьи и авторитетные местные голоса."
                ),
                "image_alt": "Спокойные серо-синие горизонтальные полосы.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Каждый год специалисты проверяют тысячи сайтов, "
                            "аккаунтов и книг. Запрещённые материалы находят и "
                            "блокируют, и эта работа защищает многих людей. Но на "
                            "месте заблокированного канала вскоре появляется новый, а "
                            "один лишь запрет не отвечает на вопросы, из-за которых "
                            "молодой человек вообще стал искать такой контент.</p>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "2 487 из 5 527",
                            "statement": (
                                "Специалисты за год проверили 5 527 интернет-ресурсов "
                                "и нашли запрещённые экстремистские материалы в 2 487 "
                                "из них. Из 3 495 проверенных печатных материалов "
                                "экстремистскими признаны 179."
                            ),
                            "source": (
                                "Новостной материал о проверке интернет-ресурсов и "
                                "печатной продукции"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Что работает вместе с запретами",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Местные, знакомые лица.</b> Религиовед или "
                            "психолог, с которым молодёжь может встретиться лично, "
                            "убедительнее анонимного аккаунта.</li><li><b>Быстрые и "
                            "доброжелательные ответы</b> на вопросы в комментариях — "
                            "на казахском и русском.</li><li><b>Совместная работа с "
                            "управлениями молодёжной политики</b>, потому что работа, "
                            "учёба и досуг влияют на выбор не меньше, чем "
                            "идеи.</li><li><b>Обмен опытом между регионами</b>: то, "
                            "что сработало в Алматы, может помочь в Атырау, и "
                            "наоборот.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые посты утверждают, что блокировка канала "
                                "доказывает, будто он говорил запретную правду."
                            ),
                            "answer": (
                                "<p>Материалы блокируют, когда они призывают к насилию "
                                "или ненависти, а не потому, что они «слишком "
                                "честные». Выдавать запрет за доказательство правды — "
                                "старый приём, который делает запретное "
                                "привлекательным. Лучший ответ — предложить молодым "
                                "людям честные и открытые источники, где можно "
                                "обсудить любой вопрос.</p>"
                            ),
                            "source": (
                                "Информационно-разъяснительная группа Атырауской "
                                "области"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Доверие не добыть блокировками. Его зарабатывают — "
                                "разговор за разговором."
                            ),
                            "attribution": (
                                "Религиовед, информационно-разъяснительная группа "
                                "Атырауской области"
                            ),
                        },
                    ),
                ],
            },
            "en": {
                "title": "Beyond blocking: why alternative voices matter",
                "summary": (
                    "A specialist from the Atyrau region explains what the monitoring "
                    "of online and printed material shows, and why schools, families "
                    "and credible local voices are needed alongside it."
                ),
                "image_alt": "Calm grey-blue horizontal stripes.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Every year specialists check thousands of websites, "
                            "accounts and books. Illegal material is found and "
                            "blocked, and that work protects many people. But a "
                            "blocked channel is soon replaced by a new one, and a ban "
                            "alone does not answer the questions that led a young "
                            "person to look for such content in the first place.</p>"
                        ),
                    ),
                    (
                        "fact",
                        {
                            "figure": "2,487 of 5,527",
                            "statement": (
                                "In one year specialists inspected 5,527 online "
                                "resources and found illegal extremist material in "
                                "2,487 of them. Of 3,495 printed materials checked, "
                                "179 were found to be extremist."
                            ),
                            "source": (
                                "News report on the inspection of online and printed "
                                "material"
                            ),
                            "source_url": "",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "What works alongside bans",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Local, familiar faces.</b> A religious scholar "
                            "or psychologist whom young people can meet in person is "
                            "more convincing than an anonymous "
                            "account.</li><li><b>Quick and friendly replies</b> to "
                            "questions in the comments, in Kazakh and "
                            "Russian.</li><li><b>Joint work with youth policy "
                            "departments</b>, because jobs, study and leisure shape "
                            "choices as much as ideas do.</li><li><b>Sharing "
                            "experience between regions</b>: what worked in Almaty may "
                            "help in Atyrau, and the other way round.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some posts claim that the blocking of a channel "
                                "proves it was telling a forbidden truth."
                            ),
                            "answer": (
                                "<p>Material is blocked when it calls for violence or "
                                "hatred, not because it is 'too honest'. Presenting a "
                                "ban as proof of truth is an old trick that makes the "
                                "forbidden look attractive. The better answer is to "
                                "offer young people honest, open sources where any "
                                "question can be discussed.</p>"
                            ),
                            "source": "Atyrau region information and explanatory group",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "You cannot block your way to trust. You earn it, one "
                                "conversation at a time."
                            ),
                            "attribution": (
                                "Religious scholar, Atyrau region information and "
                                "explanatory group"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "my-world-my-values",
        "format": "social-series",
        "target_groups": ["youth-18-21", "young-women"],
        "narratives": ["demonising-the-west"],
        "themes": ["personal-development", "dialogue"],
        "regions": [],
        "tags": ["culture", "instagram"],
        "organisation": "dialogue-youth-ngo",
        "licence": "cc-by-sa-4.0",
        "image": {
            "colour": "#c06c50",
            "motif": "dots",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Менің әлемім, менің құндылығым: мәдениет пен таңдау туралы топтама"
                ),
                "summary": (
                    "Қыздар мен жігіттер әлемнің түкпір-түкпірінен өздері сүйетін "
                    "фильмдер, музыка мен идеялар туралы және өз құндылықтарына қалай "
                    "адал қалатыны туралы айтатын қысқа Instagram топтамасы."
                ),
                "image_alt": "Шашыраңқы жылы маржан түсті нүктелер.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Қазақстан жастары қазақ эстрадасы мен корей топтарын "
                            "тыңдайды, түрік сериалдары мен америка фильмдерін көреді, "
                            "орыс классикасы мен жапон комикстерін оқиды. Желідегі "
                            "кейбір уағызшылар мұның бәрін адамгершілік құлдыраудың "
                            "белгісі деп атайды. Бұл топтаманың кейіпкерлері онымен "
                            "келіспейді — әрқайсысы бір минут ішінде өз таңдауын қалай "
                            "жасайтынын түсіндіреді.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Бөлімдер",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Аружан, 19 жаста, Шымкент:</b> әлемнің түрлі "
                            "сән көрсетілімдерінен шабыт алып, ибалы киім үлгілерін "
                            "ойлап табады.</li><li><b>Мәди, 20 жаста, Қостанай "
                            "облысы:</b> ағылшын тілін бейнеойындар арқылы үйреніп, "
                            "енді ауылындағы балаларға сабақ "
                            "береді.</li><li><b>Камила, 21 жаста, Астана:</b> "
                            "университеттің рок-тобында домбыра "
                            "тартады.</li><li><b>Ерлан, 18 жаста, Ақтөбе:</b> бес "
                            "уақыт намазын оқиды әрі сыныптағы ең мықты "
                            "бағдарламашы.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Кейбір бейнежазбалар шетелдік музыкаға, фильмге "
                                "немесе сәнге деген кез келген қызығушылық жас "
                                "мұсылмандардың сенімі мен әдебін құртуға арналған "
                                "жоспардың бөлігі деп мәлімдейді."
                            ),
                            "answer": (
                                "<p>Мәдениет әрдайым саяхаттаған: жібек, шай және "
                                "кітаптар интернеттен әлдеқайда бұрын шекара асқан. "
                                "Талғам — адамның сенімі мен адамгершілігіне "
                                "шығарылған үкім емес. Ең маңыздысы — жас адамның "
                                "істері: ата-анасына, достарына және көмекке "
                                "мұқтаждарға қалай қарайтыны. Өзгелердің таңдауын "
                                "құрметтеу де — жақсы тәрбиенің бір бөлігі.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Әжем маған досты жүрегіне қарап таңда деп үйреткен. "
                                "Әндерді де солай таңдаймын."
                            ),
                            "attribution": "Камила, 21 жаста, Астана",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Не ұнататыныңызды және неге екенін бір минутта айтып "
                                "беріңіз — ең жақсы әңгімелерді жариялаймыз."
                            ),
                            "link_label": "Бейне жіберу",
                            "url": "https://example.org/stories/my-world-my-values",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Мой мир, мои ценности: серия о культуре, вкусе и выборе",
                "summary": (
                    "Короткая серия в Instagram, в которой девушки и парни "
                    "рассказывают о любимых фильмах, музыке и идеях со всего мира и о "
                    "том, как остаются верны своим ценностям."
                ),
                "image_alt": "Рассыпанные тёплые коралловые точки.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Молодёжь Казахстана слушает казахский поп и корейские "
                            "группы, смотрит турецкие сериалы и американское кино, "
                            "читает русскую классику и японские комиксы. Некоторые "
                            "сетевые проповедники называют всё это признаком "
                            "нравственного упадка. Герои этой серии не согласны — и "
                            "каждый за одну минуту объясняет, как делает свой "
                            "выбор.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Эпизоды",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Аружан, 19 лет, Шымкент:</b> придумывает "
                            "скромную одежду, вдохновляясь показами мод со всего "
                            "мира.</li><li><b>Мади, 20 лет, Костанайская область:</b> "
                            "выучил английский благодаря видеоиграм и теперь "
                            "занимается с детьми в своём селе.</li><li><b>Камила, 21 "
                            "год, Астана:</b> играет на домбре в университетской "
                            "рок-группе.</li><li><b>Ерлан, 18 лет, Актобе:</b> "
                            "совершает намаз пять раз в день и лучше всех в классе "
                            "пишет код.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые ролики утверждают, что любой интерес к "
                                "зарубежной музыке, фильмам или моде — часть плана по "
                                "разрушению веры и нравов молодых мусульман."
                            ),
                            "answer": (
                                "<p>Культура всегда путешествовала: шёлк, чай и книги "
                                "пересекали границы задолго до интернета. Вкус — не "
                                "приговор вере и нравственности человека. Важно то, "
                                "что молодой человек делает: как относится к "
                                "родителям, друзьям и тем, кто нуждается в помощи. "
                                "Уважение к выбору других — тоже часть хорошего "
                                "воспитания.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Бабушка учила меня выбирать друзей по сердцу. Песни я "
                                "выбираю так же."
                            ),
                            "attribution": "Камила, 21 год, Астана",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Расскажите за одну минуту, что вы любите и почему, — "
                                "лучшие истории мы опубликуем."
                            ),
                            "link_label": "Отправить видео",
                            "url": "https://example.org/stories/my-world-my-values",
                        },
                    ),
                ],
            },
            "en": {
                "title": (
                    "My world, my values: a series about culture, taste and choice"
                ),
                "summary": (
                    "A short Instagram series in which young women and men talk about "
                    "the films, music and ideas they love from around the world, and "
                    "how they stay true to their values."
                ),
                "image_alt": "Scattered warm coral dots.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Young people in Kazakhstan listen to Kazakh pop and "
                            "Korean bands, watch Turkish series and American films, "
                            "read Russian classics and Japanese comics. Some online "
                            "preachers call all of this a sign of moral decline. The "
                            "people in this series disagree — and each of them "
                            "explains in one minute how they make their choices.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Episodes",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Aruzhan, 19, Shymkent:</b> designs modest "
                            "clothing inspired by fashion shows from around the "
                            "world.</li><li><b>Madi, 20, Kostanay region:</b> learned "
                            "English from video games and now tutors children in his "
                            "village.</li><li><b>Kamila, 21, Astana:</b> plays the "
                            "dombra in her university rock band.</li><li><b>Yerlan, "
                            "18, Aktobe:</b> prays five times a day and is the best "
                            "coder in his class.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some videos claim that any interest in foreign music, "
                                "films or fashion is part of a plan to destroy the "
                                "faith and morals of young Muslims."
                            ),
                            "answer": (
                                "<p>Culture has always travelled: silk, tea and books "
                                "crossed borders long before the internet. Taste is "
                                "not a verdict on a person's faith or morals. What "
                                "matters is what a young person does — how they treat "
                                "their parents, their friends and people in need. "
                                "Respecting other people's choices is part of a good "
                                "upbringing too.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "My grandmother taught me to choose friends by their "
                                "hearts. I choose songs the same way."
                            ),
                            "attribution": "Kamila, 21, Astana",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Tell us in one minute what you love and why — we will "
                                "publish the best stories."
                            ),
                            "link_label": "Send a video",
                            "url": "https://example.org/stories/my-world-my-values",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "everyday-heroes",
        "format": "lesson-plan",
        "target_groups": ["teachers", "parents"],
        "narratives": ["glorification-of-jihad"],
        "themes": ["personal-development", "civic-belonging"],
        "regions": [],
        "tags": ["school", "courage"],
        "organisation": "almaty-city-irg",
        "licence": "cc-by-4.0",
        "image": {
            "colour": "#3f7fbf",
            "motif": "arcs",
        },
        "sources": [
            {
                "title": (
                    "Policy brief: online extremism prevention in Kazakhstan (study "
                    "“Radicalism Online”)"
                ),
                "publisher": "Internews; Research Center for Religious Studies",
                "year": 2021,
                "url": "",
            },
        ],
        "text": {
            "kk": {
                "title": (
                    "Қасымыздағы батырлар: 7–9-сыныптарға арналған ерлік туралы сабақ"
                ),
                "summary": (
                    "Оқушыларға құтқарушылардан, дәрігерлерден, еріктілерден және өз "
                    "отбасынан ерлік көруге және өмірді не мәнді ететіні туралы "
                    "сөйлесуге көмектесетін сабақ жоспары."
                ),
                "image_alt": "Көктем аспанындай ашық көк доғалар.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Мақсаты:</b> оқушылар өмірді қорғайтын батылдық пен "
                            "оны жоятын «батырлықтың» айырмашылығын түсіндіріп, өз "
                            "ортасындағы батырларды атай алады. <b>Жасы:</b> 13–15. "
                            "<b>Уақыты:</b> 45 минут. <b>Үй тапсырмасы:</b> отбасы "
                            "мүшелерінің бірінен есінде қалған батыл іс туралы сұхбат "
                            "алу.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Сабақ барысы",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Тақтадағы сұрақ (5 мин):</b> «Батыр деген "
                            "кім?» Жауаптарды бағаламай жинаңыз.</li><li><b>Әңгімелер "
                            "(15 мин):</b> су тасқыны кезіндегі құтқарушы, түнгі "
                            "кезекшіліктегі мейірбике, сыныптасын қорғаған жасөспірім "
                            "туралы өмірден алынған қысқа әңгімелерді "
                            "оқыңыз.</li><li><b>Талқылау (15 мин):</b> әр батыр нені "
                            "қорғады? Ол нені қатерге тікті және нені "
                            "жасады?</li><li><b>Менің батырым (10 мин):</b> оқушылар "
                            "отбасындағы немесе көшесіндегі батыл адам туралы екі "
                            "сөйлем жазады.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Жасөспірімдерге арналған кейбір бейнежазбалар "
                                "содырларды жалғыз нағыз батыр, ал зорлықпен қаза "
                                "табуды ең жоғары даңқ ретінде көрсетеді."
                            ),
                            "answer": (
                                "<p>Мұндай бейнежазбаларды сабақта көрсетпеңіз және "
                                "олардан үзінді келтірмеңіз. Оның орнына оқушыларға "
                                "үлгіні байқауға көмектесіңіз: музыка, баяулатылған "
                                "кадр, даңғаза сөздер және шынайы салдардың мүлдем "
                                "көрсетілмеуі. Нағыз батылдық әдетте үнсіз болады. Ол "
                                "— екі жерде жұмыс істейтін ата-ана, құм толы қап "
                                "тасыған ерікті, біреуді мазақтағанда «жетер» дейтін "
                                "дос.</p>"
                            ),
                            "source": "Алматы қаласының ақпараттық-түсіндіру тобы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Мен көрген ең батыл іс — анамның қырық жасында қайта "
                                "оқуға түскені."
                            ),
                            "attribution": "Оқушының үй тапсырмасынан, Алматы",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Әңгімелер мен оқушыларға арналған жұмыс парағын "
                                "жүктеп алыңыз."
                            ),
                            "link_label": "Сабақты жүктеу",
                            "url": "https://example.org/lessons/everyday-heroes",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Герои рядом: урок о смелости для 7–9 классов",
                "summary": (
                    "План урока, который помогает ученикам увидеть смелость в "
                    "спасателях, врачах, волонтёрах и в своей семье и поговорить о "
                    "том, что делает жизнь осмысленной."
                ),
                "image_alt": "Светло-синие дуги, как весеннее небо.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Цель:</b> ученики могут объяснить разницу между "
                            "смелостью, которая защищает жизнь, и «геройством», "
                            "которое её разрушает, и назвать героев из своего "
                            "окружения. <b>Возраст:</b> 13–15 лет. <b>Время:</b> 45 "
                            "минут. <b>Домашнее задание:</b> интервью с кем-то из "
                            "членов семьи о смелом поступке, который он помнит.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Ход урока",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Вопрос на доске (5 мин):</b> «Кто такой "
                            "герой?» Соберите ответы, не оценивая "
                            "их.</li><li><b>Истории (15 мин):</b> прочитайте короткие "
                            "жизненные истории о спасателе во время паводка, о "
                            "медсестре на ночном дежурстве, о подростке, который "
                            "заступился за одноклассника.</li><li><b>Обсуждение (15 "
                            "мин):</b> что защищал каждый герой? Чем он рисковал и что "
                            "создавал?</li><li><b>Мой герой (10 мин):</b> ученики "
                            "пишут два предложения о смелом человеке из своей семьи "
                            "или со своей улицы.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Некоторые ролики для подростков показывают боевиков "
                                "единственными настоящими героями, а насильственную "
                                "смерть — высшей славой."
                            ),
                            "answer": (
                                "<p>Не показывайте и не цитируйте такие ролики на "
                                "уроке. Вместо этого помогите ученикам заметить схему: "
                                "музыка, замедленная съёмка, громкие слова и никаких "
                                "настоящих последствий. Настоящая смелость обычно "
                                "тихая. Это родитель, который работает на двух "
                                "работах, волонтёр с мешками песка, друг, который "
                                "говорит «хватит», когда над кем-то смеются.</p>"
                            ),
                            "source": "Информационно-разъяснительная группа г. Алматы",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Самое смелое, что я видел, — как мама в сорок лет "
                                "снова пошла учиться."
                            ),
                            "attribution": "Из домашнего задания ученика, Алматы",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Скачайте истории и рабочий лист для учеников.",
                            "link_label": "Скачать урок",
                            "url": "https://example.org/lessons/everyday-heroes",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Everyday heroes: a lesson on courage for grades 7–9",
                "summary": (
                    "A lesson plan that helps pupils see courage in rescuers, doctors, "
                    "volunteers and their own families, and talk about what makes a "
                    "life meaningful."
                ),
                "image_alt": "Light blue arcs like a spring sky.",
                "body": [
                    (
                        "paragraph",
                        (
                            "<p><b>Goal:</b> pupils can explain the difference between "
                            "courage that protects life and a 'heroism' that destroys "
                            "it, and can name heroes from their own surroundings. "
                            "<b>Age:</b> 13–15. <b>Time:</b> 45 minutes. "
                            "<b>Homework:</b> interview a family member about a brave "
                            "act they remember.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Lesson steps",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul><li><b>Question on the board (5 min):</b> 'Who is a "
                            "hero?' Collect the answers without judging "
                            "them.</li><li><b>Stories (15 min):</b> read short "
                            "true-to-life stories about a rescuer during a flood, a "
                            "nurse on a night shift, a teenager who stood up for a "
                            "classmate.</li><li><b>Discussion (15 min):</b> what did "
                            "each hero protect? What did they risk, and what did they "
                            "build?</li><li><b>My hero (10 min):</b> pupils write two "
                            "sentences about a brave person in their family or on "
                            "their street.</li></ul>"
                        ),
                    ),
                    (
                        "myth_fact",
                        {
                            "claim": (
                                "Some videos aimed at teenagers show militants as the "
                                "only real heroes and violent death as the highest "
                                "glory."
                            ),
                            "answer": (
                                "<p>Do not show or quote such videos in class. "
                                "Instead, help pupils notice the pattern: music, slow "
                                "motion, big words and no real consequences. Real "
                                "courage is usually quiet. It is a parent working two "
                                "jobs, a volunteer carrying sandbags, a friend who "
                                "says 'stop' when others laugh at someone.</p>"
                            ),
                            "source": "Almaty city information and explanatory group",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "The bravest thing I ever saw was my mum going back to "
                                "study at forty."
                            ),
                            "attribution": "From a pupil's homework, Almaty",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Download the stories and the pupils' worksheet.",
                            "link_label": "Download the lesson",
                            "url": "https://example.org/lessons/everyday-heroes",
                        },
                    ),
                ],
            },
        },
    },
]
