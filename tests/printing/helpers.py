"""Materials to print and the poppler/zbar tools that read the PDFs back."""

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image

from audiences.factories import make_organisation
from audiences.models import Membership, Role, User
from content.factories import build_site, make_material
from content.models import KopirImage
from content.printing.models import PrintEdition
from tests.storage import local_copy

PASSWORD = "s3cret-pass"
KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і"
KAZAKH_TITLE = "Әке мен ұлдың әңгімесі: қиын сұрақтарға шыдамды жауап"
KAZAKH_TEXT = (
    "Көп ата-ана өзгерісті бірден байқамайды. Ұлыңыз үйде аз сөйлейді, ғаламтордағы "
    "жаңа таныстары туралы айтпайды. Һәр отбасында сенім әңгімеден басталады: "
    "тыңдаңыз, сұрақ қойыңыз, кінәламаңыз. Өмірдегі қиындықтар туралы ашық сөйлесу "
    "балаға қолдау көрсетеді. Ұстаздар мен психологтар кеңес береді."
)
RUSSIAN_TEXT = (
    "Доверительный разговор начинается с внимательного слушания. Специалисты "
    "рекомендуют родителям интересоваться повседневными впечатлениями подростков, "
    "не превращая беседу в допрос. Самостоятельность, ответственность и "
    "взаимоуважение формируются постепенно, через последовательные договорённости. "
)


def tool(name):
    path = shutil.which(name)
    assert path, f"{name} is missing: `make install` installs it (apt)."
    return path


def pdf_text(path):
    return subprocess.run(
        [tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pdf_info(path, *flags):
    out = subprocess.run(
        [tool("pdfinfo"), *flags, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.splitlines())
    }


def pdf_pages(path):
    return int(pdf_info(path)["Pages"])


def pdf_fonts(path):
    """[(name, embedded)] from pdffonts."""
    lines = subprocess.run(
        [tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [encoding...] emb sub uni object ID
        fonts.append((parts[0], parts[-5]))
    return fonts


def pdf_links(path):
    """(link URIs and launch targets, embedded or attached files) in the PDF."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    links, attachments = [], list(reader.attachments)
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/FileAttachment":
                attachments.append(str(annotation.get("/FS")))
            action = annotation.get("/A")
            if action is not None:
                action = action.get_object()
                for key in ("/URI", "/F"):
                    if key in action:
                        links.append(str(action[key]))
    return links, attachments


def qr_codes(path, first=1, last=None):
    """Every QR code zbarimg finds on the rendered pages."""
    with tempfile.TemporaryDirectory() as directory:
        args = [tool("pdftoppm"), "-r", "200", "-png", "-f", str(first)]
        if last:
            args += ["-l", str(last)]
        subprocess.run([*args, str(path), f"{directory}/p"], check=True)
        found = []
        for png in sorted(Path(directory).glob("p*.png")):
            result = subprocess.run(
                [tool("zbarimg"), "-q", "--raw", str(png)],
                capture_output=True,
                text=True,
            )
            found += [line for line in result.stdout.splitlines() if line]
        return found


def member(username, organisation, role=Role.EDITOR):
    user = User.objects.create_user(username=username, password=PASSWORD)
    Membership.objects.create(organisation=organisation, user=user, role=role)
    return user


def make_image(title="Photo", size=(1600, 1000), colour=(30, 110, 140)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    return KopirImage.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.lower()}.jpg")
    )


class Shelf:
    """A site, two organisations and their people."""

    def __init__(self):
        self.sites = build_site()
        self.alpha = make_organisation("alpha-irg", "Alpha IRG")
        self.beta = make_organisation("beta-ngo", "Beta NGO")
        self.editor_a = member("editor_a", self.alpha)
        self.editor_b = member("editor_b", self.beta)

    def library(self, code):
        return self.sites[code][1]

    def material(self, code="kk", organisation=None, **fields):
        page = make_material(
            self.library(code), organisation=organisation or self.alpha, **fields
        )
        page.refresh_from_db()
        return page

    def kazakh_material(self, **fields):
        body = fields.pop(
            "body",
            [
                ("heading", {"text": "Алдымен тыңдаңыз", "level": "h2"}),
                ("paragraph", f"<p>{KAZAKH_TEXT}</p><p>{KAZAKH_LETTERS}</p>"),
                (
                    "myth_fact",
                    {
                        "claim": "Кейбір жазбалар жастарды отбасынан алыстатады.",
                        "answer": "<p>Сенім адамдарды бөлмейді.</p>",
                        "source": "Дінтанушы",
                    },
                ),
                (
                    "fact",
                    {
                        "figure": "82,6%",
                        "statement": "жастардың әлеуметтік желіні отбасымен "
                        "байланыс үшін пайдаланады.",
                        "source": "Жастар сауалнамасы, 2020",
                        "source_url": "",
                    },
                ),
                (
                    "helpline",
                    {
                        "title": "Сенім телефоны",
                        "phone": "114",
                        "hours": "Дс–Жм, 9:00–18:00",
                        "address": "",
                        "description": "Құпия әңгіме.",
                    },
                ),
            ],
        )
        return self.material(
            "kk",
            title=fields.pop("title", KAZAKH_TITLE),
            summary="Қиын сұрақтарға шыдамды жауап беру туралы.",
            body=body,
            **fields,
        )


def ready(edition):
    edition.refresh_from_db()
    assert edition.status == PrintEdition.Status.READY, edition.error_text
    return local_copy(edition.file)


def shown(edition, language="en"):
    """The stage and error an edition shows a reader of ``language``.

    Both are stored untranslated and translated when shown; English is the
    msgid, so assertions on it hold whatever the catalogues say.
    """
    with translation.override(language):
        return edition.stage_text, edition.error_text


def error(edition, language="en"):
    return shown(edition, language)[1]
