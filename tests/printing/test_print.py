"""Print editions: what the PDFs contain, and the QR codes that count scans."""

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from content.printing.errors import PrintError
from content.printing.models import PrintEdition, PrintLink
from tests.printing.editions import print_dir_leftovers, print_material
from tests.printing.helpers import (
    KAZAKH_LETTERS,
    KAZAKH_TITLE,
    RUSSIAN_TEXT,
    error,
    make_image,
    pdf_fonts,
    pdf_info,
    pdf_pages,
    pdf_text,
    qr_codes,
    ready,
)

# Each test its own media directory: leftovers are this test's alone.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media")]


A4_WIDTH, A4_HEIGHT = 595.276, 841.89


# --- What the brochure holds -------------------------------------------------------


def test_kazakh_brochure_has_title_letters_metadata_and_embedded_fonts(shelf):
    page = shelf.kazakh_material()
    edition = print_material(page)
    path = ready(edition)

    text = pdf_text(path)
    assert KAZAKH_TITLE.split(":")[0] in text
    for letter in KAZAKH_LETTERS.split():
        assert letter in text, f"{letter} is missing from the PDF text"
    assert "Сенім телефоны" in text and "114" in text  # the helpline block
    assert "Жастар сауалнамасы, 2020" in text  # a fact keeps its source
    assert "Alpha IRG" in text and "CC BY 4.0" in text  # the colophon

    fonts = pdf_fonts(path)
    assert fonts, "no fonts in the PDF"
    assert all(embedded == "yes" for _, embedded in fonts), fonts
    # Only the Noto fonts shipped in static/fonts, under their @font-face names.
    assert {name.split("+")[1] for name, _ in fonts} <= {
        "Kopir-Sans",
        "Kopir-Sans-Bold",
        "Kopir-Sans-Italic",
        "Kopir-Serif",
        "Kopir-Serif-Bold",
        "Kopir-Serif-Italic",
    }, fonts

    info = pdf_info(path)
    assert info["Tagged"] == "yes"  # structure for screen readers
    assert info["Title"] == KAZAKH_TITLE
    assert info["Author"] == "Alpha IRG"
    # The kind of document in the document's language, whatever the worker's.
    with translation.override("kk"):
        kazakh_kind = str(edition.get_kind_display())
    with translation.override("ru"):
        assert kazakh_kind != str(edition.get_kind_display())
    assert info["Subject"] == kazakh_kind
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "kk"


def test_brochure_prints_the_pathway_and_help_points_of_the_materials_region(shelf):
    from audiences.factories import make_region
    from audiences.models import HelpPoint, Pathway, PathwayStep, Situation

    atyrau = make_region("atyrau", "Атырау облысы")
    other = make_region("abai", "Абай облысы")
    centre = HelpPoint.objects.create(
        region=atyrau["ru"],
        kind=HelpPoint.Kind.ADVISORY,
        name_kk="Атырау кеңес беру орталығы",
        name_ru="Атырауский консультационный центр",
        name_en="Atyrau advisory centre",
        phone="8 7122 00 00 00",
        is_public=True,
    )
    HelpPoint.objects.create(
        region=other["ru"], name_kk="Семей орталығы", kind="advisory", is_public=True
    )
    private = HelpPoint.objects.create(
        region=atyrau["ru"],
        kind="psychologist",
        name_kk="Жабық психолог Zephyrquill",
        phone="Zephyrquill 1",
        is_public=False,
    )
    parent = Situation.objects.create(
        slug="worried-parent", name_kk="Баламның жағдайы мені алаңдатады"
    )
    recruiter = Situation.objects.create(
        slug="recruiter", name_kk="Маған біреу жазып жатыр", sort_order=1
    )
    own = Pathway.objects.create(situation=parent, region=atyrau["ru"])
    PathwayStep.objects.create(
        pathway=own, sort_order=0, text_kk="Баламен сабырлы сөйлесіңіз."
    )
    PathwayStep.objects.create(
        pathway=own, sort_order=1, text_kk="Орталыққа жазылыңыз", help_point=centre
    )
    PathwayStep.objects.create(
        pathway=own, sort_order=2, text_kk="Психологпен сөйлесіңіз", help_point=private
    )
    nationwide = Pathway.objects.create(situation=recruiter, region=None)
    PathwayStep.objects.create(pathway=nationwide, text_kk="Жауап бермеңіз.")
    # The material names its region in Kazakh; help points point at the Russian row.
    page = shelf.kazakh_material(regions=[atyrau["kk"]])
    text = " ".join(pdf_text(ready(print_material(page))).split())
    assert "Атырау облысы. Атырау кеңес беру орталығы: 8 7122 00 00 00" in text
    assert "Баламен сабырлы сөйлесіңіз." in text
    assert "Орталыққа жазылыңыз — Атырау кеңес беру орталығы" in text
    # The nationwide pathway stands in for the situation Atyrau has none for.
    assert "Маған біреу жазып жатыр" in text and "Жауап бермеңіз." in text
    assert "Психологпен сөйлесіңіз" in text  # the step, without the private point
    assert "Zephyrquill" not in text
    assert "Семей" not in text  # only the material's own regions


