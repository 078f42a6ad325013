"""The answer endpoint of lesson exercises, and the facilitator's admin view.

**Why the answer endpoint is exempt from CSRF.** Lessons are served from the
page cache to anonymous readers, so their forms cannot carry a per-reader CSRF
token (a token needs a cookie, and a response with a cookie is never cached).
What a forged request could do here is add one to a public counter, which is
what any reader may do anyway; it changes nothing that belongs to anyone. The
view still refuses requests a browser marks as cross-site (``Sec-Fetch-Site``)
or whose ``Origin`` is another site, is rate-limited per client address
(``KOPIR_RATELIMIT_ANSWER``), writes only the counter (no session, no cookie,
no address) and answers ``no-store`` so no cache keeps it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from audiences.security.ratelimit import ratelimit
from content import services
from content.models import LessonPage
from content.models.learn import lesson_context
from content.selectors.learn import option_counts


def _same_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site and fetch_site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin == "null":
        # An opaque origin (a sandboxed frame, a data: page) is never our page.
        return False
    if origin:
        host = urlsplit(origin).netloc
        trusted = {urlsplit(o).netloc for o in settings.CSRF_TRUSTED_ORIGINS}
        if host != request.get_host() and host not in trusted:
            return False
    return True


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@csrf_exempt
@never_cache
@require_POST
@ratelimit("learn-answer", "KOPIR_RATELIMIT_ANSWER")
def answer(request, page_id):
    """Count one answer to one exercise option; show its feedback without JS."""
    if not _same_site(request):
        return HttpResponseForbidden()
    page = get_object_or_404(LessonPage.objects.live().public(), pk=page_id)
    block = page.exercise(request.POST.get("block", "")[:64])
    if block is None:
        raise Http404
    options = block.value["options"]
    raw = request.POST.get("option", "")
    # ASCII digits only: int() would read "١" (Arabic-Indic one) as 1.
    option = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 4 else -1
    if not 0 <= option < len(options):
        message = _("Choose one of the answers first.")
        if _wants_json(request):
            return JsonResponse({"error": message}, status=400)
        return TemplateResponse(
            request,
            "learn/answer.html",
            {"page": page, "exercise": block, "error": message},
            status=400,
        )
    services.record_answer(page=page, block_id=block.id, option=option)
    if _wants_json(request):
        return JsonResponse({"counted": True})
    chosen = options[option]
    good = chosen.get("correct") or chosen.get("good")
    return TemplateResponse(
        request,
        "learn/answer.html",
        {"page": page, "exercise": block, "chosen": chosen, "good": bool(good)},
    )


def facilitator(request, page_id):
    """Every exercise with its answers, feedback and per-option counts, and the
    discussion questions: for a workshop's facilitator (admin users)."""
    from content.access import may_see_drafts

    page = get_object_or_404(LessonPage, pk=page_id)
    if not may_see_drafts(request.user, page.page_ptr):
        raise Http404
    counts = option_counts(page=page)
    lesson_context(page=page)
    exercises = []
    for block in page.body:
        if block.block_type not in ("spot_technique", "choose_reply"):
            continue
        rows = []
        for index, option in enumerate(block.value["options"]):
            label = (
                option["technique"].name
                if block.block_type == "spot_technique" and option["technique"]
                else option.get("text", "")
            )
            rows.append(
                {
                    "label": label,
                    "good": bool(option.get("correct") or option.get("good")),
                    "feedback": option["feedback"],
                    "count": counts.get(block.id, {}).get(index, 0),
                }
            )
        exercises.append({"block": block, "options": rows})
    return TemplateResponse(
        request,
        "learn/admin/facilitator.html",
        {
            "page": page,
            "exercises": exercises,
            "questions": page.discussion_questions(),
        },
    )


@require_POST
def print_plan(request, page_id):
    """Queue a published lesson's A4 plan and show its progress."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from content.access import may_see_drafts
    from content.learn_print import request_lesson_plan
    from content.printing.errors import PrintError

    page = get_object_or_404(LessonPage, pk=page_id)
    if not may_see_drafts(request.user, page.page_ptr):
        raise Http404
    try:
        edition = request_lesson_plan(page, request.user)
    except PrintError as error:
        messages.error(request, str(error))
        return redirect("kopir_learn_facilitator", page.pk)
    return redirect("kopir_print_edition", edition.pk)
