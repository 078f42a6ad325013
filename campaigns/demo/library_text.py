"""What ``generate_library`` writes: plans and kk/ru/en text of generated materials.

The word lists are in ``data/bench_library.yaml``. Every draw comes from the
command's seeded random generator, in a fixed order, so a given library size
always gives the same materials. Text is built from parallel kk/ru/en lists so
that the three versions are translations and search has something to match (the
Russian forms "семья", "семьи", "семью", "семье" occur).
"""

import html
import uuid

from campaigns.demo.data import load
from content.models import MaterialPage

# The first concept is the family; about a third of the materials lead with it.
FAMILY = 0
LICENCES = [c.value for c in MaterialPage.Licence]


def words():
    return load("bench_library")


def new_uuid(rng):
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _cap(text):
    return text[:1].upper() + text[1:]


def fill(template, code, a, b):
    """Put concepts ``a`` and ``b`` into a template of language ``code``."""
    concepts = words()["concepts"]
    ca, cb = concepts[a], concepts[b]
    if code == "ru":  # Russian: cases
        values = {}
        for key, concept in (("a", ca), ("b", cb)):
            for case, form in zip(("nom", "gen", "acc"), concept["ru"], strict=True):
                values[f"{key}_{case}"] = form
                values[f"{key.upper()}_{case}"] = _cap(form)
    else:
        values = {
            "a": ca[code],
            "b": cb[code],
            "A": _cap(ca[code]),
            "B": _cap(cb[code]),
        }
    return template.format(**values)


def english_title(plan):
    """The English title of a planned material (its slug is made from it)."""
    return fill(words()["titles"][plan["title"]]["en"], "en", *plan["concepts"])


def material_plan(rng):
    """What one material says and is about, shared by its three languages."""
    w = words()
    family_weight = rng.random() < 0.3
    a = (
        FAMILY
        if family_weight and rng.random() < 0.5
        else rng.randrange(1, len(w["concepts"]))
    )
    b = rng.choice([i for i in range(len(w["concepts"])) if i != a])
    sentences = rng.sample(range(len(w["sentences"])), 7)
    family = rng.sample(range(len(w["family_sentences"])), 2) if family_weight else []
    order = list(range(len(sentences) + len(family)))
    rng.shuffle(order)
    return {
        "concepts": (a, b),
        "title": rng.randrange(len(w["titles"])),
        "region": rng.randrange(len(w["regions"])) if rng.random() < 0.4 else None,
        "sentences": sentences,
        "family": family,
        "order": order,
        "heading": rng.randrange(len(w["headings"])),
        "fact": rng.randrange(len(w["facts"])) if rng.random() < 0.5 else None,
        "attribution": rng.randrange(len(w["attributions"])),
        "target_groups": rng.sample(range(len(w["target_groups"])), rng.randint(1, 3)),
        "narratives": rng.sample(range(len(w["narratives"])), rng.randint(1, 3)),
        "themes": rng.sample(range(len(w["themes"])), rng.randint(1, 3)),
        "regions": rng.sample(range(len(w["regions"])), rng.choice((0, 0, 1, 1, 2))),
        "format": rng.randrange(len(w["formats"])),
        "organisation": rng.randrange(len(w["organisations"])),
        "licence": rng.choice(LICENCES),
        "tags": rng.sample(range(len(w["tags"])), rng.randint(0, 3)),
        "translation_key": new_uuid(rng),
    }


def material_text(rng, code, plan):
    """Title, summary, body and sources of one material in language ``code``."""
    w = words()
    a, b = plan["concepts"]
    title = fill(w["titles"][plan["title"]][code], code, a, b)
    if plan["region"] is not None:
        title = f"{title} — {w['regions'][plan['region']][code]}"
    sentences = [fill(w["sentences"][i][code], code, a, b) for i in plan["sentences"]]
    sentences += [w["family_sentences"][i][code] for i in plan["family"]]
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
            "value": {"text": w["headings"][plan["heading"]][code], "level": "h2"},
        },
        {"type": "paragraph", "value": paragraph(sentences[4:6])},
    ]
    if plan["fact"] is not None:
        fact = w["facts"][plan["fact"]]
        body.append(
            {
                "type": "fact",
                "value": {
                    "figure": fact["figure"],
                    "statement": fact["statement"][code],
                    "source": fact["source"],
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
                    "attribution": w["attributions"][plan["attribution"]][code],
                },
            }
        )
        rest = sentences[7:]
    if rest:
        body.append({"type": "paragraph", "value": paragraph(rest)})
    for block in body:
        block["id"] = str(new_uuid(rng))
    sources = []
    if plan["fact"] is not None:
        sources.append(
            {
                "type": "source",
                "value": {
                    "title": w["facts"][plan["fact"]]["source"],
                    "publisher": "Kopir",
                    "year": 2020 + plan["fact"] * 2,
                    "url": "",
                },
                "id": str(new_uuid(rng)),
            }
        )
    return title, summary, body, sources
