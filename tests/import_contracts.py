"""An import-linter contract type for submodules of an external package (``PySide6.QtWidgets``).

import-linter's own ``forbidden`` contract refuses them ("subpackages of external packages are not
valid"): its graph keeps only the top-level ``PySide6``. This contract reads the import statements
themselves instead: a source module, or any project module it imports directly or indirectly, whose
import of the external package names a forbidden submodule (``from PySide6.QtWidgets import …``,
``import PySide6.QtWidgets``, ``from PySide6 import QtWidgets``) breaks it.

Registered in ``pyproject.toml`` (``contract_types``); ``lint-imports`` runs from the repository root,
which it puts on ``sys.path``, so this module imports as ``tests.import_contracts``.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


def _mentions(line: str, forbidden: str) -> bool:
    package, _, submodule = forbidden.partition(".")
    if re.search(rf"\b{re.escape(forbidden)}\b", line):
        return True
    from_package = re.match(rf"\s*from\s+{re.escape(package)}\s+import\s+(.*)", line)
    return bool(from_package and re.search(rf"\b{re.escape(submodule)}\b|\(", from_package.group(1)))


class ForbiddenExternalSubmodulesContract(Contract):
    """``source_modules`` (and what they import of the project) never import ``forbidden_modules``,
    submodules of external packages. A parenthesised ``from PKG import (`` counts as a violation
    (the graph keeps the first line only): write such imports on one line."""

    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        sources = {m.name for m in self.source_modules}  # type: ignore[attr-defined]
        forbidden = [str(m) for m in self.forbidden_modules]  # type: ignore[attr-defined]
        externals = {name.partition(".")[0] for name in forbidden}
        reached: set[str] = set()
        for source in sources:
            reached |= {source, *graph.find_descendants(source)}
            reached |= graph.find_upstream_modules(source, as_package=True)  # external ones import nothing
        violations = []
        for importer in sorted(reached):
            for external in externals & graph.find_modules_directly_imported_by(importer):
                for detail in graph.get_import_details(importer=importer, imported=external):
                    for name in forbidden:
                        if name.startswith(external + ".") and _mentions(detail["line_contents"], name):
                            violations.append((importer, detail["line_number"], detail["line_contents"], name))
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, line, contents, name in check.metadata["violations"]:
            output.print_error(f"{importer} imports {name} (l.{line}: {contents})", bold=False)
            output.new_line()
