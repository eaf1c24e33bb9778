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
    Where either is a plain folder it is used as it is (``importlib.resources`` alone costs the
    command line ~5 ms to import); otherwise (a zipped install) ``importlib.resources`` finds them.
    """
    if _INSTALLED.is_dir():
        return _INSTALLED.joinpath(*parts)
    if _SOURCE_TREE.is_dir() and (_PACKAGE.parent / "pyproject.toml").is_file():
        return _SOURCE_TREE.joinpath(*parts)
    from importlib import resources

    try:
        root: Traversable = resources.files("festival_planner.resources")
    except ModuleNotFoundError:
        root = _SOURCE_TREE
    return root.joinpath(*parts)
