"""Print requests, progress, downloads (admin), public downloads and QR scans."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from audiences import access
from audiences.security.ratelimit import ratelimit
from content.access import printable_revision, visible_materials
from content.printing import service
from content.printing.documents import BACK_LINKS, MAX_PACK
from content.printing.errors import PrintError
from content.printing.models import PrintEdition, PrintLink

LAYOUT_HELP = {
    "a4": _("for an office printer."),
    "a5": _("in folding order, an A4 duplex print folds into it."),
    "dl": _("two A4 sides folded in three; short texts only."),
}


class PrintOptionsForm(forms.Form):
    layout = forms.ChoiceField(
        label=_("Layout"),
        choices=PrintEdition.Layout.choices,
        widget=forms.RadioSelect,
        initial="a4",
    )
    folded = forms.BooleanField(
        label=_("Pages in folding order (A5 booklet: two pages per A4 sheet)"),
        required=False,
    )
    bleed = forms.BooleanField(
        label=_("Bleed and crop marks for a print shop"), required=False
    )

    def clean(self):
        data = super().clean()
        if data.get("layout"):
            try:
                service.check_options(
                    data["layout"], data.get("folded"), data.get("bleed")
                )
            except PrintError as exc:
                raise forms.ValidationError(str(exc)) from exc
        return data


class MaterialPrintForm(PrintOptionsForm):
    language = forms.TypedChoiceField(label=_("Language"), coerce=int)

    def __init__(self, *args, translations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (page.pk, page.locale.get_display_name()) for page in translations
        ]
        self.order_fields(["language", "layout", "folded", "bleed"])


def _material_or_404(request, page_id):
    return get_object_or_404(
        visible_materials(request.user).select_related("locale"), pk=page_id
    )


def material_print_view(request, page_id):
    """Choose language and layout for a material; the render is queued."""
    page = _material_or_404(request, page_id)
    translations = [
        t for t in _translations(request, page) if printable_revision(request.user, t)
    ]
    form = MaterialPrintForm(
        request.POST or None,
        translations=translations,
        initial={"language": page.pk},
    )
    if request.method == "POST" and form.is_valid():
        chosen = next(t for t in translations if t.pk == form.cleaned_data["language"])
        revision = printable_revision(request.user, chosen)
        try:
            edition = service.material_edition(
                chosen,
                revision,
                layout=form.cleaned_data["layout"],
                folded=form.cleaned_data["folded"],
                bleed=form.cleaned_data["bleed"],
                user=request.user,
            )
        except PrintError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("kopir_print_edition", edition.pk)
    editions = (
        PrintEdition.objects.for_user(request.user)
        .filter(page__in=[t.pk for t in translations] or [page.pk])
        .select_related("revision")
        .prefetch_related("links")[:30]
    )
    return TemplateResponse(
        request,
        "print/admin/material.html",
        {
            "page": page,
            "form": form,
            "editions": editions,
            "layout_help": LAYOUT_HELP,
            "own": access.can(request.user, access.CHANGE, page),
            # A reviewer prints the revision that waits for their decision.
            "reviewing": not page.live
            or printable_revision(request.user, page) != page.live_revision,
        },
    )


def _translations(request, page):
    return list(
        visible_materials(request.user)
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )


class PackForm(PrintOptionsForm):
    title = forms.CharField(label=_("Title of the pack"), max_length=200)
    organisation = forms.ModelChoiceField(
        label=_("Published by"), queryset=None, empty_label=None
    )
    language = forms.ChoiceField(
        label=_("Language of the cover and contents page"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
    )
    materials = forms.ModelMultipleChoiceField(
        label=_("Materials, in printing order"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["layout"].choices = [
            c for c in PrintEdition.Layout.choices if c[0] != "dl"
        ]
        self.fields["organisation"].queryset = access.organisations(
            user, *access.MEMBERS
        )
        self.fields["materials"].queryset = (
            visible_materials(user)
            .select_related("locale", "origin_organisation")
            .order_by("locale__language_code", "title")
        )
        self.fields["materials"].label_from_instance = lambda m: (
            f"{m.title} ({m.locale.language_code}) · "
            f"{m.origin_organisation.localized_name if m.origin_organisation else ''}"
            f"{'' if m.live else ' · ' + str(_('draft'))}"
        )
        self.order_fields(
            ["title", "organisation", "language", "materials", "layout", "folded"]
        )

    def clean_materials(self):
        materials = self.cleaned_data["materials"]
        if len(materials) > MAX_PACK:
            raise forms.ValidationError(
                _("A pack holds at most %(max)s materials.") % {"max": MAX_PACK}
            )
        return materials


def pack_view(request):
    """Several materials in one booklet with a contents page."""
    initial = {"language": request.LANGUAGE_CODE[:2]}
    chosen = request.GET.get("materials", "")
    if chosen:
        initial["materials"] = [int(x) for x in chosen.split(",") if x.isdigit()]
    if request.GET.get("title"):
        initial["title"] = request.GET["title"][:200]
    form = PackForm(request.POST or None, user=request.user, initial=initial)
    if not form.fields["organisation"].queryset.exists():
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        order = [int(x) for x in request.POST.getlist("materials")]
        materials = sorted(data["materials"], key=lambda m: order.index(m.pk))
        entries = [(m, printable_revision(request.user, m)) for m in materials]
        try:
            edition = service.pack_edition(
                entries,
                title=data["title"],
                organisation=data["organisation"],
                language=data["language"],
                layout=data["layout"],
                folded=data["folded"],
                bleed=data["bleed"],
                user=request.user,
            )
        except PrintError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("kopir_print_edition", edition.pk)
    return TemplateResponse(request, "print/admin/pack.html", {"form": form})


def _edition_or_404(request, pk):
    return get_object_or_404(
        PrintEdition.objects.for_user(request.user).select_related(
            "organisation", "page", "revision"
        ),
        pk=pk,
    )


def edition_view(request, pk):
    edition = _edition_or_404(request, pk)
    back = None
    if edition.page_id:
        back = reverse("kopir_print_material", args=[edition.page_id])
    elif edition.kind in BACK_LINKS:
        back = BACK_LINKS[edition.kind](edition)
    return TemplateResponse(
        request,
        "print/admin/edition.html",
        {
            "edition": edition,
            "links": edition.links.select_related("page"),
            "facts": _facts(edition),
            "language_name": get_language_info(edition.language)["name_local"],
            "back": back,
        },
    )


@never_cache
def edition_status(request, pk):
    edition = _edition_or_404(request, pk)
    return JsonResponse(
        {
            "status": edition.status,
            "status_label": str(edition.get_status_display()),
            "progress": edition.progress,
            "stage": edition.stage_text,
            "error": edition.error_text,
            "pages": edition.pages,
            "size": edition.size,
            "facts": _facts(edition),
            "download": (
                reverse("kopir_print_download", args=[edition.pk])
                if edition.is_ready
                else None
            ),
        }
    )


def _facts(edition):
    if not edition.is_ready:
        return ""
    pages = ngettext("%(count)s page", "%(count)s pages", edition.pages) % {
        "count": edition.pages
    }
    return f"{pages}, {filesizeformat(edition.size)}"


@require_POST
def edition_retry(request, pk):
    edition = _edition_or_404(request, pk)
    if not access.can(request.user, access.CHANGE, edition):
        raise PermissionDenied
    if edition.status == PrintEdition.Status.FAILED or edition.is_stalled:
        PrintEdition.objects.filter(pk=edition.pk).update(
            status=PrintEdition.Status.QUEUED, progress=0, stage="", error=""
        )
        service.enqueue(edition)
        messages.info(request, _("The edition is queued again."))
    return redirect("kopir_print_edition", edition.pk)


def _file_response(edition):
    if not edition.is_ready:
        raise Http404
    try:
        handle = edition.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=edition.download_name(),
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def download_view(request, pk):
    return _file_response(_edition_or_404(request, pk))


def editions_view(request):
    """Every edition of the user's organisations, with its QR scans."""
    editions = (
        access.visible(request.user, PrintEdition.objects.all(), access.CHANGE)
        .select_related("organisation", "page")
        .prefetch_related("links")[:200]
    )
    return TemplateResponse(
        request, "print/admin/editions.html", {"editions": editions}
    )


