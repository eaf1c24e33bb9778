"""The command line as a power user runs it: JSON with snake_case keys, one-line errors, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.store import migrate


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_database_with_the_gazetteer(capsys, tmp_path: Path) -> None:
    db = tmp_path / "mới" / "planner.sqlite"
    code, out, _ = run(capsys, "init", "--db", str(db), "--json")
    assert code == 0
    assert json.loads(out) == {"database": str(db.resolve()), "schema_revision": migrate.HEAD_REVISION, "provinces": 34,
                               "communes": 3321, "backup": None}


def test_communes_search_dak_nong_json(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "communes", "search", "dak nong", "--db", str(db_path), "--json")
    assert code == 0
    results = json.loads(out)
    assert len(results) >= 20
    first = results[0]
    assert set(first) >= {"code", "name", "kind", "province", "old_provinces", "regions", "latitude",
                          "longitude", "area_km2"}
    old_dak_nong = [r for r in results if "Đắk Nông" in r["old_provinces"]]
    assert len(old_dak_nong) >= 20
    assert all(r["province"] == "Lâm Đồng" and "tay_nguyen" in r["regions"] for r in old_dak_nong)


def test_communes_list_by_province_and_region(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "communes", "list", "--province", "Lâm Đồng", "--region", "Tây Nguyên",
                       "--db", str(db_path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["province"] == "Lâm Đồng" and "tay_nguyen" in r["regions"] for r in rows)
    code, _, err = run(capsys, "communes", "list", "--region", "Sahara", "--db", str(db_path))
    assert code == 1 and err.count("\n") == 1 and "Không có vùng" in err


def test_demo_then_sites_list_gives_28_sites_in_the_window(capsys, db_path: Path) -> None:
    assert run(capsys, "demo", "--db", str(db_path))[0] == 0
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(db_path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 28
    assert len({r["commune_code"] for r in rows}) == 28
    assert all("2026-07-01" <= r["date"] <= "2026-08-19" for r in rows)
    assert set(rows[0]) >= {"id", "commune_code", "commune_name", "province", "regions", "date", "start_time",
                            "end_time", "venue", "status"}
    code, _, err = run(capsys, "demo", "--db", str(db_path))
    assert code == 1 and "Đã có kế hoạch năm 2026" in err


def test_sites_add_and_its_errors_write_nothing(capsys, db_path: Path) -> None:
    db = str(db_path)
    code, _, err = run(capsys, "sites", "add", "--campaign", "2026", "--commune", "24616", "--date", "05/08/2026",
                       "--db", db)
    assert code == 1 and "campaigns add --year 2026" in err and err.count("\n") == 1  # no silent new year
    code, out, _ = run(capsys, "sites", "add", "--create-campaign", "--campaign", "2026", "--commune", "24616",
                       "--date", "05/08/2026",
                       "--venue", "Nhà văn hóa xã Quảng Sơn", "--db", db, "--json")
    assert code == 0
    added = json.loads(out)
    assert (added["commune_name"], added["date"], added["venue"]) == ("Xã Quảng Sơn", "2026-08-05",
                                                                     "Nhà văn hóa xã Quảng Sơn")
    bad = [
        (["--commune", "99999", "--date", "05/08/2026"], "99999"),
        (["--commune", "24616", "--date", "06/08/2026"], "đã là điểm tổ chức"),
        (["--commune", "03151", "--date", "31/02/2026"], "Ngày không tồn tại"),
        (["--commune", "03151", "--date", "20/08/2026"], "nằm ngoài đợt tổ chức"),
        (["--commune", "03151", "--date", "05/08/2026", "--status", "confirmed"], "địa điểm"),
    ]
    for extra, words in bad:
        code, out, err = run(capsys, "sites", "add", "--campaign", "2026", *extra, "--db", db)
        assert code == 1, extra
        assert out == ""
        assert err.count("\n") == 1 and words in err, err
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", db, "--json")
    assert [r["commune_code"] for r in json.loads(out)] == ["24616"]


def test_usage_errors_are_one_line_with_exit_2(capsys, db_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["sites", "list", "--db", str(db_path)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--campaign" in err


def test_unknown_campaign_and_unreadable_database(capsys, db_path: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "sites", "list", "--campaign", "2031", "--db", str(db_path))
    assert code == 1 and "Chưa có kế hoạch năm 2031" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00\x01 not sqlite")
    code, _, err = run(capsys, "init", "--db", str(junk))
    assert code == 1 and err.count("\n") == 1 and "không phải là cơ sở dữ liệu" in err
    assert junk.read_bytes() == b"\x00\x01 not sqlite"


def test_works_with_the_network_unplugged(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            opened.append(args)
            raise OSError("network unplugged")

    def no_lookup(*args, **kwargs):
        opened.append(args)
        raise OSError("network unplugged")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", no_lookup)
    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    db = str(tmp_path / "offline.sqlite")
    assert run(capsys, "init", "--db", db)[0] == 0  # loads the gazetteer from scratch
    assert run(capsys, "communes", "search", "Buôn Hồ", "--db", db)[0] == 0
    assert run(capsys, "demo", "--db", db)[0] == 0
    assert run(capsys, "sites", "list", "--campaign", "2026", "--db", db, "--json")[0] == 0
    assert opened == []


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "festival_planner", "init", "--db", str(tmp_path / "m.sqlite")],
                   capture_output=True, timeout=120, check=True)
    result = subprocess.run([sys.executable, "-m", "festival_planner", "communes", "search", "Hoàng Sa", "--json",
                             "--db", str(tmp_path / "m.sqlite")], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8")
    rows = json.loads(result.stdout.decode("utf-8"))
    assert rows[0]["name"] == "Đặc khu Hoàng Sa" and rows[0]["province"] == "Đà Nẵng"


def test_backup_command(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "backup", "--db", str(db_path), "--json")
    assert code == 0
    assert Path(json.loads(out)["backup"]).exists()


def test_campaigns_add_and_list(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "campaigns", "add", "--year", "2027", "--start", "15/06/2027", "--db",
                       str(db_path), "--json")
    assert code == 0 and json.loads(out)["window_start"] == dt.date(2027, 6, 15).isoformat()
    code, out, _ = run(capsys, "campaigns", "list", "--db", str(db_path), "--json")
    assert [c["year"] for c in json.loads(out)] == [2027]
    code, _, err = run(capsys, "campaigns", "add", "--year", "1990", "--db", str(db_path))
    assert code == 1 and "1990" in err


def test_sites_add_takes_a_name_or_an_address_when_only_one_commune_fits(capsys, db_path: Path) -> None:
    db = str(db_path)
    assert run(capsys, "campaigns", "add", "--year", "2026", "--db", db)[0] == 0
    code, out, _ = run(capsys, "sites", "add", "--campaign", "2026", "--commune", "Quảng Sơn", "--date",
                       "05/08/2026", "--db", db, "--json")
    assert code == 0 and json.loads(out)["commune_code"] == "24616"  # not "Quang Sơn" in Thái Nguyên
    code, out, _ = run(capsys, "sites", "add", "--campaign", "2026", "--commune",
                       "Xã Sín Thầu, huyện Mường Nhé, tỉnh Điện Biên", "--date", "06/08/2026", "--db", db, "--json")
    assert code == 0 and json.loads(out)["commune_name"] == "Xã Sín Thầu"
    code, out, err = run(capsys, "sites", "add", "--campaign", "2026", "--commune", "quang son", "--date",
                         "07/08/2026", "--db", db)
    assert code == 1 and out == "" and "24616" in err and "05674" in err and err.count("\n") == 1


def test_campaigns_edit(capsys, db_path: Path) -> None:
    db = str(db_path)
    assert run(capsys, "demo", "--db", db)[0] == 0
    code, out, _ = run(capsys, "campaigns", "edit", "--year", "2026", "--start", "15/06/2026", "--target-min", "26",
                       "--db", db, "--json")
    assert code == 0
    edited = json.loads(out)
    assert (edited["window_start"], edited["target_min"], edited["site_count"]) == ("2026-06-15", 26, 28)
    code, out, err = run(capsys, "campaigns", "edit", "--year", "2026", "--end", "01/08/2026", "--db", db)
    assert code == 1 and out == "" and err.count("\n") == 1
    code, out, _ = run(capsys, "campaigns", "list", "--db", db, "--json")
    assert json.loads(out)[0]["window_end"] == "2026-08-19"


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="Windows and macOS always have a screen")
def test_gui_without_a_screen_says_so_in_one_line(capsys, monkeypatch, db_path: Path) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys, "--db", str(db_path))
    assert code == 1 and out == "" and err.count("\n") == 1 and "không có màn hình" in err
    # what works instead: a session with a display, or the commands — not a variable that shows no window
    assert "DISPLAY" in err and "festival-planner --help" in err and "offscreen" not in err


def test_read_commands_never_create_a_database(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "planer.sqlite"
    code, out, err = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(missing))
    assert code == 1 and out == "" and "Không có tệp cơ sở dữ liệu" in err and err.count("\n") == 1
    assert not missing.parent.exists()
    code, _, err = run(capsys, "sites", "list", "--campaign", "2026", "--db", "")
    assert code == 1 and "--db" in err


def test_errors_and_help_speak_the_chosen_language(capsys, db_path: Path) -> None:
    code, _, err = run(capsys, "sites", "list", "--campaign", "2031", "--db", str(db_path), "--lang", "en")
    assert code == 1 and err.startswith("festival-planner: There is no plan for 2031 yet.")
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "sites", "list", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: ") and "tùy chọn" in out and "năm của kế hoạch" in out
    code = 0
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "vi", "sites", "add", "--status", "done"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and "lựa chọn không hợp lệ" in err and err.count("\n") == 1


def test_absurd_years_are_refused_in_one_line(capsys, db_path: Path) -> None:
    for argv in (["sites", "list", "--campaign", "100000000000000000000"],
                 ["campaigns", "edit", "--year", "100000000000000000000", "--target-min", "26"],
                 ["demo", "--year", "100000000000000000000"]):
        code, _, err = run(capsys, *argv, "--db", str(db_path))
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, (argv, err)


def test_sites_add_says_which_defaults_it_used_and_takes_every_field(capsys, db_path: Path) -> None:
    db = str(db_path)
    assert run(capsys, "campaigns", "add", "--year", "2026", "--db", db)[0] == 0
    code, out, err = run(capsys, "sites", "add", "--campaign", "2026", "--commune", "24616", "--date", "05/08/2026",
                         "--contact", "Ông Y Bình", "--phone", "0912 345 678", "--notes", "Đường đất",
                         "--host-unit", "Công an xã", "--db", db, "--json")
    assert code == 0 and "07:30–11:30" in err and "--start" in err
    site = json.loads(out)
    assert (site["start_time"], site["end_time"]) == ("07:30", "11:30")
    assert (site["contact_name"], site["contact_phone"], site["notes"], site["host_unit"]) == (
        "Ông Y Bình", "0912 345 678", "Đường đất", "Công an xã")


def test_sites_edit_and_delete_by_id_with_the_version_check(capsys, db_path: Path) -> None:
    db = str(db_path)
    run(capsys, "campaigns", "add", "--year", "2026", "--db", db)
    _, out, _ = run(capsys, "sites", "add", "--campaign", "2026", "--commune", "24616", "--date", "05/08/2026",
                    "--db", db, "--json")
    site = json.loads(out)
    code, out, _ = run(capsys, "sites", "edit", "--id", site["id"], "--version", str(site["version"]),
                       "--venue", "Hội trường xã", "--start", "08:00", "--db", db, "--json")
    assert code == 0
    edited = json.loads(out)
    assert (edited["venue"], edited["start_time"], edited["version"]) == ("Hội trường xã", "08:00",
                                                                        site["version"] + 1)
    code, out, err = run(capsys, "sites", "edit", "--id", site["id"], "--version", str(site["version"]),
                         "--venue", "Sân vận động", "--db", db)
    assert code == 1 and out == "" and "vừa được người khác sửa" in err  # a stale version is refused
    code, _, err = run(capsys, "sites", "delete", "--id", "not-an-id", "--db", db)
    assert code == 1 and "Mã điểm tổ chức không hợp lệ" in err
    code, out, _ = run(capsys, "sites", "delete", "--id", site["id"], "--version", str(edited["version"]),
                       "--db", db, "--json")
    assert code == 0 and json.loads(out)["deleted"]["id"] == site["id"]
    _, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", db, "--json")
    assert json.loads(out) == []


def test_limits_and_years_get_the_right_reason(capsys, db_path: Path) -> None:
    db = str(db_path)
    code, out, err = run(capsys, "communes", "search", "son", "--limit", "-1", "--db", db)
    assert code == 2 and out == "" and "từ 1 trở lên" in err and err.count("\n") == 1
    code, out, err = run(capsys, "communes", "search", "dak nong", "--limit", "3", "--db", db)
    assert code == 0 and len(out.strip().splitlines()) == 3 and err.startswith("3 trên ")
    code, _, err = run(capsys, "campaigns", "add", "--year", "20260", "--db", db)
    assert code == 1 and "2100" in err and "từ năm 2005" not in err


def test_gui_with_an_unreachable_display_or_a_missing_library_says_why(tmp_path: Path, db_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":987"  # nothing listens there
    result = subprocess.run([sys.executable, "-m", "festival_planner", "gui", "--db", str(db_path)],
                            capture_output=True, timeout=120, env=env)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1, (result.returncode, err)
    assert err.count("\n") == 1 and ("DISPLAY=:987" in err or "sudo apt install" in err), err


def test_debian_package_names_of_missing_libraries() -> None:
    from festival_planner.display_check import debian_package

    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"


def test_backups_list_and_restore(capsys, db_path: Path) -> None:
    db = str(db_path)
    run(capsys, "demo", "--db", db)
    code, out, _ = run(capsys, "backup", "--db", db, "--json")
    backup = json.loads(out)["backup"]
    run(capsys, "sites", "list", "--campaign", "2026", "--db", db)
    code, out, _ = run(capsys, "demo", "--replace", "--year", "2027", "--db", db)
    code, out, _ = run(capsys, "backups", "--db", db, "--json")
    listed = json.loads(out)
    assert code == 0 and backup in [b["path"] for b in listed]
    entry = next(b for b in listed if b["path"] == backup)
    assert entry["ok"] and sorted(c["year"] for c in entry["campaigns"]) == [2025, 2026]
    assert all(c["sites"] >= 28 for c in entry["campaigns"])
    code, out, _ = run(capsys, "restore", backup, "--db", db, "--json")
    assert code == 0 and json.loads(out)["kept_aside"]
    _, out, _ = run(capsys, "campaigns", "list", "--db", db, "--json")
    assert sorted(c["year"] for c in json.loads(out)) == [2025, 2026]  # 2027 was made after the backup
    code, _, err = run(capsys, "restore", str(db_path.parent / "nope.sqlite"), "--db", db)
    assert code == 1 and err.count("\n") == 1


def test_arguments_that_are_not_utf8_are_one_line(capsys, db_path: Path) -> None:
    code, _, err = run(capsys, "sites", "add", "--campaign", "2026", "--commune", "24616", "--date", "05/08/2026",
                       "--venue", "Nh\udcff", "--db", str(db_path))
    assert code == 2 and "UTF-8" in err and err.count("\n") == 1


def test_sites_list_prints_statuses_in_the_language_asked(capsys, db_path: Path) -> None:
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    english = {"Proposed", "Approved", "Confirmed", "Held", "Cancelled"}
    vietnamese = {"Đề xuất", "Đã duyệt", "Đã xác nhận", "Đã tổ chức", "Đã hủy"}
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--lang", "en", "--db", str(db_path))
    shown = {line.rsplit("[", 1)[1].split("]", 1)[0] for line in out.splitlines()}
    assert code == 0 and shown and shown <= english
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(db_path))
    assert {line.rsplit("[", 1)[1].split("]", 1)[0] for line in out.splitlines()} <= vietnamese
    site = json.loads(run(capsys, "sites", "list", "--campaign", "2026", "--json", "--db", str(db_path))[1])[0]
    code, out, _ = run(capsys, "checklist", "list", "--site", site["id"], "--lang", "en", "--db", str(db_path))
    assert code == 0 and "Done " in out and "Đã xong" not in out

