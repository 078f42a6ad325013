"""Adapt for my organisation: copy another organisation's live material as a draft."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from audiences import access
from audiences.models import Organisation
from content.models import MaterialPage
from content.services import AdaptError, adapt_material


class AdaptForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("For organisation")
    )
    locale = forms.ModelChoiceField(
        queryset=Locale.objects.all(),
        label=_("Language of the copy"),
        help_text=_(
            "Choose another language to start a translation straight away: the "
            "text stays as it is for you to translate, the tags follow."
        ),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["locale"].label_from_instance = lambda locale: (
            locale.get_display_name()
        )


def adapt_view(request, page_id):
    """Copy another organisation's live material into one's own space as a draft."""
    original = get_object_or_404(
        MaterialPage.objects.live()
        .public()
        .select_related("origin_organisation", "locale"),
        pk=page_id,
    )
    organisations = access.organisations(request.user, *access.EDITORS).exclude(
        pk=original.origin_organisation_id
    )
    if not organisations.exists():
        raise PermissionDenied
    form = AdaptForm(
        request.POST or None,
        organisations=organisations,
        initial={"organisation": organisations.first(), "locale": original.locale},
    )
    if request.method == "POST" and form.is_valid():
        try:
            copy = adapt_material(
                original=original,
                organisation=form.cleaned_data["organisation"],
                locale=form.cleaned_data["locale"],
                user=request.user,
            )
        except AdaptError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                gettext(
                    "Draft created. It stays private until your reviewer approves it."
                ),
            )
            return redirect("wagtailadmin_pages:edit", copy.pk)
    return TemplateResponse(
        request,
        "content/admin/adapt.html",
        {
            "original": original,
            "form": form,
            "page_title": gettext("Adapt for my organisation"),
            "header_icon": "copy",
        },
    )
