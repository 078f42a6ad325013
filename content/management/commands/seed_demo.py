"""``manage.py seed_demo``: the demo site, its taxonomy, materials and logins.

Idempotent: every record is matched by its slug (and language) and brought up to
date, so running the command twice leaves one copy of everything. It refuses to run
with DEBUG off unless ``--force`` is given, because it resets the demo passwords.
"""

import base64
import json
import os
from collections import Counter
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import (
    Site,
)

from audiences import demo_data as audience_data
from audiences import two_factor
from audiences.factories import LANGUAGE_CODES, ensure_locales, translated
from audiences.models import (
    Channel,
    Evidence,
    MediaHabit,
    Membership,
    Organisation,
    Region,
    Role,
    TargetGroup,
)
from content import demo_data as content_data
from content.demo_images import MOTIFS, cover_image
from content.demo_review import seed_blocklist, seed_review_demo
from content.factories import build_site
from content.models import (
    Format,
    HomePage,
    LibraryPage,
    MaterialPage,
    NarrativeCountered,
    Theme,
)
from content.organisations import space_for
from content.services import current_revision_id, record_translation_source
from content.signals import site_address_from_base_url

DEFAULT_PASSWORD = "kopir-demo-2026"
RELATIONS = ("target_groups", "narratives", "themes", "regions")
TEXT_KEYS = ("title", "summary", "image_alt", "body")
SUMMARY_MAX = MaterialPage._meta.get_field("summary").max_length
# The demo's one out-of-date translation: this material was written in Russian,
# translated into Kazakh, and the Russian original was edited afterwards.
OUTDATED_DEMO = "talking-with-your-son"

HOME = {
    "kk": {
        "title": "Көпір — баламалы әңгімелер кітапханасы",
        "intro": "Отбасы, сенім, достық және өзара құрмет туралы материалдар. "
        "Радикалды үгітке балама: ашық әңгіме, тексерілген дерек және қиын сәтте "
        "көмек.",
        "helpline": "<p>Жақыныңызға алаңдайсыз ба? <b>{phone}</b> сенім телефонына "
        "қоңырау шалыңыз немесе өз өңіріңіздегі кеңес беру орталығына барыңыз. "
        "Әңгіме құпия сақталады.</p>",
        "library": "Материалдар кітапханасы",
        "library_intro": "Барлық өңір жариялаған материалдар: мақалалар, бейнелер, "
        "плакаттар, сабақ жоспарлары. Мақсатты топ, нарратив, тақырып, формат "
        "немесе өңір бойынша сүзіңіз.",
    },
    "ru": {
        "title": "Көпір — библиотека альтернативных нарративов",
        "intro": "Материалы о семье, вере, дружбе и взаимном уважении. "
        "Альтернатива радикальной пропаганде: открытый разговор, проверенные факты "
        "и помощь в трудную минуту.",
        "helpline": "<p>Тревожитесь за близкого человека? Позвоните на телефон "
        "доверия <b>{phone}</b> или обратитесь в консультационный центр своего "
        "региона. Разговор конфиденциален.</p>",
        "library": "Библиотека материалов",
        "library_intro": "Материалы, опубликованные всеми регионами: статьи, видео, "
        "плакаты, планы уроков. Фильтруйте по целевой группе, нарративу, теме, "
        "формату или региону.",
    },
    "en": {
        "title": "Kopir — a library of alternative narratives",
        "intro": "Materials about family, faith, friendship and mutual respect. An "
        "alternative to radical propaganda: open conversation, checked facts and "
        "help when things get hard.",
        "helpline": "<p>Worried about someone close to you? Call the helpline "
        "<b>{phone}</b> or visit the advisory centre in your region. The "
        "conversation is confidential.</p>",
        "library": "Library of materials",
        "library_intro": "Materials published by every region: articles, videos, "
        "posters, lesson plans. Filter by target group, narrative, theme, format or "
        "region.",
    },
}


