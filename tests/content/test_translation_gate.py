"""The translation gate (``manage.py check_translations``) on small files of its own."""

import shutil
import subprocess
import textwrap

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext_noop, ngettext_lazy

from content import translation_gate as gate
from content.printing.errors import Message, PrintError, shown

HEADER = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def catalogue(tmp_path, body):
    return write(tmp_path / "django.po", HEADER + textwrap.dedent(body))


def kinds(problems):
    return sorted((p.kind, p.text) for p in problems)


def test_a_complete_catalogue_passes(tmp_path):
    po = catalogue(
        tmp_path,
        """\
        msgid "Save"
        msgstr "Сохранить"

        msgctxt "verb"
        msgid "Print"
        msgstr "Печатать"

        #, python-format
        msgid "%(count)s page"
        msgid_plural "%(count)s pages"
        msgstr[0] "%(count)s страница"
        msgstr[1] "%(count)s страницы"
        msgstr[2] "%(count)s страниц"

        #~ msgid "Old"
        #~ msgstr ""
        """,
    )
    assert gate.check_catalogue(po) == []


def test_untranslated_fuzzy_and_wrong_placeholders_fail(tmp_path):
    po = catalogue(
        tmp_path,
        """\
        msgid "Untranslated"
        msgstr ""

        #, fuzzy
        msgid "Guessed"
        msgstr "Угадано"

        #, python-format
        msgid "Hello %(name)s"
        msgstr "Привет %(nmae)s"

        msgid "%s of %d"
        msgstr "%s"

        msgid "Hi {name}"
        msgstr "Привет"

        #, python-format
        msgid "%(count)s page"
        msgid_plural "%(count)s pages"
        msgstr[0] "одна страница"
        msgstr[1] "%(count)s страницы"
        msgstr[2] "%(count)s страниц"

        msgid "One plural missing"
        msgid_plural "%(count)s plurals missing"
        msgstr[0] "%(count)s"
        msgstr[1] "%(count)s"
        msgstr[2] ""
        """,
    )
    problems = gate.check_catalogue(po)
    assert kinds(problems) == [
        ("fuzzy", "Guessed"),
        ("placeholders differ", "%(count)s pages -> одна страница"),
        ("placeholders differ", "%s of %d -> %s"),
        ("placeholders differ", "Hello %(name)s -> Привет %(nmae)s"),
        ("placeholders differ", "Hi {name} -> Привет"),
        ("untranslated", "One plural missing"),
        ("untranslated", "Untranslated"),
    ]
    lines = {p.text: p.line for p in problems}
    assert lines["Untranslated"] == 7  # the msgid's line, for file:line output
    assert str(problems[0]).startswith(f"{po}:")


def test_a_form_used_for_one_number_only_may_leave_the_number_out(tmp_path):
    """Kazakh's singular is used for 1 alone ("one combination"); Russian's "one"
    form also serves 21, 31, … and must carry the number (see the test above)."""
    po = write(
        tmp_path / "kk.po",
        """\
        msgid ""
        msgstr ""
        "Plural-Forms: nplurals=2; plural=(n!=1);\\n"

        msgid "One combination"
        msgid_plural "%(counter)s combinations"
        msgstr[0] "Бір үйлесім"
        msgstr[1] "%(counter)s үйлесім"
        """,
    )
    assert gate.check_catalogue(po) == []


def test_a_stale_or_missing_compiled_catalogue_fails(tmp_path):
    po = catalogue(tmp_path, 'msgid "Save"\nmsgstr "Сохранить"\n')
    mo = tmp_path / "django.mo"
    assert kinds(gate.check_compiled(po, mo)) == [
        ("not compiled", "run compilemessages")
    ]
    subprocess.run(["msgfmt", "-o", str(mo), str(po)], check=True)
    assert gate.check_compiled(po, mo) == []
    catalogue(tmp_path, 'msgid "Save"\nmsgstr "Записать"\n')
    assert [p.kind for p in gate.check_compiled(po, mo)] == ["out of date"]


def test_messages_the_code_marks_must_be_in_the_catalogue(tmp_path):
    po = catalogue(tmp_path, 'msgid "Save"\nmsgstr "Сохранить"\n')
    extracted = {(None, "Save"), ("verb", "Print")}
    assert kinds(gate.check_extracted(extracted, po)) == [
        ("missing from the catalogue", "verb|Print")
    ]


