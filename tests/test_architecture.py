"""The layers of DESIGN §3 hold: Qt only in coopdesk/ui, each layer imports only those above."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "coopdesk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_qt_is_imported_only_under_coopdesk_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        for name in _imported_modules(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_the_scan_sees_a_qt_import(tmp_path):
    """The check above would notice an offender (it is not vacuous)."""
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport os\n")
    assert "PySide6.QtWidgets" in _imported_modules(sample)


def test_import_linter_contracts_are_kept():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--config", str(PACKAGE.parent / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _window_imports(root: Path) -> dict[str, set[str]]:
    """Each window module's imports of other window modules, those inside functions too."""
    modules = {
        ".".join(path.relative_to(root.parent).with_suffix("").parts): path
        for path in root.rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in modules:
                found.add(node.module)
            if isinstance(node, ast.ImportFrom) and node.module:
                found.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if f"{node.module}.{alias.name}" in modules
                )
        graph[name] = found - {name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles of a graph, each once (found by depth-first search)."""
    circles: list[list[str]] = []
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        for target in sorted(graph[node]):
            if target in path:
                circles.append([*path[path.index(target) :], target])
            elif target not in done:
                visit(target, [*path, target])
        done.add(node)

    for start in sorted(graph):
        if start not in done:
            visit(start, [start])
    return circles


def test_window_modules_import_no_circle():
    """No window module imports, even lazily, one that imports it back (record dialogs
    open child tables, which get their row dialogs handed in)."""
    assert _circles(_window_imports(PACKAGE / "ui")) == []


def test_the_circle_scan_sees_a_lazy_circle(tmp_path):
    root = tmp_path / "ui"
    (root / "records").mkdir(parents=True)
    (root / "records" / "dialog.py").write_text("from ui.records.table import Table\n")
    (root / "records" / "table.py").write_text(
        "def open():\n    from ui.records.dialog import Dialog\n"
    )
    assert _circles(_window_imports(root)) == [
        ["ui.records.dialog", "ui.records.table", "ui.records.dialog"]
    ]
