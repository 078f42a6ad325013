"""The content admin: taxonomy and review-checklist viewsets, the do-not-amplify
list, the rules that keep choosers and moves inside what the user may reach, the
dashboard panels, the reports menu and the adapt and print URLs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import URLPattern, include, path, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.admin.userbar import BaseItem
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import SnippetAdminURLFinder, register_snippet
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from audiences import access
from audiences.columns import yes_no
from audiences.scoping import ScopedViewSetMixin
from content import learn_views, print_views
from content.access import visible_pages
from content.adapt import adapt_view
from content.dashboard import (
    CoveragePanel,
    OrganisationDraftsPanel,
    PublishedElsewherePanel,
    TranslationsWaitingPanel,
)
from content.imports import views as import_views
from content.models import (
    BlockedAddress,
    ChecklistItem,
    Example,
    Format,
    LessonPage,
    ManipulationTechnique,
    MaterialPage,
    NarrativeCountered,
    ReplyPlaybook,
    ReplyType,
    Theme,
)
from content.page_cache import mark_public
from content.printing import urls as printing_urls
from content.reply_helper import reply_helper_view
from content.reports.decisions import ReviewDecisionsReportView
from content.reports.help_points import UnverifiedHelpPointsReportView
from content.reports.materials import MaterialsReportView
from content.reports.translations import TranslationStatusReportView

page_permission_policy = PagePermissionPolicy()


class NarrativeViewSet(SnippetViewSet):
    model = NarrativeCountered
    icon = "warning"
    menu_order = 100
    list_display = ["number", "name", "locale"]
    list_filter = ["locale"]
    list_export = ["number", "name", "slug", "summary", "recognition", "locale"]
    search_fields = ["name", "summary"]
    ordering = ["number"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "pick"
    menu_order = 110
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "description", "locale"]
    search_fields = ["name"]


class FormatViewSet(SnippetViewSet):
    model = Format
    icon = "doc-full"
    menu_order = 120
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "locale"]
    search_fields = ["name"]


# --- Reply playbooks ---------------------------------------------------------------


class ReplyTypeViewSet(SnippetViewSet):
    model = ReplyType
    icon = "comment"
    menu_order = 130
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale"]
    list_export = [
        "sort_order",
        "name",
        "slug",
        "what_it_is",
        "when_it_works",
        "when_it_backfires",
        "source",
        "locale",
    ]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class PlaybookEditView(SnippetEditView):
    """A reviewer's decision from the edit page applies to the revision under
    review. Wagtail's snippet edit view saves a new revision on every post, and
    with re-approval on edit that new revision restarted the review, so an
    approval never published; the page editor skips an unchanged form, and so
    does this one."""

    def save_instance(self):
        if self.action == "workflow-action" and not self.form.has_changed():
            self.new_revision = None
            return self.object
        return super().save_instance()

    def get_success_message(self, instance=None):
        """Wagtail says "updated" after a review decision; say what happened."""
        if self.action != "workflow-action":
            return super().get_success_message(instance)
        playbook = ReplyPlaybook.objects.get(pk=self.object.pk)
        if playbook.workflow_in_progress:
            message = _("Your review of “%(title)s” is recorded.")
        elif playbook.live and not playbook.has_unpublished_changes:
            message = _("“%(title)s” is approved and live.")
        else:
            message = _("Changes are requested for “%(title)s”.")
        return message % {"title": playbook.title}


class PlaybookURLFinder(SnippetAdminURLFinder):
    """The edit page's address for those who may change the playbook, and for
    the reviewer whose review step it waits in: the dashboard's "Awaiting your
    review" links its title there (Wagtail links a snippet only for "change")."""

    def get_edit_url(self, instance):
        url = super().get_edit_url(instance)
        if url is None and self.user is not None:
            task = instance.current_workflow_task
            if task is not None and task.specific.user_can_access_editor(
                instance, self.user
            ):
                return self.construct_edit_url(instance)
        return url


