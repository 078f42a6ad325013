"""Demo taxonomy of who we talk to: regions, channels, organisations, target groups.

Plain data read by ``manage.py seed_demo``. Every translatable record exists in Kazakh,
Russian and English. Figures come from the youth survey in the policy brief on online
extremism prevention in Kazakhstan (1,002 respondents aged 18–35, 22 November to
6 December 2020); a figure is attributed to that survey only if the brief reports it.
"""

# Where evidence comes from, in each language. Keys are used in ``evidence`` below.
SOURCES = {
    "survey": {
        "kk": "Жастар сауалнамасы, 18–35 жастағы 1002 респондент, 2020 жылғы "
        "қараша–желтоқсан (Қазақстандағы онлайн экстремизмнің алдын алу туралы "
        "талдамалық жазба)",
        "ru": "Опрос молодёжи, 1002 респондента 18–35 лет, ноябрь–декабрь 2020 г. "
        "(аналитическая записка о профилактике онлайн-экстремизма в Казахстане)",
        "en": "Youth survey, 1,002 respondents aged 18–35, Nov–Dec 2020 (policy brief "
        "on online extremism prevention in Kazakhstan)",
    },
    # The brief publishes media habits only for the whole sample, not per subgroup.
    "survey_all": {
        "kk": "Жастар сауалнамасы, 18–35 жастағы 1002 респондент, 2020 жылғы "
        "қараша–желтоқсан; бүкіл іріктеме бойынша көрсеткіш, топтарға бөлінбеген "
        "(Қазақстандағы онлайн экстремизмнің алдын алу туралы талдамалық жазба)",
        "ru": "Опрос молодёжи, 1002 респондента 18–35 лет, ноябрь–декабрь 2020 г.; "
        "показатель по всей выборке, без разбивки по группам (аналитическая записка "
        "о профилактике онлайн-экстремизма в Казахстане)",
        "en": "Youth survey, 1,002 respondents aged 18–35, Nov–Dec 2020; figure for "
        "the whole sample, no breakdown by group published (policy brief on online "
        "extremism prevention in Kazakhstan)",
    },
    "brief": {
        "kk": "Қазақстандағы онлайн экстремизмнің алдын алу туралы талдамалық жазба "
        "(Internews және Қырғызстанның Дінтану зерттеу орталығы), ұсынымдар",
        "ru": "Аналитическая записка о профилактике онлайн-экстремизма в Казахстане "
        "(Internews и Исследовательский центр религиоведения Кыргызстана), "
        "рекомендации",
        "en": "Policy brief on online extremism prevention in Kazakhstan (Internews "
        "and the Research Center for Religious Studies of Kyrgyzstan), "
        "recommendations",
    },
    "irg_article": {
        "kk": "Қалалық ақпараттық-түсіндіру тобы мүшесінің мақаласы, 2022 жылғы "
        "желтоқсан",
        "ru": "Статья члена городской информационно-разъяснительной группы, "
        "декабрь 2022 г.",
        "en": "Article by a member of a city information and explanatory group, "
        "December 2022",
    },
    "almaty_report": {
        "kk": "Алматы мен Атыраудағы алдын алу жұмысы туралы «Алматы» "
        "телеарнасының сюжеті",
        "ru": "Сюжет телеканала «Алматы» о профилактической работе в Алматы и Атырау",
        "en": "Almaty TV channel report on prevention work in Almaty and Atyrau",
    },
}


def _region(slug, kk, ru, en, centre=None):
    centre = centre or {}
    return {
        "slug": slug,
        "kind": "region" if centre else "city",
        "kk": {"name": kk, "centre": centre.get("kk", "")},
        "ru": {"name": ru, "centre": centre.get("ru", "")},
        "en": {"name": en, "centre": centre.get("en", "")},
    }


