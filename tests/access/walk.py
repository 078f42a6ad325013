"""Every URL the resolver knows, as templates to fill with another organisation's ids.

Nothing here lists endpoints by hand: ``endpoints()`` walks Django's resolver, so
a view that a Wagtail upgrade (or a new app) adds shows up in the walk the day it
is installed, and the walk test fails until someone decides how to fill its
arguments.
"""

import io
import re
import zipfile
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils.regex_helper import normalize
from pypdf import PdfReader


@dataclass(frozen=True)
class Endpoint:
    """One URL pattern: ``template`` is its path with ``{name}`` placeholders."""

    template: str
    params: tuple
    name: str
    callback: object

    @property
    def model(self):
        """The model a class-based Wagtail view was built for, if it says."""
        callback = self.callback
        while not hasattr(callback, "view_class") and hasattr(callback, "__wrapped__"):
            callback = callback.__wrapped__
        initkwargs = getattr(callback, "view_initkwargs", None) or {}
        model = initkwargs.get("model") or getattr(
            getattr(callback, "view_class", None), "model", None
        )
        return model if isinstance(model, type) else None

    def url(self, **kwargs):
        return "/" + self.template.format(**{k: str(v) for k, v in kwargs.items()})


def _piece(pattern):
    if isinstance(pattern, LocalePrefixPattern):
        return "en/", []
    if isinstance(pattern, RoutePattern):
        names = []

        def placeholder(match):
            names.append(match.group(2))
            return "{" + match.group(2) + "}"

        route = re.sub(r"<(?:([^>:]+):)?(\w+)>", placeholder, str(pattern))
        return route, names
    fmt, names = normalize(pattern.regex.pattern)[0]
    return re.sub(r"%\((\w+)\)s", r"{\1}", fmt), list(names)


def endpoints(patterns=None, prefix="", params=()):
    """Every URL pattern of the project, depth first, as ``Endpoint`` rows."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        piece, names = _piece(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from endpoints(
                pattern.url_patterns, prefix + piece, params + tuple(names)
            )
        elif isinstance(pattern, URLPattern):
            yield Endpoint(
                prefix + piece,
                params + tuple(names),
                pattern.name or "",
                pattern.callback,
            )


def response_text(response):
    """Everything a response carries: headers, body, unzipped XLSX, PDF text."""
    if getattr(response, "streaming", False):
        raw = b"".join(response.streaming_content)
    else:
        raw = response.content
    parts = [f"{key}: {value}" for key, value in response.items()]
    if raw[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                parts.extend(
                    archive.read(name).decode("utf-8", "replace")
                    for name in archive.namelist()
                )
        except zipfile.BadZipFile:
            pass
    if raw[:5] == b"%PDF-":
        reader = PdfReader(io.BytesIO(raw))
        parts.extend(page.extract_text() or "" for page in reader.pages)
        parts.append(str(reader.metadata or ""))
    parts.append(raw.decode("utf-8", "replace"))
    return "\n".join(parts)
