"""Edition pages, progress, downloads (admin), public downloads and QR scans.

The views every kind of document shares; an app asks for its own documents in its
own views (``content/print_views.py``, the campaigns app's) and sends the person
to ``edition_view``, which links back where the kind's registration says.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
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
from content.printing import files, registry, services
from content.printing.errors import PrintError
from content.printing.models import PrintEdition, PrintLink


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
                services.check_options(
                    data["layout"], data.get("folded"), data.get("bleed")
                )
            except PrintError as exc:
                raise forms.ValidationError(str(exc)) from exc
        return data


def _edition_or_404(request, pk):
    return get_object_or_404(
        PrintEdition.objects.for_user(request.user).select_related(
            "organisation", "page", "revision"
        ),
        pk=pk,
    )


def edition_view(request, pk):
    edition = _edition_or_404(request, pk)
    document_type = registry.document_type(edition.kind)
    back = None
    if document_type is not None and document_type.back_link is not None:
        back = document_type.back_link(edition)
    return TemplateResponse(
        request,
        "print/admin/edition.html",
        {
            "edition": edition,
            "links": edition.links.select_related("page"),
            "facts": _facts(edition),
            "language_name": get_language_info(edition.language)["name_local"],
            "back": back,
            "back_label": document_type.back_label if back else "",
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
    if edition.status == PrintEdition.Status.FAILED:
        # Asked by a person: the worker gets its full number of attempts again.
        services.queue_again(edition.pk, status=PrintEdition.Status.FAILED)
        messages.info(request, _("The edition is queued again."))
    return redirect("kopir_print_edition", edition.pk)


def storage_unavailable():
    """The answer while the file storage is unreachable: try again soon."""
    response = HttpResponse(
        _("The file storage cannot be reached just now. Try again in a minute."),
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = "60"
    response["Cache-Control"] = "no-store"
    return response


def _file_response(edition):
    if not edition.is_ready:
        raise Http404
    try:
        handle = edition.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    except Exception as error:
        if files.is_unavailable(error):
            return storage_unavailable()
        raise
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
