"""The window's exports on a full disk: each says why in the normal error dialog, reports nothing as
written and leaves the previous file byte-identical (issue 14, item 5)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from festival_planner.gui import dialogs
from integration.safety_helpers import file_size_limit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limits")

OLD = b"the previous good file, which must survive\n"



def test_exports_from_the_window_on_a_full_disk_say_why_and_keep_the_previous_files(
        qtbot, window, database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from festival_planner.gui.reports.workspace import SITE_SCHEDULE
    from festival_planner.services import invitations

    assert window.campaigns.create_demo_campaign(2026) is not None
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, *a, **k: warnings.append(text))
    reports, leaders, map_ws = (window.workspace(k) for k in ("reports", "leaders", "map"))
    reports.refresh()
    site = next(s for s in reports._sites if s.head_of_delegation)
    reports.set_report(SITE_SCHEDULE)
    reports.set_scope(site.id)
    with database.session() as session:
        leader_id = invitations.delegation(session, site.id)[0].leader_id
    leaders.refresh()
    leaders.view.select_leader(leader_id)

    out = tmp_path / "out"
    out.mkdir()
    files = {name: out / name for name in ("lich.pdf", "lich.docx", "lanh-dao.xlsx", "doan-du.xlsx",
                                                 "lich.ics", "ban-do.png")}
    for path in files.values():
        path.write_bytes(OLD)
    with file_size_limit(400):
        results = {
            "lich.pdf": reports.export_pdf(str(files["lich.pdf"])),
            "lich.docx": reports.export_word(str(files["lich.docx"])),
            "lanh-dao.xlsx": leaders.export_directory(str(files["lanh-dao.xlsx"])),
            "doan-du.xlsx": leaders.export_delegations(str(files["doan-du.xlsx"])),
            "lich.ics": leaders.export_ics(str(files["lich.ics"])),
            "ban-do.png": map_ws.export_png(str(files["ban-do.png"])) or None,
        }
    assert results == dict.fromkeys(files)  # nothing reported as written
    assert {name: path.read_bytes() == OLD for name, path in files.items()} == dict.fromkeys(files, True)
    assert sorted(p.name for p in out.iterdir()) == sorted(files)  # no temporaries
    assert len(warnings) == len(files), warnings
    for name, text in zip(files, warnings):
        assert name in text and "ổ đĩa đầy" in text, text
