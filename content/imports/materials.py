"""Importing materials: one row per language version, rows of one ``group`` are
translations of one material (one source page and its translations, linked by
Wagtail's translation key as "Translate" links them, ``content.translations``).

Every row is a private draft in the organisation's space of its language; the
first row of a group is the original, the others follow its revision. The body
is the Markdown subset of ``content.imports.markdown``; every link in any cell
goes through the do-not-amplify list; a cover image comes from the ZIP sent
with the file, never from an address.
"""

from django.core.files.images import ImageFile
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext_lazy
from wagtail.images import get_image_model
from wagtail.models import Locale

from audiences import access
from content.imports.images import ImageArchive, file_prefix
from content.imports.material_rows import (
    RELATIONS,
    RowChecker,
    _m,
    languages,
)
from content.imports.registry import (
    Column,
    Importer,
    Item,
    content_key,
    missing_columns,
)
from content.models import Format, ImportedItem, MaterialPage
from content.organisations import space_for


class MaterialImporter(Importer):
    kind = "materials"
    label = _("Materials")
    sheet = "Materials"
    roles = access.EDITORS
    takes_images = True
    create_label = ngettext_lazy(
        "Create %(count)s draft", "Create %(count)s drafts", "count"
    )
    columns = [
        Column(
            "group",
            gettext_noop(
                "Rows with the same group are one material in several languages "
                "(translations of each other). The first row of a group is the "
                "original."
            ),
            width=14,
        ),
        Column("language", gettext_noop("kk, ru or en."), True, "languages", width=10),
        Column(
            "title", gettext_noop("The title, at most 255 characters."), True, width=30
        ),
        Column(
            "summary",
            gettext_noop("One or two sentences, at most 600 characters."),
            True,
            width=40,
        ),
        Column(
            "body",
            gettext_noop(
                "The text. Paragraphs are separated by an empty line; # starts a "
                "heading, - a bullet, **bold**, *italic*, [text](https://…) a link. "
                "No HTML."
            ),
            True,
            width=60,
        ),
        Column("format", gettext_noop("The slug of a format."), True, "formats"),
        Column(
            "target_groups",
            gettext_noop("Slugs of target groups, separated by commas."),
            True,
            "target_groups",
            True,
        ),
        Column(
            "narratives",
            gettext_noop("Slugs of the narratives it answers, separated by commas."),
            True,
            "narratives",
            True,
        ),
        Column(
            "themes",
            gettext_noop("Slugs of themes / values, separated by commas."),
            False,
            "themes",
            True,
        ),
        Column(
            "regions",
            gettext_noop(
                "Slugs of regions, separated by commas; empty for every region."
            ),
            False,
            "regions",
            True,
        ),
        Column(
            "communities",
            gettext_noop("Slugs of the communities it shows, separated by commas."),
            False,
            "communities",
            True,
        ),
        Column("tags", gettext_noop("Free tags, separated by commas."), width=20),
        Column(
            "licence",
            gettext_noop(
                "cc-by-4.0 (when empty), cc-by-sa-4.0, cc-by-nc-4.0 or reserved."
            ),
            False,
            "licences",
        ),
        Column(
            "cover_image",
            gettext_noop(
                "The file name of the cover in the ZIP of images sent with this file."
            ),
            width=20,
        ),
        Column(
            "cover_alt",
            gettext_noop("What the cover shows, at most 250 characters."),
            width=30,
        ),
        Column(
            "sources",
            gettext_noop(
                "Sources, one per line: title | https://address (the "
                "address is optional)."
            ),
            width=40,
        ),
    ]

    def lists(self, organisation):
        code = Locale.get_default().language_code
        lists = {
            "languages": [c for c, _n in languages()],
            "formats": _slugs(Format, code),
            "licences": list(MaterialPage.Licence.values),
        }
        for name, (model, _msg) in RELATIONS.items():
            lists[name] = _slugs(model, code)
        return lists

    # --- the dry run ------------------------------------------------------------

    def check(self, job, table, report, progress):
        if missing_columns(self, table, report):
            return []
        context = RowChecker(job, report)
        groups, order = {}, []
        total = len(table.rows) or 1
        for index, (number, row) in enumerate(table.rows):
            clean = context.row(number, row)
            if clean is None:
                continue
            group = (row.get("group") or "").strip() or f"#{number}"
            if group not in groups:
                groups[group] = []
                order.append(group)
            groups[group].append(clean)
            if index % 100 == 0:
                progress(10 + int(70 * index / total))
        items = []
        for group in order:
            rows = groups[group]
            seen = {}
            for clean in rows:
                if clean["language"] in seen:
                    report.error(
                        clean["row"],
                        "language",
                        _m(
                            gettext_noop(
                                "the group “%(group)s” already has a %(language)s "
                                "row (row %(other)s)"
                            ),
                            group=group[:50],
                            language=clean["language"],
                            other=seen[clean["language"]],
                        ),
                    )
                seen.setdefault(clean["language"], clean["row"])
            key = content_key(job.organisation_id, [clean["cells"] for clean in rows])
            items.append(Item(key=key, rows=rows, label=rows[0]["title"]))
        _mark_existing(job, items, report)
        report.summary.update(
            rows=len(table.rows),
            materials=len(items),
            new=sum(len(i.rows) for i in items if not i.existing),
            existing=sum(len(i.rows) for i in items if i.existing),
        )
        return items

    # --- creating ---------------------------------------------------------------

    def create(self, job, items, report, progress):
        user = job.created_by
        organisation = job.organisation
        submit = bool(job.options.get("submit"))
        context = _CreateContext(job)
        created, total = 0, sum(len(i.rows) for i in items if not i.existing) or 1
        for item in items:
            if item.existing:
                continue
            source = None
            for clean in item.rows:
                page = context.page(clean, source)
                if source is None:
                    source = page
                created += 1
                if submit:
                    workflow = page.get_workflow()
                    if workflow is not None:
                        workflow.start(page, user)
                if created % 20 == 0:
                    progress(5 + int(90 * created / total))
            # A key whose material was deleted since is taken over by the new one.
            ImportedItem.objects.update_or_create(
                organisation=organisation,
                kind=self.kind,
                key=item.key,
                defaults={
                    "job": job,
                    "object_id": source.pk,
                    "label": item.label[:255],
                },
            )
        return created

    def sample_rows(self):
        from content.imports.samples import material_rows

        return material_rows()


