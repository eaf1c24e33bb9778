"""Every dialog of the Leaders workspace speaks Vietnamese (no English button or label), the file
dialogs included (opened through the workspace's own code)."""

from __future__ import annotations

import datetime as dt

from festival_planner.services import invitations, leaders, sites

from ..test_vietnamese_everywhere import english_in, texts_of, vietnamese_qt, walk_modal  # noqa: F401 - fixture

QUANG_SON = "24616"


def test_leaders_dialogs_show_vietnamese(qtbot, campaign_window, database, tmp_path, vietnamese_qt) -> None:  # noqa: F811
    window = campaign_window
    with database.transaction() as session:
        site = sites.add_site(session, window.campaign.id, QUANG_SON, dt.date(2026, 8, 5))
        leader = leaders.add_leader(session, "Nguyễn Văn An", title="Phó Thủ tướng Chính phủ")
        invitations.invite(session, site.id, leader.id, "head")
    workspace = window.workspace("leaders")
    workspace.refresh()
    workspace.view.select_leader(leader.id)
    seen: dict[str, list[str]] = {}

    for name, opener in (("add leader", workspace.open_add_dialog), ("edit leader", workspace.open_edit_dialog),
                         ("delegation", lambda: workspace.open_delegation_dialog(site.id)),
                         ("travel", workspace.open_travel_dialog)):
        dialog = opener()
        seen[name] = texts_of(dialog)
        dialog.reject()
    csv = tmp_path / "lanh-dao.csv"
    csv.write_text("Họ và tên,Chức vụ\nTrần Văn Bình,Bộ trưởng\n", encoding="utf-8")
    dialog = workspace.import_file("leaders", str(csv))
    seen["import"] = texts_of(dialog)
    dialog.reject()
    for name, opener in (("open spreadsheet", lambda: workspace.import_file("leaders")),
                         ("save directory", workspace.export_directory),
                         ("save calendar", workspace.export_ics)):
        seen[name] = []
        walk_modal(qtbot, opener, seen[name])
        assert seen[name], f"{name}: no dialog was seen"

    english = {name: english_in(texts) for name, texts in seen.items() if english_in(texts)}
    assert not english, f"English texts in the Vietnamese UI: {english}"
    assert "Mời vào đoàn" in seen["delegation"]
    assert "Mặc định" in seen["travel"]
