"""Generate a large, realistic library quickly: ``manage.py generate_library``.

Builds the page tree and the taxonomy with the project's factories, then writes the
material pages in bulk (a few multi-row INSERTs instead of thousands of
``add_child`` calls), keeping Wagtail's and treebeard's invariants:

* ``path``/``depth`` are consecutive steps under each language's library and the
  library's ``numchild`` is raised by the number of children added;
* ``url_path``, ``draft_title``, ``locale``, ``content_type``, ``live`` and the
  publication dates are set as publishing would set them;
* the Kazakh, Russian and English versions of one material share a
  ``translation_key`` and link the taxonomy records of their own language;
* many-to-many links and tags are bulk-inserted, then the new pages are added to
  the search index.

The pages have no revisions: they read as published, and an editor's first save
creates one. Text is generated from parallel kk/ru/en word lists so that search has
something to match (the Russian forms "семья", "семьи", "семью", "семье" occur).

Running the command again tops the library up to ``--materials`` pages and
otherwise changes nothing; ``--reset`` deletes every material first.
"""

import contextlib
import html
import random
import time
import uuid
from datetime import timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from audiences.factories import (
    LANGUAGE_CODES,
    make_organisation,
    translated,
)
from audiences.models import Organisation, Region, TargetGroup
from content.factories import build_site
from content.models import (
    Format,
    MaterialPage,
    MaterialTag,
    NarrativeCountered,
    Theme,
)
from content.organisations import space_for

BATCH = 1000

# --- Taxonomy: slug, then names in kk, ru, en -------------------------------------

TARGET_GROUPS = [
    ("youth", "Жастар", "Молодёжь", "Young people"),
    ("parents", "Ата-аналар", "Родители", "Parents"),
    ("students", "Студенттер", "Студенты", "Students"),
    ("believers", "Діндарлар", "Верующие", "Believers"),
    ("labour-migrants", "Еңбек мигранттары", "Трудовые мигранты", "Labour migrants"),
    ("rural-women", "Ауыл әйелдері", "Сельские женщины", "Rural women"),
    ("teachers", "Мұғалімдер", "Учителя", "Teachers"),
    ("gamers", "Онлайн ойыншылар", "Геймеры", "Online gamers"),
]

NARRATIVES = [
    (
        "isolation",
        "Қоғамнан оқшаулану",
        "Изоляция от общества",
        "Isolation from society",
    ),
    (
        "exclusivism",
        "Діни айрықшалық",
        "Религиозная исключительность",
        "Religious exclusivism",
    ),
    ("grievance", "Өкпе мен құрбандық", "Обида и жертвенность", "Grievance"),
    ("hijra", "Шетелге кетуге үндеу", "Призыв уехать за границу", "Call to emigrate"),
    (
        "distrust",
        "Мемлекетке сенімсіздік",
        "Недоверие к государству",
        "Distrust of the state",
    ),
    (
        "violence",
        "Зорлық-зомбылықты дәріптеу",
        "Оправдание насилия",
        "Glorified violence",
    ),
]

THEMES = [
    ("family", "Отбасы", "Семья", "Family"),
    ("dialogue", "Диалог", "Диалог", "Dialogue"),
    ("respect", "Құрмет", "Уважение", "Respect"),
    ("critical-thinking", "Сыни ойлау", "Критическое мышление", "Critical thinking"),
    ("unity", "Бірлік", "Единство", "Unity"),
    ("education", "Білім", "Образование", "Education"),
    ("spiritual-heritage", "Рухани мұра", "Духовное наследие", "Spiritual heritage"),
    ("mutual-help", "Өзара көмек", "Взаимопомощь", "Mutual help"),
]

FORMATS = [
    ("article", "Мақала", "Статья", "Article"),
    ("video", "Бейне", "Видео", "Video"),
    ("poster", "Плакат", "Плакат", "Poster"),
    ("lesson-plan", "Сабақ жоспары", "План урока", "Lesson plan"),
    ("podcast", "Подкаст", "Подкаст", "Podcast"),
    ("infographic", "Инфографика", "Инфографика", "Infographic"),
    ("brochure", "Кітапша", "Брошюра", "Brochure"),
    ("story", "Әңгіме", "История", "Story"),
    ("interview", "Сұхбат", "Интервью", "Interview"),
    ("quiz", "Викторина", "Викторина", "Quiz"),
]

