"""The campaign plan as a PDF: public fields only, results with counted scans."""

from datetime import date

import pytest
from django.urls import reverse

from audiences.models import Messenger
from campaigns.models import Activity, Adjustment, ResultEntry
from campaigns.overview import result_totals
from campaigns.printing import request_plan_document
from content import print_services as service
from content.printing.models import PrintEdition, PrintLink
from tests.campaigns.helpers import PASSWORD, World, at
from tests.printing.helpers import pdf_fonts, pdf_info, pdf_text, ready
from tests.storage import own_storage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    """Each test its own media directory: leftovers are this test's alone."""
    own_storage(settings, tmp_path)


SECRETS = {
    "phone": "+7 701 555 0199",
    "messenger_handle": "@secret_handle_77",
    "email": "hidden.voice@example.org",
    "internal_notes": "Meets only at the mosque on Fridays",
}


@pytest.fixture
def world():
    world = World()
    plan = world.complete_plan()
    Messenger.objects.filter(pk=world.messenger_a.pk).update(**SECRETS)
    hidden = {k: v + " 2" for k, v in SECRETS.items() if k != "email"}
    withheld = world.messenger(
        world.alpha, "Asel Withheld", identity_public=False, kind="former", **hidden
    )
    message = plan.messages.get()
    message.messengers.add(withheld)
    message.save()  # a ParentalManyToMany is written on save
    activity = plan.activities.get()
    Activity.objects.filter(pk=activity.pk).update(notes="Internal: driver paid cash")
    ResultEntry.objects.create(
        activity=activity,
        date=date(2026, 11, 12),
        reach=1200,
        qr_scans=3,
        notes="Result note: the host was late",
    )
    Adjustment.objects.create(
        plan=plan, what_changed="Moved the video", why="Adjustment secret reason"
    )
    world.plan_a = plan
    return world


def test_plan_document_prints_the_plan_and_no_private_field(world):
    edition = request_plan_document(world.plan_a, world.planner_a, "en")
    path = ready(edition)
    text = pdf_text(path)
    flat = " ".join(text.split())
    assert "Complete plan" in flat
    assert "Faith does not divide" in flat  # a message
    assert "Erlan S. (theologian)" in flat  # public profile
    assert "(identity withheld)" in flat and "Asel Withheld" not in flat
    assert "Hostile comments" in flat and "Moderation" in flat  # risks
    assert "Agree" in flat  # indicators
    assert "Video" in flat  # the timeline table
    for secret in [*SECRETS.values(), "Internal: driver paid cash"]:
        assert secret not in flat, secret
    for secret in ("Result note", "Adjustment secret reason", "@secret_handle"):
        assert secret not in flat, secret
    assert all(embedded == "yes" for _, embedded in pdf_fonts(path))
    info = pdf_info(path)
    assert info["Title"] == "Complete plan" and info["Author"] == "Alpha IRG"


def test_plan_document_is_requested_from_the_plan_page(client, world):
    client.login(username="planner_a", password=PASSWORD)
    page = client.get(reverse("kopir_campaigns:plan", args=[world.plan_a.pk]))
    url = reverse("kopir_campaigns:plan_document", args=[world.plan_a.pk])
    assert url in page.content.decode()
    response = client.post(url, {"language": "ru"})
    edition = PrintEdition.objects.get(kind="plan")
    assert response["Location"] == reverse("kopir_print_edition", args=[edition.pk])
    assert edition.language == "ru"
    download = client.get(reverse("kopir_print_download", args=[edition.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF")

    # Unchanged plan: the same document; a new activity: a new one.
    client.post(url, {"language": "ru"})
    assert PrintEdition.objects.filter(kind="plan").count() == 1
    Activity.objects.create(
        plan=world.plan_a,
        title="Second",
        target_group=world.youth,
        channel=world.events,
        starts_at=at(date(2026, 12, 1)),
    )
    client.post(url, {"language": "ru"})
    assert PrintEdition.objects.filter(kind="plan").count() == 2


def test_other_organisation_cannot_request_or_fetch_the_plan_document(client, world):
    edition = request_plan_document(world.plan_a, world.planner_a, "en")
    ready(edition)
    client.login(username="planner_b", password=PASSWORD)
    response = client.post(
        reverse("kopir_campaigns:plan_document", args=[world.plan_a.pk]), follow=True
    )
    assert b"Complete plan" not in response.content
    assert PrintEdition.objects.count() == 1
    for name in ("kopir_print_download", "kopir_print_edition", "kopir_print_status"):
        response = client.get(reverse(name, args=[edition.pk]), follow=True)
        assert b"%PDF" not in response.content
        assert b"Complete plan" not in response.content
    public = client.get(reverse("kopir_print_public", args=[edition.pk]), follow=True)
    assert public.status_code == 404
    client.logout()
    response = client.get(reverse("kopir_print_download", args=[edition.pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_counted_scans_appear_in_campaign_results(client, world):
    material = world.material_ru
    material.refresh_from_db()
    edition = service.material_edition(material, material.live_revision, layout="a4")
    ready(edition)
    link = PrintLink.objects.get(edition=edition)
    for _ in range(4):
        client.get(reverse("kopir_qr", args=[link.code]))

    totals = result_totals([world.plan_a])
    assert totals[world.plan_a.pk]["qr_scans"] == 3 + 4  # logged + counted

    client.login(username="planner_a", password=PASSWORD)
    page = client.get(reverse("kopir_campaigns:plan", args=[world.plan_a.pk]))
    html = page.content.decode()
    assert 'data-testid="printed-scans"' in html
    assert "Who is writing to you" in html
    assert ">4<" in html.split('data-testid="printed-scans"')[1]

    # The other organisation's plan using the same material sees the same
    # material's scans only through its own plan, never A's results log.
    plan_b = world.complete_plan(world.beta, "Beta plan")
    assert result_totals([plan_b])[plan_b.pk]["qr_scans"] == 4