class ReplyPlaybookViewSet(ScopedViewSetMixin, SnippetViewSet):
    """An organisation's playbooks (and every live one, read-only): the access
    layer decides the rows, the review workflow decides what goes live."""

    @property
    def url_finder_class(self):
        return type(
            "_PlaybookURLFinder",
            (PlaybookURLFinder,),
            {"model": self.model, "edit_url_name": self.get_url_name("edit")},
        )

    model = ReplyPlaybook
    edit_view_class = PlaybookEditView
    icon = "comment"
    menu_order = 140
    list_select_related = ("organisation", "narrative", "channel", "locale")
    list_display = [
        "title",
        "organisation",
        Column(
            "narrative",
            label=capfirst(_("narrative")),
            accessor="narrative.localized_name",
        ),
        Column(
            "channel", label=capfirst(_("channel")), accessor="channel.localized_name"
        ),
        "locale",
        # Wagtail's default label is translated once, at import: give a lazy one.
        LiveStatusTagColumn(label=_("Status")),
    ]
    list_filter = ["locale", "live"]
    list_export = [
        "title",
        "organisation",
        "narrative",
        "channel",
        "target_group",
        "locale",
        "live",
        "how_it_appears",
        "stop_engaging",
        "refer",
        "safety",
    ]
    search_fields = ["title"]
    inspect_view_enabled = False

    def get_urlpatterns(self):
        # Another organisation's live playbook is readable in the listing and
        # the reply helper, but no admin URL naming it (edit, delete, unpublish,
        # workflow…) answers outside its organisation and its reviewers.
        return [
            _guard_own_playbook(pattern) if isinstance(pattern, URLPattern) else pattern
            for pattern in super().get_urlpatterns()
        ]


def _guard_own_playbook(pattern):
    from functools import wraps

    from django.contrib.admin.utils import unquote
    from django.db.models import Q

    from content.access import _reviewed_playbooks

    view = pattern.callback

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not access.is_site_admin(request.user):
            own = Q(
                organisation__in=access.organisation_ids(request.user, *access.MEMBERS)
            ) | _reviewed_playbooks(request.user)
            try:
                if not ReplyPlaybook.objects.filter(own, pk=unquote(str(pk))).exists():
                    raise Http404
            except (ValueError, TypeError) as error:
                raise Http404 from error
        return view(request, *args, **kwargs)

    return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)


class ContentGroup(SnippetViewSetGroup):
    items = (
        NarrativeViewSet,
        ThemeViewSet,
        FormatViewSet,
        ReplyTypeViewSet,
        ReplyPlaybookViewSet,
    )
    menu_icon = "tag"
    menu_label = _("Narratives & themes")
    menu_name = "narratives"
    menu_order = 290


register_snippet(ContentGroup)


class TechniqueViewSet(SnippetViewSet):
    model = ManipulationTechnique
    icon = "warning"
    menu_order = 100
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "explanation", "how_to_spot", "locale"]
    search_fields = ["name"]


class ExampleViewSet(SnippetViewSet):
    model = Example
    icon = "openquote"
    menu_order = 110
    list_display = ["title", "note", "locale"]
    list_filter = ["locale"]
    list_export = ["title", "text", "note", "locale"]
    search_fields = ["title"]


class LearnGroup(SnippetViewSetGroup):
    items = (TechniqueViewSet, ExampleViewSet)
    menu_icon = "help"
    menu_label = _("Recognition lessons")
    menu_name = "learn"
    menu_order = 295


register_snippet(LearnGroup)

hooks.register("on_serve_page", mark_public)


# --- Review: checklist and do-not-amplify list -------------------------------------


class ChecklistItemViewSet(SnippetViewSet):
    model = ChecklistItem
    icon = "tasks"
    menu_order = 100
    list_display = [
        "__str__",
        yes_no(ChecklistItem, "required"),
        yes_no(ChecklistItem, "active"),
        "sort_order",
    ]
    list_filter = ["required", "active"]
    list_export = [
        "sort_order",
        "question_en",
        "question_ru",
        "question_kk",
        "guidance_en",
        "guidance_ru",
        "guidance_kk",
        "required",
        "active",
        "anchor",
    ]
    search_fields = ["question_en", "question_ru", "question_kk"]
    ordering = ["sort_order", "pk"]


class BlockedAddressViewSet(SnippetViewSet):
    model = BlockedAddress
    icon = "warning"
    menu_order = 110
    list_display = ["address", "reason", "source", "created_at"]
    list_export = ["address", "reason", "source", "created_at"]
    search_fields = ["address", "reason"]


