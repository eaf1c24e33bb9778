"""``store.output_file``: a file for people is written whole or not at all, with the reason when not."""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from festival_planner.domain.errors import OutputError
from festival_planner.store import output_file
from festival_planner.store.output_file import check_pdf, check_png, check_zip, pdf_pages, produce, write_output
from integration.safety_helpers import umask

OLD = b"the previous good file\n"


def fake_pdf(pages: int) -> bytes:
    """A PDF shaped like Qt's: page objects in the clear, an xref, ``%%EOF`` last."""
    body = b"%PDF-1.4\n1 0 obj\n<< /Type /Pages /Kids [] /Count " + str(pages).encode() + b" >>\nendobj\n"
    for n in range(pages):
        body += str(n + 2).encode() + b" 0 obj\n<< /Type /Page /Parent 1 0 R >>\nendobj\n"
    body += b"0 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n"
    return body + b"xref\n0 1\ntrailer\n<< /Root 2 0 R >>\nstartxref\n9\n%%EOF\n"


def xlsx_like() -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook>" + "x" * 5000 + "</workbook>")
    return stream.getvalue()


def png_like() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"\x00\x00\x00\x00IEND\xaeB`\x82"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))



@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "out.pdf"
    path.write_bytes(OLD)
    return path


def test_a_whole_pdf_replaces_the_old_file_and_leaves_no_temporary(old_file: Path) -> None:
    data = fake_pdf(3)
    assert write_output(old_file, data, restricted=False, check=check_pdf(3)) == old_file
    assert old_file.read_bytes() == data
    assert leftovers(old_file.parent) == []


def test_a_pdf_without_its_trailer_is_refused_and_the_old_file_kept(old_file: Path) -> None:
    truncated = fake_pdf(2)[:-40]  # what Qt's writer leaves on a full disk: no startxref, no %%EOF
    with pytest.raises(OutputError) as caught:
        write_output(old_file, truncated, restricted=False, check=check_pdf(2))
    assert caught.value.code == "output_incomplete"
    assert "PDF" in caught.value.text("en") and str(old_file) in caught.value.text("vi")
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_a_pdf_with_fewer_pages_than_painted_is_refused(old_file: Path) -> None:
    assert pdf_pages(fake_pdf(5)) == 5
    with pytest.raises(OutputError) as caught:
        write_output(old_file, fake_pdf(4), restricted=False, check=check_pdf(5))
    assert caught.value.params["check_key"] == "output_check.pdf_pages"
    assert old_file.read_bytes() == OLD


