"""The translation gate: catalogues complete, compiled and in step with the code,
and every user-visible string marked for translation.

``manage.py check_translations`` runs every check and exits non-zero on a problem;
the functions here take paths, so the tests run them on small files of their own.
Nothing here imports the apps it checks: Python files are read as syntax trees and
templates with Django's template lexer.
"""

import ast
import gettext
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from django.template.base import Lexer, TokenType

CATALOGUE_LANGUAGES = ("kk", "ru")
# Where the project's strings live; the command's makemessages ignores the rest.
PYTHON_PACKAGES = ("audiences", "content", "campaigns", "kopir")
TEMPLATE_DIRS = ("templates",)
# Demo data, factories and data seeded in three languages are not interface text.
SKIPPED_PYTHON = re.compile(
    r"(^|/)(migrations|tests|management/commands|demo)/|demo[^/]*\.py$|"
    r"(^|/)(factories|checklist_data)\.py$"
)
MAKEMESSAGES_IGNORES = (".venv/*", "tests/*", "media/*", "locale/*")
ALLOW_LIST = Path("locale") / "untranslated-allow.txt"
ADMIN_CATALOGUE = Path("locale") / "admin" / "kk" / "LC_MESSAGES" / "django.po"

LETTER = re.compile(r"[^\W\d_]")
PLACEHOLDER = re.compile(
    r"%%|%\((?P<named>\w+)\)[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]"
    r"|%(?P<positional>[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc])"
    r"|\{\{|\{(?P<brace>\w*)(?:[!:][^{}]*)?\}"
)


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    kind: str
    text: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.kind}: {self.text}"


# --- Catalogues -----------------------------------------------------------------


@dataclass
class Entry:
    msgid: str
    line: int
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: tuple = ()  # one string, or one per plural form
    fuzzy: bool = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid)


def _unquote(text):
    return ast.literal_eval(text.strip()) if text.strip() else ""


def read_po(path):
    """The live entries of a .po file (obsolete ``#~`` entries are left out)."""
    entries = []
    fields, flags, start, last = {}, "", None, None

    def finish():
        nonlocal fields, flags, start, last
        if "msgid" in fields:
            plural = sorted(
                (k for k in fields if k.startswith("msgstr[")),
                key=lambda k: int(k[7:-1]),
            )
            entries.append(
                Entry(
                    msgid=fields["msgid"],
                    line=start,
                    msgctxt=fields.get("msgctxt"),
                    msgid_plural=fields.get("msgid_plural"),
                    msgstr=tuple(fields[k] for k in plural)
                    or (fields.get("msgstr", ""),),
                    fuzzy="fuzzy" in flags,
                )
            )
        fields, flags, start, last = {}, "", None, None

    text = Path(path).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line.startswith("#~"):
            continue
        if not line:
            finish()
        elif line.startswith("#"):
            if last and last.startswith("msgstr"):
                finish()
            if line.startswith("#,"):
                flags += line
        elif line.startswith('"'):
            if last:
                fields[last] += _unquote(line)
        else:
            keyword, _, rest = line.partition(" ")
            if keyword in ("msgctxt", "msgid") and last and last.startswith("msgstr"):
                finish()
            if start is None:
                start = number
            fields[keyword] = _unquote(rest)
            last = keyword
    finish()
    return entries


def placeholders(text):
    """The placeholders of a message: named ones as a set, positional in order."""
    named, positional = set(), []
    for match in PLACEHOLDER.finditer(text):
        if match.group("named"):
            named.add("%(" + match.group("named") + ")")
        elif match.group("positional"):
            positional.append("%" + match.group("positional"))
        elif match.group("brace") is not None:
            named.add("{" + match.group("brace") + "}")
    return named, positional


def _single_number_forms(entries):
    """Plural forms the catalogue's Plural-Forms uses for one number only (n == 1).

    Such a form may leave the number out ("one combination"); every other form is
    used for many numbers (Russian's "one" form also serves 21, 31, …) and must
    carry it.
    """
    header = next((e for e in entries if not e.msgid), None)
    match = re.search(r"plural=([^;\n]+)", header.msgstr[0] if header else "")
    if not match:
        return set()
    plural = gettext.c2py(match.group(1).strip())
    numbers = {}
    for n in range(1000):
        numbers.setdefault(plural(n), set()).add(n)
    return {form for form, ns in numbers.items() if len(ns) == 1}


