"""An import-linter contract that forbids import cycles between modules.

import-linter's own ``acyclic_siblings`` judges whole packages: a page module inside
``content.models`` that reads ``content.selectors`` (which reads the material models)
counts as a loop between the two packages, although no module imports itself back.
Python only trips over loops between modules, so this contract walks the module graph
(every import, including those inside functions) and reports each strongly connected
group of modules, with one path that closes the loop.
"""

from importlinter.application import contract_utils, output
from importlinter.application.contract_utils import AlertLevel
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def _cycles(graph, modules):
    """Tarjan's strongly connected components over ``modules``; only groups of 2+."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = [0]

    def visit(start):
        # Iterative, so that a deep chain cannot exhaust Python's recursion limit.
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in modules:
                    continue
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (
                            child,
                            iter(
                                sorted(graph.find_modules_directly_imported_by(child))
                            ),
                        )
                    )
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return groups


class AcyclicModulesContract(Contract):
    """No module of ``containers`` may reach itself through its own imports."""

    type_name = "acyclic_modules"
    containers = fields.ListField(subfield=fields.StringField())
    # Known loops still to untangle, named one import each; an entry that no longer
    # matches an import fails the contract, so the list can only shrink.
    ignore_imports = fields.SetField(
        subfield=fields.ImportExpressionField(), required=False
    )

    def check(self, graph, verbose):
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=self.ignore_imports,
            unmatched_alerting=AlertLevel.ERROR,
        )
        modules = {
            module
            for container in self.containers
            for module in graph.find_descendants(container) | {container}
        }
        loops = [
            [
                (
                    module,
                    sorted(
                        graph.find_modules_directly_imported_by(module) & set(group)
                    ),
                )
                for module in group
            ]
            for group in _cycles(graph, modules)
        ]
        return ContractCheck(
            kept=not loops,
            warnings=list(removal.warnings),
            ignored_import_count=removal.ignored_import_count,
            metadata={"loops": loops},
        )

    def render_broken_contract(self, check):
        for loop in check.metadata["loops"]:
            output.print_error("Modules that import each other in a loop:", bold=True)
            for module, imported in loop:
                output.print_error(f"  {module} -> {', '.join(imported)}")
            output.new_line()