def _centre(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


# The 17 regions (oblystar) and 3 cities of republican significance, as of 2022.
REGIONS = [
    _region(
        "abai",
        "Абай облысы",
        "Область Абай",
        "Abai Region",
        _centre("Семей", "Семей", "Semey"),
    ),
    _region(
        "akmola",
        "Ақмола облысы",
        "Акмолинская область",
        "Akmola Region",
        _centre("Көкшетау", "Кокшетау", "Kokshetau"),
    ),
    _region(
        "aktobe",
        "Ақтөбе облысы",
        "Актюбинская область",
        "Aktobe Region",
        _centre("Ақтөбе", "Актобе", "Aktobe"),
    ),
    _region(
        "almaty-region",
        "Алматы облысы",
        "Алматинская область",
        "Almaty Region",
        _centre("Қонаев", "Конаев", "Konaev"),
    ),
    _region(
        "atyrau",
        "Атырау облысы",
        "Атырауская область",
        "Atyrau Region",
        _centre("Атырау", "Атырау", "Atyrau"),
    ),
    _region(
        "east-kazakhstan",
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
        _centre("Өскемен", "Усть-Каменогорск", "Oskemen"),
    ),
    _region(
        "jambyl",
        "Жамбыл облысы",
        "Жамбылская область",
        "Jambyl Region",
        _centre("Тараз", "Тараз", "Taraz"),
    ),
    _region(
        "jetisu",
        "Жетісу облысы",
        "Область Жетісу",
        "Jetisu Region",
        _centre("Талдықорған", "Талдыкорган", "Taldykorgan"),
    ),
    _region(
        "karaganda",
        "Қарағанды облысы",
        "Карагандинская область",
        "Karaganda Region",
        _centre("Қарағанды", "Караганда", "Karaganda"),
    ),
    _region(
        "kostanay",
        "Қостанай облысы",
        "Костанайская область",
        "Kostanay Region",
        _centre("Қостанай", "Костанай", "Kostanay"),
    ),
    _region(
        "kyzylorda",
        "Қызылорда облысы",
        "Кызылординская область",
        "Kyzylorda Region",
        _centre("Қызылорда", "Кызылорда", "Kyzylorda"),
    ),
    _region(
        "mangystau",
        "Маңғыстау облысы",
        "Мангистауская область",
        "Mangystau Region",
        _centre("Ақтау", "Актау", "Aktau"),
    ),
    _region(
        "north-kazakhstan",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
        _centre("Петропавл", "Петропавловск", "Petropavl"),
    ),
    _region(
        "pavlodar",
        "Павлодар облысы",
        "Павлодарская область",
        "Pavlodar Region",
        _centre("Павлодар", "Павлодар", "Pavlodar"),
    ),
    _region(
        "turkistan",
        "Түркістан облысы",
        "Туркестанская область",
        "Turkistan Region",
        _centre("Түркістан", "Туркестан", "Turkistan"),
    ),
    _region(
        "ulytau",
        "Ұлытау облысы",
        "Область Ұлытау",
        "Ulytau Region",
        _centre("Жезқазған", "Жезказган", "Jezkazgan"),
    ),
    _region(
        "west-kazakhstan",
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
        _centre("Орал", "Уральск", "Oral"),
    ),
    _region("astana", "Астана", "Астана", "Astana"),
    _region("almaty", "Алматы", "Алматы", "Almaty"),
    _region("shymkent", "Шымкент", "Шымкент", "Shymkent"),
]


# Where to get help, per region and language: printed on brochures for the region.
# Demo entries: the organisations replace them with their own centres.
REGION_HELP = {
    "atyrau": {
        "kk": "Атырау облыстық дін мәселелері жөніндегі кеңес беру орталығы (демо): "
        "дүйсенбі–жұма, 9:00–18:00. Жақыныңыз туралы алаңдасаңыз, құпия кеңес "
        "алуға болады.",
        "ru": "Консультационный центр по вопросам религии Атырауской области "
        "(демо): пн–пт, 9:00–18:00. Конфиденциальная консультация, если вы "
        "тревожитесь за близкого.",
        "en": "Atyrau Region advisory centre on religious matters (demo): Mon–Fri, "
        "9:00–18:00. Confidential advice if you are worried about someone close.",
    },
    "almaty": {
        "kk": "Алматы қалалық кеңес беру орталығы (демо): сенбі сайын қабылдау, "
        "алдын ала жазылу 114 сенім телефоны арқылы.",
        "ru": "Консультационный центр города Алматы (демо): приём по субботам, "
        "запись через телефон доверия 114.",
        "en": "Almaty City advisory centre (demo): open on Saturdays; book through "
        "the 114 helpline.",
    },
}


CHANNELS = [
    {
        "slug": "instagram",
        "kind": "online",
        "kk": {
            "name": "Instagram",
            "description": "Фото, қысқа бейнелер және сторис. Зерттеу радикал "
            "уағызшылардың Instagram парақшалары өте үлкен аудитория жинайтынын "
            "көрсетті, сондықтан балама контент дәл сондай көрнекі деңгейде "
            "бәсекелесуі керек.",
            "format_constraints": "Reels пен сторис үшін 9:16 тік бейне; лентада "
            "шаршы немесе 4:5 сурет. Негізгі ой жазбаның бірінші жолында және "
            "суреттің өзінде болсын. Субтитр қажет: көбі дыбыссыз көреді. "
            "Пікірлерді күн сайын модерациялаңыз.",
        },
        "ru": {
            "name": "Instagram",
            "description": "Фото, короткие видео и сторис. Исследование показало, "
            "что Instagram-страницы радикальных проповедников собирают очень "
            "большую аудиторию, поэтому альтернативный контент должен конкурировать "
            "на том же визуальном уровне.",
            "format_constraints": "Вертикальное видео 9:16 для Reels и сторис; "
            "квадратные изображения или 4:5 в ленте. Главная мысль — в первой "
            "строке подписи и на самом изображении. Нужны субтитры: многие смотрят "
            "без звука. Комментарии модерировать ежедневно.",
        },
        "en": {
            "name": "Instagram",
            "description": "Photos, short videos and stories. The study found that "
            "radical preachers' Instagram pages gather very large audiences, so "
            "alternative content has to compete at the same visual level.",
            "format_constraints": "Vertical 9:16 video for Reels and Stories; square "
            "or 4:5 images in the feed. Put the message in the first line of the "
            "caption and on the image itself. Add subtitles: many people watch "
            "without sound. Moderate comments daily.",
        },
    },
    {
        "slug": "youtube",
        "kind": "online",
        "kk": {
            "name": "YouTube",
            "description": "Сауалнамаға қатысқан жастардың 45%-ы жаңалықты "
            "YouTube-тан біледі. Зерттеу радикал уағызшылардың YouTube арналары ең "
            "көп қамтитын арналардың қатарында екенін көрсетті.",
            "format_constraints": "Ұзын бейнеге 16:9 көлденең формат, Shorts үшін "
            "9:16 тік формат. Адамның басып көретін-көрмейтінін түсінікті атау мен "
            "мұқаба шешеді. Қазақ және орыс тілдерінде тараулар мен субтитр "
            "қажет; мәтінін сипаттамаға қосыңыз. Пікірлерді модерациялау керек.",
        },
        "ru": {
            "name": "YouTube",
            "description": "45% опрошенных молодых людей узнают новости из YouTube. "
            "Исследование показало, что YouTube-каналы радикальных проповедников — "
            "среди самых охватных.",
            "format_constraints": "Горизонтальное видео 16:9 для длинных роликов, "
            "вертикальное 9:16 для Shorts. Понятные заголовок и обложка решают, "
            "откроют ли видео. Нужны главы и субтитры на казахском и русском; "
            "расшифровку — в описание. Комментарии требуют модерации.",
        },
        "en": {
            "name": "YouTube",
            "description": "45% of the young people surveyed get news from YouTube. "
            "The study found radical preachers' YouTube channels among those with "
            "the widest reach.",
            "format_constraints": "Horizontal 16:9 for long videos, vertical 9:16 for "
            "Shorts. A clear title and thumbnail decide whether people open the "
            "video. Add chapters and subtitles in Kazakh and Russian and put the "
            "transcript in the description. Comments need moderation.",
        },
    },
    {
        "slug": "facebook",
        "kind": "online",
        "kk": {
            "name": "Facebook",
            "description": "Ұзын жазбалар, топтар мен талқылаулар; аудиториясы "
            "жасы үлкенірек және көбіне қалалық. Зерттеу бірнеше нарративтің "
            "Facebook парақшалары мен репостар арқылы таралғанын анықтады.",
            "format_constraints": "Жазба ұзын болуы мүмкін, бірақ негізгі ой "
            "алғашқы екі жолда тұруы тиіс. Сілтемесі бар жазбалар мен альбомдар "
            "жақсы жұмыс істейді; тікелей жүктелген бейне сілтемеден гөрі көбірек "
            "қамтиды. Пікірлерде қызу талқылау болады: жауаптарды алдын ала "
            "дайындаңыз.",
        },
        "ru": {
            "name": "Facebook",
            "description": "Длинные посты, группы и обсуждения; аудитория старше и "
            "более городская. Исследование зафиксировало распространение "
            "нескольких нарративов через страницы и репосты в Facebook.",
            "format_constraints": "Посты могут быть длинными, но суть должна быть в "
            "первых двух строках. Работают посты со ссылками и альбомы; видео, "
            "загруженное напрямую, получает больший охват, чем ссылка. Ожидайте "
            "острых обсуждений в комментариях и готовьте ответы заранее.",
        },
        "en": {
            "name": "Facebook",
            "description": "Longer posts, groups and discussions; an older and more "
            "urban audience. The study traced several of the narratives through "
            "Facebook pages and reposts.",
            "format_constraints": "Posts can be long, but the first two lines must "
            "carry the point. Link posts and albums work; video uploaded directly "
            "reaches more people than a link. Expect heated comment threads and "
            "prepare answers in advance.",
        },
    },
    {
        "slug": "telegram",
        "kind": "online",
        "kk": {
            "name": "Telegram",
            "description": "Жаңалық пен діни контенттің танымал көзі болып отырған "
            "арналар мен топтық чаттар. Анонимді арналарда кімнің сөйлеп "
            "тұрғанын білу қиын.",
            "format_constraints": "Бір хабарламаға 4096 таңбаға дейін, медиаға "
            "жазылатын түсініктемеге шамамен 1000 таңба сыяды; қысқарақ жазған "
            "дұрыс. Негізгі жазбаны бекітіп қойыңыз. Дауыстық хабарламалар мен "
            "қысқа бейнелер кең тараған. Талқылауды өзіңіз модерациялайтын жеке "
            "топта өткізіңіз.",
        },
        "ru": {
            "name": "Telegram",
            "description": "Каналы и групповые чаты — популярный источник новостей "
            "и религиозного контента. В анонимных каналах трудно понять, кто "
            "говорит.",
            "format_constraints": "Сообщение вмещает до 4096 символов, подпись к "
            "медиа — около 1000; лучше писать короче. Закрепите главный пост. "
            "Распространены голосовые сообщения и короткие видео. Обсуждение "
            "ведите в отдельной группе, которую модерируете сами.",
        },
        "en": {
            "name": "Telegram",
            "description": "Channels and group chats, a popular source of news and "
            "of religious content. In anonymous channels it is hard to tell who is "
            "speaking.",
            "format_constraints": "A message holds up to 4,096 characters and a "
            "media caption about 1,000; shorter is better. Pin the key post. Voice "
            "messages and short videos are common. Host the discussion in a "
            "separate group that you moderate.",
        },
    },
    {
        "slug": "tiktok",
        "kind": "online",
        "kk": {
            "name": "TikTok",
            "description": "Ең жас аудиториясы бар қысқа тік бейнелер платформасы. "
            "Трендтер мен әуендер тез таралады, жалған ақпарат та солай.",
            "format_constraints": "9:16 тік формат; бейнені соңына дейін көру-көрмеуді "
            "алғашқы екі секунд шешеді. Камераға тура қарап, өз атыңыздан "
            "сөйлеңіз, экрандағы мәтін мен субтитрді қолданыңыз. Ресми үн нашар "
            "қабылданады.",
        },
        "ru": {
            "name": "TikTok",
            "description": "Короткое вертикальное видео и самая молодая аудитория "
            "среди платформ. Тренды и звуки распространяются быстро — как и "
            "дезинформация.",
            "format_constraints": "Вертикальное 9:16; первые две секунды решают, "
            "досмотрят ли ролик. Говорите в камеру от себя, с текстом на экране и "
            "субтитрами. Официальный тон работает плохо.",
        },
        "en": {
            "name": "TikTok",
            "description": "Short vertical video and the youngest audience of all "
            "platforms. Trends and sounds spread fast, and so does misinformation.",
            "format_constraints": "Vertical 9:16; the first two seconds decide "
            "whether people keep watching. Speak to the camera in your own voice, "
            "with on-screen text and subtitles. An official tone does poorly.",
        },
    },
    {
        "slug": "vkontakte",
        "kind": "online",
        "kk": {
            "name": "ВКонтакте",
            "description": "Қауымдастықтары мен бейнелері бар орыс тілді "
            "әлеуметтік желі; оны негізінен орыс тілді аудитория пайдаланады.",
            "format_constraints": "Қауымдастықтағы суретті және бейнелі жазбалар; "
            "ұзын мәтін де қабылданады. Қауымдастықтағы пікірлер белсенді "
            "модерацияны қажет етеді.",
        },
        "ru": {
            "name": "ВКонтакте",
            "description": "Русскоязычная социальная сеть с сообществами и видео; "
            "ею пользуется в основном русскоязычная аудитория.",
            "format_constraints": "Посты в сообществах с изображениями и видео; "
            "длинные тексты допустимы. Комментарии в сообществах требуют "
            "активной модерации.",
        },
        "en": {
            "name": "VKontakte",
            "description": "A Russian-language social network with communities and "
            "video, used mainly by Russian-speaking audiences.",
            "format_constraints": "Community posts with images and video; long texts "
            "are accepted. Comments in communities need active moderation.",
        },
    },
    {
        "slug": "odnoklassniki",
        "kind": "online",
        "kk": {
            "name": "Одноклассники",
            "description": "Жасы үлкен адамдар мен шағын қалалар тұрғындары "
            "арасында танымал әлеуметтік желі. Зерттеу мұнда қарапайым "
            "пайдаланушылар бөліскен, қарулы күресті дәріптейтін мәтіндердің "
            "репостарын тіркеді.",
            "format_constraints": "Қысқа мәтіні бар қарапайым суреттер, ашықхаттар "
            "мен қысқа бейнелер көп таралады. Тілі қарапайым болсын: "
            "пайдаланушылардың көбі — ата-аналар, ата-әжелер.",
        },
        "ru": {
            "name": "Одноклассники",
            "description": "Социальная сеть, популярная у людей старшего возраста "
            "и в небольших городах. Исследование зафиксировало здесь репосты "
            "текстов, героизирующих вооружённую борьбу, которыми делились обычные "
            "пользователи.",
            "format_constraints": "Лучше всего расходятся простые изображения с "
            "коротким текстом, открытки и короткие видео. Язык — простой: многие "
            "пользователи — родители, бабушки и дедушки.",
        },
        "en": {
            "name": "Odnoklassniki",
            "description": "A social network popular with older people and in "
            "smaller towns. The study recorded ordinary users reposting texts that "
            "glorify armed struggle here.",
            "format_constraints": "Simple images with a short text, greeting cards "
            "and short videos are shared most. Keep the language plain: many users "
            "are parents and grandparents.",
        },
    },
    {
        "slug": "whatsapp",
        "kind": "online",
        "kk": {
            "name": "WhatsApp",
            "description": "Отбасылық және көршілер чаттары. Сауалнамада "
            "жастардың көпшілігі әлеуметтік желі олар үшін ең алдымен туыстарымен "
            "және достарымен араласу құралы екенін, ал мессенджерлер мен "
            "жақындармен әңгіме жаңалықтың тағы бір көзі екенін айтты. Өсек мұнда "
            "жеке сенім арқылы тарайды.",
            "format_constraints": "Жабық чаттарды сырттан модерациялау мүмкін емес. "
            "Қысқа дауыстық хабарламалар, суреттер мен қайта жіберілген "
            "хабарламалар ең алысқа тарайды. Адамдарға оңай жіберуге болатын "
            "дайын карточка не қысқа бейне және толық материалға сілтеме беріңіз.",
        },
        "ru": {
            "name": "WhatsApp",
            "description": "Семейные и соседские чаты. В опросе большинство "
            "молодых людей сказали, что соцсети для них прежде всего способ "
            "общаться с родными и друзьями, а мессенджеры и разговоры с близкими — "
            "ещё один источник новостей. Слухи здесь расходятся через личное "
            "доверие.",
            "format_constraints": "Закрытые чаты нельзя модерировать извне. Дальше "
            "всего расходятся короткие голосовые, картинки и пересланные "
            "сообщения. Дайте людям готовую карточку или короткое видео, которое "
            "легко переслать, и ссылку на полный материал.",
        },
        "en": {
            "name": "WhatsApp",
            "description": "Family and neighbourhood chats. In the survey most young "
            "people said social networks are above all a way to keep in touch with "
            "family and friends, and messengers and conversations with relatives "
            "are another source of news. Rumours travel here through personal "
            "trust.",
            "format_constraints": "Closed chats cannot be moderated from outside. "
            "Short voice notes, images and forwarded messages travel furthest. "
            "Give people a ready card or short video that is easy to forward, with "
            "a link to the full material.",
        },
    },
    {
        "slug": "tv",
        "kind": "broadcast",
        "kk": {
            "name": "Теледидар",
            "description": "Қазақ және орыс тілдеріндегі республикалық және "
            "өңірлік арналар. Әлеуметтік желіні сирек пайдаланатын жасы үлкен "
            "адамдар мен ауыл тұрғындарын қамтиды.",
            "format_constraints": "30–60 секундтық әлеуметтік роликтер, ток-шоулар "
            "мен деректі әңгімелер. Эфирді бірнеше ай бұрын жоспарлау керек; "
            "эфирлік сападағы бейне және субтитр қажет.",
        },
        "ru": {
            "name": "Телевидение",
            "description": "Общенациональные и региональные каналы на казахском и "
            "русском языках. Охватывают людей старшего возраста и сельских "
            "жителей, которые реже пользуются соцсетями.",
            "format_constraints": "Социальные ролики по 30–60 секунд, ток-шоу и "
            "документальные истории. Эфир планируется за несколько месяцев; нужно "
            "видео эфирного качества и субтитры.",
        },
        "en": {
            "name": "Television",
            "description": "National and regional channels in Kazakh and Russian. "
            "They reach older and rural audiences who use social networks less.",
            "format_constraints": "Public-service spots of 30–60 seconds, talk shows "
            "and documentary stories. Airtime is planned months ahead; "
            "broadcast-quality video and subtitles are needed.",
        },
    },
    {
        "slug": "radio",
        "kind": "broadcast",
        "kk": {
            "name": "Радио",
            "description": "Өңірлік және республикалық радиостанциялар; оларды "
            "көлікте, жұмыста және ауылда тыңдайды.",
            "format_constraints": "20–30 секундтық роликтер, тыңдармандар қоңырау "
            "шалатын бағдарламалар, сұхбаттар. Бәрі суретсіз түсінікті болуы "
            "керек: сенім телефонының нөмірін екі рет айтыңыз.",
        },
        "ru": {
            "name": "Радио",
            "description": "Региональные и общенациональные станции; их слушают в "
            "машине, на работе и в сёлах.",
            "format_constraints": "Ролики по 20–30 секунд, передачи со звонками "
            "слушателей, интервью. Всё должно быть понятно без изображения: номер "
            "телефона доверия произносите дважды.",
        },
        "en": {
            "name": "Radio",
            "description": "Regional and national stations, listened to in cars, "
            "at work and in villages.",
            "format_constraints": "Spots of 20–30 seconds, phone-in programmes and "
            "interviews. Everything must work without pictures: say the helpline "
            "number twice.",
        },
    },
    {
        "slug": "print",
        "kind": "offline",
        "kk": {
            "name": "Баспа өнімдері",
            "description": "Кеңес беру орталықтарына, мектептерге, мешіттерге, "
            "кітапханаларға және іс-шараларға арналған кітапшалар, плакаттар мен "
            "парақшалар.",
            "format_constraints": "A5 кітапшалар, A3 немесе A2 плакаттар; қазақ "
            "әліпбиінің барлық әрпі бар қаріп; жасы үлкен оқырмандар үшін ірі "
            "әріп. Сенім телефоны мен кеңес беру орталығының мекенжайын "
            "көрсетіңіз. Таралымды нақты тарату орындарымен салыстырыңыз.",
        },
        "ru": {
            "name": "Печатные материалы",
            "description": "Брошюры, плакаты и листовки для консультационных "
            "центров, школ, мечетей, библиотек и мероприятий.",
            "format_constraints": "Брошюры A5, плакаты A3 или A2; шрифт со всеми "
            "казахскими буквами; крупный кегль для старших читателей. Указывайте "
            "телефон доверия и адрес консультационного центра. Тираж сверяйте с "
            "реальными точками распространения.",
        },
        "en": {
            "name": "Print",
            "description": "Brochures, posters and leaflets for advisory centres, "
            "schools, mosques, libraries and events.",
            "format_constraints": "A5 brochures, A3 or A2 posters; a typeface with "
            "every Kazakh letter; large type for older readers. Print the helpline "
            "and the address of the advisory centre. Match the print run to real "
            "distribution points.",
        },
    },
    {
        "slug": "events",
        "kind": "offline",
        "kk": {
            "name": "Кездесулер мен іс-шаралар",
            "description": "Жастар саясаты басқармаларымен, үкіметтік емес "
            "ұйымдармен және жергілікті қауымдастықтармен бірге өткізілетін "
            "кездесулер, дөңгелек үстелдер, фильм көрсетілімдері, жастар "
            "форумдары мен спорттық шаралар.",
            "format_constraints": "Бетпе-бет әңгіме желідегі жазбалар бере "
            "алмайтын сенімді қалыптастырады. Формат дәріс емес, интерактивті "
            "болсын; беделді жергілікті адамдарды шақырыңыз; сенім телефоны "
            "жазылған баспа материалдарын ала барыңыз; кері байланысты жазып "
            "алыңыз.",
        },
        "ru": {
            "name": "Встречи и мероприятия",
            "description": "Встречи, круглые столы, кинопоказы, молодёжные форумы и "
            "спортивные мероприятия вместе с управлениями молодёжной политики, НКО "
            "и местными сообществами.",
            "format_constraints": "Живой разговор создаёт доверие, которого не дают "
            "посты в сети. Формат — интерактивный, не лекция; приглашайте "
            "авторитетных местных людей; берите печатные материалы с телефоном "
            "доверия; записывайте отзывы.",
        },
        "en": {
            "name": "Events and meetings",
            "description": "Meetings, round tables, film screenings, youth forums "
            "and sports events run with youth policy departments, NGOs and local "
            "communities.",
            "format_constraints": "Face-to-face conversation builds the trust that "
            "posts cannot. Keep it interactive rather than a lecture; invite "
            "credible local people; bring printed material with the helpline; "
            "record feedback.",
        },
    },
    {
        "slug": "schools",
        "kind": "offline",
        "kk": {
            "name": "Мектептер мен колледждер",
            "description": "Мектептер мен колледждер: сабақтар, сынып сағаттары "
            "және ата-аналар жиналысы. Зерттеу мектеп оқулықтары мен балалар "
            "әдебиетін көзқарасты жастайынан қалыптастыратын құрал ретінде "
            "ұсынады.",
            "format_constraints": "Сабақ 45 минутқа созылады; материал "
            "бағдарлама мен сыныптың жасына сай болуы тиіс. Қорқынышты суреттер "
            "болмасын; басты назар — достық, әділдік, ақпаратты тексеру. "
            "Мұғалімге дайын жоспар мен таратпа материал қажет.",
        },
        "ru": {
            "name": "Школы и колледжи",
            "description": "Школы и колледжи: уроки, классные часы и родительские "
            "собрания. Исследование рекомендует школьные учебники и детскую "
            "литературу как инструменты, которые формируют установки с ранних "
            "лет.",
            "format_constraints": "Урок длится 45 минут; материал должен "
            "соответствовать программе и возрасту класса. Без пугающих "
            "изображений; в центре — дружба, справедливость, проверка информации. "
            "Учителю нужны готовый план и раздаточный материал.",
        },
        "en": {
            "name": "Schools and colleges",
            "description": "Schools and colleges: lessons, class hours and parents' "
            "meetings. The study recommends school textbooks and children's "
            "literature as tools that shape attitudes early.",
            "format_constraints": "A lesson lasts 45 minutes; material must fit the "
            "curriculum and the age of the class. No frightening images; focus on "
            "friendship, fairness and checking information. Teachers need a ready "
            "plan and handouts.",
        },
    },
    {
        "slug": "religious-institutions",
        "kind": "offline",
        "kk": {
            "name": "Діни бірлестіктер",
            "description": "Мешіттер, шіркеулер және басқа да тіркелген діни "
            "бірлестіктер, сондай-ақ онда сөз сөйлейтін беделді имамдар мен дін "
            "қызметкерлері.",
            "format_constraints": "Дін көшбасшыларымен мемлекеттік хабарламаларды "
            "жеткізетін арна ретінде емес, серіктес ретінде жұмыс істеңіз. "
            "Материал тек теологиялық болмауы тиіс: әңгіме күнделікті өмір, "
            "отбасы, көршілік туралы. Әр қауымның тәртібі мен күнтізбесін "
            "құрметтеңіз.",
        },
        "ru": {
            "name": "Религиозные объединения",
            "description": "Мечети, церкви и другие зарегистрированные религиозные "
            "объединения, а также уважаемые имамы и священнослужители, которые в "
            "них выступают.",
            "format_constraints": "Работайте с религиозными лидерами как с "
            "партнёрами, а не как с каналом для государственных сообщений. "
            "Материал не должен быть чисто богословским: речь о повседневной "
            "жизни, семье, добрососедстве. Уважайте порядки и календарь каждой "
            "общины.",
        },
        "en": {
            "name": "Religious institutions",
            "description": "Mosques, churches and other registered religious "
            "associations, and the respected imams and clergy who speak there.",
            "format_constraints": "Work with religious leaders as partners, not as a "
            "channel for state messages. Material must not be purely theological: "
            "it is about everyday life, family and neighbourliness. Respect the "
            "rules and calendar of each community.",
        },
    },
    {
        "slug": "helpline",
        "kind": "offline",
        "kk": {
            "name": "Сенім телефоны",
            "description": "Психологтар мен дінтанушылар өзіне немесе жақынына "
            "алаңдаған адамдарға көмектесетін құпия телефон желісі мен кеңес беру "
            "орталықтары. Алматының өзінде бір жылда қалалық кеңес беру "
            "орталығына мыңға жуық адам жүгінген.",
            "format_constraints": "Алаңдаушылық тудыратын әр материал сенім "
            "телефонының нөмірі мен жұмыс уақытымен аяқталуы тиіс. Қоңырау құпия "
            "екенін айтыңыз. Нөмір барлық тілде және форматта бірдей болсын.",
        },
        "ru": {
            "name": "Телефон доверия",
            "description": "Конфиденциальная телефонная линия и консультационные "
            "центры, где психологи и религиоведы помогают людям, встревоженным за "
            "себя или близкого. Только в Алматы за год в городской "
            "консультационный центр обратилась почти тысяча человек.",
            "format_constraints": "Каждый материал, который может встревожить, "
            "заканчивается номером телефона доверия и часами работы. Скажите, что "
            "звонок конфиденциален. Номер одинаков на всех языках и во всех "
            "форматах.",
        },
        "en": {
            "name": "Helpline",
            "description": "A confidential phone line and advisory centres where "
            "psychologists and religious scholars help people worried about "
            "themselves or a relative. In Almaty alone, close to a thousand people "
            "turned to the city advisory centre in one year.",
            "format_constraints": "Every material that may worry a reader ends with "
            "the helpline number and opening hours. Say that calls are "
            "confidential. Keep the number the same in every language and format.",
        },
    },
]


# ``name`` is the organisation's own (English) name; ``name_kk`` and ``name_ru`` are
# shown to Kazakh and Russian readers. ``region`` is a Region slug.
ORGANISATIONS = [
    {
        "slug": "almaty-city-irg",
        "name": "Almaty City Information and Explanatory Group",
        "name_kk": "Алматы қаласының ақпараттық-түсіндіру тобы",
        "name_ru": "Информационно-разъяснительная группа города Алматы",
        "kind": "irg",
        "region": "almaty",
        "description": "Religious scholars, psychologists and theologians who run "
        "outreach in Almaty and work with the city's advisory centre. Demo record: "
        "the materials credited to it here were written for the Kopir demo.",
    },
    {
        "slug": "atyrau-region-irg",
        "name": "Atyrau Region Information and Explanatory Group",
        "name_kk": "Атырау облысының ақпараттық-түсіндіру тобы",
        "name_ru": "Информационно-разъяснительная группа Атырауской области",
        "kind": "irg",
        "region": "atyrau",
        "description": "The regional group of specialists who answer questions "
        "about religion and work with young people in Atyrau Region. Demo record: "
        "the materials credited to it here were written for the Kopir demo.",
    },
    {
        "slug": "dialogue-youth-ngo",
        "name": "Dialogue Youth Centre",
        "name_kk": "«Диалог» жастар орталығы",
        "name_ru": "Молодёжный центр «Диалог»",
        "kind": "ngo",
        "region": "astana",
        "description": "A youth NGO in Astana that runs media-literacy workshops "
        "and interfaith meetings for students. A fictional organisation for the "
        "Kopir demo.",
    },
]


def _ev(value, kk, ru, en, source="survey", unit="%"):
    """One Evidence row in three languages; ``value`` None for a qualitative one."""
    return {
        "value": value,
        "unit": unit if value is not None else "",
        "source": source,
        "statement": {"kk": kk, "ru": ru, "en": en},
    }


# Survey findings for the whole sample, shared by several groups.
NEWS_FROM_SOCIAL = _ev(
    60,
    "Ел мен әлем жаңалықтарын әлеуметтік желілерден біледі (18–35 жастағы "
    "барлық респондент)",
    "Узнают новости о стране и мире из социальных сетей (все респонденты 18–35 лет)",
    "Get news about the country and the world from social networks (all "
    "respondents aged 18–35)",
)
SOCIAL_FOR_FAMILY = _ev(
    82.6,
    "Әлеуметтік желіні ең алдымен туыстарымен және достарымен араласу үшін "
    "пайдаланады (барлық респондент)",
    "Пользуются соцсетями прежде всего для общения с родными и друзьями (все "
    "респонденты)",
    "Use social networks mainly to keep in touch with family and friends (all "
    "respondents)",
)
NEWS_FROM_MESSENGERS = _ev(
    None,
    "Мессенджерлер мен достарымен, туыстарымен бетпе-бет әңгіме де жаңалық көзі "
    "болып табылады",
    "Ещё один источник новостей — мессенджеры и живое общение с друзьями и родными",
    "Messengers and face-to-face talk with friends and family are another source "
    "of news",
)
FRIENDS_OF_OTHER_NATIONALITIES = _ev(
    57,
    "Басқа ұлт өкілдерінен достарым көп дегенмен толық келіседі; тағы 19%-ы келіседі",
    "Полностью согласны, что у них много друзей других национальностей; ещё 19% "
    "согласны",
    "Fully agree they have many friends of other nationalities; a further 19% agree",
)
MIXED_MARRIAGES = _ev(
    37,
    "Түрлі ұлт өкілдерінің некесін толығымен қолайлы деп санайды; тағы 27%-ы "
    "бұған келіседі",
    "Полностью согласны, что браки между людьми разных национальностей вполне "
    "допустимы; ещё 27% тоже согласны",
    "Completely agree that marriages between people of different nationalities "
    "are acceptable; a further 27% also agree",
)
MUSLIMS_CHRISTIANS_AGREE = _ev(
    56,
    "Мұсылмандар мен христиандардың ортақ тұстары көп дегенмен келіседі",
    "Согласны, что у мусульман и христиан много общего",
    "Agree that Muslims and Christians have a lot in common",
)
MUSLIMS_CHRISTIANS_DISAGREE = _ev(
    41,
    "Мұсылмандар мен христиандардың ортақ тұстары көп дегенмен келіспейді; ауыл "
    "тұрғындары жиірек келіспейді",
    "Не согласны, что у мусульман и христиан много общего; сельские жители не "
    "согласны чаще",
    "Disagree that Muslims and Christians have a lot in common; rural "
    "respondents disagree more often",
)
RELIGIOUS_LEADERS_ALL = _ev(
    50,
    "Дін көшбасшыларының саяси өмірге ықпалы артқанын қалайды (барлық респондент)",
    "Хотели бы, чтобы религиозные лидеры больше влияли на политическую жизнь "
    "(все респонденты)",
    "Would like religious leaders to have more influence on political life (all "
    "respondents)",
)
WESTERN_CULTURE_HARMS = _ev(
    46,
    "Батыс мәдениеті имандылық пен рухани құндылықтарға зиян келтіреді дегенмен "
    "белгілі бір дәрежеде келіседі; 52%-ы келіспейді",
    "В той или иной мере согласны, что западная культура вредит нравственности "
    "и духовности; 52% не согласны",
    "Agree to some degree that Western culture harms morality and spirituality; "
    "52% disagree",
)
BELIEVERS_RIGHTS = _ev(
    None,
    "Жастардың көпшілігі елде діндарлардың құқықтары сақталады деп санайды",
    "Большинство молодых людей уверены, что права верующих в стране соблюдаются",
    "Most young people are confident that believers' rights are respected in the "
    "country",
)
AGAINST_INSULTS = _ev(
    None,
    "Жастар дінді қорлауға үзілді-кесілді қарсы; желідегі дінді сынайтын "
    "жазбаға көпшілігі араласпайды немесе авторымен айтыспайды",
    "Молодёжь решительно против оскорбления религии; в споры с автором, который "
    "критикует религию в сети, большинство не вступает",
    "Young people strongly oppose insults to religion; most would stay out of an "
    "argument with someone criticising religion online",
)
YOUTUBE_HABIT = {"channel": "youtube", "share": 45, "source": "survey_all"}


# Target groups. ``languages`` are locale codes; ``regions`` are Region slugs
# (empty = all of Kazakhstan); ``evidence`` and ``media_habits`` are replaced on re-run.
TARGET_GROUPS = [
    {
        "slug": "youth-18-21",
        "age_min": 18,
        "age_max": 21,
        "setting": "any",
        "gender_focus": "any",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "18–21 жастағы жастар",
            "description": "Студенттер, колледж оқушылары және еңбек жолын жаңа "
            "бастаған жастар. Сауалнамада осы топ бір жағынан ең төзімді, екінші "
            "жағынан дін көшбасшыларының саясаттағы ықпалын ең жиі қолдайтын топ "
            "болып шықты.",
            "persona": "Диас, 19 жаста, Тараздағы колледжде оқиды, кешке көлік "
            "жуатын орында жұмыс істейді. Күні TikTok, Instagram және ойын "
            "чатының арасында өтеді. Соңғы кезде сенім туралы сұрақтар мазалай "
            "бастады, жауапты үлкендерден емес, бейнелерден іздейді.",
            "values_and_concerns": "Достық және топқа тиесілі болу; өз ойын еркін "
            "айту; әділдік; болашақ мамандық пен табыс; сенім мен бірегейлік "
            "туралы сұрақтарға адал жауап.",
            "sensitivities": "Ақыл үйретпеңіз және ресми тілмен сөйлемеңіз. "
            "Сұрақтары мен сенімін мазақ етпеңіз, діндарлықты күдік белгісі етіп "
            "көрсетпеңіз. Экстремистік бейнелерді, рәміздерді немесе "
            "сілтемелерді, тіпті «мысал» ретінде де, көрсетпеңіз.",
        },
        "ru": {
            "name": "Молодёжь 18–21 года",
            "description": "Студенты, учащиеся колледжей и те, кто только начинает "
            "работать. В опросе эта группа оказалась одновременно самой "
            "терпимой и чаще других поддерживающей влияние религиозных лидеров на "
            "политику.",
            "persona": "Диас, 19 лет, учится в колледже в Таразе и по вечерам "
            "работает на автомойке. Его день проходит между TikTok, Instagram и "
            "игровым чатом. Недавно у него появились вопросы о вере, и ответы он "
            "ищет в видео, а не у взрослых.",
            "values_and_concerns": "Дружба и принадлежность к своему кругу; "
            "возможность говорить свободно; справедливость; будущая профессия и "
            "заработок; честные ответы на вопросы о вере и идентичности.",
            "sensitivities": "Не поучайте и не говорите казённым языком. Не "
            "высмеивайте вопросы и веру, не изображайте религиозность признаком "
            "подозрительности. Не показывайте экстремистские видео, символы и "
            "ссылки — даже «для примера».",
        },
        "en": {
            "name": "Young people aged 18–21",
            "description": "Students, college pupils and those just starting work. "
            "In the survey this group was at once the most tolerant and the most "
            "likely to want religious leaders to have more political influence.",
            "persona": "Dias, 19, studies at a college in Taraz and works evenings "
            "at a car wash. His day runs between TikTok, Instagram and a gaming "
            "chat. He has recently started asking questions about faith and looks "
            "for answers in videos rather than from adults.",
            "values_and_concerns": "Friendship and belonging; being able to speak "
            "freely; fairness; a future profession and income; honest answers to "
            "questions about faith and identity.",
            "sensitivities": "Do not lecture or use official language. Do not mock "
            "their questions or their faith, and do not present religiosity as a "
            "sign of suspicion. Never show extremist videos, symbols or links, not "
            "even as an example.",
        },
        "evidence": [
            _ev(
                57,
                "Дін көшбасшыларының саяси өмірге ықпалы артқанын қалайды (18–21 "
                "жастағы респонденттер; барлық респондент бойынша 50%)",
                "Хотели бы, чтобы религиозные лидеры больше влияли на "
                "политическую жизнь (респонденты 18–21 года; по всей выборке 50%)",
                "Would like religious leaders to have more influence on political "
                "life (respondents aged 18–21; 50% across the whole sample)",
            ),
            _ev(
                None,
                "18–21 жастағылар батыс мәдениеті имандылыққа зиян келтіреді деп "
                "жасы үлкендерге қарағанда сирек санайды",
                "Респонденты 18–21 года реже старших считают, что западная "
                "культура вредит нравственности",
                "Respondents aged 18–21 are less likely than older ones to think "
                "Western culture harms morality",
            ),
            _ev(
                None,
                "18–21 жастағылар мұсылман әйелдердің қоғамдық орында хиджаб "
                "киюіне 26–35 жастағыларға қарағанда төзімдірек қарайды",
                "Респонденты 18–21 года терпимее, чем 26–35-летние, относятся к "
                "ношению хиджаба в общественных местах",
                "Respondents aged 18–21 are more tolerant than those aged 26–35 of "
                "Muslim women wearing the hijab in public",
            ),
            NEWS_FROM_SOCIAL,
            SOCIAL_FOR_FAMILY,
            FRIENDS_OF_OTHER_NATIONALITIES,
            _ev(
                32.1,
                "Сауалнама іріктемесіндегі 18–21 жастағылардың үлесі",
                "Доля респондентов 18–21 года в выборке опроса",
                "Share of respondents aged 18–21 in the survey sample",
            ),
        ],
        "media_habits": [YOUTUBE_HABIT],
    },
    {
        "slug": "young-adults-26-35",
        "age_min": 26,
        "age_max": 35,
        "setting": "any",
        "gender_focus": "any",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "26–35 жастағы жастар",
            "description": "Жұмыс істейтін, көбі отбасын құрып, бала тәрбиелеп "
            "жүрген жастар. Сауалнамада олар жасырақ құрдастарына қарағанда "
            "консервативтірек көзқарас білдірді.",
            "persona": "Әйгерім, 31 жаста, Ақтөбеде бухгалтер болып істейді, "
            "тұрмыс құрған, екі баласы бар. Жаңалықты Instagram мен отбасылық "
            "WhatsApp чатынан біледі, кешке YouTube көреді. Бағаның өсуі, "
            "балаларының мектебі және жасөспірім жиенінің не көріп жүргені "
            "алаңдатады.",
            "values_and_concerns": "Отбасының әл-ауқаты және балалардың "
            "болашағы; тұрақты жұмыс; дәстүр мен үлкенге құрмет; әділдік және "
            "билікке сенім.",
            "sensitivities": "Дәстүрлі құндылықтарды ескірген деп көрсетпеңіз. "
            "Сыртқы киімге қарап адамды айыптамаңыз. Ата-аналардың уайымын "
            "асыра үрейлендірмеңіз: нақты не істеуге болатынын айтыңыз.",
        },
        "ru": {
            "name": "Молодые взрослые 26–35 лет",
            "description": "Работающие молодые люди, многие из которых уже создали "
            "семью и растят детей. В опросе они высказывали более консервативные "
            "взгляды, чем их младшие сверстники.",
            "persona": "Айгерим, 31 год, бухгалтер в Актобе, замужем, двое детей. "
            "Новости узнаёт из Instagram и семейного чата в WhatsApp, вечером "
            "смотрит YouTube. Её тревожат цены, школа детей и то, что смотрит "
            "племянник-подросток.",
            "values_and_concerns": "Благополучие семьи и будущее детей; "
            "стабильная работа; традиции и уважение к старшим; справедливость и "
            "доверие к власти.",
            "sensitivities": "Не изображайте традиционные ценности отсталыми. Не "
            "судите людей по одежде. Не нагнетайте родительскую тревогу — "
            "говорите, что конкретно можно сделать.",
        },
        "en": {
            "name": "Young adults aged 26–35",
            "description": "Working young adults, many of whom already have "
            "families and children. In the survey they held more conservative "
            "views than their younger peers.",
            "persona": "Aigerim, 31, an accountant in Aktobe, married with two "
            "children. She gets news from Instagram and the family WhatsApp chat "
            "and watches YouTube in the evening. She worries about prices, her "
            "children's school and what her teenage nephew watches.",
            "values_and_concerns": "The family's well-being and the children's "
            "future; a stable job; tradition and respect for elders; fairness and "
            "trust in the authorities.",
            "sensitivities": "Do not portray traditional values as backward. Do not "
            "judge people by their clothes. Do not feed parents' anxiety: say what "
            "they can actually do.",
        },
        "evidence": [
            _ev(
                None,
                "26–35 жастағылар әйелдердің діни киімді барлық жерде киюіне "
                "жиірек қарсы",
                "Респонденты 26–35 лет чаще возражают против того, чтобы женщины "
                "носили религиозную одежду везде",
                "Respondents aged 26–35 more often object to women wearing "
                "religious clothing everywhere",
            ),
            _ev(
                None,
                "Жасы үлкенірек респонденттер батыс мәдениетін имандылыққа зиянды "
                "деп жиірек санайды",
                "Респонденты постарше чаще считают западную культуру вредной для "
                "нравственности",
                "Older respondents more often see Western culture as harmful to "
                "morality",
            ),
            WESTERN_CULTURE_HARMS,
            NEWS_FROM_SOCIAL,
            SOCIAL_FOR_FAMILY,
            _ev(
                37.8,
                "Сауалнама іріктемесіндегі 26–35 жастағылардың үлесі",
                "Доля респондентов 26–35 лет в выборке опроса",
                "Share of respondents aged 26–35 in the survey sample",
            ),
        ],
        "media_habits": [YOUTUBE_HABIT],
    },
    {
        "slug": "rural-youth",
        "age_min": 18,
        "age_max": 35,
        "setting": "rural",
        "gender_focus": "any",
        "languages": ["kk"],
        "regions": [],
        "kk": {
            "name": "Ауыл жастары",
            "description": "Ауылдар мен шағын елді мекендерде тұратын жастар. "
            "Сауалнамада олар қала тұрғындарына қарағанда консервативтірек "
            "болып шықты; оларға тәлімгерлер мен беделді үлкендер жетіспейді.",
            "persona": "Нұрбол, 23 жаста, Түркістан облысындағы ауылда тұрады, "
            "әкесіне мал бағуға көмектеседі, жазда қалада құрылыста жұмыс "
            "істейді. Мешіт пен ауыл жігіттері — оның ортасы. Жаңалықты "
            "телефонынан, көбіне қазақ тілінде оқиды.",
            "values_and_concerns": "Отбасы мен туыстық байланыс; ауылдағы бедел "
            "және үлкенге құрмет; жұмыс пен табыс табу мүмкіндігі; иман мен "
            "дәстүр; қаладағылар бізді менсінбейді деген сезім.",
            "sensitivities": "Ауыл өмірін артта қалған етіп көрсетпеңіз. Діни "
            "тәжірибені (намаз, сақал, орамал) күдікті белгі етпеңіз. Қаладан "
            "келген «білгіштің» үнімен сөйлемеңіз; жергілікті беделді адамдар "
            "арқылы жеткізіңіз.",
        },
        "ru": {
            "name": "Сельская молодёжь",
            "description": "Молодые люди из сёл и небольших населённых пунктов. В "
            "опросе они оказались консервативнее горожан; им не хватает "
            "наставников и авторитетных старших.",
            "persona": "Нурбол, 23 года, живёт в селе Туркестанской области, "
            "помогает отцу со скотом, летом работает на стройке в городе. Мечеть "
            "и сельские ребята — его круг. Новости читает в телефоне, в основном "
            "на казахском.",
            "values_and_concerns": "Семья и родственные связи; авторитет в селе и "
            "уважение к старшим; работа и возможность заработать; вера и "
            "традиции; ощущение, что в городе к ним относятся свысока.",
            "sensitivities": "Не изображайте сельскую жизнь отсталой. Не делайте "
            "религиозную практику (намаз, борода, платок) признаком угрозы. Не "
            "говорите тоном приезжего «знатока»; передавайте послание через "
            "местных уважаемых людей.",
        },
        "en": {
            "name": "Rural young people",
            "description": "Young people in villages and small settlements. In the "
            "survey they were more conservative than city dwellers, and they lack "
            "mentors and respected elders to turn to.",
            "persona": "Nurbol, 23, lives in a village in Turkistan Region, helps "
            "his father with the livestock and works on building sites in the city "
            "in summer. The mosque and the village lads are his circle. He reads "
            "news on his phone, mostly in Kazakh.",
            "values_and_concerns": "Family and kinship; standing in the village and "
            "respect for elders; work and a chance to earn; faith and tradition; a "
            "feeling that city people look down on them.",
            "sensitivities": "Do not show village life as backward. Do not present "
            "religious practice (prayer, a beard, a headscarf) as a warning sign. "
            "Do not speak as an expert from the city; carry the message through "
            "respected local people.",
        },
        "evidence": [
            _ev(
                56,
                "Дін көшбасшыларының саяси өмірге ықпалы артқанын қалайды (ауыл "
                "тұрғындары; барлық респондент бойынша 50%)",
                "Хотели бы, чтобы религиозные лидеры больше влияли на "
                "политическую жизнь (сельские жители; по всей выборке 50%)",
                "Would like religious leaders to have more influence on political "
                "life (rural respondents; 50% across the whole sample)",
            ),
            MUSLIMS_CHRISTIANS_DISAGREE,
            _ev(
                None,
                "Ауыл тұрғындары батыс мәдениетін имандылыққа зиянды деп қала "
                "тұрғындарына қарағанда жиірек санайды",
                "Сельские жители чаще горожан считают западную культуру вредной "
                "для нравственности",
                "Rural respondents more often than urban ones see Western culture "
                "as harmful to morality",
            ),
            NEWS_FROM_SOCIAL,
            _ev(
                36.6,
                "Сауалнама іріктемесіндегі ауыл тұрғындарының үлесі (қала "
                "тұрғындары — 63,4%)",
                "Доля сельских жителей в выборке опроса (горожан — 63,4%)",
                "Share of rural residents in the survey sample (urban: 63.4%)",
            ),
            _ev(
                None,
                "Өңірлер мен шағын елді мекендердегі жастарға тәлімгерлер мен "
                "рухани көшбасшылар жетіспейді",
                "Молодёжи в регионах и малых населённых пунктах остро не хватает "
                "наставников и духовных лидеров",
                "Young people in the regions and small settlements lack mentors "
                "and spiritual leaders",
                source="irg_article",
            ),
        ],
        "media_habits": [YOUTUBE_HABIT],
    },
    {
        "slug": "young-women",
        "age_min": 18,
        "age_max": 35,
        "setting": "any",
        "gender_focus": "women",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "Жас әйелдер",
            "description": "18–35 жастағы әйелдер: студенттер, жұмыс істейтін "
            "және бала күтімімен үйде отырған әйелдер. Олар отбасындағы "
            "көзқарастарға ықпал етеді және өздері де радикалды үгіттің нысанасы "
            "бола алады.",
            "persona": "Мадина, 25 жаста, Қарағандыда медбике. Бір жыл бұрын орамал "
            "тағып жүре бастады. Instagram-да тұрмыстық және діни блогерлерді "
            "оқиды, киіміне бола жұмыста өзіне күдікпен қарайтынынан шаршаған.",
            "values_and_concerns": "Отбасы мен балалардың қауіпсіздігі; білім мен "
            "мансап; өз таңдауына құрмет, соның ішінде киім таңдауы; "
            "әділетсіздік пен кемсітуге алаңдаушылық.",
            "sensitivities": "Әйелдерді тек құрбан немесе тек ана мен жар ретінде "
            "көрсетпеңіз. Орамал таққан не тақпаған әйелді айыптамаңыз. "
            "Кейіпкердің бетін келісімінсіз көрсетпеңіз; ашық сөйлеген әйелдердің "
            "қауіпсіздігін ойлаңыз.",
        },
        "ru": {
            "name": "Молодые женщины",
            "description": "Женщины 18–35 лет: студентки, работающие и те, кто "
            "сидит дома с детьми. Они влияют на взгляды в семье и сами могут "
            "становиться мишенью радикальной пропаганды.",
            "persona": "Мадина, 25 лет, медсестра в Караганде. Год назад начала "
            "носить платок. Читает в Instagram бытовых и религиозных блогеров и "
            "устала от подозрительных взглядов на работе из-за своей одежды.",
            "values_and_concerns": "Безопасность семьи и детей; образование и "
            "карьера; уважение к собственному выбору, в том числе в одежде; "
            "тревога из-за несправедливости и дискриминации.",
            "sensitivities": "Не изображайте женщин только жертвами или только "
            "жёнами и матерями. Не осуждайте ни тех, кто носит платок, ни тех, кто "
            "не носит. Не показывайте лица героинь без согласия; думайте о "
            "безопасности женщин, которые высказываются открыто.",
        },
        "en": {
            "name": "Young women",
            "description": "Women aged 18–35: students, working women and those at "
            "home with children. They shape views within the family and can "
            "themselves be targets of radical propaganda.",
            "persona": "Madina, 25, a nurse in Karaganda, began wearing a headscarf "
            "a year ago. She follows lifestyle and religious bloggers on Instagram "
            "and is tired of being eyed with suspicion at work because of her "
            "clothes.",
            "values_and_concerns": "The safety of family and children; education "
            "and career; respect for her own choices, including what she wears; "
            "worry about injustice and discrimination.",
            "sensitivities": "Do not show women only as victims or only as wives "
            "and mothers. Do not judge women for wearing a headscarf or for not "
            "wearing one. Do not show faces without consent, and think of the "
            "safety of women who speak out.",
        },
        "evidence": [
            _ev(
                None,
                "Әйелдер мұсылман әйелдердің хиджабты барлық жерде кию құқығы "
                "құрметтелуі керек деп жиірек айтады",
                "Женщины чаще говорят, что право мусульманок носить хиджаб везде "
                "должно уважаться",
                "Women more often say that Muslim women's right to wear the hijab "
                "everywhere should be respected",
            ),
            _ev(
                None,
                "Әйелдер батыс мәдениеті имандылыққа зиян келтіреді деп ер "
                "адамдарға қарағанда сирек санайды",
                "Женщины реже мужчин считают, что западная культура вредит "
                "нравственности",
                "Women are less likely than men to think Western culture harms "
                "morality",
            ),
            SOCIAL_FOR_FAMILY,
            _ev(
                50.8,
                "Сауалнама іріктемесіндегі әйелдердің үлесі (ер адамдар — 48,7%)",
                "Доля женщин в выборке опроса (мужчин — 48,7%)",
                "Share of women in the survey sample (men: 48.7%)",
            ),
            _ev(
                None,
                "Радикалды ағымдардың ықпалына түскеннен кейін Алматының дін "
                "істері басқармасына ер адамдар да, әйелдер де жүгінеді",
                "В управление по делам религий Алматы после влияния радикальных "
                "течений обращаются и мужчины, и женщины",
                "Both men and women turn to Almaty's religious affairs department "
                "after coming under the influence of radical movements",
                source="almaty_report",
            ),
        ],
        "media_habits": [YOUTUBE_HABIT],
    },
    {
        "slug": "parents",
        "age_min": 35,
        "age_max": 60,
        "setting": "any",
        "gender_focus": "any",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "Ата-аналар",
            "description": "Жасөспірімдер мен жас ересектердің ата-аналары. "
            "Олар баласындағы өзгерісті бірінші байқайды, бірақ көбіне не істерін "
            "білмейді және көмек сұраудан қорқады.",
            "persona": "Сәуле, 48 жаста, Қызылордада шағын дүкен ұстайды. 20 "
            "жастағы ұлы тұйықталып, түні бойы желідегі діни уағыздарды тыңдайтын "
            "болды. Алаңдау керек пе, жоқ па, білмейді, көмек сұрасам ұлыма "
            "зияны тиеді ме деп қорқады.",
            "values_and_concerns": "Балалардың қауіпсіздігі мен болашағы; "
            "отбасының бірлігі; ел алдындағы абырой; балаларын түсіне алмау мен "
            "олармен байланыстың үзілуі.",
            "sensitivities": "Ата-аналарды кінәламаңыз және қорқытпаңыз. Дінге "
            "бет бұрудың өзі қауіп белгісі емес екенін айтыңыз. Көмек құпия "
            "екенін және оның жазалауға емес, қолдауға бағытталғанын түсіндіріңіз.",
        },
        "ru": {
            "name": "Родители",
            "description": "Родители подростков и молодых взрослых. Они первыми "
            "замечают перемены в ребёнке, но часто не знают, что делать, и боятся "
            "обращаться за помощью.",
            "persona": "Сауле, 48 лет, держит небольшой магазин в Кызылорде. Её "
            "20-летний сын замкнулся и ночами слушает религиозные лекции в сети. "
            "Она не знает, стоит ли тревожиться, и боится, что обращение за "
            "помощью навредит сыну.",
            "values_and_concerns": "Безопасность и будущее детей; единство семьи; "
            "репутация в глазах окружающих; страх не понять своих детей и "
            "потерять с ними связь.",
            "sensitivities": "Не обвиняйте и не пугайте родителей. Скажите, что "
            "обращение к вере само по себе не признак опасности. Объясните, что "
            "помощь конфиденциальна и направлена на поддержку, а не на наказание.",
        },
        "en": {
            "name": "Parents",
            "description": "Parents of teenagers and young adults. They are the "
            "first to notice changes in a child but often do not know what to do "
            "and are afraid to ask for help.",
            "persona": "Saule, 48, runs a small shop in Kyzylorda. Her 20-year-old "
            "son has become withdrawn and listens to religious lectures online "
            "late into the night. She does not know whether to worry, and fears "
            "that asking for help could get him into trouble.",
            "values_and_concerns": "Their children's safety and future; family "
            "unity; standing in the community; fear of not understanding their "
            "children and losing touch with them.",
            "sensitivities": "Do not blame or frighten parents. Say that turning "
            "to faith is not in itself a sign of danger. Explain that help is "
            "confidential and aims to support, not to punish.",
        },
        "evidence": [
            _ev(
                82.6,
                "18–35 жастағы жастардың әлеуметтік желіні ең алдымен туыстарымен "
                "және достарымен араласу үшін пайдаланатын үлесі: ата-аналар "
                "балаларымен осы арналарда бірге отыр",
                "Доля молодых людей 18–35 лет, которые пользуются соцсетями "
                "прежде всего для общения с родными и друзьями: родители и дети "
                "уже находятся в одних каналах",
                "Share of young people aged 18–35 who use social networks mainly "
                "to keep in touch with family and friends: parents already share "
                "these channels with their children",
            ),
            NEWS_FROM_MESSENGERS,
            _ev(
                None,
                "Алматының кеңес беру орталығына бір жыл ішінде мыңға жуық адам "
                "жүгінген",
                "В консультационный центр Алматы за год обратилась почти тысяча "
                "человек",
                "Close to a thousand people turned to the Almaty advisory centre "
                "in one year",
                source="almaty_report",
            ),
            _ev(
                None,
                "Отбасы мүшесі деструктивті діни ағымның ықпалына түскен жағдайда "
                "ақпараттық-түсіндіру топтары сенім телефонына хабарласуға кеңес "
                "береді",
                "Информационно-разъяснительные группы советуют семьям, чей "
                "родственник попал под влияние деструктивного течения, звонить на "
                "телефон доверия",
                "Information and explanatory groups advise families whose relative "
                "has come under the influence of a destructive movement to call "
                "the helpline",
                source="irg_article",
            ),
        ],
        "media_habits": [],
    },
    {
        "slug": "practising-believers",
        "age_min": 18,
        "age_max": None,
        "setting": "any",
        "gender_focus": "any",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "Дін ұстанатын адамдар",
            "description": "Намаз оқитын, мешітке, шіркеуге немесе басқа діни "
            "қауымға баратын адамдар. Зерттеу олардың желіде жиі жауыздандырылып, "
            "алдын алу материалдарында күдікті ретінде көрсетілетінін және "
            "оларға қолдау көрсететін хабарламалар қажет екенін атап өтеді.",
            "persona": "Азамат, 34 жаста, Атыраудағы инженер. Бес уақыт намаз "
            "оқиды, жұма намазына барады. Жұмыста құрметті маман, бірақ "
            "экстремизмге қарсы әр науқан өзі сияқты адамдарға күдікпен "
            "қарайтындай сезінеді.",
            "values_and_concerns": "Иман мен ғибадат; отбасы мен көршілік; "
            "адалдық пен әділдік; сенушілердің құқықтарына құрмет; «дәстүрлі» "
            "және «бөтен» деп бөлуден туатын реніш.",
            "sensitivities": "Діни тәжірибені экстремизмнің белгісі етіп "
            "көрсетпеңіз. «Дұрыс» және «бұрыс» ислам деп қарсы қоймаңыз. "
            "Мазхабтар арасындағы теологиялық дауға кірмеңіз. Хабарламаны "
            "беделді дін өкілдерімен бірге дайындаңыз.",
        },
        "ru": {
            "name": "Практикующие верующие",
            "description": "Люди, которые молятся и ходят в мечеть, церковь или "
            "другую религиозную общину. Исследование отмечает, что их часто "
            "демонизируют в сети и изображают подозреваемыми в "
            "профилактических материалах, и им нужны поддерживающие сообщения.",
            "persona": "Азамат, 34 года, инженер в Атырау. Совершает пятикратную "
            "молитву и ходит на пятничный намаз. На работе его уважают, но ему "
            "кажется, что каждая кампания против экстремизма смотрит на таких, "
            "как он, с подозрением.",
            "values_and_concerns": "Вера и молитва; семья и добрососедство; "
            "честность и справедливость; уважение прав верующих; обида на "
            "деление на «традиционных» и «чужих».",
            "sensitivities": "Не делайте религиозную практику признаком "
            "экстремизма. Не противопоставляйте «правильный» и «неправильный» "
            "ислам. Не вступайте в богословские споры между течениями. Готовьте "
            "сообщения вместе с уважаемыми представителями религии.",
        },
        "en": {
            "name": "Practising believers",
            "description": "People who pray and attend a mosque, a church or another "
            "religious community. The study notes that they are often demonised "
            "online and cast as suspects in prevention materials, and that they "
            "need supportive messages.",
            "persona": "Azamat, 34, an engineer in Atyrau, prays five times a day "
            "and goes to Friday prayer. He is respected at work, but feels that "
            "every campaign against extremism looks at men like him with "
            "suspicion.",
            "values_and_concerns": "Faith and prayer; family and good neighbours; "
            "honesty and fairness; respect for believers' rights; resentment at "
            "being sorted into “traditional” and “alien”.",
            "sensitivities": "Do not present religious practice as a sign of "
            "extremism. Do not set a “right” Islam against a “wrong” one. Stay out "
            "of theological disputes between schools. Prepare messages together "
            "with respected religious figures.",
        },
        "evidence": [
            RELIGIOUS_LEADERS_ALL,
            MUSLIMS_CHRISTIANS_AGREE,
            MUSLIMS_CHRISTIANS_DISAGREE,
            BELIEVERS_RIGHTS,
            AGAINST_INSULTS,
            _ev(
                None,
                "Мемлекеттік ақпараттық материалдардың көбі «дәстүрлі» исламды "
                "«бөтен» исламға қарсы қоюға құрылған; зерттеу дін ұстанатын "
                "мұсылмандарды қолдайтын хабарламаларды ұсынады",
                "Сюжеты большинства государственных материалов сводятся к "
                "противопоставлению «традиционного» ислама «чужому»; исследование "
                "рекомендует поддерживающие сообщения для практикующих мусульман",
                "Most state information materials set a “traditional” Islam "
                "against an “alien” one; the study recommends supportive messages "
                "for practising Muslims",
                source="brief",
            ),
        ],
        "media_habits": [],
    },
    {
        "slug": "teachers",
        "age_min": 22,
        "age_max": 65,
        "setting": "any",
        "gender_focus": "any",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "Мұғалімдер",
            "description": "Мектеп мұғалімдері, сынып жетекшілері және колледж "
            "оқытушылары. Олар балалармен күн сайын сөйлеседі және ата-аналармен "
            "тұрақты байланыста болады.",
            "persona": "Ольга, 44 жаста, Павлодардағы мектепте тарихтан сабақ "
            "береді, 15 жастағы оқушылардың сынып жетекшісі. Экстремизм туралы "
            "сынып сағатын өткізу тапсырылды, бірақ қолында ескі презентациядан "
            "басқа материал жоқ.",
            "values_and_concerns": "Оқушылардың қауіпсіздігі мен дамуы; "
            "сыныптағы сенім; уақыт тапшылығы мен есеп беру жүктемесі; балалармен "
            "қиын тақырыпты қалай сөйлесу керектігін білу.",
            "sensitivities": "Мұғалімге дін мамандығын жүктемеңіз. Сыныптағы "
            "белгілі бір ұлт не дін өкілдерін мысал етіп алмаңыз. Балаларды "
            "қорқытатын суреттер мен тақырыптан аулақ болыңыз.",
        },
        "ru": {
            "name": "Учителя",
            "description": "Школьные учителя, классные руководители и "
            "преподаватели колледжей. Они каждый день говорят с детьми и "
            "постоянно общаются с родителями.",
            "persona": "Ольга, 44 года, преподаёт историю в школе в Павлодаре и "
            "ведёт класс 15-летних. Ей поручили провести классный час об "
            "экстремизме, а из материалов есть только старая презентация.",
            "values_and_concerns": "Безопасность и развитие учеников; доверие в "
            "классе; нехватка времени и отчётность; как говорить с детьми о "
            "трудной теме.",
            "sensitivities": "Не требуйте от учителя богословской экспертизы. Не "
            "берите в пример учеников определённой национальности или веры. "
            "Избегайте пугающих детей изображений и тем.",
        },
        "en": {
            "name": "Teachers",
            "description": "School teachers, form tutors and college lecturers. "
            "They talk to children every day and are in regular contact with "
            "parents.",
            "persona": "Olga, 44, teaches history at a school in Pavlodar and is "
            "form tutor to a class of 15-year-olds. She has been asked to run a "
            "class hour on extremism and has nothing to use but an old slideshow.",
            "values_and_concerns": "Pupils' safety and growth; trust in the "
            "classroom; too little time and a lot of reporting; knowing how to "
            "discuss a hard topic with children.",
            "sensitivities": "Do not expect theological expertise from teachers. "
            "Never use pupils of a particular ethnicity or faith as an example. "
            "Avoid images and topics that frighten children.",
        },
        "evidence": [
            _ev(
                None,
                "Зерттеу көзқарасқа ықпал ететін тиімді құралдар ретінде мектеп "
                "оқулықтары мен балалар әдебиетін атайды",
                "Исследование называет школьные учебники и детскую литературу "
                "среди действенных инструментов влияния на установки",
                "The study names school textbooks and children's literature among "
                "the effective tools for shaping attitudes",
                source="brief",
            ),
            _ev(
                None,
                "Балалар әдебиеті мен телебағдарламаларда «қазақтар — қожайын, "
                "басқа ұлттар — қонақ» деген бейнені қайталамау ұсынылады",
                "В детской литературе и телепередачах рекомендуется не "
                "воспроизводить образ «казахи — хозяева, другие народы — гости»",
                "Children's books and television are advised not to repeat the "
                "image of Kazakhs as hosts and other nationalities as guests",
                source="brief",
            ),
        ],
        "media_habits": [],
    },
    {
        "slug": "civil-servants",
        "age_min": 22,
        "age_max": 63,
        "setting": "any",
        "gender_focus": "any",
        "languages": ["kk", "ru"],
        "regions": [],
        "kk": {
            "name": "Мемлекеттік қызметшілер",
            "description": "Дін істері басқармаларының, жастар саясаты "
            "бөлімдерінің және ақпараттық-түсіндіру топтарының қызметкерлері, "
            "сондай-ақ әкімдіктердің басқа да қызметшілері. Олар алдын алу "
            "жұмысын жүргізеді және өздері де оның аудиториясы болып табылады.",
            "persona": "Ержан, 38 жаста, облыстық дін істері басқармасының маманы "
            "және ақпараттық-түсіндіру тобының мүшесі. Іс-шаралар туралы есеп "
            "жазады, басқарманың Instagram парақшасын жүргізеді, жастар шынымен "
            "оқитын материалдар жасағысы келеді.",
            "values_and_concerns": "Нәтижелі жұмыс және оның бағалануы; заңдылық; "
            "жастар алдындағы бедел; басқа өңірлердің тәжірибесімен алмасу; "
            "формалды іс-шаралардан шаршау.",
            "sensitivities": "Олардың жұмысын жаппай сынамаңыз; нақты, "
            "қолданбалы ұсыныс беріңіз. Жеке қауіпсіздігін ескеріңіз: "
            "жариялылық тек өз келісімімен болсын.",
        },
        "ru": {
            "name": "Государственные служащие",
            "description": "Сотрудники управлений по делам религий, отделов "
            "молодёжной политики и информационно-разъяснительных групп, а также "
            "другие служащие акиматов. Они ведут профилактическую работу и сами "
            "являются её аудиторией.",
            "persona": "Ержан, 38 лет, специалист областного управления по делам "
            "религий и член информационно-разъяснительной группы. Пишет отчёты о "
            "мероприятиях, ведёт Instagram управления и хочет делать материалы, "
            "которые молодёжь действительно читает.",
            "values_and_concerns": "Результативная работа и её признание; "
            "законность; авторитет у молодёжи; обмен опытом с другими регионами; "
            "усталость от формальных мероприятий.",
            "sensitivities": "Не критикуйте их работу огульно; давайте конкретные "
            "применимые советы. Учитывайте личную безопасность: публичность — "
            "только с их согласия.",
        },
        "en": {
            "name": "Civil servants",
            "description": "Staff of religious affairs departments, youth policy "
            "departments and information and explanatory groups, and other "
            "employees of local administrations. They run prevention work and are "
            "also its audience.",
            "persona": "Yerzhan, 38, a specialist at a regional department of "
            "religious affairs and a member of the information and explanatory "
            "group. He writes reports on events, runs the department's Instagram "
            "page and wants to make materials that young people actually read.",
            "values_and_concerns": "Effective work that is recognised; the rule of "
            "law; credibility with young people; learning from other regions; "
            "fatigue with formal events.",
            "sensitivities": "Do not criticise their work wholesale; give concrete, "
            "usable advice. Consider their personal safety: publicity only with "
            "their consent.",
        },
        "evidence": [
            _ev(
                None,
                "Ақпараттық-түсіндіру жұмысының аудиториясы ретінде жастармен, "
                "діндарлармен, жұмысшы және ауыл тұрғындарымен қатар мемлекеттік "
                "қызметшілер де аталады",
                "Среди аудиторий информационно-разъяснительной работы наряду с "
                "молодёжью, верующими, работающим и сельским населением названы "
                "государственные служащие",
                "Civil servants are named among the audiences of outreach work, "
                "alongside young people, believers and the working and rural "
                "population",
                source="irg_article",
            ),
            _ev(
                None,
                "Өңірлер арасында тәжірибе мен контент алмасу жұмысқа деген "
                "көзқарасты кеңейтіп, қызметшілердің өз жұмысын бағалауын "
                "арттырады",
                "Обмен опытом и контентом между регионами расширяет взгляд на "
                "работу и повышает самооценку служащих",
                "Sharing experience and content between regions broadens the view "
                "of the work and raises civil servants' sense of its worth",
                source="irg_article",
            ),
            _ev(
                None,
                "Ақпараттық іс-шаралар көбіне формалды өтеді және әр түрлі діни "
                "топтар арасындағы диалогтан гөрі «дәстүрлі» исламды насихаттауға "
                "бағытталған",
                "Информационные мероприятия часто формальны и больше направлены "
                "на продвижение «традиционного» ислама, чем на диалог между "
                "разными религиозными группами",
                "Information events are often formal and aimed more at promoting "
                "“traditional” Islam than at dialogue between religious groups",
                source="brief",
            ),
        ],
        "media_habits": [],
    },
]
