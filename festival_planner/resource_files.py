"""Find the plain resource files of ``resources/`` (installed as ``festival_planner.resources``)."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """A resource file, e.g. ``resource("i18n", "festival_planner_en.qm")``.

    Installed, the files are the package ``festival_planner.resources``; run straight from a source
    checkout (``python -m pytest`` in the repository), they are the top-level ``resources/`` folder.
    """
    try:
        root: Traversable = resources.files("festival_planner.resources")
    except ModuleNotFoundError:
        root = _SOURCE_TREE
    return root.joinpath(*parts)
