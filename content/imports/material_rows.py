"""Checking one row of the materials sheet: every cell, with an error per cell.

``RowChecker`` loads what the checks need once (locales, taxonomy by slug, the
do-not-amplify list, the ZIP of images) and turns each row into the clean values
``materials`` creates a page from, or reports why it cannot.
"""

from django.conf import settings
from django.utils.translation import gettext_noop
from wagtail.models import Locale

from audiences.models import Community, Region, TargetGroup
from content.imports.images import ImageArchive, ImageArchiveError
from content.imports.markdown import MarkdownError, to_blocks
from content.imports.registry import split_list
from content.links import blocked_entry, blocked_in_text
from content.models import (
    BlockedAddress,
    Format,
    MaterialPage,
    NarrativeCountered,
    Theme,
)
from content.printing.errors import Message

COLUMN_KEYS = (
    "group",
    "language",
    "title",
    "summary",
    "body",
    "format",
    "target_groups",
    "narratives",
    "themes",
    "regions",
    "communities",
    "tags",
    "licence",
    "cover_image",
    "cover_alt",
    "sources",
)
RELATIONS = {
    "target_groups": (
        TargetGroup,
        gettext_noop("no target group with the slug “%(slug)s”"),
    ),
    "narratives": (
        NarrativeCountered,
        gettext_noop("no narrative with the slug “%(slug)s”"),
    ),
    "themes": (Theme, gettext_noop("no theme with the slug “%(slug)s”")),
    "regions": (Region, gettext_noop("no region with the slug “%(slug)s”")),
    "communities": (Community, gettext_noop("no community with the slug “%(slug)s”")),
}
REQUIRED_RELATIONS = ("target_groups", "narratives")
TITLE_MAX = 255
SUMMARY_MAX = MaterialPage._meta.get_field("summary").max_length
ALT_MAX = MaterialPage._meta.get_field("cover_alt").max_length
TAG_MAX = 100


def _m(msgid, **params):
    return Message(msgid, **params)


def languages():
    return settings.WAGTAIL_CONTENT_LANGUAGES


