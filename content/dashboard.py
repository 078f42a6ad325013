"""Panels on the Wagtail home page: my drafts, what other regions published, gaps.

"Waiting for my review" is Wagtail's own "Awaiting your review" panel: it lists
what ``ChecklistReviewTask.get_task_states_user_can_moderate`` returns.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.admin.ui.components import Component

from audiences import access
from audiences.models import Community, TargetGroup, default_locale_taxonomy
from audiences.names import sort_localized
from content.access import visible_materials
from content.models import MaterialPage, NarrativeCountered
from content.selectors.reports import label_review_states, with_review_state
from content.translations import (
    OUT_OF_DATE,
    missing_languages,
    missing_q,
    with_languages,
    with_translation_status,
)


class UserPanel(Component):
    """A dashboard panel drawn for one user: what it shows depends on who asks."""

    def __init__(self, user):
        self.user = user


class OrganisationDraftsPanel(UserPanel):
    name = "kopir_drafts"
    order = 215
    template_name = "content/admin/panels/drafts.html"

    def get_context_data(self, parent_context):
        own = access.organisation_ids(self.user, *access.MEMBERS)
        drafts = list(
            with_review_state(
                MaterialPage.objects.filter(
                    origin_organisation_id__in=own, has_unpublished_changes=True
                )
            )
            .select_related("locale", "origin_organisation", "owner")
            .order_by("-latest_revision_created_at")[:10]
        )
        return {"drafts": label_review_states(drafts), "has_organisation": bool(own)}


class PublishedElsewherePanel(UserPanel):
    name = "kopir_elsewhere"
    order = 260
    template_name = "content/admin/panels/elsewhere.html"

    def get_context_data(self, parent_context):
        own = access.organisation_ids(self.user, *access.MEMBERS)
        materials = list(
            MaterialPage.objects.live()
            .public()
            .exclude(origin_organisation_id__in=own)
            .select_related("locale", "origin_organisation")
            .order_by("-first_published_at", "-pk")[:8]
        )
        return {
            "materials": materials,
            "can_adapt": access.may_use(self.user, access.CHANGE, MaterialPage),
        }


def coverage_gaps():
    """Rows of target groups × narratives with the languages lacking live material."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    covered = defaultdict(set)
    rows = (
        MaterialPage.objects.live()
        .public()
        .filter(target_groups__isnull=False, narratives__isnull=False)
        .values_list("locale__language_code", "target_groups__slug", "narratives__slug")
        .distinct()
    )
    for code, group, narrative in rows:
        covered[(group, narrative)].add(code)
    # Rows of the default language, shown by their names in the reader's.
    groups = sort_localized(TargetGroup.objects.filter(default_locale_taxonomy()))
    narratives = list(
        NarrativeCountered.objects.filter(default_locale_taxonomy()).order_by("number")
    )
    table = []
    gaps = 0
    for group in groups:
        cells = []
        for narrative in narratives:
            missing = [
                c for c in codes if c not in covered[(group.slug, narrative.slug)]
            ]
            gaps += len(missing)
            cells.append({"narrative": narrative, "missing": missing})
        table.append({"group": group, "cells": cells})
    return {"narratives": narratives, "rows": table, "gaps": gaps, "codes": codes}


def community_gaps(user):
    """Communities × languages: which have no published material ``user`` may see.

    Two queries however many communities and materials there are. Only live
    materials count (another organisation's draft is not coverage), and only
    those the user may open: a member sees their organisation's private pages
    counted, nobody else does. A community counts in every language whose
    material links it through any of its translations (same translation key).
    """
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    covered = defaultdict(set)
    rows = (
        visible_materials(user)
        .live()
        .filter(communities__isnull=False)
        .values_list("locale__language_code", "communities__translation_key")
        .order_by()
        .distinct()
    )
    for code, key in rows:
        covered[key].add(code)
    communities = sort_localized(Community.objects.filter(default_locale_taxonomy()))
    table = [
        {
            "community": community,
            "missing": [
                code for code in codes if code not in covered[community.translation_key]
            ],
        }
        for community in communities
    ]
    return {
        "community_rows": table,
        "community_gaps": sum(bool(row["missing"]) for row in table),
        "communities_uncovered": [
            row["community"] for row in table if len(row["missing"]) == len(codes)
        ],
    }


class CoveragePanel(UserPanel):
    name = "kopir_coverage"
    order = 270
    template_name = "content/admin/panels/coverage.html"

    def get_context_data(self, parent_context):
        return {**coverage_gaps(), **community_gaps(self.user)}


class TranslationsWaitingPanel(UserPanel):
    """Out-of-date and missing translations of the materials the user's
    organisations edit: two queries, however many there are."""

    name = "kopir_translations"
    order = 220
    template_name = "content/admin/panels/translations.html"
    limit = 10

    def get_context_data(self, parent_context):
        own = access.organisation_ids(self.user, *access.EDITORS)
        if not own:
            return {"has_organisation": False}
        editable = visible_materials(self.user, access.CHANGE).filter(
            origin_organisation_id__in=own
        )
        out_of_date = list(
            with_translation_status(editable)
            .filter(translation_status=OUT_OF_DATE)
            .select_related("locale", "translated_from__locale")
            .order_by("-source_changed_at", "pk")[: self.limit]
        )
        visible = visible_materials(self.user)
        originals = list(
            with_languages(editable.filter(translated_from__isnull=True), visible)
            .filter(missing_q())
            .select_related("locale")
            .order_by("-latest_revision_created_at", "pk")[: self.limit]
        )
        for page in originals:
            page.missing_codes = missing_languages(page)
        return {
            "has_organisation": True,
            "out_of_date": out_of_date,
            "missing": originals,
        }
