"""Find the plain resource files of ``resources/`` (installed as ``festival_planner.resources``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "resources"  # a regular install (a wheel) or the frozen app: a plain folder
_SOURCE_TREE = _PACKAGE.parent / "resources"


def resource(*parts: str) -> Traversable:
    """A resource file, e.g. ``resource("i18n", "festival_planner_en.qm")``.

    Installed, the files are the package ``festival_planner.resources``; run straight from a source
    checkout (``python -m pytest`` in the repository), they are the top-level ``resources/`` folder.
    """
    return _root().joinpath(*parts)


def _root() -> Traversable:
    """The resources folder. Where it is a plain folder (a regular install, the frozen app, a source
    checkout) it is used as it is: ``importlib.resources`` alone costs the command line ~5 ms to
    import; only a zipped install needs it."""
    if _INSTALLED.is_dir():
        return _INSTALLED
    if _SOURCE_TREE.is_dir() and (_PACKAGE.parent / "pyproject.toml").is_file():
        return _SOURCE_TREE
    from importlib import resources

    try:
        return resources.files("festival_planner.resources")
    except ModuleNotFoundError:
        return _SOURCE_TREE