class Command(BaseCommand):
    help = (
        "Fill the database with the Kopir demo: home pages and libraries in Kazakh, "
        "Russian and English, the taxonomy from the policy brief, the demo "
        "materials and two logins. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off. Never use this on a real site: it "
            "resets the admin password.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off, so this looks like a production database. seed_demo "
                "resets the admin password; pass --force only if this is a demo."
            )
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        materials = load_materials()
        if materials is None:
            self.stderr.write(
                self.style.WARNING(
                    "content/demo_materials.py is missing: seeding everything but "
                    "the materials."
                )
            )

        # Wagtail e-mails reviewers about the demo reviews; nobody should get those.
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
            ),
            transaction.atomic(),
        ):
            sites = seed_site()
            taxonomy = seed_taxonomy()
            users = seed_users(password, taxonomy["organisations"])
            seed_two_factor(users)
            seed_blocklist()
            stats = Counter()
            if materials:
                check_materials(materials, taxonomy)
                stats = seed_materials(materials, sites, taxonomy, owner=users["admin"])
            seed_review_demo(sites, taxonomy, users)
        # The search index is derived data: rebuilt once everything is committed.
        call_command("update_index", verbosity=0)
        self.report(stats, password)

    def report(self, stats, password):
        models = [
            ("regions", Region),
            ("target groups", TargetGroup),
            ("channels", Channel),
            ("narratives", NarrativeCountered),
            ("themes", Theme),
            ("formats", Format),
            ("materials", MaterialPage),
        ]
        per_language = ", ".join(
            f"{model.objects.filter(locale__language_code='kk').count()} {label}"
            for label, model in models
        )
        pages = f"{MaterialPage.objects.count()} material pages in all"
        if stats:
            pages += (
                " (this run: "
                + ", ".join(f"{n} {state}" for state, n in sorted(stats.items()))
                + ")"
            )
        shown = password if password == DEFAULT_PASSWORD else "the DEMO_PASSWORD value"
        width = max(len("password"), len(shown))
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = [
            "",
            self.style.SUCCESS("Kopir demo data is ready."),
            f"  In each of kk, ru, en: {per_language}.",
            f"  {pages}; {Organisation.objects.count()} organisations.",
            "",
            f"  Public site  {base}/kk/   {base}/ru/   {base}/en/",
            f"  Admin        {base}/admin/",
            "  Serve it with: make demo (HOST=… PORT=… for another address)",
            "",
            f"  {'login':<9} {'password':<{width}}  role",
            f"  {'-' * 9} {'-' * width}  {'-' * 50}",
            f"  {'admin':<9} {shown:<{width}}  site administrator: everything",
            *(
                f"  {username:<9} {shown:<{width}}  {describe_roles(roles)}"
                for username, _first, _last, roles in DEMO_USERS
            ),
            "",
            self.style.WARNING(
                "  TWO-FACTOR SIGN-IN: "
                + ", ".join(TWO_FACTOR_DEMO_USERS)
                + " must enter a code after the password."
            ),
            "  Their authenticator uses the demo's published secret (never on a real",
            "  site). Get the current code with:",
            "      .venv/bin/python manage.py demo_totp admin   (or orgadmin, planner)",
            f"  or add the key {DEMO_MANUAL_KEY} (time-based) to an authenticator app.",
            "",
            "  Materials go live after review; scheduled go-live and expiry run",
            "  every minute under `make demo` (manage.py run_scheduler).",
            "",
        ]
        self.stdout.write("\n".join(lines))


def describe_roles(roles):
    names = dict(Organisation.objects.values_list("slug", "name"))
    by_org = {}
    for slug, role in roles:
        by_org.setdefault(slug, []).append(Role(role).label.lower())
    return "; ".join(
        f"{' + '.join(labels)} — {names.get(slug, slug)}"
        for slug, labels in by_org.items()
    )


def load_materials():
    """The MATERIALS list of ``content.demo_materials``, or None if it is missing."""
    try:
        from content.demo_materials import MATERIALS
    except ModuleNotFoundError as error:
        if error.name != "content.demo_materials":
            raise
        return None
    return MATERIALS


# The site ------------------------------------------------------------------------


def seed_site():
    """Home pages and libraries per language, with their titles and help text."""
    titles = {code: (text["title"], text["intro"]) for code, text in HOME.items()}
    # build_site publishes every home page each time; skip it when nothing would change.
    sites = built_site(titles) or build_site(titles=titles)
    # Page URLs, the sitemap and e-mails use the address the demo is served on.
    site_address_from_base_url()
    result = {}
    for code, (home, library) in sites.items():
        text = HOME[code]
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


# Taxonomy ------------------------------------------------------------------------


def _names(item):
    return {code: item[code] for code in LANGUAGE_CODES}


