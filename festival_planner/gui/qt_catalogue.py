"""Qt's own strings in the interface language: the Vietnamese catalogue ``qtbase_vi.qm``.

Qt ships no Vietnamese translation, so without this standard buttons ("OK", "Cancel"), the
widget-based file dialog, text context menus and the print dialogs would read English. The
catalogue is built by ``scripts/make_qt_catalogue.py``. Installing it for Vietnamese also makes
Vietnamese the default locale, so calendars and dates use Vietnamese month and day names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from festival_planner.resource_files import resource

CATALOGUES = {"vi": "qtbase_vi.qm"}
"""Interface language -> Qt catalogue file in ``resources/i18n/`` (English needs none)."""


def install_qt_catalogue(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install Qt's own catalogue for ``language`` on ``app``; return the translator, or None.

    For "vi" this loads ``qtbase_vi.qm`` and sets the default locale to Vietnamese (Vietnam);
    for "en" (Qt's own language) nothing is installed. Keep the returned translator alive and
    pass it to ``app.removeTranslator`` when the language changes.
    """
    name = CATALOGUES.get(language)
    if name is None:
        return None
    translator = QTranslator(app)
    path = resource("i18n", name)
    if not translator.load(str(path)):
        raise FileNotFoundError(f"Qt catalogue missing or unreadable: {path}")
    app.installTranslator(translator)
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return translator
