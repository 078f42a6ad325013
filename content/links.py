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


# A link written into plain text: with any scheme ("https://", "tg://"), or a
# bare domain with an optional path ("t.me/x", "пример.рф/путь"). Over-matching
# is harmless for the blocklist (only hits on it count). The text is cut into
# tokens first and each token is matched once, from its start: a pattern run
# over every position of a long unbroken word takes time that grows with the
# square of its length, and one form field could hold a worker for minutes.
TOKEN_SPLIT_RE = re.compile(r"[\s<>\"'«»“”()\[\]{},;]+")
SCHEME_RE = re.compile(r"[^\W_][\w+.-]*://", re.IGNORECASE)
DOMAIN_RE = re.compile(r"(?:[\w-]+\.)+[^\W\d_]{2,}(?::\d+)?(?:/\S*)?", re.IGNORECASE)
LONGEST_LINK = 2048


def text_links(text):
    """Every link-like token in plain ``text``, trailing punctuation dropped."""
    found = []
    for token in TOKEN_SPLIT_RE.split(text or ""):
        token = token[:LONGEST_LINK]
        scheme = token.find("://")
        if scheme > 0:
            match = SCHEME_RE.search(token, max(0, scheme - 32), scheme + 3)
            url = token[match.start() :] if match else token
        elif "." in token:
            # "ссылка:t.me/x", "link=site.kz": a domain may follow ":" or "=".
            urls = []
            for part in re.split(r"[:=]", token):
                match = DOMAIN_RE.match(part.lstrip(".!?-"))
                # "келді.Бірақ" is a missing space, not a domain: a written
                # domain's last label is in lower case.
                if match and not _capitalised_ending(match.group(0)):
                    urls.append(match.group(0))
            _add(found, urls)
            continue
        else:
            continue
        _add(found, [url])
    return found


def _capitalised_ending(url):
    host = url.split("/", 1)[0].split(":", 1)[0]
    last = host.rsplit(".", 1)[-1]
    return last != last.lower()


def _add(found, urls):
    for url in urls:
        url = url.rstrip(".,;:!?)»”")
        if url and url not in found:
            found.append(url)


def blocked_in_text(text, entries):
    """``[(url, entry)]`` for each link in ``text`` that is on the blocklist."""
    hits = []
    for url in text_links(text):
        entry = blocked_entry(url, entries)
        if entry is not None:
            hits.append((url, entry))
    return hits
