"""Library › Import: upload, the job's page (progress and report), create, retry,
the template and the report as CSV. Every job is found through the access layer
(another organisation's job is a 404), and every change asks the role the kind
of import needs (``services``)."""

import csv
import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from audiences import access
from audiences.exports import neutralise
from content.imports import limits, registry, report, services, template
from content.models import ImportedItem, ImportJob, MaterialPage
from content.printing.errors import shown


class UploadForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=None, empty_label=None
    )
    file = forms.FileField(
        label=_("Spreadsheet (XLSX or CSV)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, user, importer, **kwargs):
        super().__init__(*args, **kwargs)
        self.importer = importer
        self.fields["organisation"].queryset = access.organisations(
            user, *importer.roles, everything_for_admins=True
        )
        if importer.takes_images:
            self.fields["images"] = forms.FileField(
                label=_("Images (ZIP, optional)"),
                required=False,
                widget=forms.ClearableFileInput(attrs={"accept": ".zip"}),
            )
        for name, (label, choices, required) in importer.options(user).items():
            self.fields[name] = forms.TypedChoiceField(
                label=label,
                choices=choices,
                coerce=int,
                required=required,
                empty_value=None,
            )


def _importer_or_404(request, kind):
    importer = registry.get(kind)
    if importer is None or not (
        access.is_site_admin(request.user)
        or importer in registry.for_user(request.user)
    ):
        raise Http404
    return importer


def _labelled(jobs):
    """``jobs`` with what each imports, in the reader's language."""
    jobs = list(jobs)
    for job in jobs:
        importer = registry.get(job.kind)
        job.kind_label = importer.label if importer is not None else job.kind
    return jobs


def _jobs(user):
    """The jobs ``user`` may open: the access layer's rows, and of those only the
    kinds the user holds the role for in the job's organisation."""
    jobs = access.visible(user, ImportJob.objects.all())
    if access.is_site_admin(user):
        return jobs
    allowed = ImportJob.objects.none()
    for importer in registry.all_importers():
        ids = access.organisation_ids(user, *importer.roles)
        allowed |= jobs.filter(kind=importer.kind, organisation__in=ids)
    return allowed


def _job_or_404(request, job_id):
    return get_object_or_404(
        _jobs(request.user).select_related("organisation", "created_by"), pk=job_id
    )


def index_view(request):
    importers = (
        registry.all_importers()
        if access.is_site_admin(request.user)
        else (registry.for_user(request.user))
    )
    if not importers:
        raise PermissionDenied
    kind = request.GET.get("kind") or request.POST.get("kind") or importers[0].kind
    importer = next((i for i in importers if i.kind == kind), importers[0])
    form = UploadForm(
        request.POST or None,
        request.FILES or None,
        user=request.user,
        importer=importer,
    )
    if request.method == "POST" and form.is_valid():
        options = {
            name: form.cleaned_data[name] for name in importer.options(request.user)
        }
        try:
            job = services.start(
                user=request.user,
                organisation=form.cleaned_data["organisation"],
                kind=importer.kind,
                upload=form.cleaned_data["file"],
                images=form.cleaned_data.get("images"),
                options=options,
            )
        except services.UploadError as error:
            form.add_error("file", str(error.message))
        else:
            return redirect("kopir_import_job", job.pk)
    return TemplateResponse(
        request,
        "content/admin/imports/index.html",
        {
            "importers": importers,
            "importer": importer,
            "form": form,
            "jobs": _labelled(_jobs(request.user).select_related("organisation")[:30]),
            "max_mb": f"{limits.max_bytes() / (1024 * 1024):g}",
            "max_rows": limits.max_rows(),
            "max_zip_mb": f"{limits.max_zip_bytes() / (1024 * 1024):g}",
        },
    )


def template_view(request, kind):
    importer = _importer_or_404(request, kind)
    organisation = access.organisations(request.user, *importer.roles).first()
    response = HttpResponse(
        template.build(importer, organisation),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="kopir-{kind}-template.xlsx"'
    )
    return response


def _context(request, job):
    importer = registry.get(job.kind)
    data = job.report or {}
    summary = data.get("summary", {})
    new = summary.get("new", 0)
    create_label = ""
    if importer is not None and importer.create_label is not None:
        create_label = importer.create_label % {"count": new}
    return {
        "job": job,
        "importer": importer,
        "errors": report.lines(data.get("errors", [])),
        "error_count": data.get("error_count", 0),
        "notes": report.lines(data.get("notes", [])),
        "summary": summary,
        "new": new,
        "create_label": create_label,
        "may_create": (
            job.status == ImportJob.Status.CHECKED
            and not data.get("error_count")
            and new > 0
            and services.may_change(request.user, job)
        ),
        "stage": shown(job.stage) if job.stage else "",
        "error": shown(job.error) if job.error else "",
        "created": _created(job),
    }


def _created(job):
    items = list(ImportedItem.objects.filter(job=job).order_by("pk")[:200])
    if job.kind != "materials":
        return [{"label": item.label, "url": ""} for item in items]
    pages = MaterialPage.objects.filter(
        translation_key__in=MaterialPage.objects.filter(
            pk__in=[item.object_id for item in items]
        ).values("translation_key"),
        origin_organisation=job.organisation_id,
    ).select_related("locale")
    return [
        {
            "label": f"{page.title} ({page.locale.language_code})",
            "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        for page in pages.order_by("pk")[:600]
    ]


def job_view(request, job_id):
    job = _job_or_404(request, job_id)
    return TemplateResponse(
        request, "content/admin/imports/job.html", _context(request, job)
    )


@never_cache
def status_view(request, job_id):
    job = _job_or_404(request, job_id)
    return JsonResponse(
        {
            "status": job.status,
            "status_label": str(job.get_status_display()),
            "active": job.is_active,
            "progress": job.progress,
            "stage": shown(job.stage) if job.stage else "",
        }
    )


@require_POST
def create_view(request, job_id):
    job = _job_or_404(request, job_id)
    if services.create(
        user=request.user, job=job, submit=bool(request.POST.get("submit"))
    ):
        messages.info(request, _("Creating: this page follows the progress."))
    return redirect("kopir_import_job", job.pk)


@require_POST
def retry_view(request, job_id):
    job = _job_or_404(request, job_id)
    if services.retry(user=request.user, job=job):
        messages.info(request, _("The import is queued again."))
    return redirect("kopir_import_job", job.pk)


def report_view(request, job_id):
    """The report as CSV; a cell a spreadsheet would run is quoted."""
    job = _job_or_404(request, job_id)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Row"), _("Column"), _("Problem")])
    data = job.report or {}
    for line in report.lines(data.get("errors", [])) + report.lines(
        data.get("notes", [])
    ):
        writer.writerow(
            [neutralise(str(v)) for v in (line["row"], line["column"], line["message"])]
        )
    response = HttpResponse(
        "\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="import-{job.pk}-report.csv"'
    )
    return response


urls = [
    path("", index_view, name="kopir_import"),
    path("template/<slug:kind>/", template_view, name="kopir_import_template"),
    path("<int:job_id>/", job_view, name="kopir_import_job"),
    path("<int:job_id>/status/", status_view, name="kopir_import_status"),
    path("<int:job_id>/create/", create_view, name="kopir_import_create"),
    path("<int:job_id>/retry/", retry_view, name="kopir_import_retry"),
    path("<int:job_id>/report.csv", report_view, name="kopir_import_report"),
]
