"""Editor rich text rebuilt for print from a short list of elements.

Nothing an editor stores reaches WeasyPrint as it is: tags outside the list are
dropped (their text is kept, except inside ``script``/``style``), every attribute
is dropped, and links keep an address only when it is an ordinary public web
address. Too deep nesting is refused with a message rather than laid out.
"""

import ipaddress
from html import escape
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.utils.translation import gettext_noop
from wagtail.rich_text import expand_db_html

from content.printing.errors import Message, PrintError

ALLOWED = {"p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "h2", "h3", "h4"}
VOID = {"br"}
DROP_CONTENT = {"script", "style", "template", "svg", "math", "object", "iframe"}
MAX_DEPTH = 12


def public_web_address(url):
    """True for http(s) addresses on a named public host; never files or IPs."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    host = parts.hostname.rstrip(".").lower()
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        return False
    if "." not in host or host.endswith((".local", ".localhost", ".internal")):
        return False
    return host != "localhost"


class _PrintHTML(HTMLParser):
    def __init__(self, where):
        super().__init__(convert_charrefs=True)
        self.where = where
        self.out = []
        self.stack = []
        self.dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping:
            return
        depth = len(self.stack) + 1
        if depth > MAX_DEPTH:
            raise PrintError(
                gettext_noop(
                    "%(where)s is nested more than %(limit)s levels deep (lists "
                    "inside lists). Simplify it before printing."
                ),
                where=self.where,
                limit=MAX_DEPTH,
            )
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if public_web_address(href):
                self.out.append(f'<a href="{escape(href.strip(), quote=True)}">')
                self.stack.append("a")
            else:
                self.out.append("<span>")
                self.stack.append("span")
        elif tag in ALLOWED:
            self.out.append(f"<{tag}>")
            if tag not in VOID:
                self.stack.append(tag)
        else:
            self.stack.append(None)

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self.dropping:
            self.out.append("<br>")

    def handle_endtag(self, tag):
        if tag in DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag in VOID:
            return
        # Close up to the matching open element; stray end tags are ignored.
        for position in range(len(self.stack) - 1, -1, -1):
            opened = self.stack[position]
            if opened == tag or (tag == "a" and opened == "span"):
                for closing in reversed(self.stack[position:]):
                    self.out.append(_close(closing))
                del self.stack[position:]
                return

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(escape(data, quote=False))

    def result(self):
        self.close()
        for closing in reversed(self.stack):
            self.out.append(_close(closing))
        return "".join(self.out)


def _close(tag):
    if tag is None:
        return ""
    return f"</{tag}>"


def print_html(value, where=None):
    """Safe print HTML from a rich text value (``RichText`` or stored HTML).

    ``where`` (a Message) names the text in an error about it.
    """
    source = getattr(value, "source", value) or ""
    parser = _PrintHTML(where or Message(gettext_noop("The text")))
    parser.feed(expand_db_html(str(source)))
    return parser.result()
