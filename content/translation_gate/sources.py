"""Which files the gate reads, and how much of Wagtail's own admin text the Kazakh
admin catalogue covers."""

from pathlib import Path

from content.translation_gate.catalogues import (
    PYTHON_PACKAGES,
    SKIPPED_PYTHON,
    TEMPLATE_DIRS,
    read_po,
)
from content.translation_gate.scanners import check_python, check_template


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