@pytest.mark.parametrize(("name", "data", "check"), [
    ("out.xlsx", xlsx_like()[:-30], check_zip),
    ("out.docx", b"PK\x03\x04 not really", check_zip),
    ("out.png", png_like()[:-12], check_png),
])
def test_truncated_workbooks_and_pictures_are_refused(tmp_path: Path, name: str, data: bytes, check) -> None:
    target = tmp_path / name
    target.write_bytes(OLD)
    with pytest.raises(OutputError) as caught:
        write_output(target, data, restricted=False, check=check)
    assert caught.value.code == "output_incomplete"
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_the_check_is_chosen_by_the_suffix(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        write_output(tmp_path / "a.xlsx", b"not a zip", restricted=False)
    assert write_output(tmp_path / "a.json", b"{}", restricted=False).read_bytes() == b"{}"


def failing_write(after: int, number: int):
    """An ``os.write`` that fails with ``number`` once ``after`` bytes went through (a full disk)."""
    real = os.write
    written = [0]

    def write(fd: int, data) -> int:
        if written[0] + len(data) > after:
            raise OSError(number, os.strerror(number))
        written[0] += len(data)
        return real(fd, data)
    return write


@pytest.mark.parametrize(("number", "code"), [(errno.ENOSPC, "output_disk_full"), (errno.EFBIG, "output_disk_full"),
                                              (errno.EIO, "output_write_failed")])
def test_a_write_error_keeps_the_old_file_removes_the_temporary_and_says_why(
        monkeypatch: pytest.MonkeyPatch, old_file: Path, number: int, code: str) -> None:
    monkeypatch.setattr(output_file.os, "write", failing_write(100, number))
    with pytest.raises(OutputError) as caught:
        write_output(old_file, fake_pdf(40), restricted=True, check=check_pdf(40))
    monkeypatch.undo()
    assert caught.value.code == code
    assert os.strerror(number) in caught.value.text("en")
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_a_refused_rename_is_a_permission_error(monkeypatch: pytest.MonkeyPatch, old_file: Path) -> None:
    def refuse(source, target) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    monkeypatch.setattr(output_file.os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        write_output(old_file, fake_pdf(1), restricted=False, check=check_pdf(1))
    assert caught.value.code == "output_no_permission"
    assert old_file.read_bytes() == OLD
    assert leftovers(old_file.parent) == []


def test_a_folder_that_is_gone_and_a_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_output(tmp_path / "missing" / "a.json", b"{}", restricted=False)
    assert caught.value.code == "output_folder_missing"
    with pytest.raises(OutputError) as caught:
        write_output(tmp_path, b"{}", restricted=False)
    assert caught.value.code == "output_is_folder"


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_restricted_files_are_owner_only_and_others_follow_the_umask(tmp_path: Path) -> None:
    with umask(0o022):
        secret = write_output(tmp_path / "lich.ics", b"BEGIN:VCALENDAR", restricted=True)
        plain = write_output(tmp_path / "chuong-trinh.json", b"{}", restricted=False)
        (tmp_path / "was-public.ics").write_bytes(OLD)
        (tmp_path / "was-public.ics").chmod(0o644)
        replaced = write_output(tmp_path / "was-public.ics", b"BEGIN:VCALENDAR", restricted=True)
    with umask(0o077):
        private_umask = write_output(tmp_path / "tong-hop.json", b"{}", restricted=False)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert stat.S_IMODE(replaced.stat().st_mode) == 0o600
    assert stat.S_IMODE(plain.stat().st_mode) == 0o644
    assert stat.S_IMODE(private_umask.stat().st_mode) == 0o600


class SerialisationError(Exception):
    """Shaped like lxml's: the OS error only as a name in the text."""


def test_a_library_that_fails_writing_its_own_temporary_files_is_a_coded_error(tmp_path: Path) -> None:
    def make() -> bytes:
        raise SerialisationError("IO_ENOSPC")
    with pytest.raises(OutputError) as caught:
        produce(tmp_path / "a.xlsx", make)
    assert caught.value.code == "output_disk_full"

    def bug() -> bytes:
        raise KeyError("a bug stays a bug")
    with pytest.raises(KeyError):
        produce(tmp_path / "a.xlsx", bug)


def test_temporaries_left_by_a_killed_write_are_removed_at_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "lich[1].ics"
    old = tmp_path / ".lich[1].ics.0badf00d.part"
    fresh = tmp_path / ".lich[1].ics.0000beef.part"  # perhaps another process writing right now
    other = tmp_path / ".khac.ics.0badf00d.part"
    for path in (old, fresh, other):
        path.write_bytes(b"BEGIN:VCAL")
    hour_ago = old.stat().st_mtime - output_file.STALE_SECONDS - 5
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    write_output(target, b"BEGIN:VCALENDAR", restricted=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, fresh.name, other.name])


def test_an_export_never_replaces_a_database(tmp_path) -> None:
    import sqlite3

    from festival_planner.domain.errors import OutputError
    from festival_planner.store import files
    from festival_planner.store.output_file import write_output

    plan = tmp_path / "plan.json"
    conn = sqlite3.connect(plan)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = files.read_header(plan, 100)
    with pytest.raises(OutputError) as refused:
        write_output(plan, b"{}", restricted=False)
    assert refused.value.code == "output_is_database"
    assert files.read_header(plan, 100) == before
