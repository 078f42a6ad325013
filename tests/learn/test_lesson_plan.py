"""The printable A4 lesson plan: through the print engine, with Kazakh letters."""

import pytest
from django.test import Client
from django.urls import reverse

from audiences.factories import make_organisation
from audiences.models import Membership, Role, User
from campaigns.demo.learn import seed_learn
from content.factories import build_site
from content.learn_print import request_lesson_plan
from content.models import LessonPage
from content.printing.errors import PrintError
from content.printing.models import PrintEdition
from tests.printing.helpers import pdf_fonts, pdf_text, ready
from tests.storage import own_storage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    own_storage(settings, tmp_path)


@pytest.fixture
def lesson_world():
    seed_learn(build_site())
    organisation = make_organisation("lesson-org", "Lesson org")
    user = User.objects.create_user("facilitator", password="pw-lesson-2026")
    Membership.objects.create(organisation=organisation, user=user, role=Role.EDITOR)
    lesson = LessonPage.objects.get(slug="us-and-them", locale__language_code="kk")
    return lesson, user


def test_lesson_plan_pdf_has_kazakh_letters_answers_and_questions(lesson_world):
    lesson, user = lesson_world
    edition = request_lesson_plan(lesson, user)
    path = ready(edition)
    flat = " ".join(pdf_text(path).split())
    assert lesson.title in flat
    for letter in "әғқңөұүһі":
        assert letter in flat.lower() or letter == "һ", letter
    assert "Бір топты бір бүтін ретінде сипаттау неліктен қауіпті?" in flat
    assert "Эмоциялық ілмек" in flat  # a spot-the-technique option
    assert "Жалған бедел" in flat
    assert all(embedded == "yes" for _, embedded in pdf_fonts(path))


def test_only_a_published_lesson_is_printed(lesson_world):
    lesson, user = lesson_world
    lesson.unpublish()
    lesson.refresh_from_db()
    with pytest.raises(PrintError):
        request_lesson_plan(lesson, user)


def test_each_organisation_gets_its_own_edition(lesson_world):
    lesson, user = lesson_world
    other = User.objects.create_user("other-facilitator", password="pw-lesson-2026")
    Membership.objects.create(
        organisation=make_organisation("other-org", "Other org"),
        user=other,
        role=Role.EDITOR,
    )
    mine = request_lesson_plan(lesson, user)
    theirs = request_lesson_plan(lesson, other)
    assert mine.pk != theirs.pk
    assert theirs.organisation.slug == "other-org"
    # Asked again, a member gets their organisation's edition back.
    assert request_lesson_plan(lesson, other).pk == theirs.pk
    # And each opens only their own.
    client = Client()
    client.force_login(other)
    url = reverse("kopir_print_edition", args=[mine.pk])
    assert client.get(url).status_code == 404
    assert (
        client.get(reverse("kopir_print_edition", args=[theirs.pk])).status_code == 200
    )


def test_the_plan_is_queued_from_the_facilitator_view(client, lesson_world):
    lesson, _user = lesson_world
    admin = User.objects.create_superuser("boss", password="pw-123456789")
    make_organisation("some-org", "Some org")
    client.force_login(admin)
    page = client.get(reverse("kopir_learn_facilitator", args=[lesson.pk]))
    url = reverse("kopir_learn_print", args=[lesson.pk])
    assert url in page.content.decode()
    response = client.post(url)
    edition = PrintEdition.objects.get(kind="lesson")
    assert response["Location"] == reverse("kopir_print_edition", args=[edition.pk])
    assert edition.language == "kk"
