"""Walk every workspace and every dialog reachable from the menus, toolbars and workspace buttons of
the real main window, and check what a user would see:

- the dialog fits a 1366×768 screen (frame included);
- no English word in the Vietnamese interface (titles, labels, buttons, tooltips, table headers,
  combo items, tabs, placeholders), names of products and formats excepted (``ALLOWED``);
- every character has a glyph in the widget's font (``QFontMetrics.inFontUcs4``);
- no clipped label or button (its size hint wider than the widget).

Each dialog is grabbed (``widget.grab()``) and so is the whole screen (``QScreen.grabWindow``) into
the output folder. Blocking dialogs are inspected by a timer while they run, then rejected (a
confirmation is answered "no", a file dialog cancelled), so the walk changes little; it works on a
copy of the database anyway.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 python scripts/walk_dialogs.py --db demo.sqlite [--out /tmp/walk] [--buttons]

Offscreen when ``DISPLAY`` is not set. Prints one line per finding and a summary; exit 1 when any.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dialog_checks import SCREEN, clipped, english_words, missing_glyphs, texts_of, vietnamese

FRAME = (8, 31, 8, 8)  # left, top (title bar), right, bottom: Windows 10/11 at 100 %
QT_DIALOGS = ("QFileDialog", "QPrintPreviewDialog", "QMessageBox", "QInputDialog",
              "QProgressDialog", "QPageSetupDialog", "QColorDialog", "QFontDialog")


def is_alive(widget) -> bool:  # type: ignore[no-untyped-def]
    from shiboken6 import isValid

    return bool(isValid(widget))


def inner_buttons(dialog):  # type: ignore[no-untyped-def]
    """The push buttons of one of the app's dialogs that may open another (not its OK/Cancel row)."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    if type(dialog).__name__ in QT_DIALOGS:
        return []
    found = []
    for button in dialog.findChildren(QPushButton):
        parent, in_box = button.parentWidget(), False
        while parent is not None and parent is not dialog:
            in_box = in_box or isinstance(parent, QDialogButtonBox)
            parent = parent.parentWidget()
        if not in_box and button.isVisibleTo(dialog) and button.isEnabled() and button.text() \
                and not button.isDefault() and button.window() is dialog:
            found.append(button)
    return found


