"""The access layer: who may see and do what with anything an organisation owns.

Every model that belongs to an organisation registers one ``Rule`` here, from its
app's ``ready()``; the roles a user holds in each organisation decide the rest.
Querysets (``visible``), instance checks (``can``), the Wagtail permission
policies (``OwnedPermissionPolicy``, registered with ``wagtail.permissions`` so
Wagtail's own views ask it too), the admin guards, print views, reports, choosers
and dashboard panels all come here; nothing else compares organisation ids.

Closed by default: a model with a path to ``Organisation`` that registered no
rule fails ``manage.py check`` (``kopir.E001``), and ``visible`` raises for it;
the admin's bulk actions refuse models that are neither owned nor declared
shared. The site administrator (an active superuser) sees everything.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from audiences.models import Membership, Organisation, Role

VIEW = "view"
CHANGE = "change"

EDITORS = (Role.EDITOR, Role.ADMIN)
PLANNERS = (Role.PLANNER, Role.ADMIN)
MEMBERS = (Role.EDITOR, Role.PLANNER, Role.ADMIN)
ADMINS = (Role.ADMIN,)
REVIEWERS = (Role.REVIEWER,)


@dataclass(frozen=True)
class Rule:
    """How one model belongs to an organisation and which roles reach it.

    ``organisation``: the lookup from the model to its organisation
    (``"plan__organisation"``). ``roles``: action → the roles that grant it in
    that organisation (``"view"`` is the fallback for any other action).
    ``public``: rows anyone may see (a published material). ``extra``: rows a
    user reaches by other means, as ``extra(user, action) → Q`` (a reviewer's
    submissions while they wait for them). ``members``: rows every signed-in
    member of any organisation may see, never the public (shared guidance such
    as a live reply playbook).
    """

    organisation: str
    roles: dict
    public: Callable[[], Q] | None = None
    extra: Callable[[object, str], Q] | None = None
    members: Callable[[], Q] | None = None

    def roles_for(self, action):
        return self.roles.get(action, self.roles.get(VIEW, ()))


_rules: dict[type, Rule] = {}
_shared: set[type] = set()


def register(
    model, *, organisation, roles, public=None, extra=None, members=None, policy=None
):
    """Declare ``model`` organisation-owned.

    ``policy``: the Wagtail permission policy class to register for it (for
    snippets: ``OwnedPermissionPolicy``); pages, images and documents keep
    Wagtail's own tree and collection policies, whose groups the roles fill.
    """
    if isinstance(roles, tuple | list):
        roles = {VIEW: tuple(roles)}
    _rules[model] = Rule(organisation, roles, public, extra, members)
    if policy is not None:
        register_permission_policy(model, policy(model))


def register_shared(*models_):
    """Declare models that belong to nobody (taxonomy, site settings): not owned."""
    _shared.update(models_)


def rule_for(model):
    for klass in (model, *model._meta.get_parent_list()):
        if klass in _rules:
            return _rules[klass]
    return None


def owned_models():
    """Every model registered as organisation-owned."""
    return tuple(_rules)


def is_owned(model):
    return rule_for(model) is not None


def is_shared(model):
    return any(k in _shared for k in (model, *model._meta.get_parent_list()))


def is_site_admin(user):
    return bool(getattr(user, "is_active", False) and user.is_superuser)


def organisation_ids(user, *roles):
    """Organisations where ``user`` holds any of ``roles`` (any role if none).

    Memoised on the user object, so one request asks the database once per set.
    """
    if user is None or not user.is_active or not user.is_authenticated:
        return frozenset()
    cache = user.__dict__.setdefault("_kopir_org_ids", {})
    key = tuple(sorted(roles))
    if key not in cache:
        memberships = Membership.objects.filter(user=user)
        if roles:
            memberships = memberships.filter(role__in=roles)
        cache[key] = frozenset(memberships.values_list("organisation_id", flat=True))
    return cache[key]


def organisations(user, *roles, everything_for_admins=False):
    """The ``Organisation`` rows of ``organisation_ids``, by name.

    ``everything_for_admins``: a site administrator gets every organisation (the
    choices of a form in which they act for any of them).
    """
    rows = Organisation.objects.order_by("name")
    if everything_for_admins and is_site_admin(user):
        return rows
    if user is None:
        return rows.none()
    return rows.filter(pk__in=organisation_ids(user, *roles))


def has_role(user, organisation_id, *roles):
    return organisation_id is not None and organisation_id in organisation_ids(
        user, *roles
    )


def forget(user):
    """Drop the memoised memberships (after they changed)."""
    user.__dict__.pop("_kopir_org_ids", None)


def condition(user, model, action=VIEW):
    """The ``Q`` of ``model``'s rows ``user`` may reach for ``action``.

    ``None`` means every row (a site administrator).
    """
    rule = rule_for(model)
    if rule is None:
        raise LookupError(
            f"{model._meta.label} has no access rule: register it in audiences.access"
        )
    if is_site_admin(user):
        return None
    allowed = Q(pk__in=[])
    roles = rule.roles_for(action)
    if getattr(user, "is_active", False) and user.is_authenticated:
        # No roles means no role grants it (not "any role").
        ids = organisation_ids(user, *roles) if roles else ()
        if ids:
            allowed |= Q(**{f"{rule.organisation}__in": ids})
        if rule.extra is not None:
            allowed |= rule.extra(user, action)
        if action == VIEW and rule.members is not None and organisation_ids(user):
            allowed |= rule.members()
    if action == VIEW and rule.public is not None:
        allowed |= rule.public()
    return allowed


def visible(user, queryset, action=VIEW):
    """``queryset`` narrowed to the rows ``user`` may reach for ``action``."""
    allowed = condition(user, queryset.model, action)
    return queryset if allowed is None else queryset.filter(allowed)


def owned_by(organisation_id, queryset):
    """``queryset`` narrowed to the rows ``organisation_id`` owns (an API token
    acts for its organisation, not for a person)."""
    rule = rule_for(queryset.model)
    if rule is None:
        raise LookupError(
            f"{queryset.model._meta.label} has no access rule: register it in "
            "audiences.access"
        )
    if organisation_id is None:
        return queryset.none()
    return queryset.filter(**{rule.organisation: organisation_id})


def can(user, action, obj):
    """May ``user`` do ``action`` with ``obj``? Answers from memory when it can."""
    if obj is None:
        return False
    rule = rule_for(type(obj))
    if rule is None:
        raise LookupError(f"{type(obj)._meta.label} has no access rule")
    if is_site_admin(user):
        return True
    roles = rule.roles_for(action)
    if roles and has_role(user, owner_id(obj), *roles):
        return True
    if rule.extra is None and not (
        action == VIEW and (rule.public is not None or rule.members is not None)
    ):
        return False
    return visible(user, type(obj)._default_manager.filter(pk=obj.pk), action).exists()


def owner_id(obj):
    """The id of the organisation ``obj`` belongs to (None if it has none)."""
    path = rule_for(type(obj)).organisation
    if path == "pk":
        return obj.pk
    *hops, last = path.split("__")
    for hop in hops:
        # A missing reverse one-to-one raises a subclass of AttributeError.
        obj = getattr(obj, hop, None)
        if obj is None:
            return None
    if hasattr(obj, f"{last}_id"):
        return getattr(obj, f"{last}_id")
    target = getattr(obj, last, None)
    return target.pk if target is not None else None


def may_use(user, action, model):
    """Could ``user`` do ``action`` with some row of ``model`` (menus, buttons)?"""
    if is_site_admin(user):
        return True
    roles = rule_for(model).roles_for(action)
    return bool(roles) and bool(organisation_ids(user, *roles))


def hide_foreign(queryset, user, prefix=""):
    """Drop rows that point at an owned object ``user`` may not see.

    For generic references (log entries, workflow and task states): ``prefix``
    leads to the ``content_type`` and ``object_id`` pair (``"workflow_state__"``).
    """
    if is_site_admin(user):
        return queryset

    for model in owned_models():
        content_type = ContentType.objects.get_for_model(model)
        seen = (
            visible(user, model._default_manager.all())
            .annotate(pk_text=Cast("pk", CharField()))
            .values("pk_text")
        )
        queryset = queryset.exclude(
            Q(**{f"{prefix}content_type": content_type})
            & ~Q(**{f"{prefix}object_id__in": seen})
        )
    return queryset


class OwnedPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, narrowed to the rows the access layer allows.

    The Django permission (from the role's group) says whether a user may do an
    action to the model at all; the layer says to which rows.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can(
            user, _layer_action(action), instance
        )

    def instances_user_has_permission_for(self, user, action):
        queryset = self.model._default_manager.all()
        if not self.user_has_permission(user, action):
            return queryset.none()
        return visible(user, queryset, _layer_action(action))

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.none()
        for action in actions:
            queryset |= self.instances_user_has_permission_for(user, action)
        return queryset


def _layer_action(action):
    """Wagtail's actions (add, change, delete, lock, publish…) as the layer's."""
    return VIEW if action == VIEW else CHANGE


def organisation_paths(model, depth=3):
    """Lookups from ``model`` to ``Organisation`` through forward relations."""
    found, frontier = [], [(model, "")]
    for _ in range(depth):
        nxt = []
        for current, prefix in frontier:
            for field in current._meta.get_fields():
                if not (field.many_to_one or field.one_to_one) or not field.concrete:
                    continue
                target = field.related_model
                path = f"{prefix}{field.name}"
                if target is Organisation:
                    found.append(path)
                elif target is not None and target._meta.app_label in PROJECT_APPS:
                    nxt.append((target, f"{path}__"))
        frontier = nxt
    return found


PROJECT_APPS = ("audiences", "content", "campaigns")


@checks.register()
def check_every_owned_model_has_a_rule(app_configs, **kwargs):
    """A model that points at an organisation is closed until it has a rule."""
    errors = []
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS or model is Organisation:
            continue
        if is_owned(model) or is_shared(model) or not organisation_paths(model):
            continue
        errors.append(
            checks.Error(
                f"{model._meta.label} points at an organisation but has no access "
                "rule.",
                hint="Register it with audiences.access.register(...) (or "
                "register_shared for data every organisation may read).",
                obj=model,
                id="kopir.E001",
            )
        )
    return errors


class OrganisationRecordPolicy(OwnedPermissionPolicy):
    """Site admins manage every organisation; an organisation admin edits their own.

    Editing covers the record and its members and roles; adding and deleting
    organisations stays with site admins.
    """

    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return action in (VIEW, CHANGE) and may_use(user, action, self.model)

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in (VIEW, CHANGE) and not is_site_admin(user):
            return False
        return can(user, _layer_action(action), instance)

    def instances_user_has_permission_for(self, user, action):
        queryset = self.model._default_manager.all()
        if action not in (VIEW, CHANGE) and not is_site_admin(user):
            return queryset.none()
        return visible(user, queryset, _layer_action(action))


class KeepRowsPolicy(OwnedPermissionPolicy):
    """Owned rows nobody deletes, not even the site administrator (API tokens are
    revoked instead: their calls stay readable in the history)."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return action != "delete" and super().user_has_permission_for_instance(
            user, action, instance
        )

    def instances_user_has_permission_for(self, user, action):
        if action == "delete":
            return self.model._default_manager.none()
        return super().instances_user_has_permission_for(user, action)
