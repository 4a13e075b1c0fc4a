"""The package's imports run one way (DESIGN.md §2), read from the source of every module.

Layers, lowest first: the ground floor of shared vocabulary (symbols, records, numerals, formats,
reference data, the ontology), then ingest, graph, the readers of the graph (queries, views,
export, lineage), the pipeline and the server, the CLI. A module may import its own layer's
modules and any lower layer's, never a higher one's; the ontology imports nothing of unkg; no two
modules import each other, directly or round a longer cycle. Imports inside functions count too:
a lazy import is still an edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "unkg"

# (layer, module prefixes): a module belongs to the first layer whose prefix it starts with
LAYERS = [
    (0, ("unkg.ontology",)),
    (1, ("unkg.symbols", "unkg.record", "unkg.numerals", "unkg.formats", "unkg.reference", "unkg.sample")),
    (2, ("unkg.ingest",)),
    (3, ("unkg.graph",)),
    (4, ("unkg.queries", "unkg.views", "unkg.export", "unkg.lineage")),
    (5, ("unkg.pipeline", "unkg.serve", "unkg.demo", "unkg.api")),
    (6, ("unkg.cli",)),
]
ROOT = "unkg"  # the package itself (its __version__) is below everything
# pairs of rooms that may never meet although their layers would allow it: the graph takes
# records (the ground floor), never readers or the linker
APART = [("unkg.graph", "unkg.ingest")]


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> int:
    if module == ROOT:
        return -1
    for layer, prefixes in LAYERS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return layer
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _known(name: str, modules: set[str]) -> str | None:
    """The unkg module an imported name is: the longest module prefix of it."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph() -> nx.DiGraph:
    files = {_module(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                origin = _resolve(module, node, path.name == "__init__.py")
                # "from unkg.graph import build" imports the module unkg.graph.build
                targets = [f"{origin}.{alias.name}" for alias in node.names] + [origin]
            for target in targets:
                hit = _known(target, modules)
                if hit and hit != module:
                    graph.add_edge(module, hit, line=node.lineno)
                    break
    return graph


def _in(module: str, room: str) -> bool:
    return module == room or module.startswith(room + ".")


def crossing(module: str, imported: str) -> str | None:
    """Why ``module`` may not import ``imported``, or None when it may."""
    a, b = _layer(module), _layer(imported)
    if b > a:
        return f"{module} (layer {a}) imports {imported} (layer {b}), a higher layer"
    for low, high in APART:
        if _in(module, low) and _in(imported, high):
            return f"{module} imports {imported}: {low} never imports {high}"
    return None


GRAPH = import_graph()


def test_every_module_is_in_a_layer():
    for module in GRAPH:
        _layer(module)


@pytest.mark.parametrize(("module", "imported"), sorted(GRAPH.edges))
def test_imports_run_down_the_layers(module, imported):
    why = crossing(module, imported)
    assert why is None, f"{why} (line {GRAPH.edges[module, imported]['line']})"


def test_the_ontology_depends_on_nothing():
    for module in GRAPH:
        if _layer(module) == 0:
            assert not list(GRAPH.successors(module)) or all(_layer(m) == 0 for m in GRAPH.successors(module)), module


def test_no_import_cycles():
    # a package's __init__ may re-export its own submodules: that is one room, not a cycle
    def same_room(a: str, b: str) -> bool:
        return a.startswith(b + ".") or b.startswith(a + ".")

    graph = nx.DiGraph([(a, b) for a, b in GRAPH.edges if not same_room(a, b)])
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join([*c, c[0]]) for c in cycles[:5])


@pytest.mark.parametrize(("module", "imported"), [
    ("unkg.ingest.link", "unkg.graph.iris"),  # ingest knows no RDF
    ("unkg.graph.build", "unkg.ingest.resolve"),  # the builder takes records, resolves nothing
    ("unkg.ontology.generate", "unkg.symbols"),  # the ontology depends on nothing
    ("unkg.serve.app", "unkg.cli"),  # nothing imports the CLI
    ("unkg.symbols", "unkg.ingest.names"),  # the ground floor imports no stage
])
def test_the_checker_sees_each_kind_of_crossing(module, imported):
    assert crossing(module, imported)


def test_the_checker_reads_lazy_and_relative_imports():
    """An import inside a function, and a package-relative one, are edges like any other."""
    tree = ast.parse("def f():\n    from ..graph import iris\n")
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom))
    origin = _resolve("unkg.ingest.link", node, False)
    assert _known(f"{origin}.iris", set(GRAPH)) == "unkg.graph.iris"