class ReviewGroup(SnippetViewSetGroup):
    items = (ChecklistItemViewSet, BlockedAddressViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Review rules")
    menu_name = "review-rules"
    menu_order = 295


register_snippet(ReviewGroup)


# --- Isolation: choosers list only what the user may see ----------------------------


@hooks.register("construct_page_chooser_queryset")
def only_visible_pages_in_choosers(pages, request):
    """Another organisation's pages appear only when live and without a pending draft.

    Wagtail's explorer and admin search already keep to the pages a user may
    explore; its page chooser lists the whole tree, titles of drafts included.
    """
    # As a pk subquery: Wagtail hands this queryset to the search backend, which
    # filters only on indexed fields.
    if access.is_site_admin(request.user):
        return pages
    visible = visible_pages(request.user, Page.objects.all())
    return pages.filter(pk__in=visible.values("pk"))


@hooks.register("before_move_page")
def refuse_moves_the_user_may_not_make(request, page, destination):
    """Wagtail's move confirmation page checks nothing on GET; refuse it here."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


# --- Dashboard ---------------------------------------------------------------------


@hooks.register("construct_homepage_panels")
def add_kopir_panels(request, panels):

    panels.append(OrganisationDraftsPanel(request.user))
    panels.append(TranslationsWaitingPanel(request.user))
    panels.append(PublishedElsewherePanel(request.user))
    panels.append(CoveragePanel(request.user))


# --- Adapt and reports: URLs and menu ------------------------------------------------


# The library's reports, in the order of the Reports menu: (label, URL name, icon,
# view). Each is at kopir-reports/<name>/, and its table alone (what the filters
# reload) at kopir-reports/<name>/results/.
REPORTS = (
    (
        _("Materials by narrative, group, language"),
        "materials",
        "doc-full",
        MaterialsReportView,
    ),
    (_("Review decisions"), "decisions", "tasks", ReviewDecisionsReportView),
    (_("Translation status"), "translations", "globe", TranslationStatusReportView),
    (
        _("Help points not verified for six months"),
        "help_points",
        "help",
        UnverifiedHelpPointsReportView,
    ),
)


@hooks.register("register_admin_urls")
def kopir_admin_urls():
    reports = []
    for _label, name, _icon, view in REPORTS:
        reports += [
            path(f"{name}/", view.as_view(), name=name),
            path(
                f"{name}/results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            ),
        ]
    return [
        path("print/", include(printing_urls.admin_urls + print_views.admin_urls)),
        path("adapt/<int:page_id>/", adapt_view, name="kopir_adapt"),
        path("reply-helper/", reply_helper_view, name="kopir_reply_helper"),
        path(
            "learn/<int:page_id>/facilitator/",
            learn_views.facilitator,
            name="kopir_learn_facilitator",
        ),
        path(
            "learn/<int:page_id>/print/",
            learn_views.print_plan,
            name="kopir_learn_print",
        ),
        path("kopir-reports/", include((reports, "kopir_reports"))),
        path("import/", include(import_views.urls)),
    ]


def _report_menu_item(label, url_name, icon, order):
    def menu_item():
        return MenuItem(
            label, reverse(f"kopir_reports:{url_name}"), icon_name=icon, order=order
        )

    return menu_item


for _order, (_label, _name, _icon, _view) in enumerate(REPORTS, start=10):
    hooks.register(
        "register_reports_menu_item", _report_menu_item(_label, _name, _icon, _order)
    )


@hooks.register("register_log_actions")
def register_kopir_log_actions(actions):
    actions.register_action(
        "kopir.adapt", _("Adapt"), _("Adapted from another organisation's material")
    )


# --- Public page: "adapt for my organisation" in the user bar ---------------------


class AdaptUserbarItem(BaseItem):
    template_name = "content/admin/userbar_adapt.html"

    def __init__(self, page):
        self.page = page


@hooks.register("construct_wagtail_userbar")
def add_adapt_to_userbar(request, items, page=None):
    page = page or getattr(request, "wagtail_page", None)
    if not isinstance(page, MaterialPage) or not page.live:
        return
    own = access.organisation_ids(request.user, *access.EDITORS)
    if own - {page.origin_organisation_id}:
        items.append(AdaptUserbarItem(page))


@hooks.register("after_edit_page")
def leave_editor_when_review_ends_access(request, page):
    """A reviewer who approves from the editor loses access to it once the page
    is published; send them to the dashboard instead of a permission error.
    After any review decision, Wagtail goes on to the parent's page list, which
    a reviewer may not open: the dashboard, with their queue, is where they go."""
    fresh = Page.objects.get(pk=page.pk)
    if not fresh.permissions_for_user(request.user).can_edit():
        messages.success(request, _("Your review is recorded. Thank you."))
        return redirect("wagtailadmin_home")
    if request.POST.get("action-workflow-action"):
        parent = Page.objects.filter(pk=fresh.get_parent().pk)
        explorable = page_permission_policy.explorable_instances(request.user)
        if not (
            explorable.filter(pk__in=parent).exists()
            and visible_pages(request.user, parent).exists()
        ):
            return redirect("wagtailadmin_home")
    return None


# --- Printing ------------------------------------------------------------------------


@hooks.register("insert_global_admin_js")
def admin_field_names():
    """Rich-text editors and tag inputs carry their field's label."""
    return format_html('<script src="{}" defer></script>', static("js/admin-names.js"))


@hooks.register("insert_global_admin_js")
def reply_helper_js():
    """The reply helper panel on activities and results (no inline script)."""
    return format_html('<script src="{}" defer></script>', static("js/reply-helper.js"))


@hooks.register("insert_global_admin_js")
def review_errors_js():
    """Scrolls the review checklist's refusal into view (no inline script)."""
    return format_html(
        '<script src="{}" defer></script>', static("js/review-errors.js")
    )


@hooks.register("insert_global_admin_css")
def print_admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("css/print-admin.css")
    )


