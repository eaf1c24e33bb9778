"""Help → "Lập kế hoạch năm đầu tiên" opens the first-year guide (Vietnamese, within a 1366×768 screen,
every step of the job named), the README has the same guide, and About lists every bundled component
with its version and licence (issue 17 item 11)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path
from unittest.mock import patch

from PySide6.QtCore import QRect

from festival_planner.gui import about, guide
from festival_planner.gui.about import components
from festival_planner.gui.guide import GuideDialog

ROOT = Path(__file__).resolve().parents[2]
STEPS_VI = ["Năm mới", "Kế hoạch toàn quốc", "Chọn điểm", "Chạy chọn điểm", "Đưa vào kế hoạch",
            "Nhập danh sách lãnh đạo", "Mời vào đoàn", "Trưởng đoàn", "Áp dụng mẫu", "Văn bản in", "Xuất PDF"]


def test_the_guide_opens_from_the_help_menu_in_vietnamese_and_fits_1366x768(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr("PySide6.QtGui.QScreen.availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "helpMenu"]
    [entry] = [a for a in help_menu.actions() if a.text() == "Lập kế hoạch năm đầu tiên"]
    entry.trigger()
    [dialog] = [w for w in window.findChildren(GuideDialog) if w.isVisible()]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Lập kế hoạch năm đầu tiên"
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    assert dialog.width() >= 600 and dialog.height() >= 500  # still readable
    text = dialog.browser.toPlainText()
    for step in STEPS_VI:
        assert step in text, step
    order = [text.index(s) for s in ("1. Tạo năm mới", "2. Chọn điểm trên bản đồ", "3. Nhập danh sách lãnh đạo",
                                     "4. Trưởng đoàn của từng điểm", "5. Danh mục công việc",
                                     "6. Kế hoạch toàn quốc", "7. In văn bản")]
    assert order == sorted(order)  # the steps in the job's order
    assert "ệ" in text or "ờ" in text  # written with diacritics


def test_the_guide_in_english_names_the_same_steps() -> None:
    english = guide.guide_html("en")
    for step in ("Create the year", "Site Selector", "Import Leaders", "Head of delegation", "National Workplan",
                 "Export PDF"):
        assert step in english
    assert guide.guide_html("xx") == guide.guide_html("vi")  # a language without a guide: Vietnamese


def test_the_readme_has_the_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Planning your first year"):]
    section = section[:section.index("\n## ", 3)]
    for step in ("Sửa → Năm mới…", "Kế hoạch toàn quốc", "Chạy chọn điểm", "Đưa vào kế hoạch",
                 "Nhập danh sách lãnh đạo…", "Mời vào đoàn…", "Áp dụng mẫu…", "Xuất PDF…"):
        assert step in section, step


def test_about_lists_every_component_and_its_licence(qtbot, window) -> None:
    box = window.files.show_about()
    qtbot.waitExposed(box)
    text = box.text()
    assert box.frameGeometry().height() <= 728 and box.frameGeometry().width() <= 1366  # fits 1366×768
    box.close()
    expected = {"Qt for Python (PySide6)": "LGPL v3", "SQLAlchemy": "MIT", "Alembic": "MIT", "geopy": "MIT",
                "geographiclib": "MIT", "HiGHS (highspy)": "MIT", "shapely": "BSD-3-Clause",
                "numpy": "BSD-3-Clause", "python-docx": "MIT", "openpyxl": "MIT", "icalendar": "BSD-2-Clause",
                "vietnamadminunits": "MIT", "Lucide": "ISC", "Natural Earth": "phạm vi công cộng",
                "Liberation Serif": "SIL Open Font License 1.1", "Be Vietnam Pro": "SIL Open Font License 1.1"}
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", text)
    found = {re.sub(r" <i>.*</i>", "", name): (version.replace("&nbsp;", ""), licence)
             for name, version, licence in rows}
    for name, licence in expected.items():
        assert found[name][1] == licence, name
    assert found["SQLAlchemy"][0] == metadata.version("SQLAlchemy")
    assert found["HiGHS (highspy)"][0] == metadata.version("highspy")
    assert found["Lucide"][0] in (ROOT / "resources" / "icons" / "README.txt").read_text(encoding="utf-8")


def test_every_runtime_dependency_is_in_about() -> None:
    """A dependency added to pyproject.toml without an About line fails here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    with patch.object(about.Component, "installed", lambda self: True):  # as on a PC that has them all
        listed = {c.distribution.lower() for c in components() if c.distribution}
    shipped = project["dependencies"] + project["optional-dependencies"]["postgres"]  # the frozen app's
    for requirement in shipped:
        name = re.split(r"[<>=!;\[ ]", requirement, maxsplit=1)[0].lower()
        assert name in listed, name


def test_about_lists_a_platforms_dependency_only_where_it_is_installed(monkeypatch) -> None:
    """tzdata is a dependency on Windows only: About names it there, not on Linux where it is absent."""
    real_version = about.metadata.version

    def version(name: str) -> str:
        if name == "tzdata":
            raise about.metadata.PackageNotFoundError(name)
        return real_version(name)

    monkeypatch.setattr(about.metadata, "version", version)
    assert "tzdata" not in {c.distribution for c in components()}
    monkeypatch.setattr(about.metadata, "version", lambda name: "2025.2" if name == "tzdata" else real_version(name))
    assert [c.shown_version() for c in components() if c.distribution == "tzdata"] == ["2025.2"]
