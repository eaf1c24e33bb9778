"""Make ``docs/main-window.png``: the main window over the 2026 demo campaign, rendered offscreen;
beside it ``docs/checklists.png`` (a site's checklist) and ``docs/progress.png`` (the dashboard as of
1 August 2026).

    python scripts/screenshot.py [output.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1400, 860


def main(argv: list[str]) -> int:
    """Build a temporary demo database, show the window and save a screenshot."""
    output = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "main-window.png"
    with tempfile.TemporaryDirectory(prefix="festival-planner-shot-") as tmp:
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = tmp  # logs and settings stay out of the user's folders
        from PySide6.QtCore import QSettings

        from festival_planner.app import create_application, workspace_classes
        from festival_planner.gui.main_window import MainWindow
        from festival_planner.gui.settings import Settings
        from festival_planner.services.demo import create_demo
        from festival_planner.store.database import open_database

        app = create_application([sys.argv[0]])
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        database = open_database(Path(tmp) / "festival-planner.sqlite")
        with database.transaction() as session:
            create_demo(session, 2026)
        window = MainWindow(database, Settings(), workspace_classes())
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.campaigns.select_year(2026)
        window.workspace("sites").view.table.selectRow(2)
        app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(output)):
            print(f"could not write {output}", file=sys.stderr)
            return 1
        import datetime as dt

        progress = window.workspace("progress")
        progress.set_as_of(dt.date(2026, 8, 1))
        late = max(progress.progress.sites, key=lambda s: (s.overdue > 0, -s.overdue, s.date))
        window.workspace("checklists").show_site(late.site_id)
        for key, name in (("checklists", "checklists.png"), ("progress", "progress.png")):
            window.workspace_actions[key].trigger()
            app.processEvents()
            window.grab().save(str(output.parent / name))
            print(output.parent / name)
        window.close()
        database.close()
    print(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
