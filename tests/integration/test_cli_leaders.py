"""The leaders side on the command line: directory, plan import with old addresses and choices,
invitations with overrides, the demo's conflicts, itineraries to iCalendar; bad input refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from festival_planner.cli import main
from festival_planner.domain.models import Campaign, Invitation, Leader, Site
from festival_planner.store.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(db_path: Path) -> tuple[int, ...]:
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            return tuple(session.scalar(select(func.count()).select_from(m))
                         for m in (Campaign, Site, Leader, Invitation))
    finally:
        database.close()


def workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """The demo plan (``tests/integration/test_cli.py`` runs the ``demo`` command itself)."""
    return demo_copy


def test_leaders_add_list_json_and_duplicate_refused(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "leaders", "add", "--db", str(db_path), "--name", "Nguyễn Văn An",
                       "--title", "Phó Thủ tướng Chính phủ", "--organisation", "Chính phủ", "--rank", "30", "--json")
    assert code == 0
    added = json.loads(out)
    code, out, _ = run(capsys, "leaders", "list", "--db", str(db_path), "--json")
    assert code == 0
    [listed] = json.loads(out)
    assert {k: listed[k] for k in ("id", "full_name", "title", "organisation", "precedence_rank", "active")} == {
        "id": added["id"], "full_name": "Nguyễn Văn An", "title": "Phó Thủ tướng Chính phủ",
        "organisation": "Chính phủ", "precedence_rank": 30, "active": True}
    code, out, err = run(capsys, "leaders", "add", "--db", str(db_path), "--name", "nguyen van an")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Nguyễn Văn An" in err
    assert counts(db_path)[2] == 1


def test_leaders_import_csv_with_a_bad_row_writes_nothing(capsys, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "lanh-dao.csv"
    path.write_text("Họ và tên;Chức vụ;Thứ tự\nTrần Văn Bình;Bộ trưởng;20\nLê Thị Cúc;Thứ trưởng;hai\n",
                    encoding="utf-8-sig")
    code, out, err = run(capsys, "leaders", "import", str(path), "--db", str(db_path), "--json")
    assert code == 1
    result = json.loads(out)
    assert not result["written"]
    assert [(p["row"], p["code"]) for p in result["problems"]] == [(3, "import_bad_rank")]
    assert err.count("\n") == 1
    assert counts(db_path)[2] == 0
    path.write_text("Họ và tên;Chức vụ;Thứ tự\nTrần Văn Bình;Bộ trưởng;20\nLê Thị Cúc;Thứ trưởng;25\n",
                    encoding="utf-8-sig")
    code, out, _ = run(capsys, "leaders", "import", str(path), "--db", str(db_path))
    assert code == 0
    assert counts(db_path)[2] == 2


PLAN_HEADER = ["Ngày", "Địa điểm", "Xã/Phường", "Quận/Huyện", "Tỉnh/Thành phố", "Lãnh đạo", "Chức vụ"]
PLAN_ROWS = [
    [dt.datetime(2026, 8, 5), "Nhà văn hóa xã", "Xã Pờ Y", "Huyện Ngọc Hồi", "Tỉnh Kon Tum",
     "Nguyễn Văn An; Trần Thị Bình", "Phó Thủ tướng Chính phủ; Thứ trưởng Bộ Công an"],
    ["07/08/2026", "Sân vận động xã", "Xã Phú Lũng", "Huyện Yên Minh", "Tỉnh Hà Giang", "nguyen van an", ""],
    ["12/08/2026", "", "Xã Phú Hội", "Huyện An Phú", "Tỉnh An Giang", "Lê Văn Cường", ""],
]


def test_import_plan_old_addresses_split_ward_stopped_then_chosen(capsys, db_path: Path, tmp_path: Path) -> None:
    path = workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, PLAN_ROWS)
    code, out, err = run(capsys, "import", "plan", str(path), "--campaign", "2026", "--db", str(db_path), "--json")
    assert code == 1
    result = json.loads(out)
    assert [r["commune_code"] for r in result["resolved"]] == ["23377", "00832"]
    [stopped] = result["stopped"]
    assert (stopped["row"], stopped["code"]) == (4, "plan_split_commune")
    assert "Phú Hội" in stopped["text"]
    assert {c["code"] for c in stopped["candidates"]} == {"30337", "30346"}
    assert err.count("\n") == 1
    assert counts(db_path) == (0, 0, 0, 0)

    code, out, _ = run(capsys, "import", "plan", str(path), "--campaign", "2026", "--db", str(db_path),
                       "--choose", "4=30346", "--dry-run", "--json")
    assert code == 0
    dry = json.loads(out)
    assert dry["ok"] and not dry["written"] and len(dry["sites"]) == 3
    assert counts(db_path) == (0, 0, 0, 0)

    code, out, _ = run(capsys, "import", "plan", str(path), "--campaign", "2026", "--db", str(db_path),
                       "--choose", "4=30346", "--json")
    assert code == 0
    done = json.loads(out)
    assert done["written"] and done["campaign_created"]
    assert sorted(s["commune_code"]
        for s in done["sites"]) == ["00832", "23377", "30346"]
    assert counts(db_path) == (1, 3, 3, 4)


def test_import_plan_bad_choice_option_is_one_line(capsys, db_path: Path, tmp_path: Path) -> None:
    path = workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, PLAN_ROWS)
    code, out, err = run(capsys, "import", "plan", str(path), "--campaign", "2026", "--db", str(db_path),
                         "--choose", "bốn=30346")
    assert code == 1 and out == "" and err.count("\n") == 1
    code, out, err = run(capsys, "import", "plan", str(tmp_path / "khong-co.xlsx"), "--campaign", "2026",
                         "--db", str(db_path))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert counts(db_path) == (0, 0, 0, 0)


def test_demo_conflicts_are_exactly_the_two_seeded_and_withdrawing_removes_one(capsys, demo_db: Path) -> None:
    code, out, _ = run(capsys, "conflicts", "--campaign", "2026", "--db", str(demo_db), "--json")
    assert code == 0
    found = json.loads(out)
    assert sorted(c["kind"] for c in found) == ["same_day", "travel"]
    for conflict in found:
        assert set(conflict) >= {"kind", "leader", "sites", "dates", "hours_needed", "hours_available"}
        assert conflict["hours_needed"] > conflict["hours_available"]
    same_day = next(c for c in found if c["kind"] == "same_day")
    site = same_day["sites"][1]
    code, out, err = run(capsys, "invite", "--db", str(demo_db), "--site", site["site_id"],
                         "--leader", same_day["leader_id"], "--role", site["role"], "--status", "withdrawn", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "withdrawn"
    code, out, _ = run(capsys, "conflicts", "--campaign", "2026", "--db", str(demo_db), "--json")
    assert [c["kind"] for c in json.loads(out)] == ["travel"]


def test_invite_accept_with_conflict_needs_a_reason(capsys, demo_db: Path) -> None:
    _, out, _ = run(capsys, "conflicts", "--campaign", "2026", "--db", str(demo_db), "--json")
    conflict = next(c for c in json.loads(out) if c["kind"] == "travel")
    site = conflict["sites"][1]
    args = ["invite", "--db", str(demo_db), "--site", site["site_id"], "--leader", conflict["leader_id"],
            "--role", site["role"]]
    if site["status"] == "proposed":
        assert run(capsys, *args, "--status", "sent")[0] == 0
    code, out, err = run(capsys, *args, "--status", "accepted")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "lý do" in err
    code, out, _ = run(capsys, *args, "--status", "accepted", "--override-reason", "Đi trực thăng", "--json")
    assert code == 0
    accepted = json.loads(out)
    assert (accepted["status"], accepted["override_reason"]) == ("accepted", "Đi trực thăng")


def test_invite_bad_ids_refused(capsys, demo_db: Path) -> None:
    before = counts(demo_db)
    code, out, err = run(capsys, "invite", "--db", str(demo_db), "--site", "abc", "--leader", "def", "--role", "head")
    assert code == 1 and out == "" and err.count("\n") == 1
    with pytest.raises(SystemExit) as exited:
        main(["invite", "--db", str(demo_db), "--site", "abc", "--leader", "def", "--role", "boss"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert counts(demo_db) == before


def test_itinerary_json_and_ics_parse_back(capsys, demo_db: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    _, out, _ = run(capsys, "conflicts", "--campaign", "2026", "--db", str(demo_db), "--json")
    leader_id = next(c for c in json.loads(out) if c["kind"] == "same_day")["leader_id"]
    ics = tmp_path / "lich.ics"
    code, out, _ = run(capsys, "itinerary", "--leader", leader_id, "--campaign", "2026", "--db", str(demo_db),
                       "--ics", str(ics), "--json")
    assert code == 0
    route = json.loads(out)
    assert route["restricted"] is True and len(route["stops"]) >= 2
    assert any(stop["conflict"] for stop in route["stops"])
    calendar = Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(route["stops"])
    for event, stop in zip(sorted(events, key=lambda e: e.decoded("dtstart")), route["stops"]):
        start = event.decoded("dtstart")
        assert str(start.tzinfo) == "Asia/Ho_Chi_Minh"
        assert start.strftime("%Y-%m-%d %H:%M") == f"{stop['date']} {stop['start_time']}"
        assert stop["commune"] in str(event.get("location"))
    from festival_planner.services.itinerary import RESTRICTED_VI

    assert str(calendar.get("x-wr-caldesc")) == RESTRICTED_VI
    assert all(str(e.get("description")).startswith(RESTRICTED_VI) for e in events)
