"""The packaged app checks itself: ``FESTIVAL_PLANNER_SELF_CHECK=1 festival-planner gui`` logs one ERROR
line per missing piece once the window is up (``app.run`` calls ``run_checks``).

The frozen app's smoke test (``scripts/smoke_frozen.py``, run by ``.ci/run`` and the Windows workflow)
sets it and fails on any ERROR in the log: every file the app reads only on some later click (an SVG
icon, Qt's plugins and catalogues, the guide, the migrations, the gazetteer, HiGHS, the Word template,
time zones, the About box's versions) is looked at here, so a file the PyInstaller specification forgot
fails CI instead of a clerk's first click.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase, QImageReader
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
SELF_CHECK_ENV = "FESTIVAL_PLANNER_SELF_CHECK"


def _icons() -> None:
    from festival_planner.gui.icons import icon
    from festival_planner.resource_files import resource

    names = [f.name[:-4] for f in resource("icons").iterdir() if f.name.endswith(".svg")]
    if len(names) < 10:
        raise RuntimeError(f"only {len(names)} icons in resources/icons")
    blank = [name for name in names if icon(name).pixmap(16, 16).isNull()]
    if blank:
        raise RuntimeError(f"SVG icons do not paint (the iconengines plugin or QtSvg is missing): {blank[:5]}")


def _image_formats() -> None:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"svg", "png", "jpg", "ico"} - formats
    if missing:
        raise RuntimeError(f"image formats missing (imageformats plugins): {sorted(missing)}")


def _plugins() -> None:
    folders = [Path(p) for p in QCoreApplication.libraryPaths()]
    for kind in ("platforms", "printsupport", "iconengines"):
        if not any((folder / kind).is_dir() and any((folder / kind).iterdir()) for folder in folders):
            if kind == "printsupport" and not any(folder.exists() for folder in folders):
                continue
            raise RuntimeError(f"no Qt {kind} plugin in {[str(f) for f in folders]}")


def _catalogues(app_catalogue: str) -> None:
    from festival_planner.gui.qt_catalogue import CATALOGUES
    from festival_planner.resource_files import resource

    for name in (app_catalogue, *CATALOGUES.values()):
        if not QTranslator().load(str(resource("i18n", name))):
            raise RuntimeError(f"translation {name} does not load")
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not any(qt_folder.glob("qtbase_*.qm")):
        raise RuntimeError(f"Qt's own translations are missing from {qt_folder}")


def _fonts(ui_font: str) -> None:
    from festival_planner.reports.render import ensure_fonts

    ensure_fonts()
    families = set(QFontDatabase.families())
    for family in (ui_font, "Liberation Serif"):
        if family not in families:
            raise RuntimeError(f"font {family} is not registered")


def _guide(parent: QWidget | None) -> None:
    from festival_planner.gui.guide import GuideDialog

    dialog = GuideDialog(parent)
    try:
        if "1." not in dialog.browser.toPlainText():
            raise RuntimeError("the first-year guide is empty")
    finally:
        dialog.deleteLater()


def _about() -> None:
    from festival_planner.gui.about import build_html, components

    unknown = [c.name for c in components() if c.distribution and c.shown_version() == "—"
               and c.distribution != "shapely"]  # shapely only rebuilds the basemap: not shipped
    if unknown:
        raise RuntimeError(f"the About box has no version for {unknown} (package metadata not collected)")
    if "khóa phiên bản" not in build_html() and "version lock" not in build_html():
        raise RuntimeError("the About box has no build line")


def _data_files() -> None:
    from festival_planner.store import gazetteer, migrate

    head = migrate.script_head()
    if head != migrate.HEAD_REVISION:
        raise RuntimeError(f"Alembic reads head {head}, expected {migrate.HEAD_REVISION} (migrations folder)")
    if not (gazetteer.package_data_dir() / "dataset.db").is_file():
        raise RuntimeError("vietnamadminunits' dataset.db is missing")


def _libraries() -> None:
    import zoneinfo

    import docx
    import highspy
    import icalendar
    import openpyxl
    import platformdirs
    from ortools.sat.python import cp_model

    highspy.Highs()
    model = cp_model.CpModel()  # the selector's engine: a one-variable model solved to optimality
    x = model.new_bool_var("x")
    model.maximize(x)
    if cp_model.CpSolver().solve(model) != cp_model.OPTIMAL:
        raise RuntimeError("OR-Tools CP-SAT did not solve a trivial model")
    docx.Document().save(io.BytesIO())  # the default template (docx/templates/default.docx)
    openpyxl.Workbook().save(io.BytesIO())
    icalendar.Calendar().to_ical()
    zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")  # tzdata on Windows
    platformdirs.user_data_dir("festival-planner", appauthor=False, roaming=True)
    metadata.version("SQLAlchemy")


def checks(parent: QWidget | None, ui_font: str, app_catalogue: str) -> dict[str, Callable[[], None]]:
    return {"icons": _icons, "image formats": _image_formats, "Qt plugins": _plugins,
            "translations": lambda: _catalogues(app_catalogue), "fonts": lambda: _fonts(ui_font),
            "guide": lambda: _guide(parent), "about": _about, "data files": _data_files, "libraries": _libraries}


def run_checks(parent: QWidget | None, *, ui_font: str, app_catalogue: str) -> list[str]:
    """Run every check; log and return the failures (``"<check>: <what is missing>"``). ``ui_font`` and
    ``app_catalogue`` (the English ``.qm``'s file name) come from ``app``, which the GUI does not import."""
    found = checks(parent, ui_font, app_catalogue)
    failed = []
    for name, check in found.items():
        try:
            check()
        except Exception as exc:  # every failure is reported, none stops the others
            failed.append(f"{name}: {exc!r}")
            log.error("self-check %s failed: %r", name, exc)
    if not failed:
        log.info("self-check: all %d checks passed", len(found))
    return failed
