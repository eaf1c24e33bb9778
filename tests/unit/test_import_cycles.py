"""No import cycle between festival_planner modules.

The graph is grimp's (the one import-linter builds), which counts every import: at module level,
inside functions, and under ``if TYPE_CHECKING``. A cycle is a strongly connected group of two or
more modules; the message names the modules and the imports that close it.
"""

from __future__ import annotations

import grimp
import pytest

PACKAGE = "festival_planner"


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                target = pending.pop()
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, sorted(edges[target])))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
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
    return groups


def _import_edges() -> dict[str, set[str]]:
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    modules = {m for m in graph.modules if m == PACKAGE or m.startswith(PACKAGE + ".")}
    return {m: {t for t in graph.find_modules_directly_imported_by(m) if t in modules} for m in modules}


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert _cycles(edges) == [["a", "b", "c"]]


@pytest.fixture(scope="module")
def edges() -> dict[str, set[str]]:
    return _import_edges()


def test_function_level_imports_are_in_the_graph(edges: dict[str, set[str]]) -> None:
    # cli.common imports the texts inside its functions: the graph must see imports like that one.
    assert "festival_planner.cli.texts" in edges["festival_planner.cli.common"]


def test_no_import_cycle_between_modules(edges: dict[str, set[str]]) -> None:
    found = _cycles(edges)
    described = ["  " + " ⇄ ".join(group) + "\n    " + "; ".join(
        f"{a} → {b}" for a in group for b in sorted(edges[a]) if b in group) for group in found]
    assert not found, "import cycles:\n" + "\n".join(described)
