"""Asking for a material's brochure or a pack of materials (admin), and a
published material's brochure (public).

The request pages of the content app's document types (``print_documents``);
progress, downloads and QR scans are the print package's (``printing/views.py``).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from audiences import access
from audiences.security.ratelimit import ratelimit
from content import print_services
from content.access import printable_revision, visible_materials
from content.models import MaterialPage
from content.print_documents import MAX_PACK
from content.printing.errors import PrintError
from content.printing.models import PrintEdition
from content.printing.views import PrintOptionsForm

LAYOUT_HELP = {
    "a4": _("for an office printer."),
    "a5": _("in folding order, an A4 duplex print folds into it."),
    "dl": _("two A4 sides folded in three; short texts only."),
}


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
            edition = print_services.material_edition(
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
            edition = print_services.pack_edition(
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


@never_cache
@ratelimit("print-prepare", "KOPIR_RATELIMIT_PRINT")
def public_prepare(request, page_id, layout):
    """The brochure of a published material: served when ready, else queued."""
    if layout not in PrintEdition.Layout.values:
        raise Http404
    page = get_object_or_404(
        MaterialPage.objects.live().public().select_related("locale"), pk=page_id
    )
    try:
        edition = print_services.material_edition(
            page, page.live_revision, layout=layout
        )
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


# Under the admin's print/, beside the print package's own (``printing/urls.py``).
admin_urls = [
    path(
        "material/<int:page_id>/",
        material_print_view,
        name="kopir_print_material",
    ),
    path("pack/", pack_view, name="kopir_print_pack"),
]