@hooks.register("register_admin_menu_item")
def library_menu_item():
    """Library › Import: for those who may import something (editors: materials;
    planners: activities and results)."""
    return SubmenuMenuItem(
        _("Library"),
        Menu(
            register_hook_name="register_library_menu_item",
            construct_hook_name="construct_library_menu",
        ),
        icon_name="folder-open-inverse",
        name="library",
        order=440,
    )


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        from content.imports import registry

        return access.is_site_admin(request.user) or bool(
            registry.for_user(request.user)
        )


@hooks.register("register_library_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import"), reverse("kopir_import"), icon_name="upload", order=100
    )


@hooks.register("register_admin_menu_item")
def print_menu_item():
    return MenuItem(
        _("Printed editions"),
        reverse("kopir_print_editions"),
        icon_name="doc-full",
        order=450,
    )


def _is_material(page):
    return issubclass(page.specific_class or Page, MaterialPage)


@hooks.register("register_page_header_buttons")
def print_page_button(page, user, view_name=None, next_url=None):
    if _is_material(page):
        yield PageMenuItem(
            _("Print…"),
            reverse("kopir_print_material", args=[page.pk]),
            icon_name="doc-full",
            priority=25,
            page=page,
        )


@hooks.register("register_page_header_buttons")
def facilitator_button(page, user, view_name=None, next_url=None):
    if issubclass(page.specific_class or Page, LessonPage):
        yield PageMenuItem(
            _("Facilitator view"),
            reverse("kopir_learn_facilitator", args=[page.pk]),
            icon_name="group",
            priority=26,
            page=page,
        )


@hooks.register("register_page_listing_more_buttons")
def print_listing_button(page, user, next_url=None):
    if _is_material(page):
        yield PageMenuItem(
            _("Print…"),
            reverse("kopir_print_material", args=[page.pk]),
            icon_name="doc-full",
            priority=25,
            page=page,
        )


@hooks.register("construct_homepage_summary_items", order=100)
def count_only_what_the_user_may_see(request, items):
    """Wagtail's page count covers every organisation's drafts under the library.
    (After Wagtail's own hook, which adds the item.)"""
    if not access.is_site_admin(request.user):
        items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]


# --- Files: private to their organisation until a live page uses them ---------------


@hooks.register("before_serve_document", order=-1)
def serve_documents_by_access(document, request):
    """Another organisation's unused document is a 404, to anyone."""
    if not access.can(request.user, access.VIEW, document):
        raise Http404


class ScopedDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return access.visible(self.request.user, super().get_queryset())


class ScopedImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return access.visible(self.request.user, super().get_queryset())


@hooks.register("construct_admin_api", order=1)
def scope_files_in_admin_api(router):
    """The admin API lists only the files the access layer lets the user see."""
    router.register_endpoint("documents", ScopedDocumentsAPIViewSet)
    router.register_endpoint("images", ScopedImagesAPIViewSet)


@hooks.register("construct_reports_menu")
def page_types_report_for_site_admins(request, menu_items):
    """Wagtail's page-types report names every organisation's last edits: only
    site administrators may open it (content.admin_guards), so only they see it."""
    if not access.is_site_admin(request.user):
        menu_items[:] = [i for i in menu_items if i.name != "page-types-usage"]
