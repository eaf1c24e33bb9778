"""The English translation: complete, built, and applied when the setting asks for it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication

from festival_planner import app as app_module
from festival_planner.app import workspace_classes
from festival_planner.gui.main_window import MainWindow
from festival_planner.resource_files import resource


def test_every_message_is_translated() -> None:
    with as_file(resource("i18n", "festival_planner_en.ts")) as path:
        tree = ET.parse(path)
    messages = list(tree.iter("message"))
    assert len(messages) > 80
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type")]
    assert unfinished == []


def test_english_applies(qtbot, qapp, database, settings) -> None:
    assert app_module.install_translator(qapp, "vi") is None
    translator = app_module.install_translator(qapp, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("SitesWorkspace", "Thêm điểm") == "Add Site"
        window = MainWindow(database, settings, workspace_classes())
        qtbot.addWidget(window)
        assert window.workspace("sites").add_action.text() == "Add Site"
        assert window.nav.item(0).text() == "Sites"
        assert window.count_label.text() == "No festival year planned yet"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("SitesWorkspace", "Thêm điểm") == "Thêm điểm"


def test_the_catalogue_covers_every_string_in_the_sources(tmp_path) -> None:
    """A string added to the GUI without an English translation fails here (lupdate on the sources)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "update_translations", Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "fresh.ts"
    module.lupdate(fresh)

    def sources(path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}

    with as_file(resource("i18n", "festival_planner_en.ts")) as committed:
        assert sources(fresh) == sources(committed)
        assert 'type="unfinished"' not in committed.read_text(encoding="utf-8"), "untranslated strings"
        empty_plurals = [m.findtext("source") for m in ET.parse(committed).getroot().iter("message")
                         if m.get("numerus") == "yes" and not all(f.text for f in m.iter("numerusform"))]
        assert not empty_plurals, f"plural forms without a translation: {empty_plurals}"