def upsert_translated(model, *, slug, names, **fields):
    """``translated`` that leaves records alone when they already match.

    Every save queues search and reference-index tasks and clears the page cache,
    so a second run of the command should save nothing it does not change.
    """
    existing = {
        obj.locale.language_code: obj
        for obj in model.objects.filter(slug=slug).select_related("locale")
    }
    complete = set(LANGUAGE_CODES) <= set(existing) and (
        len({existing[code].translation_key for code in LANGUAGE_CODES}) == 1
    )
    if complete and all(
        _matches(existing[code], {**_local(names[code]), **fields})
        for code in LANGUAGE_CODES
    ):
        return {code: existing[code] for code in LANGUAGE_CODES}
    return translated(model, slug=slug, names=names, **fields)


def _local(value):
    return {"name": value} if isinstance(value, str) else value


def _matches(obj, values):
    return all(getattr(obj, field) == value for field, value in values.items())


def seed_taxonomy():
    """Every taxonomy record in three languages, as ``{kind: {slug: {code: obj}}}``."""
    locales = ensure_locales()
    themes = {
        item["slug"]: upsert_translated(Theme, slug=item["slug"], names=_names(item))
        for item in content_data.THEMES
    }
    formats = {
        item["slug"]: upsert_translated(Format, slug=item["slug"], names=_names(item))
        for item in content_data.FORMATS
    }
    narratives = {}
    for item in content_data.NARRATIVES:
        records = upsert_translated(
            NarrativeCountered,
            slug=item["slug"],
            names=_names(item),
            number=item["number"],
        )
        for code, narrative in records.items():
            narrative.alternative_themes.set(
                [themes[slug][code] for slug in item["alternative_themes"]]
            )
        narratives[item["slug"]] = records
    regions = {
        item["slug"]: upsert_translated(
            Region, slug=item["slug"], names=_names(item), kind=item["kind"]
        )
        for item in audience_data.REGIONS
    }
    for slug, texts in audience_data.REGION_HELP.items():
        for code, text in texts.items():
            Region.objects.filter(
                pk=regions[slug][code].pk, where_to_get_help=""
            ).update(where_to_get_help=text)
    channels = {
        item["slug"]: upsert_translated(
            Channel, slug=item["slug"], names=_names(item), kind=item["kind"]
        )
        for item in audience_data.CHANNELS
    }
    target_groups = {
        item["slug"]: seed_target_group(item, locales, regions, channels)
        for item in audience_data.TARGET_GROUPS
    }
    organisations = {}
    for item in audience_data.ORGANISATIONS:
        values = {
            "name": item["name"],
            "name_kk": item.get("name_kk", ""),
            "name_ru": item.get("name_ru", ""),
            "name_en": item.get("name_en", ""),
            "kind": item["kind"],
            "region": regions[item["region"]]["kk"],
            "description": item["description"],
        }
        organisation = Organisation.objects.filter(slug=item["slug"]).first()
        if organisation is None or not _matches(organisation, values):
            organisation, _ = Organisation.objects.update_or_create(
                slug=item["slug"], defaults=values
            )
        organisations[item["slug"]] = organisation
    return {
        "themes": themes,
        "formats": formats,
        "narratives": narratives,
        "regions": regions,
        "channels": channels,
        "target_groups": target_groups,
        "organisations": organisations,
    }


def seed_target_group(item, locales, regions, channels):
    """One target group per language, its evidence and media habits replaced."""
    sources = audience_data.SOURCES
    records = upsert_translated(
        TargetGroup,
        slug=item["slug"],
        names=_names(item),
        age_min=item["age_min"],
        age_max=item["age_max"],
        setting=item["setting"],
        gender_focus=item["gender_focus"],
    )
    for code, group in records.items():
        languages = [locales[lang] for lang in item["languages"]]
        group_regions = [regions[slug][code] for slug in item["regions"]]
        evidence = [
            Evidence(
                statement=row["statement"][code],
                value=None if row["value"] is None else Decimal(str(row["value"])),
                unit=row["unit"],
                source=sources[row["source"]][code],
                sort_order=order,
            )
            for order, row in enumerate(item["evidence"])
        ]
        habits = [
            MediaHabit(
                channel=channels[row["channel"]][code],
                share=Decimal(str(row["share"])),
                source=sources[row["source"]][code],
                sort_order=order,
            )
            for order, row in enumerate(item["media_habits"])
        ]
        current = (
            {obj.pk for obj in group.languages.all()},
            {obj.pk for obj in group.regions.all()},
            [_row(obj, EVIDENCE_FIELDS) for obj in group.evidence.all()],
            [_row(obj, HABIT_FIELDS) for obj in group.media_habits.all()],
        )
        wanted = (
            {obj.pk for obj in languages},
            {obj.pk for obj in group_regions},
            [_row(obj, EVIDENCE_FIELDS) for obj in evidence],
            [_row(obj, HABIT_FIELDS) for obj in habits],
        )
        if current == wanted:
            continue
        group.languages = languages
        group.regions = group_regions
        # Assigning a list to a child relation replaces the rows on save.
        group.evidence = evidence
        group.media_habits = habits
        group.save()
    return records