def select_first_row(workspace) -> None:  # type: ignore[no-untyped-def]
    """Select the first row (in a tree, the first row of the first group) of the workspace's first
    table, so the actions on a selection can run."""
    from PySide6.QtCore import QItemSelectionModel, QModelIndex
    from PySide6.QtWidgets import QTableView, QTreeView

    for view in workspace.findChildren(QTableView) + workspace.findChildren(QTreeView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount(QModelIndex()) == 0:
            continue
        index = model.index(0, 0, QModelIndex())
        if model.hasChildren(index):
            index = model.index(0, 0, index)
        view.setFocus()
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return


class Walker:
    def __init__(self, app, window, out: Path) -> None:  # type: ignore[no-untyped-def]
        self.app, self.window, self.out = app, window, out
        self.findings: list[str] = []
        self.handling: set[int] = set()
        self.level = 0
        self.language = "vi"
        self.max_depth = 2
        self.count = 0
        self.where = ""

    def settle(self, rounds: int = 6) -> None:
        for _ in range(rounds):
            self.app.processEvents()
            time.sleep(0.03)

    def report(self, name: str, problem: str) -> None:
        line = f"{name}: {problem}"
        self.findings.append(line)
        print("  " + line, flush=True)

    def inspect(self, widget, name: str, tabs: bool = True) -> None:  # type: ignore[no-untyped-def]
        """Grab ``widget`` and check it; with ``tabs``, each other page of its tab widgets too."""
        from PySide6.QtCore import QMargins
        from PySide6.QtWidgets import QTabWidget

        self.count += 1
        stem = f"{self.count:03d}-" + re.sub(r"\W+", "_", name)[:60]
        widget.grab().save(str(self.out / f"{stem}.png"))
        screen = self.app.primaryScreen()
        screen.grabWindow(0).save(str(self.out / f"{stem}-screen.png"))
        frame = widget.frameGeometry().size()
        if frame == widget.size():  # no window manager (bare Xvfb): count a desktop's title bar and borders
            frame = frame.grownBy(QMargins(*FRAME))
        print(f"[{stem}] {type(widget).__name__} {widget.windowTitle()!r} {frame.width()}x{frame.height()}",
              flush=True)
        if frame.width() > SCREEN[0] or frame.height() > SCREEN[1]:
            self.report(name, f"does not fit 1366x768 with its frame: {frame.width()}x{frame.height()}")
        hint = widget.minimumSizeHint()
        if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
            self.report(name, f"minimum size {hint.width()}x{hint.height()} exceeds the screen")
        for where, text in texts_of(widget):
            if self.language == "vi":
                words = english_words(text)
                if words:
                    self.report(name, f"English {words} in {where}: {text[:80]!r}")
            elif vietnamese(text) and not where.endswith((" item", " cell tip")):  # data is Vietnamese
                self.report(name, f"Vietnamese in {where}: {text[:80]!r}")
        glyphs = missing_glyphs(widget)
        if glyphs:
            self.report(name, f"no glyph for {''.join(sorted(glyphs))}")
        for line in clipped(widget):
            self.report(name, f"clipped {line}")
        if not tabs:
            return
        for tab_widget in widget.findChildren(QTabWidget):
            if not tab_widget.isVisibleTo(widget):
                continue
            shown = tab_widget.currentIndex()
            for index in range(tab_widget.count()):
                if index != shown and tab_widget.isTabEnabled(index):
                    tab_widget.setCurrentIndex(index)
                    self.settle(3)
                    self.inspect(widget, f"{name} [{tab_widget.tabText(index).replace('&', '')}]", tabs=False)
            tab_widget.setCurrentIndex(shown)

    def new_windows(self):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication, QMenu

        modal = QApplication.activeModalWidget()
        found = [modal] if modal is not None else []
        found += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window
                  and not isinstance(w, QMenu) and w.isWindow() and w not in found
                  and type(w).__name__ not in ("QToolTip", "QTipLabel", "QComboBoxPrivateContainer")]
        return [w for w in found if id(w) not in self.handling]

    def close_all(self, name: str, depth: int) -> None:
        """Inspect what is open at ``depth``; below ``max_depth`` press its own buttons first."""
        from PySide6.QtWidgets import QDialog

        if self.level != depth:  # a dialog opened from a dialog is the inner walk's
            return
        for widget in self.new_windows():
            self.handling.add(id(widget))
            self.settle(3)
            title = f"{name} / {widget.windowTitle() or type(widget).__name__}"
            self.inspect(widget, title)
            if depth < self.max_depth:
                for button in inner_buttons(widget):
                    label = button.text().replace("&", "")
                    print(f"> {title} [{label}]", flush=True)
                    size = widget.size()
                    self.run_blocking(f"{title} [{label}]", button.click, depth + 1)
                    if is_alive(widget) and widget.isVisible() and widget.size() != size:  # it unfolded
                        self.inspect(widget, f"{title} [{label}]")
            try:
                if isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.close()
            except RuntimeError:  # a button of it closed and deleted it
                pass
            self.handling.discard(id(widget))

    def run_blocking(self, name: str, call, depth: int = 1) -> None:  # type: ignore[no-untyped-def]
        """Call ``call`` (which may block in a modal dialog); inspect and close what it opens."""
        from PySide6.QtCore import QTimer

        outer, self.level = self.level, depth
        timer = QTimer()
        timer.setInterval(400)
        timer.timeout.connect(lambda: self.close_all(name, depth))
        timer.start()
        started = time.monotonic()
        try:
            call()
        except Exception as exc:  # the walk reports and goes on
            self.report(name, f"raised {type(exc).__name__}: {exc}")
        timer.stop()
        self.settle()
        self.close_all(name, depth)
        self.level = outer
        if time.monotonic() - started > 30:
            print(f"  ({name}: {time.monotonic() - started:.0f} s)")

    def walk_actions(self, actions, prefix: str, skip) -> None:  # type: ignore[no-untyped-def]
        for action in actions:
            if action.isSeparator() or not action.text():
                continue
            name = f"{prefix} > {action.text().replace('&', '')}"
            if action.menu() is not None and not skip(action):
                self.walk_actions(action.menu().actions(), name, skip)
                continue
            if skip(action) or not action.isEnabled():
                print(f"- skipped {name}{'' if action.isEnabled() else ' (disabled: ' + action.toolTip() + ')'}")
                continue
            print(f"> {name}", flush=True)
            self.run_blocking(name, action.trigger)