def test_unmarked_python_strings_are_flagged_with_file_and_line(tmp_path):
    source = write(
        tmp_path / "views.py",
        """\
        from django import forms
        from django.contrib import messages
        from django.db import models
        from django.http import HttpResponseForbidden
        from django.utils.translation import gettext_lazy as _


        class Kind(models.TextChoices):
            BRIEF = "brief", "Brief"
            LONG = "long", _("Long")


        class Report(ReportView):
            title = "Plans by month"
            page_title = _("Marked")


        class Plan(models.Model):
            name = models.CharField("name", max_length=10)
            kind = models.CharField(_("kind"), choices=[("a", "Apples")])
            owner = models.ForeignKey("audiences.Organisation", on_delete=None)


        def view(request):
            messages.success(request, "Saved.")
            messages.error(request, _("Marked."))
            if not request.user:
                raise forms.ValidationError("Too short")
            field = forms.CharField(label="Your name", help_text=_("Marked"))
            FieldPanel("body", heading="Body text")
            Column("x", label="Count")
            edition.stage = "Writing"
            progress(45, "Laying out")
            return HttpResponseForbidden("Not yours")
        """,
    )
    assert [(p.line, p.text) for p in gate.check_python(source)] == [
        (9, "Brief"),
        (14, "Plans by month"),
        (19, "name"),
        (20, "Apples"),
        (25, "Saved."),
        (28, "Too short"),
        (29, "Your name"),
        (30, "Body text"),
        (31, "Count"),
        (32, "Writing"),
        (33, "Laying out"),
        (34, "Not yours"),
    ]


def test_form_fields_without_a_label_are_flagged(tmp_path):
    # Django would label them with the attribute's name: "View" in a Kazakh form.
    source = write(
        tmp_path / "forms.py",
        """\
        from django import forms
        from django.utils.translation import gettext_lazy as _


        class Filters(forms.Form):
            view = forms.ChoiceField(choices=[("month", _("Month"))])
            day = forms.DateField(label=_("Date"))
            token = forms.CharField(widget=forms.HiddenInput)
        """,
    )
    assert [(p.line, p.kind, p.text) for p in gate.check_python(source)] == [
        (6, "form field without a label", "view"),
    ]


def test_blocks_without_a_label_are_flagged(tmp_path):
    # Wagtail would name them after the attribute: "Myth fact" in a Kazakh menu.
    source = write(
        tmp_path / "blocks.py",
        """\
        from django.utils.translation import gettext_lazy as _
        from wagtail import blocks


        class Body(blocks.StreamBlock):
            myth_fact = MythFactBlock()
            quote = QuoteBlock(label=_("Quote"))
        """,
    )
    assert [(p.line, p.kind, p.text) for p in gate.check_python(source)] == [
        (6, "block without a label", "myth_fact"),
    ]


def test_unmarked_template_text_is_flagged_and_marked_text_is_not(tmp_path):
    template = write(
        tmp_path / "page.html",
        """\
        {% load i18n %}
        <h1>{% translate "Marked" %}</h1>
        <p>{% blocktranslate with n=count %}Marked {{ n }} times
          {% endblocktranslate %}</p>
        {# A comment with words #}
        {% comment %}Words in a comment{% endcomment %}
        <p>{{ page.title }} &middot; {{ page.date }} &times; 3</p>
        <script>const words = "not text";</script>
        <style>p { color: red; }</style>
        {% block bodyclass %}login{% endblock %}
        <p>
          Forgot to mark this
        </p>
        <img src="x.png" alt="A photo">
        <p>Kopir · PDF</p>
        <p>Kopir help</p>
        """,
    )
    problems = gate.check_template(template, allow=("Kopir", "PDF"))
    assert [(p.line, p.kind, p.text) for p in problems] == [
        (12, "unmarked text", "Forgot to mark this"),
        (14, "unmarked alt=", "A photo"),
        (16, "unmarked text", "Kopir help"),
    ]