EVIDENCE_FIELDS = ("statement", "value", "unit", "source", "sort_order")
HABIT_FIELDS = ("channel_id", "share", "source", "sort_order")


def _row(obj, fields):
    return tuple(getattr(obj, field) for field in fields)


# Users ---------------------------------------------------------------------------


# Demo logins: (username, first name, last name, [(organisation slug, role)]).
DEMO_USERS = [
    ("editor", "Aigerim", "Editor", [("almaty-city-irg", Role.EDITOR)]),
    (
        "orgadmin",
        "Daniyar",
        "Orgadmin",
        [("almaty-city-irg", Role.ADMIN), ("almaty-city-irg", Role.EDITOR)],
    ),
    ("planner", "Saule", "Planner", [("almaty-city-irg", Role.PLANNER)]),
    ("atyrau", "Nurlan", "Atyrau", [("atyrau-region-irg", Role.EDITOR)]),
    ("ngo", "Madina", "Ngo", [("dialogue-youth-ngo", Role.EDITOR)]),
    (
        "reviewer",
        "Gulnara",
        "Reviewer",
        [
            ("almaty-city-irg", Role.REVIEWER),
            ("atyrau-region-irg", Role.REVIEWER),
            ("dialogue-youth-ngo", Role.REVIEWER),
        ],
    ),
    (
        "reviewer2",
        "Yerlan",
        "Reviewer",
        [("dialogue-youth-ngo", Role.REVIEWER), ("atyrau-region-irg", Role.REVIEWER)],
    ),
]


TWO_FACTOR_DEMO_USERS = ("admin", "orgadmin", "planner")
DEMO_MANUAL_KEY = base64.b32encode(bytes.fromhex(two_factor.DEMO_TOTP_KEY)).decode()


def seed_two_factor(users):
    """The logins that must use two-factor sign-in get a device with the demo's
    published secret (``manage.py demo_totp <login>`` prints the code)."""
    for username in TWO_FACTOR_DEMO_USERS:
        two_factor.seed_demo_device(users[username])


def seed_users(password, organisations):
    """The ``admin`` superuser and one login per role, with their memberships."""
    user_model = get_user_model()
    admin, _ = user_model.objects.get_or_create(username="admin")
    admin.email = admin.email or "admin@example.org"
    admin.first_name, admin.last_name = "Demo", "Admin"
    admin.is_superuser = admin.is_staff = admin.is_active = True
    admin.set_password(password)
    admin.save()
    users = {"admin": admin}
    for username, first, last, roles in DEMO_USERS:
        user, _ = user_model.objects.get_or_create(username=username)
        user.email = user.email or f"{username}@example.org"
        user.first_name, user.last_name = first, last
        user.is_active = True
        user.is_staff = user.is_superuser = False
        user.set_password(password)
        user.save()
        # Isolation rests on organisation groups only: no site-wide page rights.
        user.groups.remove(*Group.objects.filter(name__in=["Editors", "Moderators"]))
        for slug, role in roles:
            Membership.objects.get_or_create(
                organisation=organisations[slug], user=user, role=role
            )
        users[username] = user
    return users


# Materials -----------------------------------------------------------------------