def check_catalogue(path):
    """Untranslated and fuzzy entries, and placeholders that differ from the msgid."""
    problems = []
    entries = read_po(path)
    single = _single_number_forms(entries)

    def differ(entry, source, string):
        problems.append(
            Problem(
                str(path), entry.line, "placeholders differ", f"{source} -> {string}"
            )
        )

    for entry in entries:
        if not entry.msgid:
            continue  # the header
        shown = (
            entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}|{entry.msgid}"
        )
        if entry.fuzzy:
            problems.append(Problem(str(path), entry.line, "fuzzy", shown))
        elif any(not s for s in entry.msgstr):
            problems.append(Problem(str(path), entry.line, "untranslated", shown))
        elif entry.msgid_plural is None:
            for string in entry.msgstr:
                if placeholders(string) != placeholders(entry.msgid):
                    differ(entry, shown, string)
        else:
            named, positional = placeholders(entry.msgid_plural)
            if not placeholders(entry.msgid)[0] <= named:
                differ(entry, shown, entry.msgid_plural)
            for form, string in enumerate(entry.msgstr):
                got_named, got_positional = placeholders(string)
                if form in single:
                    ok = got_named <= named and got_positional in ([], positional)
                else:
                    ok = (got_named, got_positional) == (named, positional)
                if not ok:
                    differ(entry, entry.msgid_plural, string)
    return problems


def _mo_catalogue(path):
    with open(path, "rb") as handle:
        return gettext.GNUTranslations(handle)._catalog


def check_compiled(po_path, mo_path):
    """``msgfmt --check`` passes and the .mo holds exactly what the .po says."""
    po_path, mo_path = Path(po_path), Path(mo_path)
    if not mo_path.exists():
        return [Problem(str(mo_path), 0, "not compiled", "run compilemessages")]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "django.mo"
        result = subprocess.run(
            ["msgfmt", "--check", "-o", str(fresh), str(po_path)],
            capture_output=True,
            text=True,
        )
        if result.returncode:
            return [
                Problem(str(po_path), 0, "msgfmt --check failed", line)
                for line in result.stderr.strip().splitlines()
            ]
        if _mo_catalogue(fresh) != _mo_catalogue(mo_path):
            return [
                Problem(
                    str(mo_path),
                    0,
                    "out of date",
                    f"differs from {po_path.name}; run compilemessages",
                )
            ]
    return []


def extract_messages(root, languages=CATALOGUE_LANGUAGES):
    """Run makemessages on a copy of the project; return {language: set of keys}.

    The copy keeps the real catalogues untouched (makemessages merges into them).
    """
    root = Path(root)
    skipped = {".venv", ".git", "media", "tests", "staticfiles", "node_modules"}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "project"
        shutil.copytree(
            root,
            copy,
            ignore=lambda directory, names: [
                n
                for n in names
                if (Path(directory) == root and n in skipped)
                or n in ("__pycache__",)
                or n.endswith((".sqlite3", ".pyc", ".mo"))
            ],
        )
        for language in languages:
            # makemessages merges into what is there: start from nothing.
            shutil.rmtree(copy / "locale" / language, ignore_errors=True)
        command = [sys.executable, "manage.py", "makemessages"]
        for language in languages:
            command += ["-l", language]
        for pattern in MAKEMESSAGES_IGNORES:
            command += ["-i", pattern]
        subprocess.run(
            command,
            cwd=copy,
            check=True,
            capture_output=True,
            env={
                **_environment(),
                "DJANGO_SETTINGS_MODULE": "kopir.settings.test",
            },
        )
        return {
            language: {
                e.key
                for e in read_po(copy / "locale" / language / "LC_MESSAGES/django.po")
                if e.msgid
            }
            for language in languages
        }


def _environment():
    import os

    return dict(os.environ)


