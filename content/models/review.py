"""The strategic communication review: checklist, custom Wagtail task, answers.

A reviewer of the material's organisation answers every checklist item (yes,
no, not applicable; a comment where the answer is no). A required item
answered no blocks approval. The rule is checked in the form *and* again in
``on_action``, because Wagtail's edit view passes the action data from the
browser straight to the task. The form is built here, beside the task that
hands it to Wagtail; notifications and messages are in ``content.review``.
"""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils.html import format_html_join
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Task, TaskState

from audiences import access
from content.models.material import MaterialPage
from content.models.reply import ReplyPlaybook
from content.models.site import OrganisationSpace

YES, NO, NOT_APPLICABLE = "yes", "no", "na"
ANSWER_CHOICES = [
    (YES, _("Yes")),
    (NO, _("No")),
    (NOT_APPLICABLE, _("Not applicable")),
]


class ChecklistItem(models.Model):
    """One question a reviewer answers before a material goes public."""

    question_en = models.CharField(_("question (English)"), max_length=300)
    question_ru = models.CharField(_("question (Russian)"), max_length=300)
    question_kk = models.CharField(_("question (Kazakh)"), max_length=300)
    guidance_en = models.TextField(_("guidance (English)"), blank=True)
    guidance_ru = models.TextField(_("guidance (Russian)"), blank=True)
    guidance_kk = models.TextField(_("guidance (Kazakh)"), blank=True)
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("A required item answered “no” blocks approval."),
    )
    anchor = models.CharField(
        _("where it comes from"),
        max_length=200,
        blank=True,
        help_text=_("The recommendation or finding of the brief it rests on."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("question_en"),
        FieldPanel("question_ru"),
        FieldPanel("question_kk"),
        FieldPanel("guidance_en"),
        FieldPanel("guidance_ru"),
        FieldPanel("guidance_kk"),
        FieldPanel("required"),
        FieldPanel("anchor"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("review checklist item")
        verbose_name_plural = _("review checklist")

    def __str__(self):
        return self.question()

    def _in_language(self, stem):
        code = (get_language() or "en")[:2]
        return getattr(self, f"{stem}_{code}", "") or getattr(self, f"{stem}_en")

    def question(self):
        return self._in_language("question")

    def guidance(self):
        return self._in_language("guidance")


def organisation_id_for(obj):
    """The organisation a page belongs to, from the material or its space; a
    reviewed snippet (a reply playbook) says its own."""
    if isinstance(obj, ReplyPlaybook):
        return obj.organisation_id
    page = getattr(obj, "specific_deferred", obj)
    if isinstance(page, MaterialPage):
        return page.origin_organisation_id
    if isinstance(page, OrganisationSpace):
        return page.organisation_id
    if not getattr(obj, "path", None):
        return None
    return (
        OrganisationSpace.objects.ancestor_of(obj)
        .values_list("organisation_id", flat=True)
        .first()
    )


class BaseChecklistForm(forms.Form):
    """Built per action by ``checklist_form_class``; validates the checklist rules."""

    action = "approve"
    items = ()

    def clean(self):
        cleaned = super().clean()
        blocking = []
        for item in self.items:
            answer = cleaned.get(f"item_{item.pk}")
            comment = (cleaned.get(f"item_{item.pk}_comment") or "").strip()
            if answer == NO and not comment:
                self.add_error(
                    f"item_{item.pk}_comment",
                    gettext("Say what is wrong: a “no” needs a comment."),
                )
            if answer == NO and item.required:
                blocking.append(item)
        if self.action == "approve" and blocking:
            raise forms.ValidationError(
                gettext(
                    "You cannot approve while a required item is answered “no”: "
                    "%(items)s. Request changes instead."
                )
                % {
                    "items": "; ".join(item.question().rstrip(".") for item in blocking)
                },
                code="required_no",
            )
        if self.action == "reject" and not (
            (cleaned.get("comment") or "").strip()
            or any(cleaned.get(f"item_{item.pk}") == NO for item in self.items)
        ):
            raise forms.ValidationError(
                gettext("Tell the editor what to change: a comment or a “no”."),
                code="reject_needs_reason",
            )
        return cleaned

    def answers(self):
        """``[(item, answer, comment)]`` for the items answered."""
        return [
            (
                item,
                self.cleaned_data.get(f"item_{item.pk}") or "",
                (self.cleaned_data.get(f"item_{item.pk}_comment") or "").strip(),
            )
            for item in self.items
            if self.cleaned_data.get(f"item_{item.pk}")
        ]


def checklist_form_class(action):
    """A form with one answer and one comment per active checklist item."""
    items = list(ChecklistItem.objects.filter(active=True))
    attrs = {"action": action, "items": items}
    for item in items:
        kind = gettext("Must pass.") if item.required else gettext("Advisory.")
        attrs[f"item_{item.pk}"] = forms.ChoiceField(
            label=item.question(),
            help_text=f"{kind} {item.guidance()}",
            choices=ANSWER_CHOICES,
            widget=forms.RadioSelect,
            required=action == "approve",
        )
        attrs[f"item_{item.pk}_comment"] = forms.CharField(
            label=gettext("Comment"),
            required=False,
            max_length=2000,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
    attrs["comment"] = forms.CharField(
        label=gettext("Comment for the editor"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    return type("ChecklistReviewForm", (BaseChecklistForm,), attrs)


class ChecklistReviewTask(Task):
    """Wagtail task type “Strategic communication review”."""

    distinct_reviewer = models.BooleanField(
        _("needs a different reviewer"),
        default=False,
        help_text=_(
            "Someone who approved an earlier step of the same review cannot "
            "approve this one (a second pair of eyes)."
        ),
    )

    admin_form_fields = Task.admin_form_fields + ["distinct_reviewer"]

    class Meta:
        verbose_name = _("Strategic communication review")
        verbose_name_plural = _("Strategic communication reviews")

    @classmethod
    def get_task_state_class(cls):
        return ChecklistReviewTaskState

    @classmethod
    def get_description(cls):
        return _(
            "Reviewers of the material's organisation answer the review "
            "checklist; a required item answered “no” blocks approval."
        )

    def _can_review(self, obj, user):
        if not user.is_active:
            return False
        if access.is_site_admin(user):
            return True
        return access.has_role(user, organisation_id_for(obj), *access.REVIEWERS)

    def user_can_access_editor(self, obj, user):
        return self._can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self._can_review(obj, user)

    def _refusal(self, obj, user):
        """Why ``user`` may not decide this task now, or None."""
        if not self._can_review(obj, user):
            return gettext("You do not review for this organisation.")
        if access.is_site_admin(user):
            return None
        workflow_state = obj.current_workflow_state
        if workflow_state is None:
            return gettext("The material is not in review.")
        if workflow_state.requested_by_id == user.pk:
            return gettext("You submitted this material; someone else reviews it.")
        if self.distinct_reviewer and (
            workflow_state.task_states.filter(
                status=TaskState.STATUS_APPROVED, finished_by=user
            )
            .exclude(task=self)
            .exists()
        ):
            return gettext("You approved an earlier step; a second reviewer decides.")
        return None

    def get_actions(self, obj, user):
        if self._refusal(obj, user):
            return []
        return [
            ("reject", gettext("Request changes"), True),
            ("approve", gettext("Approve"), True),
        ]

    def get_form_for_action(self, action):
        return checklist_form_class(action)

    def get_template_for_action(self, action):
        return "content/review/action_modal.html"

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        if action_name not in ("approve", "reject"):
            return super().on_action(task_state, user, action_name, **kwargs)
        if self._refusal(obj, user):
            raise PermissionDenied
        # The data may come straight from a browser: validate it again here.
        form = checklist_form_class(action_name)(data=kwargs)
        if not form.is_valid():
            raise PermissionDenied(
                "; ".join(str(e) for errors in form.errors.values() for e in errors)
            )
        task_state = task_state.specific
        task_state.review_answers.all().delete()
        ReviewAnswer.objects.bulk_create(
            ReviewAnswer(
                task_state=task_state,
                item=item,
                question=item.question_en,
                required=item.required,
                answer=answer,
                comment=comment,
            )
            for item, answer, comment in form.answers()
        )
        comment = form.cleaned_data.get("comment", "").strip()
        if action_name == "approve":
            task_state.approve(user=user, comment=comment)
        else:
            task_state.reject(user=user, comment=comment)

    @classmethod
    def states_user_can_moderate(cls, user):
        """Steps of every active checklist review that ``user`` may decide now:
        in progress, for an organisation they review, not their own submission.
        Lazy: building it costs no query."""
        states = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            task__in=cls.objects.filter(active=True).values("pk"),
        )
        if access.is_site_admin(user):
            return states
        org_ids = access.organisation_ids(user, *access.REVIEWERS)
        if not org_ids:
            return TaskState.objects.none()
        page_ids = (
            MaterialPage.objects.filter(origin_organisation_id__in=org_ids)
            .annotate(pk_text=Cast("pk", models.CharField()))
            .values("pk_text")
        )
        # Reply playbooks go through the same review; their ids are counted
        # apart from pages' (an id alone could name a page and a playbook).
        playbook_ids = (
            ReplyPlaybook.objects.filter(organisation_id__in=org_ids)
            .annotate(pk_text=Cast("pk", models.CharField()))
            .values("pk_text")
        )
        playbook_type = ContentType.objects.get_for_model(
            ReplyPlaybook, for_concrete_model=False
        )
        return states.filter(
            (
                ~models.Q(workflow_state__base_content_type=playbook_type)
                & models.Q(workflow_state__object_id__in=page_ids)
            )
            | models.Q(
                workflow_state__base_content_type=playbook_type,
                workflow_state__object_id__in=playbook_ids,
            )
        ).exclude(workflow_state__requested_by=user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return self.states_user_can_moderate(user).filter(task=self)


class ChecklistReviewTaskState(TaskState):
    """A review step; its answers hang off it, and so off the revision reviewed."""

    class Meta:
        verbose_name = _("Strategic communication review state")
        verbose_name_plural = _("Strategic communication review states")

    def get_comment(self):
        """The reviewer's comment followed by every “no” and its reason.

        Wagtail stores this in the audit log entry and shows it in the page's
        history and workflow history, so the editor sees what to change.
        """
        lines = []
        if self.comment:
            lines.append(self.comment)
        answers = list(self.review_answers.all())
        if answers:
            lines.append(
                gettext("Checklist: %(yes)d yes, %(no)d no, %(na)d not applicable.")
                % self.answer_counts()
            )
            for answer in answers:
                if answer.answer == NO:
                    lines.append(f"✗ {answer.question_text()}: {answer.comment}")
        return "\n".join(lines)

    def answer_counts(self):
        """``{"yes": n, "no": n, "na": n}`` over the (prefetchable) answers."""
        counts = dict.fromkeys((YES, NO, NOT_APPLICABLE), 0)
        for answer in self.review_answers.all():
            counts[answer.answer] += 1
        return counts

    def answers_html(self):
        return format_html_join(
            "",
            "<li><strong>{}</strong> {}{}</li>",
            (
                (
                    a.get_answer_display(),
                    a.question_text(),
                    f" — {a.comment}" if a.comment else "",
                )
                for a in self.review_answers.all()
            ),
        )


class ReviewAnswer(models.Model):
    """A reviewer's answer to one checklist item, for one reviewed revision."""

    task_state = models.ForeignKey(
        TaskState, on_delete=models.CASCADE, related_name="review_answers"
    )
    item = models.ForeignKey(
        ChecklistItem, null=True, on_delete=models.SET_NULL, related_name="answers"
    )
    # What the item said when it was answered, in case it is edited later.
    question = models.CharField(max_length=300)
    required = models.BooleanField(default=True)
    answer = models.CharField(max_length=3, choices=ANSWER_CHOICES)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("review answer")
        verbose_name_plural = _("review answers")

    def __str__(self):
        return f"{self.question_text()}: {self.get_answer_display()}"

    def question_text(self):
        return self.item.question() if self.item_id and self.item else self.question