def check_materials(materials, taxonomy):
    """Fail before writing a page if MATERIALS names anything that does not exist."""
    errors = []
    keys = Counter(item.get("key") for item in materials)
    errors += [f"key {key!r} is used {n} times" for key, n in keys.items() if n > 1]
    licences = set(MaterialPage.Licence.values)
    for index, item in enumerate(materials):
        key = item.get("key") or f"#{index}"
        if slugify(key) != key:
            errors.append(f"{key}: the key must be a lowercase ASCII slug")
        if item.get("format") not in taxonomy["formats"]:
            errors.append(f"{key}: unknown format {item.get('format')!r}")
        for field, kind in (
            ("target_groups", "target_groups"),
            ("narratives", "narratives"),
            ("themes", "themes"),
            ("regions", "regions"),
        ):
            for slug in item.get(field, []):
                if slug not in taxonomy[kind]:
                    errors.append(f"{key}: unknown {field[:-1]} {slug!r}")
        if item.get("organisation") not in taxonomy["organisations"]:
            errors.append(f"{key}: unknown organisation {item.get('organisation')!r}")
        if item.get("licence", MaterialPage.Licence.CC_BY) not in licences:
            errors.append(f"{key}: unknown licence {item.get('licence')!r}")
        if item.get("image", {}).get("motif") not in MOTIFS:
            errors.append(f"{key}: image motif must be one of {', '.join(MOTIFS)}")
        for code in LANGUAGE_CODES:
            text = item.get("text", {}).get(code)
            if not text:
                errors.append(f"{key}: no {code} text")
                continue
            missing = [name for name in TEXT_KEYS if not text.get(name)]
            if missing:
                errors.append(f"{key} ({code}): missing {', '.join(missing)}")
            if len(text.get("title", "")) > 255:
                errors.append(f"{key} ({code}): title longer than 255 characters")
            if len(text.get("summary", "")) > SUMMARY_MAX:
                errors.append(
                    f"{key} ({code}): summary longer than {SUMMARY_MAX} characters"
                )
    if errors:
        raise CommandError(
            "content/demo_materials.py has problems:\n  " + "\n  ".join(errors)
        )


def seed_materials(materials, sites, taxonomy, *, owner):
    """Each material in kk, ru and en, linked as translations; returns counts."""
    stats = Counter()
    now = timezone.localtime()
    for index, item in enumerate(materials):
        image = cover_image(
            title=f"Demo cover: {item['key']}",
            colour=item["image"]["colour"],
            motif=item["image"]["motif"],
            # One image serves all three languages; Kazakh is the site's first.
            alt=item["text"]["kk"]["image_alt"],
        )
        source = None
        # The first language is the original; the others are its translations.
        original = "ru" if item["key"] == OUTDATED_DEMO else LANGUAGE_CODES[0]
        codes = [original] + [code for code in LANGUAGE_CODES if code != original]
        pages = {}
        for code in codes:
            library = sites[code][1]
            page, state = upsert_material(
                item, code, library, taxonomy, image, source=source, owner=owner
            )
            source = source or page
            pages[code] = page
            stats[state] += 1
            published = published_at(now, index, codes.index(code))
            # After publishing: Wagtail sets these to "now" on the first publish.
            MaterialPage.objects.filter(pk=page.pk).update(
                first_published_at=published, last_published_at=published
            )
        if item["key"] == OUTDATED_DEMO:
            seed_outdated_translation(pages, owner=owner)
    return stats


def seed_outdated_translation(pages, *, owner):
    """Make the Kazakh translation follow an earlier Russian revision.

    Once: the Russian original is published as it was when the Kazakh
    translation was made (a shorter summary, without its last block), the
    Kazakh page records that revision, and the Russian text as it is now is
    published again. The English translation follows the current Russian.
    """
    russian, kazakh, english = (
        MaterialPage.objects.get(pk=pages[code].pk) for code in ("ru", "kk", "en")
    )
    if kazakh.translated_from_revision_id != current_revision_id(russian):
        return
    now_revision = russian.live_revision
    earlier = now_revision.as_object()
    earlier.summary = earlier.summary.split(". ")[0].rstrip(".") + "."
    earlier.body = list(earlier.body.raw_data)[:-1]
    earlier_revision = earlier.save_revision(user=owner)
    earlier_revision.publish(user=owner)
    kazakh.translated_from_revision = earlier_revision
    kazakh.save_revision(user=owner).publish(user=owner)
    edited = now_revision.as_object().save_revision(user=owner)
    edited.publish(user=owner)
    english.translated_from_revision = edited
    english.save_revision(user=owner).publish(user=owner)


