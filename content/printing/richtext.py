"""Editor rich text rebuilt for print from a short list of elements, by nh3.

Nothing an editor stores reaches WeasyPrint as it is: nh3 (the Ammonia
sanitiser) keeps the elements in ``ALLOWED`` and the text of the others, drops
``DROP_CONTENT`` elements with their content, and drops every attribute but a
link's address, which it keeps only when it is an ordinary public web address;
a link without one becomes a ``span``. Too deep nesting is refused with a
message, before nh3 sees the text (see ``check_depth``).
"""

import re

import nh3
from django.utils.translation import gettext_noop
from wagtail.rich_text import expand_db_html

from content.printing.errors import Message, PrintError
from content.printing.hosts import public_web_address

ALLOWED = {"p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "h2", "h3", "h4"}
DROP_CONTENT = {"script", "style", "template", "svg", "math", "object", "iframe"}
MAX_DEPTH = 12
# Elements that never hold others, so never nest (HTML's void elements).
VOID = {
    *("area", "base", "br", "col", "embed", "hr", "img", "input"),
    *("link", "meta", "param", "source", "track", "wbr"),
}
# A start or end tag as an HTML parser finds it: "<" or "</", then a letter.
TAG = re.compile(r"<(/?)([A-Za-z][^\t\n\f\r />]*)")
# nh3 writes a link that lost its address as a bare <a>; links never nest.
BARE_LINK = re.compile(r"<a>(.*?)</a>", re.S)


def _public_href(tag, attribute, value):
    """nh3's attribute filter: a link's address, if public; nothing else."""
    if tag == "a" and attribute == "href" and public_web_address(value):
        return value.strip()
    return None


_CLEANER = nh3.Cleaner(
    tags=ALLOWED | {"a"},
    clean_content_tags=DROP_CONTENT,
    # "*" empty: none of Ammonia's attributes allowed on every element (lang, title).
    attributes={"a": {"href"}, "*": set()},
    attribute_filter=_public_href,
    url_schemes={"http", "https"},
    link_rel=None,
    strip_comments=True,
)


def check_depth(html, where):
    """Refuse ``html`` nested deeper than ``MAX_DEPTH``, before nh3 parses it.

    Ammonia's parser takes time growing with the square of the depth (20,000
    nested ``div`` take about a second), so a deep text must never reach it. The
    count errs on the deep side of how an HTML parser reads the text: every
    ``<name`` opens an element (even inside a comment, an attribute or a
    ``style``), a void element excepted, and only an end tag that matches the
    innermost open element closes it.
    """
    opened = []
    for match in TAG.finditer(html):
        closing, name = match.groups()
        name = name.encode().lower().decode()  # HTML lower-cases ASCII only
        if closing:
            if opened and opened[-1] == name:
                opened.pop()
        elif name not in VOID:
            opened.append(name)
            if len(opened) > MAX_DEPTH:
                raise PrintError(
                    gettext_noop(
                        "%(where)s is nested more than %(limit)s levels deep "
                        "(lists inside lists). Simplify it before printing."
                    ),
                    where=where,
                    limit=MAX_DEPTH,
                )


def print_html(value, where=None):
    """Safe print HTML from a rich text value (``RichText`` or stored HTML).

    ``where`` (a Message) names the text in an error about it.
    """
    source = expand_db_html(str(getattr(value, "source", value) or ""))
    check_depth(source, where or Message(gettext_noop("The text")))
    return BARE_LINK.sub(r"<span>\1</span>", _CLEANER.clean(source))
