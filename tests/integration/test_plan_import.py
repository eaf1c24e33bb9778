"""Plan and leaders imports from workbooks built here: all-or-nothing, old addresses, choices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from festival_planner.domain.enums import InvitationRole
from festival_planner.domain.models import Campaign, Invitation, Leader, Site
from festival_planner.services import campaigns, invitations, leaders, sites
from festival_planner.services.imports import import_leaders
from festival_planner.services.plan_import import import_plan

PLAN_HEADER = ["Ngày", "Địa điểm", "Xã/Phường", "Quận/Huyện", "Tỉnh/Thành phố", "Lãnh đạo", "Chức vụ"]
# Pre-2025 addresses and the 2025 communes they now belong to.
OLD_ROWS = [
    [dt.datetime(2026, 8, 5), "Nhà văn hóa xã", "Xã Pờ Y", "Huyện Ngọc Hồi", "Tỉnh Kon Tum",
     "Nguyễn Văn An; Trần Thị Bình", "Phó Thủ tướng Chính phủ; Thứ trưởng Bộ Công an"],
    ["07/08/2026", "Sân vận động xã", "Xã Phú Lũng", "Huyện Yên Minh", "Tỉnh Hà Giang", "nguyen van an",
     "Phó Thủ tướng Chính phủ"],
    ["10/08/2026", "Trường THCS An Trạch", "Xã An Trạch A", "Huyện Đông Hải", "Tỉnh Bạc Liêu", "Lê Văn Cường",
     "Ủy viên Bộ Chính trị"],
]
EXPECTED = {"23377": "Xã Bờ Y", "00832": "Xã Bạch Đích", "31988": "Xã An Trạch"}


def _workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _counts(database) -> tuple[int, int, int, int]:
    with database.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Campaign, Site, Leader, Invitation))


def test_old_addresses_import_to_the_right_2025_communes(database, tmp_path) -> None:
    path = _workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, OLD_ROWS)
    with database.transaction() as session:
        result = import_plan(session, path, 2026)
    assert result.ok and result.written and result.campaign_created
    assert {r.commune.code: r.commune.name for r in result.rows} == EXPECTED
    assert [r.status for r in result.rows] == ["resolved"] * 3
    with database.session() as session:
        campaign = campaigns.get_campaign(session, 2026)
        assert (campaign.window_start, campaign.window_end) == campaigns.default_window(2026)
        found = {s.commune.code: s for s in sites.list_sites(session, campaign.id)}
        assert set(found) == set(EXPECTED)
        assert found["23377"].head_of_delegation == "Nguyễn Văn An"
        delegation = invitations.delegation(session, found["23377"].id)
        assert [(r.leader_name, r.role) for r in delegation] == [
            ("Nguyễn Văn An", InvitationRole.HEAD), ("Trần Thị Bình", InvitationRole.MEMBER)]
        # "nguyen van an" on row 3 is the same leader (diacritics and case ignored).
        assert found["00832"].head_of_delegation == "Nguyễn Văn An"
        assert [r.full_name for r in leaders.list_leaders(session)] == ["Lê Văn Cường", "Nguyễn Văn An",
                                                                         "Trần Thị Bình"]
        assert leaders.find_by_name(session, "Trần Thị Bình").title == "Thứ trưởng Bộ Công an"


def test_one_bad_row_imports_nothing_and_is_reported_with_its_row_number(database, tmp_path) -> None:
    bad = [*OLD_ROWS[:2], ["31/09/2026", "", "Xã An Trạch A", "Huyện Đông Hải", "Tỉnh Bạc Liêu", "Lê Văn Cường", ""]]
    path = _workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, bad)
    before = _counts(database)
    with database.transaction() as session:
        result = import_plan(session, path, 2026)
    assert not result.ok and not result.written
    [problem] = result.problems
    assert (problem.row, problem.status, problem.code) == (4, "invalid", "plan_bad_date")
    assert problem.text == "Xã An Trạch A, Huyện Đông Hải, Tỉnh Bạc Liêu"
    assert "31/09/2026" in problem.message("vi")
    assert _counts(database) == before  # not even the campaign
    # Fixed, the same file goes through.
    bad[2][0] = "10/08/2026"
    path = _workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, bad)
    with database.transaction() as session:
        assert import_plan(session, path, 2026).written
    assert _counts(database)[:2] == (1, 3)


def test_split_ward_is_stopped_with_candidates_then_settled_by_choice(database, tmp_path) -> None:
    rows = [OLD_ROWS[0], ["12/08/2026", "", "Xã Phú Hội", "Huyện An Phú", "Tỉnh An Giang", "Lê Văn Cường", ""]]
    path = _workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, rows)
    with database.transaction() as session:
        result = import_plan(session, path, 2026)
    assert not result.ok
    [stopped] = result.problems
    assert (stopped.row, stopped.status, stopped.code) == (3, "stopped", "plan_split_commune")
    assert {c.code for c in stopped.candidates} == {"30337", "30346"}
    assert _counts(database) == (0, 0, 0, 0)
    with database.transaction() as session:
        result = import_plan(session, path, 2026, choose={3: "30346"})
    assert result.written
    assert [r.commune.code for r in result.rows] == ["23377", "30346"]


def test_district_mismatch_is_a_warning_and_unknown_or_province_only_rows_stop(database, tmp_path) -> None:
    rows = [
        ["05/08/2026", "", "Xã Phú Lũng", "Huyện Đồng Văn", "Tỉnh Hà Giang", "", ""],
        ["06/08/2026", "", "Xã Mường Nhé Mới", "Huyện Mường Nhé", "Tỉnh Điện Biên", "", ""],
        ["07/08/2026", "", "", "", "Tỉnh Lai Châu", "", ""],
        ["08/08/2026", "", "Xã A", "", "Tỉnh Không Có", "", ""],
    ]
    path = _workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, rows)
    with database.transaction() as session:
        result = import_plan(session, path, 2026, dry_run=True)
    by_row = {r.row: r for r in result.rows}
    assert (by_row[2].status, by_row[2].code, by_row[2].commune.code) == ("warned", "plan_district_mismatch", "00832")
    assert (by_row[3].status, by_row[3].code) == ("stopped", "plan_unknown_commune")
    assert "Xã Mường Nhé" in [c.name for c in by_row[3].candidates]
    assert (by_row[4].status, by_row[4].code) == ("stopped", "plan_province_only")
    assert (by_row[5].status, by_row[5].code) == ("invalid", "plan_unknown_province")
    assert not result.ok
    data = result.to_json()
    assert [r["row"] for r in data["warned"]] == [2] and [r["row"] for r in data["stopped"]] == [3, 4]


def test_dry_run_shows_what_would_be_created_and_writes_nothing(database, tmp_path) -> None:
    path = _workbook(tmp_path / "ke-hoach.xlsx", PLAN_HEADER, OLD_ROWS)
    with database.transaction() as session:
        result = import_plan(session, path, 2026, dry_run=True)
    assert result.ok and not result.written
    assert len(result.sites) == 3 and result.invitations == 4
    assert sorted(result.leaders_created) == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"]
    assert _counts(database) == (0, 0, 0, 0)


def test_csv_plan_with_semicolons_and_bom(database, tmp_path) -> None:
    lines = [";".join(PLAN_HEADER), '05/08/2026;Nhà văn hóa;Xã Pờ Y;Huyện Ngọc Hồi;Tỉnh Kon Tum;"A B; C D";"X; Y"']
    path = tmp_path / "ke-hoach.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode())
    with database.transaction() as session:
        result = import_plan(session, path, 2026)
    assert result.written and result.rows[0].leaders == (("A B", "X"), ("C D", "Y"))


def test_leaders_import_all_or_nothing_then_update_by_name(database, tmp_path) -> None:
    header = ["STT", "Họ và tên", "Chức vụ", "Cơ quan", "Thứ tự", "Email"]
    rows = [[1, "Nguyễn Văn An", "Phó Thủ tướng Chính phủ", "Chính phủ", 20, ""],
            [2, "Trần Thị Bình", "Thứ trưởng Bộ Công an", "Bộ Công an", "năm mươi", ""]]
    path = _workbook(tmp_path / "lanh-dao.xlsx", header, rows)
    with database.transaction() as session:
        result = import_leaders(session, path)
    assert not result.ok
    assert [(p.row, p.code) for p in result.problems] == [(3, "import_bad_rank")]
    assert _counts(database)[2] == 0
    rows[1][4] = 50
    path = _workbook(tmp_path / "lanh-dao.xlsx", header, rows)
    with database.transaction() as session:
        assert [r.full_name for r in import_leaders(session, path).created] == ["Nguyễn Văn An", "Trần Thị Bình"]
    rows[0][5] = "an@chinhphu.vn"
    rows[0][1] = "NGUYEN VAN AN"
    path = _workbook(tmp_path / "lanh-dao.xlsx", header, rows)
    with database.transaction() as session:
        result = import_leaders(session, path)
        assert ([r.email for r in result.updated], result.unchanged, result.created) == (["an@chinhphu.vn"], 1, ())
        assert result.updated[0].full_name == "Nguyễn Văn An"  # the directory keeps its spelling


def test_every_current_commune_written_name_province_resolves_to_itself(database) -> None:
    """Issue 17: a commune written the 2025 way, "<name>, <province>" (with or without its unit word),
    is that commune — never stopped as a split old ward of the same name. Every commune of the gazetteer,
    through the plan import's own resolver (about 2 s for 6,642 addresses)."""
    from festival_planner.services.communes import CommuneIndex
    from festival_planner.services.plan_import import RESOLVED, resolve_address

    with database.session() as session:
        index = CommuneIndex(session)
    communes = index.filter()
    assert len(communes) > 3300
    wrong = []
    for info in communes:
        for name in (info.name, info.short_name):
            status, found, code, _params, _candidates = resolve_address(index, name, "", info.province)
            if status != RESOLVED or found != info:
                wrong.append((f"{name}, {info.province}", status, code, found.code if found else None))
    assert wrong == []
    sample = index.get("01351")  # "Xã Hưng Đạo, Cao Bằng": also the name of split old wards there
    assert (sample.name, sample.province) == ("Xã Hưng Đạo", "Cao Bằng")
    assert index.search_address("Xã Hưng Đạo, Cao Bằng") == [sample]


def test_a_plan_row_with_the_current_name_imports_that_commune(database, tmp_path) -> None:
    path = _workbook(tmp_path / "moi.xlsx", ["Ngày", "Xã/Phường", "Tỉnh/Thành phố"],
                     [["05/08/2026", "Xã Hưng Đạo", "Cao Bằng"], ["06/08/2026", "Xã Tân Thạnh", "An Giang"]])
    with database.transaction() as session:
        result = import_plan(session, path, 2026)
    assert result.ok, [(r.row, r.code) for r in result.problems]
    assert [(r.commune.name, r.commune.province) for r in result.rows] == [
        ("Xã Hưng Đạo", "Cao Bằng"), ("Xã Tân Thạnh", "An Giang")]
