"""Factories for pages and content taxonomy; used by tests, demo and bench commands."""

import itertools

from django.apps import apps
from wagtail.models import Page, Site

from audiences.factories import (
    LANGUAGE_CODES,
    ensure_locales,
    make_organisation,
    translated,
)
from content.checklist_data import install_review_defaults
from content.models import (
    Format,
    HomePage,
    LibraryPage,
    MaterialPage,
    NarrativeCountered,
    Theme,
)
from content.organisations import provision_all, space_for

_seq = itertools.count(1)


def make_narrative(slug=None, name=None, number=1, **fields):
    slug = slug or f"narrative-{next(_seq)}"
    name = name or slug.replace("-", " ").title()
    fields.setdefault("summary", f"Summary of {name}.")
    fields.setdefault("recognition", f"Markers of {name}.")
    return translated(
        NarrativeCountered,
        slug=slug,
        names=dict.fromkeys(LANGUAGE_CODES, name),
        number=number,
        **fields,
    )


def make_theme(slug=None, name=None):
    slug = slug or f"theme-{next(_seq)}"
    name = name or slug.replace("-", " ").title()
    return translated(Theme, slug=slug, names=dict.fromkeys(LANGUAGE_CODES, name))


def make_format(slug=None, name=None):
    slug = slug or f"format-{next(_seq)}"
    name = name or slug.replace("-", " ").title()
    return translated(Format, slug=slug, names=dict.fromkeys(LANGUAGE_CODES, name))


def build_site(titles=None):
    """The page tree: a home page and a library (slug ``materials``) per language.

    The Kazakh home page is the site root; Russian and English are its
    translations. Returns ``{"kk": (home, library), ...}``. Idempotent.
    """
    titles = titles or {}
    locales = ensure_locales()
    root = Page.get_first_root_node()
    if root is None:
        # Transactional tests flush the tree that Wagtail's migration made.
        root = Page.add_root(
            instance=Page(title="Root", slug="root", locale=locales["kk"])
        )
    home_kk = HomePage.objects.filter(locale=locales["kk"]).first()
    if home_kk is None:
        # Wagtail's starter page ("Welcome", slug "home") is not ours.
        for page in root.get_children().not_type(HomePage):
            page.delete()
        home_kk = root.add_child(
            instance=HomePage(
                title=titles.get("kk", ("Kopir", ""))[0],
                slug="home",
                locale=locales["kk"],
            )
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home_kk,
                is_default_site=True,
                site_name="Kopir",
            )
        else:
            site.root_page = home_kk
            site.site_name = "Kopir"
            site.save()
    result = {}
    for code in LANGUAGE_CODES:
        home = HomePage.objects.filter(
            locale=locales[code], translation_key=home_kk.translation_key
        ).first()
        if home is None:
            home = home_kk.copy_for_translation(locales[code])
        title, intro = titles.get(code, (home.title, home.intro))
        home.title, home.intro = title, intro
        home.save_revision().publish()
        library = LibraryPage.objects.child_of(home).first()
        if library is None:
            library = home.add_child(
                instance=LibraryPage(
                    title="Library", slug="materials", locale=locales[code]
                )
            )
        result[code] = (home, library)
    # Libraries of one site are translations of each other.
    key = result["kk"][1].translation_key
    for code in ("ru", "en"):
        library = result[code][1]
        if library.translation_key != key:
            library.translation_key = key
            library.save(update_fields=["translation_key"])
    # Transactional tests flush what the data migrations installed.

    install_review_defaults(apps)
    # Organisations made before the libraries get their spaces now.
    provision_all()
    return result


def make_material(
    library,
    *,
    title=None,
    slug=None,
    summary="A short summary.",
    body=None,
    target_groups=(),
    narratives=(),
    themes=(),
    regions=(),
    format=None,
    tags=(),
    organisation=None,
    translation_of=None,
    live=True,
    **fields,
):
    """A material in ``organisation``'s space of ``library``, live unless told not.

    ``translation_of`` links the new page to an existing material as its translation.
    """
    n = next(_seq)
    title = title or f"Material {n}"
    if format is None:
        format = make_format("article", "Article")[library.locale.language_code]
    if organisation is None:
        organisation = make_organisation("test-organisation", "Test organisation")
    page = MaterialPage(
        title=title,
        slug=slug or f"material-{n}",
        summary=summary,
        body=body if body is not None else [("paragraph", f"<p>{title} body.</p>")],
        format=format,
        origin_organisation=organisation,
        locale=library.locale,
        **fields,
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    page.target_groups = list(target_groups)
    page.narratives = list(narratives)
    page.themes = list(themes)
    page.regions = list(regions)

    space_for(organisation, library.locale).add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save(update_fields=["live"])
    return page


def build_help_pages(homes, *, slug="help", texts=None):
    """The help page (``HelpPage``) under each language's home page, as
    translations of the Kazakh one; published only when its text changed.
    ``homes``: code → HomePage; ``texts``: code → (title, intro)."""
    from content.models import HelpPage

    texts = texts or {}
    pages = {}
    first = None
    for code in ("kk", "ru", "en"):
        home = homes[code]
        page = HelpPage.objects.child_of(home).first()
        title, intro = texts.get(code, ("Help", ""))
        if page is None:
            if first is not None:
                page = first.copy_for_translation(home.locale)
            else:
                page = home.add_child(
                    instance=HelpPage(
                        title=title, slug=slug, intro=intro, locale=home.locale
                    )
                )
        if (page.title, page.intro, page.slug) != (title, intro, slug) or not page.live:
            page.title, page.draft_title, page.intro, page.slug = (
                title,
                title,
                intro,
                slug,
            )
            page.save_revision().publish()
        first = first or page
        pages[code] = page
    return pages
