"""Child process of ``test_window_and_cli.py``: the real main window on a database, driven by lines
on stdin the way a person drives it (the Sites workspace's edit dialog, the OK button clicked).

It makes the automatic daily backup once the window is up (as ``app.run`` does) and a backup from
the File menu, prints ``ready``, then for each line ``edit SITE_ID VENUE`` selects the site, opens
the edit dialog, types the venue, clicks OK and prints ``edited VENUE``. It is killed with SIGKILL.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSocketNotifier, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from festival_planner.app import create_application, workspace_classes
from festival_planner.gui.main_window import MainWindow
from festival_planner.gui.settings import Settings
from festival_planner.store.database import open_database


def main(path: Path, settings_dir: Path) -> int:
    app = create_application([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    os.environ["FESTIVAL_PLANNER_CONFIG_DIR"] = str(settings_dir)  # the preferences file too
    database = open_database(path)
    window = MainWindow(database, Settings(), workspace_classes())
    window.show()
    database.backup_if_due()  # the automatic daily backup, once the window is up
    window.files.backup_action.trigger()  # Tệp → Sao lưu
    sites = window.workspace("sites")

    def edit(site_id: str, venue: str) -> None:
        sites.view.select_site(uuid.UUID(site_id))
        dialog = sites.open_edit_dialog()
        dialog.venue_edit.setText(venue)
        QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        ok = dialog.result() == QDialog.DialogCode.Accepted
        print(f"edited {venue}" if ok else f"refused {dialog.error_label.text()}", flush=True)

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        command, site_id, venue = line.rstrip("\n").split(" ", 2)
        if command == "edit":
            edit(site_id, venue)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
