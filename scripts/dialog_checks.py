"""What scripts/walk_dialogs.py checks in each window: English words in the Vietnamese interface
(Vietnamese letters in the English one), glyphs missing from a widget's font, cut labels, buttons,
table headings and placeholders. Plain functions over widgets, no walking."""

from __future__ import annotations

import html
import re
import unicodedata

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
