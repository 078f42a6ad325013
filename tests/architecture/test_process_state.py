"""Nothing a web process remembers may go stale when another host changes the
database: no memoised functions, process locks or module-level ``global`` state in
the apps except the ones listed here, each with why it cannot go stale.

Data derived from the database belongs in the shared cache (``content.page_cache``
versions, ``content.public_frame``); work that spans requests is serialised in the
database (``select_for_update``) or with ``cache.add``, never a ``threading.Lock``.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("audiences", "campaigns", "content", "kopir")

MEMO_DECORATORS = {"lru_cache", "cache", "cached"}
LOCKS = {"Lock", "RLock", "Semaphore", "BoundedSemaphore", "local", "Condition"}

ALLOWED = {
    # Pure functions of their arguments: a word's stem is the same on every host.
    ("content/search/kazakh.py", "memo", "stem"),
    ("content/search/stemming.py", "memo", "stem_word"),
    # SQL text built from the model definitions, which only a deploy changes.
    ("content/selectors/chips.py", "memo", "_sql"),
    # The API's OpenAPI schema, per language: generated from the code alone.
    ("kopir/api_docs.py", "memo", "schema"),
    # The demo's YAML files shipped in the package.
    ("campaigns/demo/data.py", "memo", "load"),
    # Whether this process already imported WeasyPrint and laid out its fonts.
    ("content/printing/engine.py", "global", "_warm"),
}


def _decorator_name(node):
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def found_state():
    found = set()
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = str(path.relative_to(ROOT))
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    for decorator in node.decorator_list:
                        if _decorator_name(decorator) in MEMO_DECORATORS:
                            found.add((name, "memo", node.name))
                elif isinstance(node, ast.Global):
                    found.update((name, "global", n) for n in node.names)
                elif (
                    isinstance(node, ast.Attribute)
                    and node.attr in LOCKS
                    and isinstance(node.value, ast.Name)
                    and node.value.id == "threading"
                ):
                    found.add((name, "lock", node.attr))
                elif isinstance(node, ast.ImportFrom) and node.module == "threading":
                    found.update(
                        (name, "lock", alias.name)
                        for alias in node.names
                        if alias.name in LOCKS
                    )
    return found


def test_no_process_state_beyond_the_listed_harmless_memos():
    assert found_state() - ALLOWED == set()
