"""Outside links in a material, and the do-not-amplify guard.

Links are read from the stored JSON of every StreamField, so any block that
holds a URL (rich-text anchors, link fields, sources) is covered, including
blocks added later.
"""

import re
from html import unescape
from urllib.parse import urlsplit

from content.printing.hosts import web_host

HREF_RE = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.S)
URL_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//\S+$", re.IGNORECASE)


def _walk(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, str):
        text = value.strip()
        if URL_RE.match(text):
            yield text
        elif "<a" in text.lower():
            for match in HREF_RE.finditer(text):
                yield unescape(match.group(2)).strip()


def outside_links(page, stream_fields=("body", "sources")):
    """Every absolute link in the page's stream fields, in order, without repeats."""
    found = []
    for name in stream_fields:
        stream = getattr(page, name, None)
        if stream is None:
            continue
        raw = stream.get_prep_value() if hasattr(stream, "get_prep_value") else stream
        for url in _walk(raw):
            if _host(url) and url not in found:
                found.append(url)
    return found


def _host(url):
    """The host, read as printing reads it (``content/printing/hosts.py``); a
    ``www.`` in front names the same site for the guard."""
    return web_host(url).removeprefix("www.")


def normalise(address):
    """``(host, path)`` of a blocklist entry or a link, comparable with each other."""
    address = address.strip()
    if "//" not in address:
        address = f"//{address}"
    try:
        parts = urlsplit(address)
    except ValueError:
        return "", ""
    # Over-blocking a differently cased path is safer than missing it.
    path = parts.path.rstrip("/").lower()
    if parts.query:
        path = f"{path}?{parts.query}"
    return _host(address), path


def blocked_entry(url, entries):
    """The first entry of ``entries`` (objects with ``.address``) that ``url`` hits."""
    host, path = normalise(url)
    if not host:
        return None
    for entry in entries:
        entry_host, entry_path = normalise(entry.address)
        if not entry_host:
            continue
        host_hit = host == entry_host or host.endswith(f".{entry_host}")
        if not host_hit:
            continue
        if not entry_path:
            return entry
        if host == entry_host and (
            path == entry_path
            or path.startswith(f"{entry_path}/")
            or path.startswith(f"{entry_path}?")
        ):
            return entry
    return None


# A link written into plain text: with or without a scheme, a bare domain with an
# optional path. Over-matching is harmless: only hits on the blocklist count.
TEXT_URL_RE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://)?(?:[\w-]+\.)+[^\W\d_]{2,}(?::\d+)?(?:/[^\s<>\"'«»]*)?",
    re.IGNORECASE,
)


def text_links(text):
    """Every link-like token in plain ``text``, trailing punctuation dropped."""
    found = []
    for match in TEXT_URL_RE.finditer(text or ""):
        url = match.group(0).rstrip(".,;:!?)»”")
        if url not in found:
            found.append(url)
    return found


def blocked_in_text(text, entries):
    """``[(url, entry)]`` for each link in ``text`` that is on the blocklist."""
    hits = []
    for url in text_links(text):
        entry = blocked_entry(url, entries)
        if entry is not None:
            hits.append((url, entry))
    return hits
