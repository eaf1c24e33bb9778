"""What this copy of the app is built from, for the About box and ``--version`` (Qt-free).

A frozen build (PyInstaller, ``scripts/build_app.py``) carries ``festival_planner/build_info.json``: the
build's date, the SHA-256 of ``requirements/lock.txt`` it was installed with, Python and the key
packages' versions. A pip install has no such file: the versions are read from the installed
distributions, and the lock's hash only when the code runs from a checkout that has the lock file.
"""

from __future__ import annotations

import json
import platform
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

INFO_FILE = "build_info.json"
LOCK_FILE = Path(__file__).resolve().parent.parent / "requirements" / "lock.txt"
KEY_PACKAGES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "ortools", "highspy", "numpy", "vietnamadminunits")
SHORT_NAMES = {"PySide6-Essentials": "PySide6"}


def is_frozen() -> bool:
    """True in the PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def _recorded() -> dict[str, Any] | None:
    try:
        found = resources.files("festival_planner").joinpath(INFO_FILE)
        if not found.is_file():
            return None
        data = json.loads(found.read_text(encoding="utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        return None
    return data if isinstance(data, dict) else None


def _lock_hash(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def current() -> dict[str, Any]:
    """``{"frozen", "built", "lock_sha256", "python", "platform", "versions"}`` of this copy; ``built``
    and ``lock_sha256`` are None when unknown (a pip install outside a checkout)."""
    recorded = _recorded()
    if recorded is not None:
        return {"frozen": is_frozen(), "built": recorded.get("built"), "lock_sha256": recorded.get("lock_sha256"),
                "python": recorded.get("python") or platform.python_version(),
                "platform": recorded.get("platform") or f"{platform.system()} {platform.machine()}",
                "versions": dict(recorded.get("versions") or {})}
    return {"frozen": is_frozen(), **record(None, LOCK_FILE)}


def record(built: str | None, lock: Path) -> dict[str, Any]:
    """What a build records in ``build_info.json`` (``scripts/build_app.py``), and what a pip install
    shows with ``built`` None: the lock file's hash, Python, the platform and the key packages' versions
    as installed here."""
    versions = {}
    for name in KEY_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return {"built": built, "lock_sha256": _lock_hash(lock), "python": platform.python_version(),
            "platform": f"{platform.system()} {platform.machine()}", "versions": versions}


def versions_text(info: dict[str, Any]) -> str:
    """``Python 3.11.9 · PySide6 6.11.3 · SQLAlchemy 2.1.9 · …`` (names and numbers: no language)."""
    parts = [f"Python {info['python']}"]
    parts += [f"{SHORT_NAMES.get(name, name)} {version}" for name, version in info["versions"].items()
              if name in KEY_PACKAGES]
    return " · ".join(parts)


def lock_text(info: dict[str, Any]) -> str:
    """The lock file's hash, shortened (12 hex digits), or "" when unknown."""
    return (info.get("lock_sha256") or "")[:12]
