"""Editor panels that read, never write: what the reviewer should look at."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.models import Page

from content.links import outside_links
from content.models.review import ChecklistReviewTaskState
from content.translations import OUT_OF_DATE, overview


class ReviewPanel(Panel):
    """Outside links for the reviewer, adaptations, and the last checklist answers."""

    @property
    def clean_name(self):
        return super().clean_name or "review"

    class BoundPanel(Panel.BoundPanel):
        template_name = "content/review/review_panel.html"

        def get_context_data(self, parent_context=None):

            context = super().get_context_data(parent_context)
            page = self.instance
            context["outside_links"] = outside_links(page)
            context["last_review"] = None
            context["adaptation_count"] = 0
            if page.pk:
                context["last_review"] = (
                    ChecklistReviewTaskState.objects.filter(
                        workflow_state__base_content_type=ContentType.objects.get_for_model(
                            Page
                        ),
                        workflow_state__object_id=str(page.pk),
                    )
                    .exclude(status__in=["in_progress", "cancelled"])
                    .select_related("finished_by", "revision")
                    .prefetch_related("review_answers__item")
                    .order_by("-finished_at")
                    .first()
                )
                # One adaptation in several languages counts once.
                context["adaptation_count"] = (
                    page.adaptations.values("translation_key").distinct().count()
                )
            return context

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Review"))
        super().__init__(**kwargs)


class TranslationStatusPanel(Panel):
    """Every language of the material: original, up to date, out of date, missing.

    On an out-of-date translation it lists what changed in the source and offers
    the "brought up to date" box (``MaterialPageForm.translation_synced``).
    """

    @property
    def clean_name(self):
        return super().clean_name or "translations"

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translations"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "content/admin/translation_status_panel.html"

        def is_shown(self):
            return bool(self.instance.pk) and super().is_shown()

        def get_context_data(self, parent_context=None):

            context = super().get_context_data(parent_context)
            entries = overview(page=self.instance, user=self.request.user)
            current = next((e for e in entries if e["is_current"]), None)
            context["entries"] = entries
            context["current"] = current
            context["offer_sync"] = bool(
                current
                and current["status"] == OUT_OF_DATE
                and "translation_synced" in self.form.fields
            )
            if context["offer_sync"]:
                context["synced_field"] = self.form["translation_synced"]
                context["synced_revision_field"] = self.form[
                    "translation_synced_revision"
                ]
            return context
