"""The import contracts `make lint` checks: the loop contract finds loops, and the
project keeps both contracts."""

import subprocess
import sys
from pathlib import Path

import grimp

from tests.import_contracts import AcyclicModulesContract

ROOT = Path(__file__).resolve().parents[2]


def _graph(*imports):
    graph = grimp.ImportGraph()
    graph.add_module("app")
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported)
    return graph


def _check(graph, **options):
    contract = AcyclicModulesContract(
        name="no loops",
        session_options={"root_packages": ["app"]},
        contract_options={"containers": ["app"], **options},
    )
    return contract.check(graph, verbose=False)


def test_a_loop_through_three_modules_is_reported_whole():
    check = _check(_graph(("app.a", "app.b"), ("app.b", "app.c"), ("app.c", "app.a")))
    assert not check.kept
    [loop] = check.metadata["loops"]
    assert [module for module, _ in loop] == ["app.a", "app.b", "app.c"]


def test_imports_one_way_keep_the_contract():
    check = _check(_graph(("app.a", "app.b"), ("app.b", "app.c"), ("app.a", "app.c")))
    assert check.kept


def test_a_package_and_its_module_may_not_import_each_other():
    check = _check(
        _graph(("app.search", "app.search.sqlite"), ("app.search.sqlite", "app.search"))
    )
    assert not check.kept


def test_an_ignored_import_breaks_the_loop_it_names():
    graph = _graph(("app.models", "app.views"), ("app.views", "app.models"))
    assert _check(graph, ignore_imports=["app.models -> app.views"]).kept


def test_the_project_keeps_its_contracts():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Contracts: 3 kept, 0 broken." in result.stdout