def published_at(now, index, position):
    """About a week apart, newest first; translations follow a few hours later."""
    days = 2 + index * 6 + (index * 7) % 4
    day = (now - timedelta(days=days)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return day + timedelta(minutes=(index * 37) % 240, hours=3 * position)


def upsert_material(item, code, library, taxonomy, image, *, source, owner):
    """Create or update one language version; publish only when something changed."""
    slug = item["key"]
    page = MaterialPage.objects.descendant_of(library).filter(slug=slug).first()
    if page is None and source is not None:
        page = MaterialPage.objects.filter(
            translation_key=source.translation_key, locale=library.locale
        ).first()
    created = page is None
    if created:
        page = MaterialPage(locale=library.locale, owner=owner)
    before = None if created else snapshot(page)
    if source is not None and page.translation_key != source.translation_key:
        taken = MaterialPage.objects.filter(
            translation_key=source.translation_key, locale=library.locale
        ).exclude(pk=page.pk)
        if not taken.exists():
            page.translation_key = source.translation_key
    apply_material(page, item, code, taxonomy, image)
    changed = created or snapshot(page) != before
    if source is not None and (changed or page.translated_from_id != source.pk):
        # Its text is (re)written from the source's: it follows its revision now.
        record_translation_source(translation=page, source=source)
        changed = True
    elif source is None and page.translated_from_id:
        # The demo's original of this material (a migration may have guessed).
        page.translated_from = page.translated_from_revision = None
        changed = True
    try:
        if created:
            space_for(page.origin_organisation, library.locale).add_child(instance=page)
            # Tags go on once the page has a row to hang them on.
            page.tags.set(item.get("tags", []))
        elif not changed and page.live:
            return page, "unchanged"
        page.save_revision(user=owner).publish(user=owner)
        # The revision a translation of it follows: live now.
        page.refresh_from_db(fields=["live", "live_revision", "latest_revision"])
    except ValidationError as error:
        raise CommandError(f"Material {slug!r} ({code}) is invalid: {error}") from error
    return page, "created" if created else "updated"


def apply_material(page, item, code, taxonomy, image):
    """Set every field of ``page`` from one MATERIALS item, in language ``code``."""
    text = item["text"][code]
    stream_block = MaterialPage.body.field.stream_block
    page.title = page.draft_title = text["title"]
    page.slug = item["key"]
    page.summary = text["summary"]
    page.format = taxonomy["formats"][item["format"]][code]
    page.origin_organisation = taxonomy["organisations"][item["organisation"]]
    page.licence = item.get("licence", MaterialPage.Licence.CC_BY)
    page.cover_image = image
    page.cover_alt = text["image_alt"][:250]
    page.body = list(text["body"])
    try:
        stream_block.clean(page.body)
    except ValidationError as error:
        raise CommandError(
            f"Material {item['key']!r} ({code}) has an invalid body: {describe(error)}"
        ) from error
    page.sources = [("source", dict(row)) for row in item.get("sources", [])]
    try:
        page.sources.stream_block.clean(page.sources)
    except ValidationError as error:
        raise CommandError(
            f"Material {item['key']!r} ({code}) has invalid sources: {describe(error)}"
        ) from error
    for relation in RELATIONS:
        records = taxonomy[relation]
        setattr(
            page, relation, [records[slug][code] for slug in item.get(relation, [])]
        )
    if page.pk:
        page.tags.set(item.get("tags", []))


def describe(error):
    """A validation error of a stream, readable in a terminal."""
    if hasattr(error, "as_json_data"):
        return json.dumps(error.as_json_data(), ensure_ascii=False)
    return "; ".join(error.messages)


def snapshot(page):
    """What the demo controls on a material, comparable between runs."""
    return {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "format": page.format_id,
        "organisation": page.origin_organisation_id,
        "licence": page.licence,
        "cover": page.cover_image_id,
        "cover_alt": page.cover_alt,
        "translation_key": page.translation_key,
        "tags": sorted(tag.name.lower() for tag in page.tags.all()),
        "body": canonical_stream(page.body),
        "sources": canonical_stream(page.sources),
        **{
            relation: sorted(obj.pk for obj in getattr(page, relation).all())
            for relation in RELATIONS
        },
    }


def canonical_stream(value):
    """Stream data round-tripped through its blocks, without the random block ids."""
    block = value.stream_block
    return _without_ids(block.get_prep_value(block.to_python(value.get_prep_value())))


def _without_ids(data):
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {
            key: _without_ids(item)
            for key, item in data.items()
            if not (key == "id" and "type" in data)
        }
    return data
