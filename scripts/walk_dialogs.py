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
import html
import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb" if os.environ.get("DISPLAY") else "offscreen"

SCREEN = (1366, 768)
ALLOWED = {"pdf", "csv", "sqlite", "excel", "word", "festival", "planner", "highs", "postgresql", "xlsx", "docx",
           "png", "svg", "ics", "qt", "pyside", "python", "sqlalchemy", "alembic", "openpyxl", "mako",
           "markupsafe", "geographiclib", "highspy", "vietnamadminunits", "lucide", "noto", "sans",
           "serif", "numpy", "icalendar", "psycopg", "libpq", "lgpl", "gpl", "mit", "bsd", "apache", "isc",
           "ofl", "tzdata", "utc", "gmt", "fpkit", "aes", "gcm", "scrypt", "ubnd", "hđnd", "ctrl", "shift",
           "alt", "del", "enter", "esc", "tab", "url", "ip", "ssh", "www", "http", "https", "com", "km", "kg",
           "px", "mb", "kb", "gb", "openstreetmap", "osm", "leaflet", "email", "zalo", "id", "et", "xmlfile",
           "wal", "json", "vnd", "sha", "gps", "tcp", "ssl", "tls", "pyinstaller", "inno", "setup", "english",
           "backups",  # the backup folder's real name, beside the database
           "đắk", "lắk", "krông", "tul",  # place names
           "outlook", "liberation", "times", "new", "roman", "mm", "pt", "km²", "micro", "ctr", "db", "mib", "kib",
           "gib", "milimét", "inch", "pica", "didot", "cicero", "x"}
ENGLISH = {"ok", "cancel", "yes", "no", "close", "save", "open", "apply", "help", "reset", "discard", "abort",
           "retry", "ignore", "back", "forward", "name", "size", "type", "date", "modified", "the", "and", "of",
           "is", "file", "files", "folder", "all", "select", "choose", "print", "preview", "page",
           "error", "warning", "details", "show", "hide", "copy", "paste", "cut", "undo", "redo", "delete"}
ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
SYLLABLE = re.compile(f"{ONSET}[aeiouy]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?")
KEYS = re.compile(r"\((?:(?:Ctrl|Shift|Alt)\+)*(?:Delete|Insert|Enter|Esc|Home|End|Backspace|F\d+)\)")


def plain(word: str) -> str:
    """``word`` in lower case without its tone and vowel marks ("Đường" -> "duong")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))


def strip_markup(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)) if "<" in text else text


def english_words(text: str) -> list[str]:
    """Words of ``text`` that are no Vietnamese syllable (nor an allowed name), or plain English."""
    text = KEYS.sub(" ", strip_markup(text).replace("&&", "\0").replace("&", ""))
    text = re.sub(r"\S+@\S+|\S+\.(?:sqlite|pdf|docx|xlsx|png|csv|ics|fpkit|qm)\b|[\w./\\-]*[/\\][\w./\\-]*", " ", text)
    found = []
    for word in re.findall(r"[^\W\d_]+", text):
        lower = word.lower()
        if lower in ALLOWED or (word.isupper() and len(word) <= 4 and lower not in ENGLISH):
            continue
        if lower in ENGLISH or not SYLLABLE.fullmatch(plain(word)):
            found.append(word)
    return found


def vietnamese(text: str) -> bool:
    """Whether ``text`` has a letter only Vietnamese uses here (a tone or vowel mark, "đ")."""
    return any(c in "đĐ" or (c.isalpha() and len(unicodedata.normalize("NFD", c)) > 1) for c in strip_markup(text))


def texts_of(widget):  # type: ignore[no-untyped-def]
    """(where, text) for every visible text of ``widget`` and its visible children."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTabWidget,
        QWidget,
    )

    out = [("title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget) and not isinstance(child, QMenu):
            continue
        name = f"{type(child).__name__}:{child.objectName()}"
        out.append((name + " tooltip", child.toolTip()))
        if isinstance(child, QLabel):
            out.append((name, child.text()))
        elif isinstance(child, QAbstractButton):
            out.append((name, child.text()))
        elif isinstance(child, QGroupBox):
            out.append((name, child.title()))
        elif isinstance(child, QLineEdit):
            out.append((name + " placeholder", child.placeholderText()))
        elif isinstance(child, QComboBox) and child.objectName() != "pageSizeCombo":  # paper names: Letter, …
            out += [(name + " item", child.itemText(i)) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            out += [(name + " tab", child.tabText(i)) for i in range(child.count())]
        elif isinstance(child, QMenu):
            out += [(name + " action", a.text()) for a in child.actions()]
            out += [(name + " action tip", a.toolTip()) for a in child.actions()]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
            rows = model.rowCount(QModelIndex())
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            out += [(name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(columns)]
            for r in range(min(rows, 3)):
                for c in range(columns):
                    tip = model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        out.append((name + " cell tip", tip))
    return [(where, text) for where, text in out if text]


def missing_glyphs(widget) -> set[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QWidget

    missing: set[str] = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        metrics = QFontMetrics(child.font())
        for _where, text in texts_of_one(child):
            missing |= {ch for ch in strip_markup(text) if not ch.isspace() and ord(ch) > 0x7f
                        and not metrics.inFontUcs4(ord(ch))}
    return missing


def texts_of_one(child):  # type: ignore[no-untyped-def]
    for attr in ("text", "title", "windowTitle", "toolTip"):
        value = getattr(child, attr, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                yield attr, text


def clipped(widget) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QLineEdit

    out = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisibleTo(widget) or not child.text() or child.width() <= 1:
            continue
        if isinstance(child, QLabel) and (child.wordWrap() or child.textFormat() == 1):
            continue
        if child.sizeHint().width() > child.width() + 1:
            out.append(f"{type(child).__name__} {child.text()[:40]!r} {child.width()}<{child.sizeHint().width()}")
    for header in widget.findChildren(QHeaderView):
        if not header.isVisibleTo(widget) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for section in range(header.count()):
            needed, size = header.sectionSizeFromContents(section).width(), header.sectionSize(section)
            if not header.isSectionHidden(section) and size and needed > size + 2:
                title = header.model().headerData(section, Qt.Orientation.Horizontal)
                out.append(f"header {title!r} {size}<{needed}")
    for edit in widget.findChildren(QLineEdit):
        text = edit.placeholderText()
        room = edit.contentsRect().width() - 8  # the frame's and the text's margins
        if text and edit.isVisibleTo(widget) and not edit.text() and edit.fontMetrics().horizontalAdvance(text) > room:
            out.append(f"placeholder {text[:40]!r} {room}<{edit.fontMetrics().horizontalAdvance(text)}")
    return out


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
        from PySide6.QtWidgets import QTabWidget

        self.count += 1
        stem = f"{self.count:03d}-" + re.sub(r"\W+", "_", name)[:60]
        widget.grab().save(str(self.out / f"{stem}.png"))
        screen = self.app.primaryScreen()
        screen.grabWindow(0).save(str(self.out / f"{stem}-screen.png"))
        frame = widget.frameGeometry()
        print(f"[{stem}] {type(widget).__name__} {widget.windowTitle()!r} {frame.width()}x{frame.height()}",
              flush=True)
        if frame.width() > SCREEN[0] or frame.height() > SCREEN[1]:
            self.report(name, f"does not fit 1366x768: {frame.width()}x{frame.height()}")
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
