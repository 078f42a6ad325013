"""The catalogues: read a .po file, check it is complete, compiled and in step with
the strings the code marks (``extract_messages`` runs makemessages in a copy)."""

import ast
import gettext
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

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
    skipped = {
        ".venv",
        ".git",
        ".cache",
        "media",
        "tests",
        "staticfiles",
        "node_modules",
        "bench-results",
    }
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