REGIONS = [
    ("abai", "Абай облысы", "Абайская область", "Abai Region", "region"),
    ("akmola", "Ақмола облысы", "Акмолинская область", "Akmola Region", "region"),
    ("aktobe", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region", "region"),
    (
        "almaty-region",
        "Алматы облысы",
        "Алматинская область",
        "Almaty Region",
        "region",
    ),
    ("atyrau", "Атырау облысы", "Атырауская область", "Atyrau Region", "region"),
    (
        "east-kazakhstan",
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
        "region",
    ),
    ("zhambyl", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region", "region"),
    ("zhetysu", "Жетісу облысы", "Жетысуская область", "Zhetysu Region", "region"),
    (
        "west-kazakhstan",
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
        "region",
    ),
    (
        "karaganda",
        "Қарағанды облысы",
        "Карагандинская область",
        "Karaganda Region",
        "region",
    ),
    (
        "kostanay",
        "Қостанай облысы",
        "Костанайская область",
        "Kostanay Region",
        "region",
    ),
    (
        "kyzylorda",
        "Қызылорда облысы",
        "Кызылординская область",
        "Kyzylorda Region",
        "region",
    ),
    (
        "mangystau",
        "Маңғыстау облысы",
        "Мангистауская область",
        "Mangystau Region",
        "region",
    ),
    (
        "pavlodar",
        "Павлодар облысы",
        "Павлодарская область",
        "Pavlodar Region",
        "region",
    ),
    (
        "north-kazakhstan",
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
        "region",
    ),
    (
        "turkistan",
        "Түркістан облысы",
        "Туркестанская область",
        "Turkistan Region",
        "region",
    ),
    ("ulytau", "Ұлытау облысы", "Улытауская область", "Ulytau Region", "region"),
    ("astana", "Астана", "Астана", "Astana", "city"),
    ("almaty", "Алматы", "Алматы", "Almaty", "city"),
    ("shymkent", "Шымкент", "Шымкент", "Shymkent", "city"),
]

ORGANISATIONS = [
    ("irg-turkistan", "Түркістан облысының ақпараттық-түсіндіру тобы", "irg"),
    ("irg-shymkent", "Шымкент қаласының ақпараттық-түсіндіру тобы", "irg"),
    ("ngo-akniet", "«Ақниет» қоғамдық қоры", "ngo"),
    ("ngo-family-support", "Центр поддержки семьи «Шанырак»", "ngo"),
    ("media-jastar", "Jastar Media", "media"),
    ("religious-dum", "Духовное управление мусульман Казахстана", "religious"),
]

# --- Text: every entry is (kk, ru, en) so the three versions are translations ------

# A concept: kk and en as is; ru in the nominative, genitive and accusative.
CONCEPTS = [
    ("отбасы", ("семья", "семьи", "семью"), "family"),
    ("диалог", ("диалог", "диалога", "диалог"), "dialogue"),
    ("құрмет", ("уважение", "уважения", "уважение"), "respect"),
    ("сенім", ("доверие", "доверия", "доверие"), "trust"),
    ("иман", ("вера", "веры", "веру"), "faith"),
    ("достық", ("дружба", "дружбы", "дружбу"), "friendship"),
    ("білім", ("образование", "образования", "образование"), "education"),
    ("Отан", ("родина", "родины", "родину"), "homeland"),
    ("көршілер", ("соседи", "соседей", "соседей"), "neighbours"),
    ("жастар", ("молодёжь", "молодёжи", "молодёжь"), "young people"),
    ("ата-ана", ("родители", "родителей", "родителей"), "parents"),
    ("еңбек", ("работа", "работы", "работу"), "work"),
    ("бейбітшілік", ("мир", "мира", "мир"), "peace"),
    ("дәстүр", ("традиции", "традиций", "традиции"), "traditions"),
    ("мейірім", ("милосердие", "милосердия", "милосердие"), "mercy"),
]
FAMILY = 0

TITLES = [
    (
        "{A} және {b}: жақындармен қалай сөйлесу керек",
        "{A_nom} и {b_nom}: как говорить с близкими",
        "{A} and {b}: how to talk with the people close to you",
    ),
    (
        "Неліктен {a} кез келген үгіттен күшті",
        "Почему {a_nom} сильнее любой вербовки",
        "Why {a} beats any recruiter",
    ),
    (
        "{A} және {b} туралы әңгіме",
        "Разговор про {a_acc} и {b_acc}",
        "A conversation about {a} and {b}",
    ),
    (
        "Қиын кезеңде {a} қалай сақтауға болады",
        "Как сберечь {a_acc} в трудное время",
        "How to protect {a} in hard times",
    ),
    ("{A} туралы бес дерек", "Пять фактов про {a_acc}", "Five facts about {a}"),
    (
        "{A} құндылығы: өңірлерден әңгімелер",
        "Ценность {a_gen}: истории из регионов",
        "The value of {a}: stories from the regions",
    ),
    (
        "{A} интернеттегі өсекке қарсы",
        "{A_nom} против слухов в интернете",
        "{A} against online rumours",
    ),
    (
        "Сұрақ-жауап: {a} және {b}",
        "Вопросы и ответы: {a_nom} и {b_nom}",
        "Questions and answers: {a} and {b}",
    ),
]

SENTENCES = [
    (
        "{A} — адамды түрлі уәделерден қорғайтын тірек.",
        "{A_nom} — это то, что держит человека, когда вокруг много громких обещаний.",
        "{A}: what holds a person steady when loud promises are everywhere.",
    ),
    (
        "Интернеттегі үгітшілер {a} маңызды емес дейді, бірақ бұл шындық емес.",
        "Вербовщики в интернете говорят, будто {a_nom} ничего не значит, "
        "но это неправда.",
        "Online recruiters often mock {a}, but their words are not the truth.",
    ),
    (
        "{A} туралы әңгімеде дауласудан гөрі тыңдау маңызды.",
        "В разговоре про {a_acc} важно слушать, а не спорить.",
        "When you talk about {a}, listening matters more than arguing.",
    ),
    (
        "Психологтар {a} туралы сабырмен, айыптамай сөйлесуге кеңес береді.",
        "Психологи советуют говорить про {a_acc} спокойно и без обвинений.",
        "Psychologists advise talking about {a} calmly and without blame.",
    ),
    (
        "Адам қолдауды сезінсе, қауіпті таныстықтан бас тарту оңайырақ.",
        "Когда человек чувствует поддержку, ему проще отказаться от опасных знакомств.",
        "A person who feels supported finds it easier to walk away from dangerous "
        "contacts.",
    ),
    (
        "Түрлі өңірлердегі адамдардың әңгімелері {a} мен {b} құндылығын көрсетеді.",
        "Истории людей из разных регионов показывают ценность {a_gen} и {b_gen}.",
        "Stories from different regions show the value of {a} and {b}.",
    ),
    (
        "Ортақ дастарқан басындағы ашық әңгіме {a} сақтауға көмектеседі.",
        "Сберечь {a_acc} помогает открытый разговор за общим столом.",
        "An open conversation at a shared table helps to protect {a}.",
    ),
    (
        "Жасөспірімдер жауапты желіден іздейді, сондықтан ересектер онда не болып "
        "жатқанын білуі керек.",
        "Подростки ищут ответы в сети, поэтому взрослым стоит знать, что там "
        "происходит.",
        "Teenagers look for answers online, so adults should know what happens there.",
    ),
    (
        "Имамдар мен мұғалімдер еске салады: зорлық-зомбылық {a} қорғай алмайды.",
        "Имамы и учителя напоминают: насилие не может защитить {a_acc}.",
        "Imams and teachers remind us that violence cannot protect {a}.",
    ),
    (
        "Біз ата-аналарға, мұғалімдерге және көршілерге арналған қарапайым кеңестер "
        "жинадық.",
        "Мы собрали простые советы для родителей, учителей и соседей.",
        "We collected simple advice for parents, teachers and neighbours.",
    ),
    (
        "Дереккөздерді тексеріңіз: өсек фактілерден жылдам тарайды.",
        "Проверяйте источники: слухи распространяются быстрее, чем факты.",
        "Check the sources: rumours spread faster than facts.",
    ),
    (
        "Сенім телефоны тегін әрі жасырын көмектеседі.",
        "Телефон доверия помогает бесплатно и анонимно.",
        "The helpline helps for free and anonymously.",
    ),
    (
        "{A} жоқ жерде ауылда да, қалада да тыныш өмір сүру қиын.",
        "Без {a_gen} трудно представить спокойную жизнь в селе и в городе.",
        "Without {a}, a calm life is hard to imagine in a village or in a city.",
    ),
]

# Sentences about the family, used in about a third of the materials.
FAMILY_SENTENCES = [
    (
        "Отбасы жас адам үшін басты тірек болып қала береді.",
        "Семья остаётся главной опорой для молодого человека.",
        "Family remains the main support for a young person.",
    ),
    (
        "Жақын адамыңыз отбасынан алыстаса, оны жалғыз қалдырмаңыз.",
        "Если близкий человек отдаляется от семьи, не оставляйте его одного.",
        "If someone close to you drifts away from the family, do not leave them alone.",
    ),
    (
        "Әр отбасында қиын әңгімелер болады, бұл қалыпты жағдай.",
        "В каждой семье бывают трудные разговоры, и это нормально.",
        "Every family has difficult conversations, and that is normal.",
    ),
    (
        "Отбасын сақтау — бәріміздің ортақ ісіміз.",
        "Сохранить семью — наше общее дело.",
        "Keeping the family together is work we all share.",
    ),
]

HEADINGS = [
    ("Не болып жатыр", "Что происходит", "What is happening"),
    ("Қалай сөйлесуге болады", "Как поговорить", "How to talk about it"),
    ("Не істеуге болады", "Что можно сделать", "What you can do"),
    ("Қайда жүгінуге болады", "Куда обратиться", "Where to get help"),
]

ATTRIBUTIONS = [
    ("Шымкенттік имам", "Имам из Шымкента", "An imam from Shymkent"),
    ("Қызылордалық мұғалім", "Учительница из Кызылорды", "A teacher from Kyzylorda"),
    ("Алматылық студент", "Студент из Алматы", "A student from Almaty"),
    ("Павлодарлық ана", "Мама из Павлодара", "A mother from Pavlodar"),
]

FACTS = [
    (
        "82,6%",
        (
            "жастардың әлеуметтік желілерді негізінен отбасымен және достарымен "
            "байланыс үшін пайдаланады.",
            "молодых людей пользуются соцсетями прежде всего, чтобы общаться с семьёй "
            "и друзьями.",
            "of young people use social networks mainly to keep in touch with family "
            "and friends.",
        ),
        "Youth survey, 1,002 respondents, 2020",
    ),
    (
        "3 из 4",
        (
            "ата-ана баласымен интернеттегі қауіптер туралы сөйлесуді маңызды деп "
            "санайды.",
            "родителей считают важным говорить с детьми об опасностях в интернете.",
            "parents think it is important to talk with their children about online "
            "risks.",
        ),
        "Parents' survey, 2022",
    ),
]

TAGS = [
    ("отбасы", "семья", "family"),
    ("жастар", "молодёжь", "youth"),
    ("сұхбаттасу", "диалог", "dialogue"),
    ("алдын алу", "профилактика", "prevention"),
    ("интернет", "интернет", "internet"),
    ("мектеп", "школа", "school"),
    ("иман", "вера", "faith"),
    ("көршілер", "соседи", "neighbours"),
    ("медиасауаттылық", "медиаграмотность", "media literacy"),
    ("өсек", "слухи", "rumours"),
    ("сенім телефоны", "телефон доверия", "helpline"),
]

LICENCES = [c.value for c in MaterialPage.Licence]


def _cap(text):
    return text[:1].upper() + text[1:]


def _fill(template, lang, a, b):
    """Put concepts ``a`` and ``b`` into a template of language index ``lang``."""
    ca, cb = CONCEPTS[a], CONCEPTS[b]
    if lang == 1:  # Russian: cases
        values = {}
        for key, concept in (("a", ca), ("b", cb)):
            for case, form in zip(("nom", "gen", "acc"), concept[1], strict=True):
                values[f"{key}_{case}"] = form
                values[f"{key.upper()}_{case}"] = _cap(form)
    else:
        values = {
            "a": ca[lang],
            "b": cb[lang],
            "A": _cap(ca[lang]),
            "B": _cap(cb[lang]),
        }
    return template.format(**values)


class Command(BaseCommand):
    help = "Generate a large library of material pages in bulk (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--materials",
            type=int,
            default=5000,
            help="Material pages in total, across kk/ru/en (default 5000).",
        )
        parser.add_argument(
            "--reset", action="store_true", help="Delete every material page first."
        )
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, *args, **options):
        total = options["materials"]
        if total < 0:
            raise CommandError("--materials must not be negative.")
        started = time.monotonic()
        self.verbosity = options["verbosity"]

        with transaction.atomic():
            site = build_site(
                {
                    "kk": ("Көпір", "Баламалы нарративтердің ортақ кітапханасы."),
                    "ru": ("Копир", "Общая библиотека альтернативных нарративов."),
                    "en": ("Kopir", "A shared library of alternative narratives."),
                }
            )
            libraries = {code: site[code][1] for code in LANGUAGE_CODES}
            if options["reset"]:
                self._delete_materials(libraries)
            taxonomy = self._taxonomy()
        self._log(f"site and taxonomy ready ({time.monotonic() - started:.1f}s)")

        existing = self._material_count(libraries)
        wanted = total - existing
        # Repeatable for a given library size; a top-up draws fresh keys.
        self.rng = random.Random(f"{options['seed']}:{existing}")
        if wanted <= 0:
            self._log(f"{existing} materials already there; nothing to do.")
            return

        with transaction.atomic():
            new_ids = self._create_materials(libraries, taxonomy, wanted)
        self._log(f"{len(new_ids)} pages written ({time.monotonic() - started:.1f}s)")

        self._index(new_ids)
        self._analyze()
        self._log(
            f"done: {existing + len(new_ids)} materials "
            f"in {time.monotonic() - started:.1f}s"
        )

    def _log(self, message):
        if self.verbosity > 0:
            self.stdout.write(message)

    # --- Tree and taxonomy ---------------------------------------------------------

    def _material_count(self, libraries):
        return sum(
            MaterialPage.objects.descendant_of(library).count()
            for library in libraries.values()
        )

    def _delete_materials(self, libraries):
        for library in libraries.values():
            ids = list(
                Page.objects.descendant_of(library)
                .type(MaterialPage)
                .values_list("pk", flat=True)
            )
            # Django's own delete (cascades, signals) without treebeard's per-node
            # path bookkeeping; numchild is fixed below.
            for start in range(0, len(ids), BATCH):
                QuerySet.delete(Page.objects.filter(pk__in=ids[start : start + BATCH]))
            for space in Page.objects.child_of(library):
                Page.objects.filter(pk=space.pk).update(
                    numchild=Page.objects.child_of(space).count()
                )

    def _taxonomy(self):
        def names(row):
            return dict(zip(LANGUAGE_CODES, row[1:4], strict=True))

        groups = [
            translated(TargetGroup, slug=row[0], names=names(row))
            for row in TARGET_GROUPS
        ]
        narratives = [
            translated(
                NarrativeCountered,
                slug=row[0],
                names={
                    code: {
                        "name": name,
                        "summary": f"{name}.",
                        "recognition": f"{name}.",
                    }
                    for code, name in names(row).items()
                },
                number=number,
            )
            for number, row in enumerate(NARRATIVES, start=1)
        ]
        themes = [translated(Theme, slug=row[0], names=names(row)) for row in THEMES]
        formats = [translated(Format, slug=row[0], names=names(row)) for row in FORMATS]
        regions = [
            translated(Region, slug=row[0], names=names(row), kind=row[4])
            for row in REGIONS
        ]
        organisations = [
            make_organisation(slug, name, kind=Organisation.Kind(kind))
            for slug, name, kind in ORGANISATIONS
        ]
        tags = []
        for row in TAGS:
            by_code = {}
            for code, name in zip(LANGUAGE_CODES, row, strict=True):
                tag = Tag.objects.filter(name__iexact=name).first()
                by_code[code] = tag or Tag.objects.create(name=name)
            tags.append(by_code)
        return {
            "target_groups": groups,
            "narratives": narratives,
            "themes": themes,
            "formats": formats,
            "regions": regions,
            "organisations": organisations,
            "tags": tags,
        }

    # --- Materials -------------------------------------------------------------------

    def _uuid(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _text(self, lang, plan):
        """Title, summary, body and sources of one material in one language."""
        a, b = plan["concepts"]
        title = _fill(TITLES[plan["title"]][lang], lang, a, b)
        if plan["region"] is not None:
            title = f"{title} — {REGIONS[plan['region']][1 + lang]}"
        sentences = [_fill(SENTENCES[i][lang], lang, a, b) for i in plan["sentences"]]
        sentences += [FAMILY_SENTENCES[i][lang] for i in plan["family"]]
        order = plan["order"]
        sentences = [sentences[i] for i in order[: len(sentences)]]
        # The summary leads; the body goes on from there (7 or 9 sentences).
        summary = " ".join(sentences[:2])

        def paragraph(chunk):
            return "<p>" + " ".join(html.escape(s) for s in chunk) + "</p>"

        body = [
            {"type": "paragraph", "value": paragraph(sentences[2:4])},
            {
                "type": "heading",
                "value": {"text": HEADINGS[plan["heading"]][lang], "level": "h2"},
            },
            {"type": "paragraph", "value": paragraph(sentences[4:6])},
        ]
        if plan["fact"] is not None:
            figure, statements, source = FACTS[plan["fact"]]
            body.append(
                {
                    "type": "fact",
                    "value": {
                        "figure": figure,
                        "statement": statements[lang],
                        "source": source,
                        "source_url": "",
                    },
                }
            )
            rest = sentences[6:]
        else:
            body.append(
                {
                    "type": "quote",
                    "value": {
                        "text": sentences[6],
                        "attribution": ATTRIBUTIONS[plan["attribution"]][lang],
                    },
                }
            )
            rest = sentences[7:]
        if rest:
            body.append({"type": "paragraph", "value": paragraph(rest)})
        for block in body:
            block["id"] = str(self._uuid())
        sources = []
        if plan["fact"] is not None:
            sources.append(
                {
                    "type": "source",
                    "value": {
                        "title": FACTS[plan["fact"]][2],
                        "publisher": "Kopir",
                        "year": 2020 + plan["fact"] * 2,
                        "url": "",
                    },
                    "id": str(self._uuid()),
                }
            )
        return title, summary, body, sources

    def _plan(self):
        """What one material says and is about, shared by its three languages."""
        rng = self.rng
        family_weight = rng.random() < 0.3
        a = FAMILY if family_weight and rng.random() < 0.5 else rng.randrange(1, 15)
        b = rng.choice([i for i in range(len(CONCEPTS)) if i != a])
        sentences = rng.sample(range(len(SENTENCES)), 7)
        family = rng.sample(range(len(FAMILY_SENTENCES)), 2) if family_weight else []
        order = list(range(len(sentences) + len(family)))
        rng.shuffle(order)
        return {
            "concepts": (a, b),
            "title": rng.randrange(len(TITLES)),
            "region": rng.randrange(len(REGIONS)) if rng.random() < 0.4 else None,
            "sentences": sentences,
            "family": family,
            "order": order,
            "heading": rng.randrange(len(HEADINGS)),
            "fact": rng.randrange(len(FACTS)) if rng.random() < 0.5 else None,
            "attribution": rng.randrange(len(ATTRIBUTIONS)),
            "target_groups": rng.sample(range(len(TARGET_GROUPS)), rng.randint(1, 3)),
            "narratives": rng.sample(range(len(NARRATIVES)), rng.randint(1, 3)),
            "themes": rng.sample(range(len(THEMES)), rng.randint(1, 3)),
            "regions": rng.sample(range(len(REGIONS)), rng.choice((0, 0, 1, 1, 2))),
            "format": rng.randrange(len(FORMATS)),
            "organisation": rng.randrange(len(ORGANISATIONS)),
            "licence": rng.choice(LICENCES),
            "tags": rng.sample(range(len(TAGS)), rng.randint(0, 3)),
            "translation_key": self._uuid(),
        }

    def _create_materials(self, libraries, taxonomy, count):
        rng = self.rng
        content_type = ContentType.objects.get_for_model(MaterialPage)
        now = timezone.now()
        steplen = Page.steplen

        # Materials live in their organisation's space of each library: where each
        # space's next child goes, and the slugs already taken there.
        slots = {}
        for code, library in libraries.items():
            for index, organisation in enumerate(taxonomy["organisations"]):
                space = space_for(organisation, library.locale)
                last = space.get_last_child()
                next_step = Page._str2int(last.path[-steplen:]) + 1 if last else 1
                taken = set(Page.objects.child_of(space).values_list("slug", flat=True))
                slots[(code, index)] = {
                    "space": space,
                    "step": next_step,
                    "taken": taken,
                    "added": 0,
                }

        pages, specifics, links, plans = [], [], [], []
        group = (
            MaterialPage.objects.descendant_of(libraries["kk"]).count()
            + len(taxonomy["organisations"])
            + 1
        )
        while len(pages) < count:
            plan = self._plan()
            published = now - timedelta(
                days=rng.uniform(0, 3 * 365), minutes=rng.uniform(0, 60)
            )
            en_title = _fill(TITLES[plan["title"]][2], 2, *plan["concepts"])
            base_slug = f"{slugify(en_title)[:60].rstrip('-')}-{group}"
            group += 1
            for lang, code in enumerate(LANGUAGE_CODES):
                if len(pages) >= count:
                    break
                slot = slots[(code, plan["organisation"])]
                library = slot["space"]
                slug = base_slug
                while slug in slot["taken"]:
                    slug = f"{slug}-x"
                slot["taken"].add(slug)
                title, summary, body, sources = self._text(lang, plan)
                when = published + timedelta(hours=lang * rng.uniform(0, 72))
                path = Page._get_path(library.path, library.depth + 1, slot["step"])
                slot["step"] += 1
                slot["added"] += 1
                pages.append(
                    Page(
                        path=path,
                        depth=library.depth + 1,
                        numchild=0,
                        translation_key=plan["translation_key"],
                        locale_id=library.locale_id,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=when,
                        last_published_at=when,
                        latest_revision_created_at=when,
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        url_path=f"{library.url_path}{slug}/",
                        seo_title="",
                        search_description="",
                    )
                )
                specifics.append(
                    {
                        "summary": summary[:600],
                        "body": body,
                        "sources": sources,
                        "format_id": taxonomy["formats"][plan["format"]][code].pk,
                        "origin_organisation_id": taxonomy["organisations"][
                            plan["organisation"]
                        ].pk,
                        "licence": plan["licence"],
                    }
                )
                links.append(code)
                plans.append(plan)

        created_ids = []
        local_fields = MaterialPage._meta.local_concrete_fields
        for start in range(0, len(pages), BATCH):
            batch = Page.objects.bulk_create(pages[start : start + BATCH])
            materials = []
            for page, fields in zip(
                batch, specifics[start : start + BATCH], strict=True
            ):
                material = MaterialPage(page_ptr_id=page.pk, **fields)
                materials.append(material)
                created_ids.append(page.pk)
            # Only the MaterialPage table: the Page rows exist already. (bulk_create
            # refuses multi-table inheritance, so this is its insert step.)
            MaterialPage._base_manager.all()._insert(
                materials, fields=local_fields, using=connection.alias
            )

        self._link(created_ids, links, plans, taxonomy)

        for slot in slots.values():
            Page.objects.filter(pk=slot["space"].pk).update(
                numchild=F("numchild") + slot["added"]
            )
        return created_ids

    def _link(self, ids, codes, plans, taxonomy):
        relations = (
            ("target_groups", "targetgroup_id"),
            ("narratives", "narrativecountered_id"),
            ("themes", "theme_id"),
            ("regions", "region_id"),
        )
        for relation, column in relations:
            through = MaterialPage._meta.get_field(relation).remote_field.through
            rows = [
                through(materialpage_id=pk, **{column: taxonomy[relation][i][code].pk})
                for pk, code, plan in zip(ids, codes, plans, strict=True)
                for i in plan[relation]
            ]
            through.objects.bulk_create(rows, batch_size=BATCH * 5)
        MaterialTag.objects.bulk_create(
            [
                MaterialTag(content_object_id=pk, tag_id=taxonomy["tags"][i][code].pk)
                for pk, code, plan in zip(ids, codes, plans, strict=True)
                for i in plan["tags"]
            ],
            batch_size=BATCH * 5,
        )

    def _analyze(self):
        """Fresh planner statistics and visibility map, as a settled database has.

        Right after a bulk load PostgreSQL still believes the tables are nearly
        empty and picks poor plans until autovacuum comes round.
        """
        if connection.vendor != "postgresql" or connection.in_atomic_block:
            return
        tables = [
            Page._meta.db_table,
            MaterialPage._meta.db_table,
            MaterialTag._meta.db_table,
            Tag._meta.db_table,
            *(
                MaterialPage._meta.get_field(name).remote_field.through._meta.db_table
                for name in ("target_groups", "narratives", "themes", "regions")
            ),
        ]
        with contextlib.suppress(LookupError):  # the database search backend's
            tables.append(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")

    def _index(self, ids):
        """The update_index step, for the new pages only."""
        backend = get_search_backend()
        queryset = MaterialPage.get_indexed_objects().order_by("pk")
        for start in range(0, len(ids), BATCH):
            chunk = list(queryset.filter(pk__in=ids[start : start + BATCH]))
            backend.add_bulk(MaterialPage, chunk)
