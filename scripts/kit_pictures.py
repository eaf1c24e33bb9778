"""Make the README's pictures of field kits over the 2026 demo plan:

- ``docs/kit-export.png``: File → Xuất bộ hồ sơ thực địa… with two sites ticked;
- ``docs/kit-field-banner.png``: the window in field mode (the banner above the checklist of a kit site);
- ``docs/kit-merge.png``: the merge dialog with one conflict (the same checklist item changed in the
  office and in the field) and the field's other changes counted.

    python scripts/kit_pictures.py [output-folder]

Offscreen by default (see ``scripts/screenshot.py``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot import LAPTOP, ROOT, save, settle  # sets the Qt platform first

PASSPHRASE = "mật khẩu thực địa 2026"


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="festival-planner-kit-") as tmp:
        os.environ["FESTIVAL_PLANNER_DATA_DIR"] = tmp
        os.environ["FESTIVAL_PLANNER_CONFIG_DIR"] = tmp
        from PySide6.QtCore import QSettings
        from sqlalchemy import select

        from festival_planner.app import apply_locale, create_application, workspace_classes
        from festival_planner.domain.models import ChecklistItem
        from festival_planner.gui.main_window import MainWindow
        from festival_planner.gui.settings import Settings
        from festival_planner.services import checklists, kit_merge, kits
        from festival_planner.store.database import open_database

        app = create_application([sys.argv[0]])
        apply_locale("vi")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        database = open_database(Path(tmp) / "van-phong.sqlite")
        window = MainWindow(database, Settings(), workspace_classes())
        window.resize(*LAPTOP)
        window.show()
        window.campaigns.create_demo_campaign(2026)
        sites = window.workspace("sites").view.model.rows()
        chosen = [sites[0].id, sites[1].id]
        for site_id in chosen:
            with database.read() as session:
                listed = session.scalar(select(ChecklistItem.id).where(ChecklistItem.site_id == site_id))
            if listed is None:
                database.perform(lambda s, site_id=site_id: checklists.apply_template(s, site_id))
        window.show_workspace("sites")
        window.workspace("sites").view.select_sites(chosen)
        window.statusBar().clearMessage()
        settle(app)

        ok = True
        dialog = window.kits.open_export_dialog()
        assert dialog is not None
        dialog.passphrase.setText(PASSPHRASE)
        dialog.passphrase_again.setText(PASSPHRASE)
        dialog.file_edit.setText(str(Path(tmp) / "chuyen-di-thang-8.fpkit"))
        settle(app)
        ok = save(dialog, folder / "kit-export.png") and ok
        expires_on = dialog.expires_on()
        dialog.reject()

        kit = Path(tmp) / "chuyen-di-thang-8.fpkit"
        kits.export_kit(database, kit, PASSPHRASE, site_ids=chosen, expires_on=expires_on)
        window.kits.enter_field_mode(kits.open_field_kit(kit, PASSPHRASE))
        copy = window.kits.copy
        assert copy is not None
        with copy.database.read() as session:
            items = list(session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == chosen[0])
                                         .order_by(ChecklistItem.position, ChecklistItem.id)))
        first, second = items[0], items[1]
        copy.database.perform(lambda s: checklists.update_item(s, first.id, first.version,
                                                               note="Đã khảo sát tại chỗ, đủ chỗ cho 300 người"))
        copy.database.perform(lambda s: checklists.update_item(s, second.id, second.version, owner="Đội thực địa"))
        window.show_workspace("checklists")
        window.workspace("checklists").show_site(chosen[0])
        window.statusBar().clearMessage()
        settle(app)
        ok = save(window, folder / "kit-field-banner.png") and ok
        back = Path(tmp) / "chuyen-di-thang-8-gui-ve.fpkit"
        kits.send_back(copy, back)
        window.kits.close_field_copy()

        database = window.database
        with database.read() as session:
            office_item = session.get(ChecklistItem, first.id)
            assert office_item is not None
        database.perform(lambda s: checklists.update_item(s, first.id, office_item.version,
                                                          note="Văn phòng: đổi sang hội trường UBND xã"))
        contents = kit_merge.load_return_kit(back, PASSPHRASE)
        with database.read() as session:
            plan = kit_merge.plan_merge(session, contents, back)
        merge = window.kits.show_merge(plan)
        assert merge is not None
        merge.choose(0, "field")
        settle(app)
        ok = save(merge, folder / "kit-merge.png") and ok
        merge.reject()
        window.close()
        window.database.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
