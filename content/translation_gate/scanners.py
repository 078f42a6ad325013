"""Unmarked strings: Python syntax trees and Django templates read for user-visible
text that is not marked for translation."""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

from django.template.base import Lexer, TokenType

from content.translation_gate.catalogues import Problem, needs_translation

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