def _slugs(model, code):
    return list(
        model.objects.filter(locale__language_code=code)
        .order_by("slug")
        .values_list("slug", flat=True)
    )


def _mark_existing(job, items, report):
    """Items imported before (their key is known and the material still exists)."""
    known = dict(
        ImportedItem.objects.filter(
            organisation=job.organisation_id,
            kind=MaterialImporter.kind,
            key__in=[item.key for item in items],
        ).values_list("key", "object_id")
    )
    alive = set(
        MaterialPage.objects.filter(pk__in=known.values()).values_list("pk", flat=True)
    )
    seen = set()
    for item in items:
        if known.get(item.key) in alive or item.key in seen:
            item.existing = True
            report.note(
                item.rows[0]["row"],
                _m(
                    gettext_noop("“%(title)s” is already imported: nothing changes."),
                    title=item.label[:80],
                ),
            )
        seen.add(item.key)


class _CreateContext:
    """Spaces, free slugs and images, kept while one job creates its pages."""

    def __init__(self, job):
        self.job = job
        self.user = job.created_by
        self.organisation = job.organisation
        self.spaces, self.taken, self.images = {}, {}, {}
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        # Taxonomy rows by pk, loaded once (a few hundred rows in all).
        self.rows = {
            model: {row.pk: row for row in model.objects.all()}
            for model, _msg in RELATIONS.values()
        }
        self.archive = None
        if job.images:
            with job.images.open("rb") as handle:
                self.archive = ImageArchive(handle.read())

    def space(self, locale):
        if locale.pk not in self.spaces:
            space = space_for(self.organisation, locale)
            self.spaces[locale.pk] = space
            self.taken[locale.pk] = set(
                space.get_children().values_list("slug", flat=True)
            )
        return self.spaces[locale.pk]

    def slug(self, locale, title):
        base = (slugify(title, allow_unicode=True)[:60].strip("-")) or "material"
        taken = self.taken[locale.pk]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        return slug

    def image(self, name):
        key = name.lower()
        if key not in self.images:
            data, width, height = self.archive.check(name)
            stem = slugify(name.rsplit(".", 1)[0])[:40] or "image"
            extension = name.rsplit(".", 1)[-1].lower()
            image = get_image_model()(
                title=name[:255],
                collection=self.organisation.collection,
                uploaded_by_user=self.user,
                width=width,
                height=height,
                file_size=len(data),
            )
            # Named after the job: a dead attempt's files are found and removed.
            image.file = ImageFile(
                _bytes(data), name=f"{file_prefix(self.job)}{stem}.{extension}"
            )
            image._set_file_hash()
            image.save()
            self.images[key] = image
        return self.images[key]

    def page(self, clean, source):
        locale = self.locales[clean["language"]]
        space = self.space(locale)
        page = MaterialPage(
            title=clean["title"],
            draft_title=clean["title"],
            slug=self.slug(locale, clean["title"]),
            summary=clean["summary"],
            format_id=clean["format"],
            body=clean["body"],
            sources=clean["sources"],
            licence=clean["licence"],
            cover_alt=clean["cover_alt"],
            locale=locale,
            owner=self.user,
            live=False,
        )
        if clean["cover_image"]:
            page.cover_image = self.image(clean["cover_image"])
        if source is not None:
            page.translation_key = source.translation_key
            page.translated_from = source
            page.translated_from_revision_id = source.latest_revision_id
        for name, (model, _msg) in RELATIONS.items():
            setattr(page, name, [self.rows[model][pk] for pk in clean[name]])
        if clean["tags"]:
            # Kept by the page row and its revision alike (modelcluster saves
            # them with the page).
            page.tags.set(clean["tags"])
        space.add_child(instance=page)
        page.save_revision(user=self.user, log_action=True)
        return page


def _bytes(data):
    import io

    return io.BytesIO(data)
