"""Organisations, people and a material in review, shared by the review tests."""

from audiences.factories import make_organisation
from audiences.models import Membership, User
from content.factories import make_material
from content.models import ChecklistItem

PASSWORD = "s3cret-pass"


def person(username, organisation=None, *roles):
    user = User.objects.create_user(username=username, password=PASSWORD)
    for role in roles:
        Membership.objects.create(organisation=organisation, user=user, role=role)
    return user


def answers(value="yes", **overrides):
    """Checklist data answering every active item ``value``; ``overrides`` by pk."""
    data = {"comment": ""}
    for item in ChecklistItem.objects.filter(active=True):
        data[f"item_{item.pk}"] = overrides.get(item.pk, value)
        data[f"item_{item.pk}_comment"] = ""
    return data


def organisations():
    alpha = make_organisation("alpha-irg", "Alpha IRG")
    beta = make_organisation("beta-ngo", "Beta NGO")
    return alpha, beta


def submitted_material(library, organisation, author, **kwargs):
    page = make_material(library, organisation=organisation, live=False, **kwargs)
    page.owner = author
    page.save(update_fields=["owner"])
    page.get_workflow().start(page, author)
    page.refresh_from_db()
    return page
