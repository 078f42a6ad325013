"""The translation gate: catalogues complete, compiled and in step with the code,
and every user-visible string marked for translation.

``manage.py check_translations`` runs every check and exits non-zero on a problem;
the functions take paths, so the tests run them on small files of their own.
Nothing here imports the apps it checks: Python files are read as syntax trees and
templates with Django's template lexer.
"""

from content.translation_gate.catalogues import (  # noqa: F401
    ADMIN_CATALOGUE,
    ALLOW_LIST,
    CATALOGUE_LANGUAGES,
    LETTER,
    MAKEMESSAGES_IGNORES,
    PLACEHOLDER,
    PYTHON_PACKAGES,
    SKIPPED_PYTHON,
    TEMPLATE_DIRS,
    Entry,
    Problem,
    _environment,
    _mo_catalogue,
    _single_number_forms,
    _unquote,
    check_catalogue,
    check_compiled,
    check_extracted,
    extract_messages,
    needs_translation,
    placeholders,
    read_allow_list,
    read_po,
)
from content.translation_gate.scanners import (  # noqa: F401
    CODE_BLOCK,
    CSS,
    MASK,
    MESSAGE_FUNCTIONS,
    RELATION_FIELDS,
    RESPONSE,
    STORED_ATTRIBUTES,
    TEXT_ATTRIBUTES,
    TEXT_CALLS,
    TEXT_HTML_ATTRIBUTES,
    TEXT_KEYWORDS,
    _call_name,
    _literal,
    _masked_template,
    _PythonVisitor,
    _TemplateParser,
    check_python,
    check_template,
)
from content.translation_gate.sources import (  # noqa: F401
    admin_coverage,
    check_sources,
    python_files,
    template_files,
    wagtail_catalogues,
)