def check_extracted(extracted, catalogue_path):
    """Messages the code marks that the catalogue does not hold."""
    present = {e.key for e in read_po(catalogue_path)}
    return [
        Problem(
            str(catalogue_path),
            0,
            "missing from the catalogue",
            msgid if ctxt is None else f"{ctxt}|{msgid}",
        )
        for ctxt, msgid in sorted(extracted - present, key=lambda k: (k[1], k[0] or ""))
    ]


# --- Unmarked strings -----------------------------------------------------------


def read_allow_list(path):
    """Words and phrases that stay as they are in every language (brand names…)."""
    path = Path(path)
    if not path.exists():
        return ()
    phrases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            phrases.append(line)
    # Longest first, so "Kopir admin" goes before "Kopir".
    return tuple(sorted(phrases, key=len, reverse=True))


def needs_translation(text, allow=()):
    """Letters remain once the allow-listed phrases are taken out."""
    for phrase in allow:
        text = re.sub(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", " ", text)
    return bool(LETTER.search(text))


# Keyword arguments whose string a user reads.
TEXT_KEYWORDS = {
    "verbose_name",
    "verbose_name_plural",
    "label",
    "help_text",
    "empty_label",
    "heading",
    "title",
    "page_title",
    "header_title",
    "menu_label",
    "description",
    "placeholder",
    "message",
    "stage",
}
# Class attributes whose string a user reads (views, viewsets, reports, block Meta).
TEXT_ATTRIBUTES = {
    "title",
    "page_title",
    "header_title",
    "page_subtitle",
    "menu_label",
    "verbose_name",
    "verbose_name_plural",
    "label",
    "help_text",
    "heading",
    "add_item_label",
    "empty_label",
}
MESSAGE_FUNCTIONS = {"success", "error", "warning", "info", "debug"}
# Calls whose argument at this position is shown to a user (or stored and shown
# later: print progress stages and errors).
TEXT_CALLS = {
    "ValidationError": 0,
    "PrintError": 0,
    "MenuItem": 0,
    "SubmenuMenuItem": 0,
    "Gap": 1,
    "progress": 1,
    "_fail": 1,
}
# Attributes assigned on an object whose string a user reads later.
STORED_ATTRIBUTES = {"stage", "error"}
RESPONSE = re.compile(r"^HttpResponse\w*$")
RELATION_FIELDS = re.compile(r"(ForeignKey|OneToOneField|ManyToManyField|ParentalKey)$")


def _call_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _literal(node):
    """The literal text of a string expression that no gettext call wraps."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value
            for v in node.values
            if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return _literal(node.left)
    return None


class _PythonVisitor(ast.NodeVisitor):
    def __init__(self, path, allow):
        self.path, self.allow, self.problems = path, allow, []
        self.classes = []

    def flag(self, node, why):
        text = _literal(node)
        if text is not None and needs_translation(text, self.allow):
            self.problems.append(
                Problem(self.path, node.lineno, f"unmarked {why}", text.strip())
            )

    def visit_ClassDef(self, node):
        self.classes.append(node)
        is_choices = any(_call_name(b).endswith("Choices") for b in node.bases)
        # An AppConfig's label is an identifier; its verbose_name is shown.
        is_app = any(_call_name(b) == "AppConfig" for b in node.bases)
        for statement in node.body:
            if isinstance(statement, ast.Assign | ast.AnnAssign):
                targets = (
                    statement.targets
                    if isinstance(statement, ast.Assign)
                    else [statement.target]
                )
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                if is_app:
                    names.discard("label")
                value = statement.value
                if value is None:
                    continue
                if names & TEXT_ATTRIBUTES:
                    self.flag(value, "class attribute " + "/".join(sorted(names)))
                if is_choices and isinstance(value, ast.Tuple) and value.elts:
                    self.flag(value.elts[-1], "choice label")
                is_block = any(_call_name(b).endswith("Block") for b in node.bases)
                if names and is_block and self._unlabelled_block(value):
                    # Wagtail would name it after the attribute, in English.
                    self.problems.append(
                        Problem(
                            self.path,
                            statement.lineno,
                            "block without a label",
                            "/".join(sorted(names)),
                        )
                    )
                if names and self._unlabelled_form_field(value):
                    # Django would show the attribute's name, in English.
                    self.problems.append(
                        Problem(
                            self.path,
                            statement.lineno,
                            "form field without a label",
                            "/".join(sorted(names)),
                        )
                    )
        self.generic_visit(node)
        self.classes.pop()

    @staticmethod
    def _unlabelled_block(value):
        """``SomethingBlock(...)`` in a block's body with no ``label=``."""
        if not (
            isinstance(value, ast.Call) and _call_name(value.func).endswith("Block")
        ):
            return False
        return "label" not in {keyword.arg for keyword in value.keywords}

    @staticmethod
    def _unlabelled_form_field(value):
        """``forms.XField(...)`` with no ``label=`` and not hidden."""
        if not (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and _call_name(value.func.value) == "forms"
            and value.func.attr.endswith("Field")
        ):
            return False
        keywords = {keyword.arg: keyword.value for keyword in value.keywords}
        if "label" in keywords:
            return False
        widget = keywords.get("widget")
        hidden = widget is not None and "Hidden" in ast.unparse(widget)
        return not hidden

    def visit_Assign(self, node):
        names = {t.id for t in node.targets if isinstance(t, ast.Name)}
        if any(n.upper().endswith("CHOICES") for n in names):
            self._choices(node.value)
        for target in node.targets:
            pairs = [(target, node.value)]
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                pairs = zip(target.elts, node.value.elts, strict=False)
            for name, value in pairs:
                if isinstance(name, ast.Attribute) and name.attr in STORED_ATTRIBUTES:
                    self.flag(value, f".{name.attr} =")
        self.generic_visit(node)

    def _choices(self, node):
        if isinstance(node, ast.List | ast.Tuple):
            for element in node.elts:
                if isinstance(element, ast.Tuple) and len(element.elts) == 2:
                    if isinstance(element.elts[1], ast.List | ast.Tuple):
                        self._choices(element.elts[1])  # a named group
                    else:
                        self.flag(element.elts[1], "choice label")

    def visit_Call(self, node):
        name = _call_name(node.func)
        for keyword in node.keywords:
            if keyword.arg in TEXT_KEYWORDS:
                self.flag(keyword.value, f"{keyword.arg}=")
            if keyword.arg == "choices":
                self._choices(keyword.value)
        if (
            name in MESSAGE_FUNCTIONS
            and isinstance(node.func, ast.Attribute)
            and _call_name(node.func.value) == "messages"
            and len(node.args) >= 2
        ):
            self.flag(node.args[1], f"messages.{name}()")
        if name == "add_message" and len(node.args) >= 3:
            self.flag(node.args[2], "messages.add_message()")
        position = TEXT_CALLS.get(name, 0 if RESPONSE.match(name) else None)
        if position is not None and len(node.args) > position:
            argument = node.args[position]
            if isinstance(argument, ast.Dict):
                for value in argument.values:
                    self.flag(value, f"{name}()")
            else:
                self.flag(argument, f"{name}()")
        if name.startswith("register_") and name.endswith("menu_item") and node.args:
            self.flag(node.args[0], f"{name}()")
        if (
            name.endswith("Field")
            and not RELATION_FIELDS.search(name)
            and node.args
            and isinstance(node.func, ast.Attribute)
            and _call_name(node.func.value) == "models"
        ):
            self.flag(node.args[0], "field verbose name")
        self.generic_visit(node)


def check_python(path, allow=(), display=None):
    """Unmarked user-visible strings in one Python file."""
    source = Path(path).read_text(encoding="utf-8")
    visitor = _PythonVisitor(display or str(path), allow)
    visitor.visit(ast.parse(source, filename=str(path)))
    return visitor.problems


# Attributes a user reads (or hears, with a screen reader).
TEXT_HTML_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label"}
MASK = "\x00"
# Blocks that hold class names, CSS or JavaScript, not words.
CODE_BLOCK = re.compile(r"class|css|style|js|script")
# Style sheets a partial template carries without its <style> tag.
CSS = re.compile(r"[\w\]):*-]\s*\{[^{}]*:[^{}]*;")


def _masked_template(source):
    """The template with everything but literal, unmarked text masked out.

    Tags, variables and comments become MASK; text inside blocktranslate and
    comment blocks is blanked (newlines kept, so line numbers stay right).
    """
    parts = []
    skipping = None
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.TEXT:
            text = token.contents
            parts.append(re.sub(r"[^\n]", " ", text) if skipping else text)
            continue
        parts.append(MASK)
        if token.token_type != TokenType.BLOCK:
            continue
        bits = token.contents.split()
        command = bits[0] if bits else ""
        if command == "block" and len(bits) > 1 and CODE_BLOCK.search(bits[1]):
            skipping = "endblock"
        elif command == "endblock" and skipping == "endblock":
            skipping = None
        elif command in ("blocktranslate", "blocktrans"):
            skipping = "endblocktranslate"
        elif command == "comment":
            skipping = "endcomment"
        elif command in ("endblocktranslate", "endblocktrans", "endcomment"):
            skipping = None
    return "".join(parts)


class _TemplateParser(HTMLParser):
    def __init__(self, path, allow):
        super().__init__(convert_charrefs=False)
        self.path, self.allow, self.problems = path, allow, []
        self.raw = 0  # inside <script> or <style>

    def _flag(self, text, why, line=None):
        text = text.replace(MASK, " ")
        if needs_translation(text, self.allow):
            self.problems.append(
                Problem(
                    self.path,
                    line or self.getpos()[0],
                    why,
                    " ".join(text.split()),
                )
            )

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.raw += 1
        for name, value in attrs:
            if value and (
                name in TEXT_HTML_ATTRIBUTES
                or (name == "value" and dict(attrs).get("type") in ("submit", "button"))
            ):
                self._flag(value, f"unmarked {name}=")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.raw -= 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.raw:
            self.raw -= 1

    def handle_data(self, data):
        if self.raw or CSS.search(data):
            return
        # Report the line of the first letters, not of leading whitespace.
        leading = data[: len(data) - len(data.lstrip())]
        self._flag(data, "unmarked text", self.getpos()[0] + leading.count("\n"))


def check_template(path, allow=(), display=None):
    """Unmarked text nodes (and alt/title/placeholder/aria-label) in a template."""
    source = Path(path).read_text(encoding="utf-8")
    parser = _TemplateParser(display or str(path), allow)
    parser.feed(_masked_template(source))
    parser.close()
    return parser.problems


def python_files(root):
    root = Path(root)
    for package in PYTHON_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if not SKIPPED_PYTHON.search(relative):
                yield path, relative


def template_files(root):
    root = Path(root)
    directories = [root / d for d in TEMPLATE_DIRS]
    directories += [root / p / "templates" for p in PYTHON_PACKAGES]
    for directory in directories:
        for path in sorted(directory.rglob("*")):
            if path.suffix in (".html", ".txt") and path.is_file():
                yield path, path.relative_to(root).as_posix()


def check_sources(root, allow=()):
    problems = []
    for path, relative in python_files(root):
        problems += check_python(path, allow, relative)
    for path, relative in template_files(root):
        problems += check_template(path, allow, relative)
    return problems


# --- The Kazakh admin -----------------------------------------------------------


def wagtail_catalogues(app_paths):
    """Wagtail's English catalogues (its list of msgids) for the installed apps."""
    for app_path in app_paths:
        path = Path(app_path) / "locale" / "en" / "LC_MESSAGES" / "django.po"
        if path.exists():
            yield path


def admin_coverage(catalogues, admin_catalogue):
    """(translated, total): Wagtail's msgids with a Kazakh translation."""
    wanted = set()
    for path in catalogues:
        wanted |= {e.key for e in read_po(path) if e.msgid}
    translated = set()
    if Path(admin_catalogue).exists():
        translated = {
            e.key
            for e in read_po(admin_catalogue)
            if e.msgid and not e.fuzzy and all(e.msgstr)
        }
    return len(wanted & translated), len(wanted)