def walk_messages(walker: Walker, window) -> None:  # type: ignore[no-untyped-def]
    """The message boxes no menu opens on a healthy database: the crash dialog (its details button),
    a warning with details, a confirmation."""
    from festival_planner.app import show_crash_dialog
    from festival_planner.gui import dialogs

    try:
        raise RuntimeError("walk_dialogs")
    except RuntimeError as exc:
        error = exc
    walker.run_blocking("crash dialog", lambda: show_crash_dialog(RuntimeError, error, error.__traceback__))
    walker.run_blocking("warning with details", lambda: dialogs.warn(
        window, "Không ghi được tệp", "Không ghi được tệp vào thư mục đã chọn.", "chi tiết"))
    walker.run_blocking("confirmation", lambda: dialogs.confirm(window, "Xóa điểm", "Xóa điểm này?", "Xóa"))


def walk_kit(walker: Walker, window, kit: str) -> None:  # type: ignore[no-untyped-def]
    """File → open a field kit and import one sent back, the file dialog answered with ``kit``."""
    from festival_planner.gui import dialogs

    chosen = dialogs.open_file_name
    dialogs.open_file_name = lambda *_args, **_kwargs: kit
    try:
        for action in (window.kits.open_action, window.kits.merge_action):
            if action.isEnabled():
                name = f"Tệp > {action.text()} ({Path(kit).name})"
                print(f"> {name}", flush=True)
                walker.run_blocking(name, action.trigger)
    finally:
        dialogs.open_file_name = chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database to copy and walk (e.g. a demo database)")
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "walk_dialogs"))
    parser.add_argument("--buttons", action="store_true", help="also press every push button of each workspace")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi",
                        help="the interface's language; in English, Vietnamese letters are reported")
    parser.add_argument("--kit", help="a field kit (.fpkit) for File → open and import: their passphrase dialogs")
    parser.add_argument("--depth", type=int, default=2, help="dialogs opened from dialogs, this deep (default 2)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="walk-"))
    os.environ.setdefault("FESTIVAL_PLANNER_CONFIG_DIR", str(work / "config"))
    db_path = work / "walk.sqlite"
    shutil.copy(args.db, db_path)

    from PySide6.QtWidgets import QPushButton

    from festival_planner.app import apply_locale, create_application, install_translator, workspace_classes
    from festival_planner.domain import messages
    from festival_planner.gui.database_open import open_with_progress
    from festival_planner.gui.main_window import MainWindow
    from festival_planner.gui.qt_catalogue import install_qt_catalogue
    from festival_planner.gui.settings import Settings

    app = create_application([sys.argv[0]])
    settings = Settings()
    settings.set_language(args.lang)
    install_translator(app, args.lang)
    apply_locale(args.lang)
    install_qt_catalogue(app, args.lang)
    messages.set_language(args.lang)
    window = MainWindow(open_with_progress(db_path), settings, workspace_classes())
    window.show()
    walker = Walker(app, window, out)
    walker.max_depth, walker.language = args.depth, args.lang
    walker.settle(20)
    print(f"platform {app.platformName()}, screen {app.primaryScreen().size().toTuple()}")
    walker.inspect(window, "main window")

    never = [window.quit_action, window.recent_menu.menuAction(), *window.language_actions.values(),
             *window.workspace_actions.values()]  # leaving, another database, the language, the views

    def skip(action) -> bool:  # type: ignore[no-untyped-def]
        return action in never

    for workspace in window.workspaces:
        window.show_workspace(workspace.key)
        walker.settle(20)
        walker.inspect(window, f"workspace {workspace.key}")
        select_first_row(workspace)
        walker.settle()
        walker.walk_actions(workspace.actions(), workspace.title(), skip)
        if args.buttons:
            for button in workspace.findChildren(QPushButton):
                if button.isVisible() and button.isEnabled() and button.text():
                    name = f"{workspace.title()} [{button.text().replace('&', '')}]"
                    print(f"> {name}", flush=True)
                    walker.run_blocking(name, button.click)
    for menu in window.menuBar().actions():
        if menu.menu() is not None and menu.menu().objectName() not in {f"{w.key}Menu" for w in window.workspaces}:
            walker.walk_actions(menu.menu().actions(), menu.text().replace("&", ""), skip)
    walk_messages(walker, window)
    if args.kit:
        walk_kit(walker, window, args.kit)
    print(f"{walker.count} windows inspected, {len(walker.findings)} findings; pictures in {out}")
    window.close()
    return 1 if walker.findings else 0


if __name__ == "__main__":
    sys.exit(main())