def test_the_allow_list_file_lets_brand_names_through(tmp_path):
    allow = gate.read_allow_list(
        write(tmp_path / "allow.txt", "# brand names\nKopir\nQR  # the code\n")
    )
    assert allow == ("Kopir", "QR")
    assert not gate.needs_translation("Kopir · QR", allow)
    assert gate.needs_translation("Kopir QR code", allow)
    assert gate.needs_translation("Kopirator", allow)  # whole words only
    source = write(tmp_path / "m.py", 'x = forms.Field(label="QR")\n')
    assert gate.check_python(source) != []
    assert gate.check_python(source, allow) == []


def test_the_projects_code_and_templates_have_nothing_unmarked(settings):
    """What ``make lint`` checks, over the real apps (fast: no makemessages)."""
    root = settings.BASE_DIR
    problems = gate.check_sources(root, gate.read_allow_list(root / gate.ALLOW_LIST))
    assert problems == []


def test_the_kazakh_admin_coverage_is_reported_not_failed(tmp_path):
    wagtail = write(
        tmp_path / "wagtail" / "locale" / "en" / "LC_MESSAGES" / "django.po",
        HEADER + 'msgid "Pages"\nmsgstr ""\n\nmsgid "Images"\nmsgstr ""\n',
    )
    catalogues = list(gate.wagtail_catalogues([tmp_path / "wagtail"]))
    assert catalogues == [wagtail]
    assert gate.admin_coverage(catalogues, tmp_path / "none.po") == (0, 2)
    admin = write(
        tmp_path / "admin.po",
        HEADER + 'msgid "Pages"\nmsgstr "Беттер"\n\nmsgid "Images"\nmsgstr ""\n',
    )
    assert gate.admin_coverage(catalogues, admin) == (1, 2)


def test_the_command_prints_file_and_line_and_fails(tmp_path, settings, capsys):
    """Run on a copy of the project with a broken catalogue and an unmarked string."""
    copy = tmp_path / "project"
    for name in ("locale", "templates"):
        shutil.copytree(settings.BASE_DIR / name, copy / name)
    for package in gate.PYTHON_PACKAGES:
        (copy / package).mkdir()
    write(copy / "content" / "views.py", 'messages.info(request, "Queued.")\n')
    po = copy / "locale" / "ru" / "LC_MESSAGES" / "django.po"
    po.write_text(
        po.read_text(encoding="utf-8")
        + '\nmsgid "Brand new"\nmsgstr ""\n'
        + '\nmsgid "Also new"\nmsgstr "Тоже новое"\n',
        encoding="utf-8",
    )
    settings.BASE_DIR = copy
    with pytest.raises(Exception, match="translation problem"):
        call_command("check_translations", "--skip-extract")
    out = capsys.readouterr().out
    assert "content/views.py:1: unmarked messages.info(): Queued." in out
    assert "locale/ru/LC_MESSAGES/django.po:" in out
    assert "untranslated: Brand new" in out
    assert "out of date" in out  # the .mo no longer matches the .po
    assert "Kazakh admin:" in out


def test_a_stored_print_message_is_translated_when_shown():
    """Stages and errors are stored as msgid and parameters, never translated."""
    message = Message(gettext_noop("Ready"))
    assert message.stored() == '{"msgid": "Ready"}'
    for language, text in (("en", "Ready"), ("ru", "Готово"), ("kk", "Дайын")):
        with translation.override(language):
            assert shown(message.stored()) == text
    # Rows stored before: English text, translated when the catalogue knows it.
    with translation.override("kk"):
        assert shown("Failed") == "Сәтсіз аяқталды"
        assert shown("Something else") == "Something else"
        assert shown("") == ""


def test_a_print_error_keeps_its_parameters_and_counts():
    error = PrintError(
        Message.counted(
            ngettext_lazy(
                "The text needs %(count)s page.",
                "The text needs %(count)s pages.",
                "count",
            ),
            count=3,
        )
    )
    nested = PrintError(
        gettext_noop("%(where)s is broken."),
        where=Message(gettext_noop("“%(title)s”, cover"), title="Ақпарат"),
    )
    with translation.override("en"):
        assert str(error) == "The text needs 3 pages."
        assert shown(error.message.stored()) == "The text needs 3 pages."
        assert shown(nested.message.stored()) == "“Ақпарат”, cover is broken."
    assert Message.from_data(error.message.as_data()) == error.message
