"""Admin forms: every choice is limited to what the user's organisations own.

A crafted POST naming another organisation's plan, message, messenger or draft
material fails as an invalid choice, the same way an unknown id does.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel

from audiences import access
from audiences.forms import OrganisationOwnedForm, planning_organisations
from audiences.models import Messenger
from audiences.names import LocalizedChoicesFormMixin
from content.access import visible_materials
from content.widgets import VisiblePageChooser


def _messengers(user):
    return access.visible(user, Messenger.objects.all())


# The forms reach the planner's models through their own fields (a choice field
# knows its model), so that the models can name their forms without a loop.
def _owned(field, user):
    """The rows of ``field``'s model that ``user`` may use (none when signed out)."""
    model = field.queryset.model
    return model.objects.for_user(user) if user else model.objects.none()


class UserInlinePanel(InlinePanel):
    """An InlinePanel whose child forms get ``for_user`` and a form class of ours."""

    def __init__(self, relation_name, *args, child_form=None, **kwargs):
        self.child_form = child_form
        super().__init__(relation_name, *args, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["child_form"] = self.child_form
        return kwargs

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        formset["inherit_kwargs"] = ["for_user"]
        if self.child_form is not None:
            formset["form"] = self.child_form
        return options


class MessageForm(LocalizedChoicesFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "messengers" in self.fields:
            self.fields["messengers"].queryset = _messengers(for_user)


class PlanForm(OrganisationOwnedForm):
    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation")
        partners = cleaned.get("partners") or []
        if organisation and organisation in partners:
            self.add_error(
                "partners", _("The owning organisation cannot be its own partner.")
            )
        if organisation and "messages" in self.formsets:
            for form in self.formsets["messages"].forms:
                messengers = getattr(form, "cleaned_data", {}).get("messengers") or []
                strangers = [
                    m for m in messengers if m.organisation_id != organisation.pk
                ]
                if strangers:
                    form.add_error(
                        "messengers",
                        _("%(names)s is on another organisation's roster.")
                        % {"names": ", ".join(str(m) for m in strangers)},
                    )
        return cleaned


class ActivityForm(LocalizedChoicesFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        plans = _owned(self.fields["plan"], for_user)
        self.fields["plan"].queryset = plans
        message_model = self.fields["message"].queryset.model
        self.fields["message"].queryset = message_model.objects.filter(
            plan__in=plans
        ).select_related("plan", "language")
        self.fields["message"].label_from_instance = lambda m: (
            f"{m.plan.title} · {m.headline} ({m.language.language_code})"
        )
        self.fields["messenger"].queryset = _messengers(for_user)
        material = self.fields["material"]
        material.widget = VisiblePageChooser.replacing(material.widget, for_user)
        self.fields["owner"].queryset = (
            get_user_model()
            .objects.filter(
                memberships__organisation__in=planning_organisations(for_user)
            )
            .distinct()
            .order_by("first_name", "username")
        )

    def clean_material(self):
        material = self.cleaned_data.get("material")
        if material and not (
            self.for_user
            and visible_materials(self.for_user).filter(pk=material.pk).exists()
        ):
            raise forms.ValidationError(
                _("Choose a published material or one of your organisation's.")
            )
        return material


class ResultForm(LocalizedChoicesFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.fields["activity"].queryset = _owned(
            self.fields["activity"], for_user
        ).select_related("plan")
        self.fields["activity"].label_from_instance = lambda a: (
            f"{a.plan.title} · {a.title}"
        )


class AdjustmentForm(LocalizedChoicesFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.fields["plan"].queryset = _owned(self.fields["plan"], for_user)

    def save(self, commit=True):
        if self.instance.author_id is None and self.for_user:
            self.instance.author = self.for_user
        return super().save(commit=commit)
