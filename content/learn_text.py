"""The marked-span notation of a constructed example, and its checks.

An example's text marks each span with the technique it shows:
``[[us-versus-them: they are not like us]]``. The notation is plain text, so it
survives translation tools and the admin's text area, and a span can never fall
outside the text it is written in. Links are refused: an example is constructed
or paraphrased, never a pointer to real propaganda.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from content.links import text_links

SPAN = re.compile(r"\[\[\s*([a-z0-9-]+)\s*:\s*([^\[\]]+?)\s*\]\]")


def segments(text):
    """The text as ``(words, technique slug or None)`` pieces, in order."""
    pieces = []
    position = 0
    for match in SPAN.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], None))
        pieces.append((match.group(2), match.group(1)))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces


def plain(text):
    """The text without its marks (what a reader sees in an exercise)."""
    return "".join(words for words, _slug in segments(text))


def slugs(text):
    return [slug for _words, slug in segments(text) if slug]


def validate(text, known_slugs):
    """Raise a translated ``ValidationError`` for links, broken marks or unknown
    techniques."""
    errors = []
    if text_links(plain(text)) or text_links(text):
        errors.append(
            _(
                "An example must not contain a link or a web address: write it in "
                "your own words."
            )
        )
    rest = SPAN.sub("", text)
    if "[[" in rest or "]]" in rest:
        errors.append(
            _(
                "A marked span is not closed properly: write it as "
                "[[technique-slug: marked words]]."
            )
        )
    unknown = sorted({slug for slug in slugs(text) if slug not in known_slugs})
    if unknown:
        errors.append(
            _("Unknown technique in a marked span: %(slugs)s.")
            % {"slugs": ", ".join(unknown)}
        )
    if errors:
        raise ValidationError(errors)
