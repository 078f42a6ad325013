"""Sample spreadsheets (``materials-sample.xlsx``, ``results-sample.csv``…),
written by ``manage.py import_samples`` from the rows below, with the demo's
taxonomy slugs (``manage.py seed_demo``)."""


def material_rows():
    return [
        {
            "group": "family-dialogue",
            "language": "kk",
            "title": "Отбасымен әңгіме: сенім қайдан басталады",
            "summary": "Ата-аналарға арналған қысқа нұсқаулық: балаңызбен "
            "әлеуметтік желідегі жаңалықтар туралы қалай сөйлесуге болады.",
            "body": "## Неге бұл маңызды\n\nЖастардың **82,6%** әлеуметтік желіні "
            "ең алдымен отбасымен және достарымен сөйлесу үшін қолданады.\n\n"
            "- Тыңдаңыз, үкім шығармаңыз\n- Сұрақ қойыңыз\n- *Бірге* тексеріңіз\n\n"
            "Көбірек: [сенім телефоны](https://example.org/help).",
            "format": "article",
            "target_groups": "parents",
            "narratives": "us-versus-them",
            "themes": "family, dialogue",
            "regions": "",
            "communities": "",
            "tags": "ата-аналар, медиа сауаттылық",
            "licence": "cc-by-4.0",
            "cover_image": "family.png",
            "cover_alt": "Ата-ана мен жасөспірім үстел басында сөйлесіп отыр",
            "sources": "Жастар сауалнамасы, 2020 | https://example.org/survey",
        },
        {
            "group": "family-dialogue",
            "language": "ru",
            "title": "Разговор в семье: с чего начинается доверие",
            "summary": "Короткая памятка для родителей: как говорить с ребёнком "
            "о новостях из социальных сетей.",
            "body": "## Почему это важно\n\n**82,6%** молодых людей пользуются "
            "соцсетями прежде всего, чтобы общаться с семьёй и друзьями.\n\n"
            "- Слушайте, не осуждайте\n- Задавайте вопросы\n- Проверяйте *вместе*",
            "format": "article",
            "target_groups": "parents",
            "narratives": "us-versus-them",
            "themes": "family, dialogue",
            "tags": "родители, медиаграмотность",
            "cover_image": "family.png",
            "cover_alt": "Родитель и подросток разговаривают за столом",
            "sources": "Опрос молодёжи, 2020 | https://example.org/survey",
        },
        {
            "group": "family-dialogue",
            "language": "en",
            "title": "Talking at home: where trust begins",
            "summary": "A short guide for parents on talking with their children "
            "about news from social networks.",
            "body": "## Why it matters\n\n**82.6%** of young people use social "
            "networks mainly to keep in touch with family and friends.\n\n"
            "- Listen before you judge\n- Ask questions\n- Check the facts *together*",
            "format": "article",
            "target_groups": "parents",
            "narratives": "us-versus-them",
            "themes": "family, dialogue",
            "tags": "parents, media literacy",
            "cover_image": "family.png",
            "cover_alt": "A parent and a teenager talking at a table",
            "sources": "Youth survey, 2020 | https://example.org/survey",
        },
        {
            "group": "neighbours",
            "language": "ru",
            "title": "Соседи по двору: разные веры, одна улица",
            "summary": "Истории жителей одного двора в Шымкенте о взаимопомощи.",
            "body": "Мы живём рядом много лет.\n\n1. Помогаем\n2. Празднуем вместе",
            "format": "social-series",
            "target_groups": "youth-18-21, rural-youth",
            "narratives": "ethnic-exclusivity",
            "themes": "interfaith-respect, tolerance",
            "regions": "turkistan",
            "communities": "ethnic-minorities, practising-muslims",
            "licence": "cc-by-sa-4.0",
        },
    ]
