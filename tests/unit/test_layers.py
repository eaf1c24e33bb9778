"""The import-linter contracts in pyproject.toml hold (layers ordered, core free of Qt)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_are_kept() -> None:
    executable = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert executable, "import-linter is part of the test extra"
    result = subprocess.run([executable, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " kept, 0 broken" in result.stdout
    for contract in ("Layers", "core never imports Qt", "Workspaces are independent", "shell does not reach",
                     "Reports paint with QtGui only", QT_WIDGETS_CONTRACT):
        assert contract in result.stdout, f"contract missing: {contract}"


QT_WIDGETS_CONTRACT = "Reports never import PySide6.QtWidgets"


def _lint_copy(tmp_path: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """lint-imports over a copy of the package with ``files`` added, checking only the real
    QtWidgets contract of pyproject.toml (its own table, read back and written as the copy's config)."""
    import json
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contract = next(c for c in config["contracts"] if c["name"].startswith(QT_WIDGETS_CONTRACT))
    shutil.copytree(ROOT / "festival_planner", tmp_path / "festival_planner",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tests").mkdir()
    shutil.copy2(ROOT / "tests" / "import_contracts.py", tmp_path / "tests" / "import_contracts.py")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    lines = ["[tool.importlinter]", f"root_package = {json.dumps(config['root_package'])}",
             "include_external_packages = true", f"contract_types = {json.dumps(config['contract_types'])}",
             "", "[[tool.importlinter.contracts]]"]
    lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in contract.items()]
    (tmp_path / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    executable = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert executable
    return subprocess.run([executable, "pyproject.toml", "--no-cache"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("files", [
    {"festival_planner/reports/leak.py": "from PySide6.QtWidgets import QWidget\n"},
    {"festival_planner/reports/leak.py": "from PySide6 import QtGui, QtWidgets\n"},
    {"festival_planner/reports/leak.py": "def f():\n    import PySide6.QtWidgets\n"},
    # indirectly: reports imports a project module that imports QtWidgets
    {"festival_planner/widgets_leak.py": "from PySide6.QtWidgets import QApplication\n",
     "festival_planner/reports/leak.py": "from festival_planner import widgets_leak\n"},
], ids=["from-submodule", "from-package", "function-level", "indirect"])
def test_the_qt_widgets_ban_fails_when_broken(tmp_path: Path, files: dict[str, str]) -> None:
    result = _lint_copy(tmp_path, files)
    assert result.returncode == 1, result.stdout + result.stderr
    offender = next(name for name, text in files.items() if "PySide6" in text)
    assert "0 kept, 1 broken" in result.stdout
    assert offender.removesuffix(".py").replace("/", ".") + " imports PySide6.QtWidgets" in result.stdout


def test_the_qt_widgets_ban_keeps_qt_gui(tmp_path: Path) -> None:
    result = _lint_copy(tmp_path, {"festival_planner/reports/paint.py": "from PySide6.QtGui import QPainter\n"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout
