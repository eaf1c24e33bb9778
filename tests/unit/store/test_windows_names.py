"""File names Windows refuses are refused on every platform, with a Vietnamese message that names the
problem (issue 19): device names with or without an extension, the characters ``< > : " / \\ | ? *``,
a trailing dot or space. A plan made on Linux is opened and printed on the office's Windows PCs."""

from __future__ import annotations

from pathlib import Path

import pytest

from festival_planner.domain.errors import OutputError
from festival_planner.store.output_file import check_portable_name, windows_name_problem, write_output

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nendobj\nxref\ntrailer\n<< >>\nstartxref\n9\n%%EOF\n"


@pytest.mark.parametrize(("name", "reserved"), [
    ("CON", "CON"), ("con", "con"), ("aux.pdf", "aux"), ("NUL.txt", "NUL"), ("Prn.docx", "Prn"),
    ("COM1.xlsx", "COM1"), ("lpt9", "lpt9"), ("con.tar.gz", "con"), ("COM1 .txt", "COM1"),
])
def test_device_names_are_refused_with_or_without_an_extension(name: str, reserved: str) -> None:
    problem = windows_name_problem(name)
    assert problem is not None and problem.code == "output_name_reserved"
    assert problem.params["reserved"] == reserved
    assert f"“{name}”" in problem.message and "tên dành riêng của Windows" in problem.message


@pytest.mark.parametrize(("name", "shown"), [
    ("Kế hoạch: 2026.pdf", ":"), ("ai?.pdf", "?"), ("*.pdf", "*"), ("a<b>.pdf", "< >"), ("a|b.pdf", "|"),
    ('"trích".pdf', '"'), ("a\\b.pdf", "\\"), ("tab\there.pdf", "\\x09"),
])
def test_characters_windows_refuses_are_named_in_the_message(name: str, shown: str) -> None:
    problem = windows_name_problem(name)
    assert problem is not None and problem.code == "output_name_characters"
    assert problem.params["characters"] == shown
    assert "Windows không cho phép ký tự" in problem.message and shown in problem.message


@pytest.mark.parametrize("name", ["báo cáo.", "báo cáo ", "lịch trình.pdf.", "x. "])
def test_a_trailing_dot_or_space_is_refused(name: str) -> None:
    problem = windows_name_problem(name)
    assert problem is not None and problem.code == "output_name_trailing"
    assert "kết thúc bằng dấu chấm hoặc khoảng trắng" in problem.message


@pytest.mark.parametrize("name", ["Kế hoạch 2026.pdf", "Tài liệu.docx", "console.pdf", "auxiliary.txt", "COM10.pdf",
                                  "lịch-trình-2026-Đặng-Văn-Khải.ics", ".hidden.json", "CONFIG.ini", "a.b.c.pdf"])
def test_ordinary_names_with_vietnamese_letters_and_spaces_pass(name: str) -> None:
    assert windows_name_problem(name) is None
    check_portable_name(Path("/somewhere") / name)


def test_only_the_file_name_is_judged_not_its_folders(tmp_path: Path) -> None:
    folder = tmp_path / "Tài liệu" / "Kế hoạch 2026"
    check_portable_name(folder / "báo cáo.pdf")
    with pytest.raises(OutputError) as caught:
        check_portable_name(folder / "aux.pdf")
    assert caught.value.code == "output_name_reserved"


@pytest.mark.parametrize("name", ["aux.pdf", "Kế hoạch: 2026.pdf", "báo cáo.pdf."])
def test_write_output_refuses_before_touching_the_disk(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    with pytest.raises(OutputError) as caught:
        write_output(folder / name, PDF, restricted=False)
    assert caught.value.code.startswith("output_name_")
    assert list(folder.iterdir()) == []  # no file and no temporary file left


def test_the_english_message_says_the_same() -> None:
    problem = windows_name_problem("CON.pdf")
    assert problem is not None and "a name Windows reserves" in problem.text("en")
