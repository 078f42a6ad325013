"""The material's edit form: taxonomy in its language, StreamFields that see changes."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.forms.models import register_form_field_override
from wagtail.blocks.base import BlockField
from wagtail.fields import StreamField
from wagtail.models import Revision

from audiences import access
from audiences.models import Organisation
from audiences.names import LocalizedChoicesFormMixin


class CleanComparingBlockField(BlockField):
    """A StreamField form field that compares cleaned values to see a change.

    Wagtail compares what the browser posted with what is stored: an
    ``IntegerBlock`` posts ``"2021"`` for the stored ``2021`` (dates, decimals
    and choices do the same), so an untouched form "changed", the edit view
    saved a new revision, and with re-approval on edit a reviewer's approval
    from the edit page restarted the review. Equal after cleaning is unchanged,
    for every block type. Rich text is compared without the ``data-block-key``
    attributes the editor adds to each paragraph (anchors for comments, not
    content), an empty optional value stored as null equals the posted "", and
    an optional field missing from the stored JSON equals its empty default.
    """

    def has_changed(self, initial, data):
        if not super().has_changed(initial, data):
            return False
        try:
            cleaned = self.block.clean(data)
        except ValidationError:
            return True
        # The stored value goes through the block as well: JSON written by code
        # (the demo's submissions, imports, older revisions) may lack optional
        # fields the editor always posts, which the block fills with defaults.
        stored = self.block.to_python(self.block.get_prep_value(initial))
        list(stored)  # draw every block, so the prepared value is the block's own
        before = _canonical(self.block.get_prep_value(stored))
        return before != _canonical(self.block.get_prep_value(cleaned))


BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def _canonical(value):
    """A stored value as the editor would give it back: no block keys, and an
    empty optional text (stored as null by code, posted as "") is just empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    return value


def register_stream_form_field():
    """Every admin form's StreamField uses ``CleanComparingBlockField``."""
    register_form_field_override(
        StreamField, override={"form_class": CleanComparingBlockField}
    )


class MaterialPageForm(WagtailAdminPageForm):
    """A material's taxonomy, in the material's own language, as checkboxes.

    The lists mixed all three languages in plain multi-selects, where one
    plain click replaced the whole selection: a Russian material could end up
    with one English target group and nothing said so. Each box is ticked or
    unticked on its own; a record of another language already linked shows as
    its own language's twin (same translation key), so nothing is lost.
    """

    TAXONOMY = ("target_groups", "narratives", "themes", "regions", "communities")

    # Shown by ``TranslationStatusPanel`` on an out-of-date translation only.
    translation_synced = forms.BooleanField(
        required=False,
        label=_("I have brought this translation up to date with the source"),
    )
    translation_synced_revision = forms.IntegerField(
        required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        # The source revision the editor is shown: ticking the box records
        # this one, even if the source changes again while they work.
        source = self.instance.translated_from if self.instance.pk else None
        shown = None
        if source is not None:
            shown = (
                source.live_revision_id if source.live else source.latest_revision_id
            )
            self.fields["translation_synced_revision"].initial = shown
        if shown is None or shown == self.instance.translated_from_revision_id:
            # Nothing to bring up to date: no box (Wagtail would otherwise add
            # a field no panel shows, unlabelled, at the end of the form).
            del self.fields["translation_synced"]
            del self.fields["translation_synced_revision"]
        locale_id = self.instance.locale_id or getattr(parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name in self.TAXONOMY:
            field = self.fields.get(name)
            if field is None:
                continue
            model = field.queryset.model
            field.widget = forms.CheckboxSelectMultiple()
            field.queryset = model.objects.filter(locale_id=locale_id)
            if self.instance.pk and not self.is_bound:
                # A cluster's relation may be in memory, not a database query.
                keys = [
                    row.translation_key for row in getattr(self.instance, name).all()
                ]
                self.initial[name] = list(
                    field.queryset.filter(translation_key__in=keys).values_list(
                        "pk", flat=True
                    )
                )
        format_field = self.fields.get("format")
        if format_field is not None:
            format_field.queryset = format_field.queryset.filter(locale_id=locale_id)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("translation_synced"):
            revision_id = cleaned.get("translation_synced_revision")
            source_id = self.instance.translated_from_id
            if not (
                source_id
                and revision_id
                and Revision.objects.page_revisions()
                .filter(pk=revision_id, object_id=str(source_id))
                .exists()
            ):
                self.add_error(
                    "translation_synced",
                    _("This is not a revision of the page this was translated from."),
                )
        return cleaned

    def save(self, commit=True):
        if self.cleaned_data.get("translation_synced"):
            # Saved into the revision: it counts once that revision is live.
            self.instance.translated_from_revision_id = self.cleaned_data[
                "translation_synced_revision"
            ]
        return super().save(commit=commit)


class ReplyPlaybookForm(LocalizedChoicesFormMixin, WagtailAdminModelForm):
    """A playbook's organisation is one the user edits for; a crafted POST
    naming another organisation fails as an invalid choice."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields.get("organisation")
        if field is not None:
            organisations = access.organisations(
                for_user, *access.EDITORS, everything_for_admins=True
            )
            if self.instance.pk:
                # A playbook stays with the organisation that wrote it; fixed, so
                # its reviewers (who edit for no organisation) can approve it
                # from the edit page, and a crafted POST cannot move it.
                field.queryset = Organisation.objects.filter(
                    pk=self.instance.organisation_id
                )
                field.disabled = True
                return
            field.queryset = organisations
            if len(organisations) == 1:
                field.initial = organisations[0].pk