def test_page_counts_of_each_layout(shelf):
    page = shelf.kazakh_material()
    a4 = ready(print_material(page, "a4"))
    a5 = ready(print_material(page, "a5"))
    folded = ready(print_material(page, "a5", folded=True))
    leaflet = ready(print_material(page, "dl"))

    assert pdf_pages(a4) >= 2  # a cover, then the text
    assert pdf_pages(a5) % 4 == 0  # whole sheets of a booklet
    assert pdf_pages(folded) == pdf_pages(a5) // 2  # two A5 pages per side
    width, height = map(float, pdf_info(folded)["Page size"].split()[0:3:2])
    assert (round(width), round(height)) == (round(A4_HEIGHT), round(A4_WIDTH))
    assert pdf_pages(leaflet) == 2  # outside and inside of a tri-fold
    width, height = map(float, pdf_info(leaflet)["Page size"].split()[0:3:2])
    assert width > height  # landscape


def test_booklet_folding_order_puts_cover_beside_back_page(shelf):
    page = shelf.kazakh_material()
    edition = print_material(page, "a5", folded=True)
    reader = PdfReader(ready(edition))
    first_side = reader.pages[0].extract_text()
    # Sheet 1, front: the back page (colophon) on the left, the cover on the right.
    assert first_side.index("Alpha IRG") < first_side.index(KAZAKH_TITLE[:10]) or (
        "CC BY 4.0" in first_side and KAZAKH_TITLE[:10] in first_side
    )
    assert "CC BY 4.0" in first_side


def test_bleed_adds_three_millimetres_and_a_trim_box(shelf):
    page = shelf.kazakh_material()
    plain = ready(print_material(page, "a4"))
    bled = ready(print_material(page, "a4", bleed=True))
    plain_width = float(pdf_info(plain)["Page size"].split()[0])
    bled_info = pdf_info(bled, "-box")
    bled_width = float(bled_info["Page size"].split()[0])
    assert round(bled_width - plain_width) == 17  # 2 × 3 mm
    trim = [float(x) for x in bled_info["TrimBox"].split()]
    assert round(trim[2] - trim[0]) == round(plain_width)


def test_impossible_option_pairs_are_refused(shelf):
    page = shelf.kazakh_material()
    with translation.override("en"):
        with pytest.raises(PrintError, match="folding order"):
            print_material(page, "a4", folded=True)
        with pytest.raises(PrintError, match="crop marks"):
            print_material(page, "a5", folded=True, bleed=True)
    assert not PrintEdition.objects.exists()


def test_long_material_does_not_fit_a_leaflet(shelf):
    body = [("paragraph", f"<p>{RUSSIAN_TEXT * 6}</p>")] * 8
    page = shelf.material("ru", title="Длинный текст", body=body)
    edition = print_material(page, "dl")
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.FAILED
    assert "DL leaflet" in error(edition) and "A4" in error(edition)
    assert not edition.file
    assert print_dir_leftovers() == []


def test_russian_is_hyphenated_and_kazakh_is_ragged(shelf):
    long_kk = " ".join(["Ұйымдастырушылардың жауапкершілігі туралы әңгімелесу"] * 60)
    kk = shelf.material(
        "kk", title="Қазақша", body=[("paragraph", f"<p>{long_kk}</p>")]
    )
    ru = shelf.material(
        "ru", title="По-русски", body=[("paragraph", f"<p>{RUSSIAN_TEXT * 5}</p>")]
    )
    kk_lines = pdf_text(ready(print_material(kk, "dl"))).splitlines()
    ru_lines = pdf_text(ready(print_material(ru, "dl"))).splitlines()
    hyphens = ("-", "\u2010", "\u00ad")
    assert not any(line.rstrip().endswith(hyphens) for line in kk_lines)
    assert any(line.rstrip().endswith(hyphens) for line in ru_lines)


def test_images_are_print_renditions(shelf):
    image = make_image("Cover", size=(3000, 2000))
    body = [
        ("paragraph", "<p>Текст.</p>"),
        ("image", image),
    ]
    page = shelf.material("ru", title="С картинкой", body=body, cover_image=image)
    path = ready(print_material(page, "a5"))
    sizes = {
        (r.width, r.height) for r in image.renditions.all() if "jpeg" in r.filter_spec
    }
    # 1400 px wide: about 300 dpi across an A5 text column.
    assert (1400, 933) in sizes
    embedded = {
        (image.image.width, image.image.height)
        for page_ in PdfReader(path).pages
        for image in page_.images
    }
    assert {(1400, 933), (1400, 900)} <= embedded  # body image and cover


# --- QR codes and their counts -----------------------------------------------------


def test_qr_code_points_at_the_material_and_counts_scans(client, shelf):
    page = shelf.kazakh_material()
    edition = print_material(page, "a4")
    path = ready(edition)
    link = PrintLink.objects.get(edition=edition)

    codes = qr_codes(path)
    assert codes == [link.full_url]

    response = client.get(reverse("kopir_qr", args=[link.code]))
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert "Set-Cookie" not in response.headers and not response.cookies
    client.get(reverse("kopir_qr", args=[link.code]))
    link.refresh_from_db()
    assert link.scans == 2 and link.last_scan_on is not None
    # Only the aggregate exists: no table stores who scanned.
    assert [f.name for f in PrintLink._meta.concrete_fields] == [
        "id",
        "code",
        "edition",
        "page",
        "scans",
        "last_scan_on",
    ]


def test_unknown_qr_code_is_404(client, shelf):
    response = client.get(reverse("kopir_qr", args=["nope"]), follow=True)
    assert response.status_code == 404
