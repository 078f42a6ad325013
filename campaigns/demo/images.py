"""Calm, abstract cover images for demo materials, drawn with Pillow (no downloads).

Each cover is a 1600×900 PNG in one colour family: circles, bridge arcs, stripes or
dots on a pale ground. Drawing is deterministic for a given title, colour and motif,
so re-running the demo command finds the same bytes and changes nothing.
``images.yaml`` gives each material its colour and motif, and the images' credit.
"""

import io
import random

from django.core.files.base import ContentFile
from django.utils.text import slugify
from PIL import Image, ImageColor, ImageDraw
from wagtail.utils.file import hash_filelike

from campaigns.demo.data import load
from content.models import KopirImage

WIDTH, HEIGHT = 1600, 900
SCALE = 2  # drawn at twice the size, then downsampled: smooth edges without AA support
MOTIFS = ("circles", "arcs", "stripes", "dots")


def _mix(colour, other, amount):
    """``colour`` moved ``amount`` (0–1) of the way towards ``other``."""
    return tuple(
        round(c + (o - c) * amount) for c, o in zip(colour, other, strict=True)
    )


def _tints(rgb):
    white, black = (255, 255, 255), (0, 0, 0)
    return {
        "ground": _mix(rgb, white, 0.9),
        "pale": _mix(rgb, white, 0.7),
        "light": _mix(rgb, white, 0.45),
        "base": rgb,
        "deep": _mix(rgb, black, 0.3),
    }


def _layer(size):
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    return layer, ImageDraw.Draw(layer)


def _circles(canvas, tints, rng):
    w, h = canvas.size
    for _ in range(7):
        layer, draw = _layer(canvas.size)
        r = rng.randint(h // 6, h // 2)
        x = rng.randint(w // 6, w - w // 6)
        y = rng.randint(h // 5, h - h // 5)
        colour = tints[rng.choice(("pale", "light", "base"))]
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, rng.randint(70, 150)))
        canvas.alpha_composite(layer)
    # One ring in the deepest tone gives the composition a quiet focal point.
    layer, draw = _layer(canvas.size)
    r = h // 4
    x, y = rng.randint(w // 3, 2 * w // 3), h // 2
    draw.ellipse(
        (x - r, y - r, x + r, y + r), outline=(*tints["deep"], 200), width=h // 60
    )
    canvas.alpha_composite(layer)


def _arcs(canvas, tints, rng):
    w, h = canvas.size
    deck = int(h * rng.uniform(0.52, 0.6))
    spans = rng.choice((3, 4, 5))
    span = w / spans
    layer, draw = _layer(canvas.size)
    # The water: soft horizontal bands under the bridge.
    for i in range(6):
        y = deck + i * (h - deck) // 6
        draw.rectangle((0, y, w, y + (h - deck) // 12), fill=(*tints["pale"], 90))
    canvas.alpha_composite(layer)
    for depth, tone, alpha in ((0.55, "light", 140), (0.42, "base", 210)):
        layer, draw = _layer(canvas.size)
        rise = int(span * depth)
        for i in range(spans):
            left = int(i * span)
            box = (left, deck - rise, int(left + span), deck + rise)
            draw.arc(box, 180, 360, fill=(*tints[tone], alpha), width=h // 45)
            # The reflection, fainter, below the deck.
            draw.arc(box, 0, 180, fill=(*tints[tone], alpha // 4), width=h // 70)
        canvas.alpha_composite(layer)
    layer, draw = _layer(canvas.size)
    draw.rectangle((0, deck - h // 90, w, deck + h // 90), fill=(*tints["deep"], 230))
    canvas.alpha_composite(layer)


def _stripes(canvas, tints, rng):
    w, h = canvas.size
    angle_shift = int(h * rng.uniform(0.3, 0.7))
    x = -angle_shift
    tones = ("pale", "light", "base", "light", "pale")
    while x < w + angle_shift:
        band = rng.randint(w // 16, w // 7)
        tone = rng.choice(tones)
        layer, draw = _layer(canvas.size)
        polygon = [
            (x, h),
            (x + band, h),
            (x + band + angle_shift, 0),
            (x + angle_shift, 0),
        ]
        draw.polygon(polygon, fill=(*tints[tone], rng.randint(80, 150)))
        canvas.alpha_composite(layer)
        x += band + rng.randint(w // 60, w // 30)
    # A single thin deep line keeps the eye from wandering.
    layer, draw = _layer(canvas.size)
    x = rng.randint(w // 4, 3 * w // 4)
    line = [(x, h), (x + angle_shift, 0)]
    draw.line(line, fill=(*tints["deep"], 200), width=h // 90)
    canvas.alpha_composite(layer)


def _dots(canvas, tints, rng):
    w, h = canvas.size
    step = h // 9
    layer, draw = _layer(canvas.size)
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.35, 0.65) * h
    reach = (w**2 + h**2) ** 0.5 / 2
    for row in range(-1, h // step + 2):
        for col in range(-1, w // step + 2):
            x = col * step + (step // 2 if row % 2 else 0)
            y = row * step
            # Dots grow towards a calm centre, like ripples seen from above.
            closeness = 1 - min(1.0, ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 / reach)
            r = max(2, int(step * 0.42 * closeness**1.5))
            tone = (
                "deep" if closeness > 0.8 else "base" if closeness > 0.55 else "light"
            )
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*tints[tone], 190))
    canvas.alpha_composite(layer)


_DRAW = {"circles": _circles, "arcs": _arcs, "stripes": _stripes, "dots": _dots}


def render_cover(*, colour, motif, seed):
    """PNG bytes of one cover; the same arguments always give the same bytes."""
    if motif not in _DRAW:
        raise ValueError(f"Unknown motif {motif!r}; use one of {', '.join(MOTIFS)}.")
    rgb = ImageColor.getrgb(colour)[:3]
    tints = _tints(rgb)
    size = (WIDTH * SCALE, HEIGHT * SCALE)
    canvas = Image.new("RGBA", size, (*tints["ground"], 255))
    _DRAW[motif](canvas, tints, random.Random(seed))
    image = canvas.convert("RGB").resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def cover_image(*, title, colour, motif, alt):
    """The KopirImage called ``title``, created or brought up to date; returns it.

    An image with the same title is reused. Its file is redrawn only when the drawing
    would differ (another colour or motif) or the file has gone missing from storage.
    """
    data = render_cover(colour=colour, motif=motif, seed=title)
    file_hash = hash_filelike(io.BytesIO(data))
    image = KopirImage.objects.filter(title=title).order_by("pk").first()
    if image is None:
        image = KopirImage(title=title)
    changed = image.pk is None
    file_missing = bool(image.file) and not image.file.storage.exists(image.file.name)
    if image.pk is None or image.file_hash != file_hash or file_missing:
        if image.pk is not None:
            # Renditions of the old drawing would otherwise be served forever.
            image.renditions.all().delete()
            if image.file and not file_missing:
                image.file.delete(save=False)
        image.file = ContentFile(data, name=f"kopir-demo-{slugify(title)}.png")
        image.width, image.height = WIDTH, HEIGHT
        image.file_size = len(data)
        image.file_hash = file_hash
        changed = True
    credit = load("images")["credit"]
    for field, value in (("description", alt[:255]), ("credit", credit)):
        if getattr(image, field) != value:
            setattr(image, field, value)
            changed = True
    if changed:
        image.save()
    return image