# --- Public ----------------------------------------------------------------------


def public_download(request, pk):
    """The PDF of a published material's current revision; nothing else."""
    edition = get_object_or_404(PrintEdition.objects.public(), pk=pk)
    return _file_response(edition)


@never_cache
@ratelimit("print-prepare", "KOPIR_RATELIMIT_PRINT")
def public_prepare(request, page_id, layout):
    """The brochure of a published material: served when ready, else queued."""
    from content.models import MaterialPage

    if layout not in PrintEdition.Layout.values:
        raise Http404
    page = get_object_or_404(
        MaterialPage.objects.live().public().select_related("locale"), pk=page_id
    )
    try:
        edition = service.material_edition(page, page.live_revision, layout=layout)
    except PrintError:
        raise Http404 from None
    if edition.is_ready:
        return redirect("kopir_print_public", edition.pk)
    return TemplateResponse(
        request,
        "print/preparing.html",
        {"page": page, "edition": edition},
        status=200 if edition.status != PrintEdition.Status.FAILED else 503,
    )


@never_cache
@ratelimit("qr", "KOPIR_RATELIMIT_QR")
def qr_view(request, code):
    """Count one scan (a number, nothing about the person) and go to the material."""
    link = get_object_or_404(PrintLink.objects.select_related("page"), code=code)
    PrintLink.objects.filter(pk=link.pk).update(
        scans=F("scans") + 1, last_scan_on=timezone.localdate()
    )
    page = link.page
    url = page.get_url(request) if page.live else None
    if url:
        response = redirect(url)
    else:
        # A page that was never published holds its draft title: not for the public.
        title = page.title if page.first_published_at else ""
        response = TemplateResponse(
            request, "print/gone.html", {"title": title}, status=410
        )
    response["Referrer-Policy"] = "no-referrer"
    return response
