"""The Windows code paths, tested on every platform (issue 19): folders with Vietnamese letters and spaces,
the data folder under AppData (platformdirs) and its override, CSV files as Excel on Windows saves them
(CRLF, UTF-8 with a byte-order mark), names Windows refuses, the lock probe on Windows semantics
(mandatory locks, a rename refused while the file is open), and the windowed entry point, which has no
console (errors go to the log)."""

from __future__ import annotations

import errno
import json
import sqlite3
import sys
import tomllib
import types
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.store import files, paths, sqlite_file
from festival_planner.store.database import in_use_elsewhere, open_database

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Tài liệu" / "Kế hoạch 2026"
    folder.mkdir(parents=True)
    return folder


# --- paths with Vietnamese letters and spaces -----------------------------------------------------------

def test_a_database_in_a_vietnamese_folder_is_created_filled_and_printed_from(capsys, documents: Path) -> None:
    db = documents / "Lễ hội toàn dân 2026.sqlite"
    code, out, err = run(capsys, "init", "--db", str(db), "--json")
    assert code == 0, err
    assert json.loads(out)["database"] == str(db.resolve())
    code, _, err = run(capsys, "demo", "--db", str(db))
    assert code == 0, err
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(db), "--json")
    site = json.loads(out)[0]
    pdf = documents / "Điểm tổ chức — xã Nật Sơn.pdf"
    code, out, err = run(capsys, "print", "site", "--site", site["id"], "--pdf", str(pdf), "--db", str(db))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF-") and str(pdf) in out
    assert sorted(p.name for p in documents.iterdir() if p.suffix == ".pdf") == [pdf.name]


def test_printing_to_a_name_windows_refuses_is_one_vietnamese_line(capsys, demo_plan: Path, documents: Path) -> None:
    code, out, _ = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(demo_plan), "--json")
    site = json.loads(out)[0]
    for name, words in (("aux.pdf", "tên dành riêng của Windows"), ("Kế hoạch: 2026.pdf", "ký tự :")):
        code, out, err = run(capsys, "print", "site", "--site", site["id"], "--pdf", str(documents / name),
                             "--db", str(demo_plan))
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and words in err and name in err
    assert list(documents.iterdir()) == []


def test_a_new_database_named_like_a_device_is_refused(capsys, documents: Path) -> None:
    code, _, err = run(capsys, "init", "--db", str(documents / "CON.sqlite"))
    assert code == 1 and "tên dành riêng của Windows" in err
    assert list(documents.iterdir()) == []


# --- the data folder ------------------------------------------------------------------------------------

def test_the_data_folder_override_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "Dữ liệu của Lan"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    assert paths.data_dir() == folder
    assert paths.default_db_path() == folder / paths.DB_FILENAME
    assert paths.log_file() == folder / "logs" / "festival-planner.log"


