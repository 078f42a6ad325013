"""The A5 booklet of the demo's materials: whole sheets of four pages, and no more
nearly blank pages than folding needs. Starts from the demo's data."""

import pytest
from pypdf import PdfReader

from content import print_services as service
from content.models import MaterialPage
from content.printing import engine
from tests.demo import load_demo
from tests.printing.helpers import KAZAKH_LETTERS, ready
from tests.storage import own_storage

pytestmark = pytest.mark.django_db

# A page whose text, without its running head and page number, is shorter than a
# line of print is nearly blank: an empty page, or one that holds a spilled line.
NEARLY_BLANK = 40


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    own_storage(settings, tmp_path)


@pytest.fixture
def demo():
    load_demo()


def squeeze(text):
    return "".join(text.split())


def page_texts(path, title):
    """Each page's text without whitespace, running head and page number."""
    head = squeeze(title)
    return [
        squeeze(page.extract_text()).replace(head, "").strip("0123456789")
        for page in PdfReader(path).pages
    ]


def booklet(page):
    edition = service.material_edition(page, page.live_revision, layout="a5")
    return page_texts(ready(edition), page.title)


def text_size(page):
    return sum(len(str(block.value)) for block in page.body)


def wasted(pages):
    """Why a booklet wastes paper, or "" when it does not.

    Saddle stitching folds sheets of four pages, so padding to the next four is
    all folding needs: without its nearly blank pages the booklet must still need
    as many sheets. A padding page is never left empty.
    """
    blank = [n for n, text in enumerate(pages, start=1) if len(text) < NEARLY_BLANK]
    if len(pages) % 4:
        return f"{len(pages)} pages are not whole sheets"
    if -(-(len(pages) - len(blank)) // 4) * 4 != len(pages):
        return f"pages {blank} of {len(pages)} are nearly blank"
    if not all(pages):
        return "a page is empty"
    return ""


def test_demo_booklets_take_the_fewest_sheets_without_wasted_pages(demo):
    """The shortest demo material, and one in three languages that was a cover, two
    pages of answers, its help and a back cover padded with three blank pages to
    eight, and a long one (its Kazakh cover spilled onto a second page)."""
    live = MaterialPage.objects.live().select_related("locale")
    shortest = min(live, key=text_size)
    chosen = [shortest]
    for title in (
        "Faith and the law: questions believers ask",
        "Beyond blocking: why alternative voices matter",
    ):
        chosen += live.filter(translation_key=live.get(title=title).translation_key)
    assert len(chosen) == 7
    found, kazakh, written = {}, "", ""
    for page in chosen:
        pages = booklet(page)
        name = f"{page.locale.language_code} {page.title[:50]}"
        found[name] = (len(pages), wasted(pages), [len(text) for text in pages])
        if page.locale.language_code == "kk":
            kazakh += "".join(pages)
            written += str(page.specific.summary) + str(page.body.raw_data)
    # The shortest fits one folded sheet of four pages (it was eight). "Faith and
    # the law" and "Beyond blocking" are Atyrau's: their brochures print Atyrau's
    # help point and the referral pathways, so they take two sheets, which no
    # fewer sheets can hold (checked by wasted()).
    assert [value[0] for value in found.values()] == [4, 8, 8, 8, 8, 8, 8], found
    assert not any(value[1] for value in found.values()), found
    # Every Kazakh letter the materials use is printed (һ is rare: not in these).
    letters = [letter for letter in KAZAKH_LETTERS.split() if letter in written]
    assert len(letters) >= 8
    assert [letter for letter in letters if letter not in kazakh] == []


def pages_html(*texts, fill_before_last=False):
    pages = [f'<p style="break-before: page">{text}</p>' for text in texts]
    if fill_before_last:
        pages.insert(len(pages) - 1, engine.FILL)
    return "<body>" + "".join(pages) + "</body>"


def test_the_layout_needing_fewest_sheets_wins_and_padding_is_notes(tmp_path):
    filler = '<section style="break-before: page">NOTES</section>'
    # A back cover of its own would make five pages, eight with padding; the
    # colophon after the text makes four.
    document = engine.PrintDocument(
        html=pages_html("cover", "a", "b", "c", "back"),
        title="t",
        language="en",
        back_cover=True,
        alternatives=[(pages_html("cover", "a", "b", "c back"), False)],
        filler=filler,
    )
    assert engine.render_to_file(document, tmp_path / "a.pdf", pad_to=4) == 4
    assert document.back_cover is False

    # Three pages either way: the back cover stays, a notes page comes before it.
    document = engine.PrintDocument(
        html=pages_html("cover", "a", "back", fill_before_last=True),
        title="t",
        language="en",
        back_cover=True,
        alternatives=[(pages_html("cover", "a back"), False)],
        filler=filler,
    )
    assert engine.render_to_file(document, tmp_path / "b.pdf", pad_to=4) == 4
    assert document.back_cover is True
    texts = [
        page.extract_text().strip() for page in PdfReader(tmp_path / "b.pdf").pages
    ]
    assert texts == ["cover", "a", "NOTES", "back"]
