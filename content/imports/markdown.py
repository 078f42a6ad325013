"""The small Markdown subset a body cell may use, turned into body blocks.

Paragraphs (separated by an empty line), ``#``/``##`` headings (a section) and
``###`` (a sub-section), ``- `` or ``* `` bullet lists, ``1.`` numbered lists,
``**bold**``, ``*italic*`` and ``[text](https://…)`` links. Nothing else: raw
HTML is refused (``HtmlFound``) and every character is escaped before any
markup is added, so no tag written in a cell reaches a page.
"""

import re
from html import escape

HTML_RE = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>|&#?\w+;")
HEADING_RE = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")
BULLET_RE = re.compile(r"^\s*[-*•]\s+(.*)$")
NUMBER_RE = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
LINK_RE = re.compile(r"\[([^\[\]]+)\]\(\s*([^()\s]+)\s*\)")
BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
ITALIC_RE = re.compile(
    r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)|(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)"
)
ALLOWED_SCHEMES = ("https://", "http://", "mailto:")
HEADING_MAX = 160


class MarkdownError(ValueError):
    """``code``: "html", "scheme" or "heading"; ``detail``: what was found."""

    def __init__(self, code, detail=""):
        super().__init__(code)
        self.code, self.detail = code, detail


def to_blocks(text):
    """Stream data (``[{"type": …, "value": …}]``) for the body, and its links."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    found = HTML_RE.search(text)
    if found:
        raise MarkdownError("html", found.group(0)[:40])
    blocks, links = [], []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [
            line.rstrip() for line in chunk.strip("\n").split("\n") if line.strip()
        ]
        if not lines:
            continue
        heading = HEADING_RE.match(lines[0]) if len(lines) == 1 else None
        if heading:
            title = heading.group(2).replace("**", "").strip()
            if len(title) > HEADING_MAX:
                raise MarkdownError("heading", title[:40])
            level = "h3" if len(heading.group(1)) == 3 else "h2"
            blocks.append({"type": "heading", "value": {"text": title, "level": level}})
            continue
        if all(BULLET_RE.match(line) for line in lines):
            items = [_inline(BULLET_RE.match(line).group(1), links) for line in lines]
            html = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        elif all(NUMBER_RE.match(line) for line in lines):
            items = [_inline(NUMBER_RE.match(line).group(1), links) for line in lines]
            html = "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"
        else:
            html = (
                "<p>"
                + _inline(" ".join(line.strip() for line in lines), links)
                + "</p>"
            )
        blocks.append({"type": "paragraph", "value": html})
    return blocks, links


def _inline(text, links):
    """Escape ``text``, then add links, bold and italic."""
    out, last = [], 0
    for match in LINK_RE.finditer(text):
        out.append(_emphasis(escape(text[last : match.start()], quote=False)))
        label, url = match.group(1), match.group(2)
        if not url.lower().startswith(ALLOWED_SCHEMES):
            raise MarkdownError("scheme", url[:80])
        links.append(url)
        out.append(
            f'<a href="{escape(url, quote=True)}">'
            f"{_emphasis(escape(label, quote=False))}</a>"
        )
        last = match.end()
    out.append(_emphasis(escape(text[last:], quote=False)))
    return "".join(out)


def _emphasis(html):
    html = BOLD_RE.sub(r"<b>\1</b>", html)
    return ITALIC_RE.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", html)
