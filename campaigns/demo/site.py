"""The demo's page tree: a home page and a library per language (``site.yaml``)."""

from django.conf import settings
from wagtail.models import Site

from audiences.factories import LANGUAGE_CODES
from campaigns.demo.data import load
from content.factories import build_site
from content.models import HomePage, LibraryPage
from content.signals import site_address_from_base_url


def seed_site():
    """Home pages and libraries per language, with their titles and help text."""
    home_text = load("site")["home"]
    titles = {code: (text["title"], text["intro"]) for code, text in home_text.items()}
    # build_site publishes every home page each time; skip it when nothing would change.
    sites = built_site(titles) or build_site(titles=titles)
    # Page URLs, the sitemap and e-mails use the address the demo is served on.
    site_address_from_base_url()
    result = {}
    for code, (home, library) in sites.items():
        text = home_text[code]
        home = HomePage.objects.get(pk=home.pk)
        helpline = text["helpline"].format(phone=settings.KOPIR_HELPLINE_PHONE)
        if home.helpline_text != helpline or not home.live:
            home.helpline_text = helpline
            home.save_revision().publish()
        library = LibraryPage.objects.get(pk=library.pk)
        if (
            library.title != text["library"]
            or library.intro != text["library_intro"]
            or not library.live
        ):
            library.title = text["library"]
            library.draft_title = text["library"]
            library.intro = text["library_intro"]
            library.save_revision().publish()
        result[code] = (home, LibraryPage.objects.get(pk=library.pk))
    return result


def built_site(titles):
    """``build_site``'s result if the tree already matches ``titles``, else None."""
    site = Site.objects.filter(is_default_site=True).first()
    home_kk = HomePage.objects.filter(locale__language_code="kk").first()
    if site is None or home_kk is None or site.root_page_id != home_kk.pk:
        return None
    library_kk = LibraryPage.objects.child_of(home_kk).first()
    result = {}
    for code in LANGUAGE_CODES:
        home = HomePage.objects.filter(
            translation_key=home_kk.translation_key, locale__language_code=code
        ).first()
        library = home and LibraryPage.objects.child_of(home).first()
        if (
            library is None
            or library.translation_key != library_kk.translation_key
            or (home.title, home.intro) != titles[code]
            or not home.live
        ):
            return None
        result[code] = (home, library)
    return result