class RowChecker:
    """What checking every row needs, loaded once: locales, taxonomy by slug,
    the do-not-amplify list and the ZIP of images."""

    def __init__(self, job, report):
        self.report = report
        self.locales = {
            locale.language_code: locale
            for locale in Locale.objects.filter(
                language_code__in=[c for c, _n in languages()]
            )
        }
        self.taxonomy = {}
        for name, (model, _msg) in {**RELATIONS, "format": (Format, "")}.items():
            self.taxonomy[name] = {
                (row.locale_id, row.slug): row.pk
                for row in model.objects.only("pk", "slug", "locale_id")
            }
        self.blocked = list(BlockedAddress.objects.all())
        self.archive = None
        self.archive_error = None
        if job.images:
            try:
                with job.images.open("rb") as handle:
                    self.archive = ImageArchive(handle.read())
            except ImageArchiveError as error:
                self.archive_error = error.message
                report.error(None, "cover_image", error.message)
        self.images = {}

    def row(self, number, row):
        report, errors = self.report, []

        def error(column, msgid, **params):
            errors.append((column, _m(msgid, **params)))

        cells = {key: (row.get(key) or "").strip() for key in COLUMN_KEYS}
        for key, value in cells.items():
            if len(value) > 20_000:
                error(key, gettext_noop("the cell is longer than 20,000 characters"))
        code = cells["language"].lower()
        locale = self.locales.get(code)
        if locale is None:
            error(
                "language",
                gettext_noop(
                    "“%(value)s” is not a language of the library (kk, ru, en)"
                ),
                value=cells["language"][:20],
            )
        clean = {"row": number, "language": code, "cells": cells}
        for key, limit in (("title", TITLE_MAX), ("summary", SUMMARY_MAX)):
            if not cells[key]:
                error(key, gettext_noop("this cell is required"))
            elif len(cells[key]) > limit:
                error(
                    key,
                    gettext_noop("at most %(limit)s characters (this has %(length)s)"),
                    limit=limit,
                    length=len(cells[key]),
                )
        if len(cells["cover_alt"]) > ALT_MAX:
            error(
                "cover_alt",
                gettext_noop("at most %(limit)s characters (this has %(length)s)"),
                limit=ALT_MAX,
                length=len(cells["cover_alt"]),
            )
        clean["title"], clean["summary"] = cells["title"], cells["summary"]
        clean["cover_alt"] = cells["cover_alt"]
        # The body: the Markdown subset, never HTML.
        clean["body"], links = [], {"body": [], "sources": []}
        if not cells["body"]:
            error("body", gettext_noop("this cell is required"))
        else:
            try:
                clean["body"], links["body"] = to_blocks(cells["body"])
            except MarkdownError as problem:
                if problem.code == "html":
                    error(
                        "body",
                        gettext_noop(
                            "HTML is not accepted (“%(found)s”); write the text in "
                            "Markdown"
                        ),
                        found=problem.detail,
                    )
                elif problem.code == "scheme":
                    error(
                        "body",
                        gettext_noop("a link must start with https:// (“%(url)s”)"),
                        url=problem.detail,
                    )
                else:
                    error(
                        "body", gettext_noop("a heading is longer than 160 characters")
                    )
        # Sources: "title | address" per line.
        clean["sources"] = []
        for line in cells["sources"].splitlines():
            title, _bar, url = (part.strip() for part in line.partition("|"))
            if not title and not url:
                continue
            if url and not url.lower().startswith(("https://", "http://")):
                error(
                    "sources",
                    gettext_noop("a link must start with https:// (“%(url)s”)"),
                    url=url[:80],
                )
                continue
            value = {
                "title": (title or url)[:250],
                "publisher": "",
                "year": None,
                "url": url,
            }
            clean["sources"].append({"type": "source", "value": value})
            if url:
                links["sources"].append(url)
        # The do-not-amplify list: the links of the body and the sources, and
        # anything that looks like a link in any cell.
        if self.blocked:
            for key in ("title", "summary", "body", "sources", "cover_alt", "tags"):
                hits = blocked_in_text(cells[key], self.blocked)
                urls = [url for url, _entry in hits]
                for url in links.get(key, []):
                    entry = blocked_entry(url, self.blocked)
                    if entry is not None and url not in urls:
                        hits.append((url, entry))
                for url, entry in hits:
                    error(
                        key,
                        gettext_noop(
                            "“%(url)s” is on the do-not-amplify list (%(entry)s): "
                            "remove the link"
                        ),
                        url=url[:200],
                        entry=entry.address,
                    )
        # Taxonomy, by slug, in the row's language.
        locale_id = locale.pk if locale else None
        fmt = cells["format"]
        clean["format"] = self.taxonomy["format"].get((locale_id, fmt))
        if not fmt:
            error("format", gettext_noop("this cell is required"))
        elif locale and clean["format"] is None:
            error(
                "format",
                gettext_noop("no format with the slug “%(slug)s”"),
                slug=fmt[:80],
            )
        for name, (_model, msgid) in RELATIONS.items():
            slugs = split_list(cells[name])
            pks = []
            for slug in slugs:
                pk = self.taxonomy[name].get((locale_id, slug))
                if pk is None and locale:
                    error(name, msgid, slug=slug[:80])
                pks.append(pk)
            clean[name] = pks
            if name in REQUIRED_RELATIONS and not slugs:
                error(name, gettext_noop("this cell is required"))
        clean["tags"] = split_list(cells["tags"])
        for tag in clean["tags"]:
            if len(tag) > TAG_MAX:
                error("tags", gettext_noop("a tag is longer than 100 characters"))
        licence = cells["licence"] or MaterialPage.Licence.CC_BY
        if licence not in MaterialPage.Licence.values:
            error(
                "licence",
                gettext_noop("“%(value)s” is not a licence of the list"),
                value=licence[:40],
            )
        clean["licence"] = licence
        clean["cover_image"] = self._cover(cells["cover_image"], error)
        for column, message in errors:
            report.error(number, column, message)
        return None if errors else clean

    def _cover(self, name, error):
        if not name:
            return ""
        if "://" in name or name.lower().startswith("www."):
            error(
                "cover_image",
                gettext_noop(
                    "name a file in the ZIP of images; images are never "
                    "downloaded from an address"
                ),
            )
            return ""
        if self.archive is None:
            if self.archive_error is None:
                error(
                    "cover_image",
                    gettext_noop("“%(name)s” needs a ZIP of images sent with the file"),
                    name=name[:100],
                )
            return ""
        key = name.lower()
        if key not in self.images:
            try:
                self.archive.check(name)
                self.images[key] = None
            except ImageArchiveError as problem:
                self.images[key] = problem.message
        if self.images[key] is not None:
            error("cover_image", self.images[key].msgid, **self.images[key].params)
            return ""
        return name
