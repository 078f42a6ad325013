"""The demo's recognition lessons (``learn.yaml``): eight manipulation techniques,
six constructed examples and two published lessons per language, under a
"Lessons" section of each home page. Running it twice changes nothing."""

import uuid

from audiences.factories import LANGUAGE_CODES, ensure_locales, translated
from campaigns.demo.data import load
from content.models import (
    Example,
    LearnIndexPage,
    LessonPage,
    ManipulationTechnique,
    NarrativeCountered,
)

# Examples have no slug: their YAML key gives a stable translation key.
EXAMPLE_NAMESPACE = uuid.UUID("5d6f1c9e-7a43-4a7e-9a0e-2f3c8b1d4e60")


def seed_learn(sites):
    """Techniques, examples and lessons in every language; returns the lessons."""
    data = load("learn")
    locales = ensure_locales()
    techniques = _techniques(data["techniques"])
    examples = _examples(data["examples"], locales)
    lessons = []
    index_key = uuid.uuid5(EXAMPLE_NAMESPACE, "learn-index")
    for code in LANGUAGE_CODES:
        home = sites[code][0]
        index = _child(home, LearnIndexPage, "learn", index_key, data["index"][code])
        for lesson in data["lessons"]:
            text = lesson[code]
            key = uuid.uuid5(EXAMPLE_NAMESPACE, "lesson:" + lesson["slug"])
            fields = {
                "title": text["title"],
                "intro": text["intro"],
                "duration_minutes": lesson["duration"],
                "discussion": text["discussion"].strip(),
                "body": _body(lesson, text, examples[code], techniques[code]),
            }
            lessons.append(_child(index, LessonPage, lesson["slug"], key, fields))
    return lessons


def _techniques(entries):
    by_code = {code: {} for code in LANGUAGE_CODES}
    for entry in entries:
        records = translated(
            ManipulationTechnique,
            slug=entry["slug"],
            names={code: entry[code] for code in LANGUAGE_CODES},
        )
        for code, technique in records.items():
            technique.narratives.set(
                NarrativeCountered.objects.filter(
                    locale=technique.locale, slug__in=entry["narratives"]
                )
            )
            by_code[code][entry["slug"]] = technique
    return by_code


def _examples(entries, locales):
    by_code = {code: {} for code in LANGUAGE_CODES}
    for entry in entries:
        key = uuid.uuid5(EXAMPLE_NAMESPACE, "example:" + entry["key"])
        for code in LANGUAGE_CODES:
            example = Example.objects.filter(
                translation_key=key, locale=locales[code]
            ).first() or Example(translation_key=key, locale=locales[code])
            for field, value in entry[code].items():
                setattr(example, field, value)
            example.full_clean()
            example.save()
            by_code[code][entry["key"]] = example
    return by_code


def _body(lesson, text, examples, techniques):
    spot = [
        {
            "technique": techniques[slug].pk,
            "correct": index == lesson["spot_correct"],
            "feedback": feedback,
        }
        for index, (slug, feedback) in enumerate(
            zip(lesson["spot_options"], text["spot_feedback"], strict=True)
        )
    ]
    return [
        {"type": "explanation", "value": text["explanation"], "id": "explain"},
        {
            "type": "example",
            "value": {"example": examples[lesson["example"]].pk},
            "id": "example",
        },
        {
            "type": "spot_technique",
            "value": {
                "question": text["spot_question"],
                "example": examples[lesson["spot_example"]].pk,
                "options": spot,
            },
            "id": "spot",
        },
        {
            "type": "choose_reply",
            "value": {
                "question": text["reply_question"],
                "situation": text["situation"],
                "options": text["replies"],
            },
            "id": "reply",
        },
    ]


def _child(parent, model, slug, key, fields):
    """The live ``model`` page ``slug`` under ``parent``: made and published once."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page
    page = model(slug=slug, translation_key=key, locale_id=parent.locale_id, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)