def test_the_data_folder_is_platformdirs_roaming_app_data_without_an_author(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    asked = {}

    def user_data_dir(appname: str, appauthor: object = None, version: object = None, roaming: bool = False) -> str:
        asked.update(appname=appname, appauthor=appauthor, roaming=roaming)
        return "/home/lan/.local/share/festival-planner"

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    assert paths.data_dir() == Path("/home/lan/.local/share/festival-planner")
    assert asked == {"appname": "festival-planner", "appauthor": False, "roaming": True}


def test_on_windows_the_data_folder_is_appdata_roaming_festival_planner(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs' Windows rules, run here with the shell folder patched: %APPDATA%\\festival-planner
    (the Inno Setup uninstaller leaves that folder alone)."""
    from platformdirs import windows

    monkeypatch.setattr(windows, "get_win_folder", lambda csidl: {
        "CSIDL_APPDATA": r"C:\Users\Nguyễn Lan\AppData\Roaming",
        "CSIDL_LOCAL_APPDATA": r"C:\Users\Nguyễn Lan\AppData\Local"}[csidl])
    found = windows.Windows(appname="festival-planner", appauthor=False, roaming=True).user_data_dir
    assert found.replace("/", "\\") == r"C:\Users\Nguyễn Lan\AppData\Roaming\festival-planner"


def test_on_windows_the_preferences_file_is_under_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.CONFIG_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", "/c/Users/Nguyễn Lan/AppData/Roaming")
    assert paths.settings_file() == Path("/c/Users/Nguyễn Lan/AppData/Roaming/festival-planner/festival-planner.ini")


# --- CSV as Excel on Windows saves it ------------------------------------------------------------------

def test_leaders_import_from_a_crlf_utf8_bom_csv(capsys, db_path: Path, documents: Path) -> None:
    rows = ["Họ và tên,Chức vụ,Cơ quan,Thứ tự", "Trần Văn Bình,Bộ trưởng,Bộ Công an,20",
            '"Lê Thị Cúc","Thứ trưởng, phụ trách phong trào",Bộ Công an,25', ""]
    path = documents / "Danh sách lãnh đạo.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8"))
    code, out, err = run(capsys, "leaders", "import", str(path), "--db", str(db_path), "--json")
    assert code == 0, err
    code, out, _ = run(capsys, "leaders", "list", "--db", str(db_path), "--json")
    listed = {row["full_name"]: row for row in json.loads(out)}
    assert set(listed) == {"Trần Văn Bình", "Lê Thị Cúc"}  # no BOM glued to the first name, no stray \r
    assert listed["Lê Thị Cúc"]["title"] == "Thứ trưởng, phụ trách phong trào"
    assert listed["Trần Văn Bình"]["organisation"] == "Bộ Công an"
    assert listed["Trần Văn Bình"]["precedence_rank"] == 20


def test_a_crlf_inside_a_quoted_cell_stays_one_row() -> None:
    from festival_planner.services.imports import read_csv_bytes

    data = b"\xef\xbb\xbf" + "Họ và tên;Ghi chú\r\nTrần Văn Bình;\"dòng một\r\ndòng hai\"\r\n".encode()
    table = read_csv_bytes(data, "x.csv")
    assert table.headers[0] == "Họ và tên"
    assert [row[1][0] for row in table.rows] == ["Trần Văn Bình"]


# --- SQLite locks on Windows semantics ------------------------------------------------------------------

class FakeMsvcrt(types.ModuleType):
    """``msvcrt.locking`` as Windows does it: mandatory byte-range locks; ``held`` bytes belong to
    another process (a SQLite connection elsewhere)."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self, held: bool) -> None:
        super().__init__("msvcrt")
        self.held = held
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, length: int) -> None:
        import os

        self.calls.append((mode, os.lseek(fd, 0, os.SEEK_CUR), length))
        if mode == self.LK_NBLCK and self.held:
            raise OSError(errno.EACCES, "Permission denied")


@pytest.fixture
def windows_locks(monkeypatch: pytest.MonkeyPatch):
    def install(held: bool) -> FakeMsvcrt:
        fake = FakeMsvcrt(held)
        monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl fails, as on Windows
        monkeypatch.setitem(sys.modules, "msvcrt", fake)
        return fake
    return install


def test_the_lock_probe_sees_a_mandatory_lock_held_elsewhere(windows_locks, tmp_path: Path) -> None:
    path = tmp_path / "Kế hoạch.sqlite"
    sqlite3.connect(path).close()
    fake = windows_locks(held=True)
    assert sqlite_file._locked_by_another_process(path)
    assert fake.calls == [(FakeMsvcrt.LK_NBLCK, 0x40000000, 512)]  # SQLite's PENDING/RESERVED/SHARED bytes


def test_the_lock_probe_unlocks_what_it_locked_when_no_one_else_holds_it(windows_locks, tmp_path: Path) -> None:
    path = tmp_path / "Kế hoạch.sqlite"
    sqlite3.connect(path).close()
    fake = windows_locks(held=False)
    assert not sqlite_file._locked_by_another_process(path)
    assert fake.calls == [(FakeMsvcrt.LK_NBLCK, 0x40000000, 512), (FakeMsvcrt.LK_UNLCK, 0x40000000, 512)]


def test_a_file_windows_will_not_even_open_is_in_use(windows_locks, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "Kế hoạch.sqlite"
    sqlite3.connect(path).close()
    windows_locks(held=False)
    real_open = files.os.open

    def sharing_violation(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(target) == path:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", sharing_violation)
    assert files.locked_elsewhere(path, 0x40000000, 512)


def test_the_probe_refuses_a_file_this_process_has_open(windows_locks, db_path: Path) -> None:
    windows_locks(held=False)
    database = open_database(db_path)
    try:
        with pytest.raises(files.FileRuleError):
            files.locked_elsewhere(db_path, 0x40000000, 512)
    finally:
        database.close()


def test_open_elsewhere_uses_sqlites_own_locks_on_every_platform(db_path: Path) -> None:
    assert not in_use_elsewhere(db_path)
    other = open_database(db_path)  # another window
    try:
        assert in_use_elsewhere(db_path)
    finally:
        other.close()
    assert not in_use_elsewhere(db_path)


def test_an_interrupted_creation_is_left_alone_when_windows_refuses_the_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a file open in another process cannot be renamed: the journal stays, nothing is lost."""
    path = tmp_path / "Lễ hội.sqlite"
    path.write_bytes(b"")
    journal = Path(f"{path}-journal")
    journal.write_bytes(b"")  # no valid header: SQLite would never replay it
    monkeypatch.setattr(sqlite_file, "_locked_by_another_process", lambda p: False)

    def refused(self: Path, target: object) -> Path:
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used")

    monkeypatch.setattr(Path, "replace", refused)
    assert sqlite_file.recover_interrupted_creation(path) == []
    assert journal.exists() and path.exists()


# --- the windowed entry point --------------------------------------------------------------------------

def test_both_executables_run_the_same_main_one_windowed() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"festival-planner": "festival_planner.cli:main"}
    assert project["scripts"] == {"festival-planner-cli": "festival_planner.cli:main"}
    spec = (ROOT / "packaging" / "festival_planner.spec").read_text(encoding="utf-8")
    assert 'name="festival-planner", console=False' in spec and 'name="festival-planner-cli", console=True' in spec
    assert "from festival_planner.cli import main" in (ROOT / "packaging" / "entry.py").read_text(encoding="utf-8")


def test_without_a_console_an_error_goes_to_the_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The windowed executable on Windows has no stdout or stderr (both None): an error must not raise
    and must not vanish — it is written to the log in the data folder."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    missing = tmp_path / "không có" / "kế hoạch.sqlite"
    assert main(["sites", "list", "--campaign", "2026", "--db", str(missing)]) == 1
    log = paths.log_file().read_text(encoding="utf-8")
    assert "ERROR festival_planner.cli: festival-planner: " in log
    assert log.count("\n") == 1 and "kế hoạch.sqlite" in log


def test_with_a_console_the_error_is_one_line_on_stderr_and_no_log(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "không có" / "kế hoạch.sqlite"
    code, out, err = run(capsys, "sites", "list", "--campaign", "2026", "--db", str(missing))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert not paths.log_file().exists()


def test_the_lock_file_pins_every_dependency_ci_installs() -> None:
    import re

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = {re.sub(r"[-_.]+", "-", line.split("==")[0]).lower()
            for line in (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8").splitlines()
            if "==" in line and not line.startswith("#")}
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"],
              *project["optional-dependencies"]["build"]]
    names = {re.sub(r"[-_.]+", "-", re.split(r"[\s<>=!;\[]", spec, maxsplit=1)[0]).lower() for spec in wanted}
    assert names - lock == set()
