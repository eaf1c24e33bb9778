"""Every file the app writes for people (PDF, Word, workbooks, calendars, pictures, JSON) goes through
``write_output``: whole or absent, never reported as written when it is not.

The bytes go to a temporary file beside the target, are flushed and fsynced, read back and checked
(the same bytes, and for each kind what a reader needs: a PDF's header, trailer and page count, a
valid zip for .xlsx/.docx, a PNG's signature and end chunk), then renamed over the target
(``os.replace``) and the folder is fsynced (a folder that cannot be synced is logged: the file is
already whole and in place). On any failure the previous file is left byte-identical,
the temporary file is removed and an ``OutputError`` says why (disk full, no permission, …).

``restricted=True`` (leaders' movements, documents marked MẬT, exports with contacts) creates the
file owner-only (0600); otherwise the file follows the user's umask so colleagues can open it.
Libraries that write to a path are given an in-memory stream instead (``BytesIO``, ``QBuffer``) so
their write errors, which some of them swallow, become ours. The database and its backups are not
written here (``store/database.py``, ``store/backup.py``).
"""

from __future__ import annotations

import errno
import gc
import glob
import io
import logging
import os
import re
import secrets
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from festival_planner.domain.errors import OutputError

Check = Callable[[bytes], None]
logger = logging.getLogger(__name__)

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_IO_CODE = re.compile(r"\bIO_(E[A-Z]+)\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z0-9])")


class Incomplete(ValueError):
    """What a check found wrong with the bytes read back (a reason, for the error's parameters)."""


# --- checks on the bytes read back --------------------------------------------------------------------

def pdf_pages(data: bytes) -> int:
    """The number of page objects in a PDF written without object streams (Qt's writer)."""
    return len(_PAGE.findall(data))


def check_pdf(pages: int | None = None) -> Check:
    """A PDF: ``%PDF-`` header, ``%%EOF`` trailer at the end and, when given, ``pages`` pages."""
    def check(data: bytes) -> None:
        if not data.startswith(b"%PDF-"):
            raise Incomplete("pdf_header")
        if b"%%EOF" not in data[-64:] or b"startxref" not in data[-1024:]:
            raise Incomplete("pdf_trailer")
        if pages is not None and pdf_pages(data) != pages:
            raise Incomplete("pdf_pages")
    return check


def check_zip(data: bytes) -> None:
    """An .xlsx or .docx: a zip archive whose every member reads back with the right CRC."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise Incomplete("zip") from exc
    if bad is not None:
        raise Incomplete("zip")


def check_png(data: bytes) -> None:
    """A PNG: its signature first and its IEND chunk last."""
    if not data.startswith(_PNG_SIGNATURE) or not data.endswith(_PNG_END):
        raise Incomplete("png")


def check_nothing(data: bytes) -> None:
    """Plain bytes (JSON, iCalendar, CSV): the read-back comparison is the check."""


CHECKS: dict[str, Check] = {".pdf": check_pdf(), ".xlsx": check_zip, ".docx": check_zip, ".png": check_png}


def default_check(target: Path) -> Check:
    """The check for a file named like ``target`` (by its suffix; plain bytes otherwise)."""
    return CHECKS.get(target.suffix.lower(), check_nothing)


# --- errors -----------------------------------------------------------------------------------------

def output_error(exc: OSError, target: Path) -> OutputError:
    """The coded error for an OS error met while writing ``target``."""
    reason = exc.strerror or str(exc)
    if exc.errno in _FULL:
        return OutputError("output_disk_full", path=str(target), reason=reason)
    if exc.errno in _DENIED:
        return OutputError("output_no_permission", path=str(target), reason=reason)
    if exc.errno == errno.ENOENT and not target.parent.is_dir():
        return OutputError("output_folder_missing", path=str(target.parent))
    return OutputError("output_write_failed", path=str(target), reason=reason)


def produce(path: str | Path, make: Callable[[], bytes]) -> bytes:
    """Run a library's writer into memory (``make``). Some write temporary files of their own
    (openpyxl, through lxml): their disk errors become an ``OutputError`` for ``path``, not a traceback.

    openpyxl leaves a half-run generator behind that complains again when it is collected; that
    second report of the same error is silenced, so the user reads one line."""
    target = Path(path).expanduser()
    previous = sys.unraisablehook
    try:
        return make()
    except Exception as exc:
        failure = _disk_error(exc, target)
        if failure is None:
            raise
        logger.info("writing %s into memory failed: %r", target, exc)
        sys.unraisablehook = _ignore  # restored once the traceback (and the generator) is released
    try:
        gc.collect()
    finally:
        sys.unraisablehook = previous
    raise failure


def _disk_error(exc: Exception, target: Path) -> OutputError | None:
    if isinstance(exc, OSError):
        return output_error(exc, target)
    found = _IO_CODE.search(str(exc))  # lxml reports "IO_EFBIG", "IO_ENOSPC", …
    number = getattr(errno, found.group(1), None) if found else None
    return None if number is None else output_error(OSError(number, os.strerror(number)), target)


def _ignore(unraisable: Any) -> None:
    """An unraisable-exception hook that drops the report."""


# --- the write ----------------------------------------------------------------------------------------

def _temporary(target: Path, restricted: bool) -> tuple[Path, int]:
    """A new file beside ``target``: 0600 when restricted, else 0666 less the umask (the kernel applies it)."""
    mode = 0o600 if restricted else 0o666
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return temporary, os.open(temporary, flags, mode)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


STALE_SECONDS = 3600


def _remove_stale(target: Path) -> None:
    """Remove this target's temporaries left by a write that was killed (older than an hour, so a
    write in progress elsewhere is never touched)."""
    limit = time.time() - STALE_SECONDS
    try:
        for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
            if leftover.is_file() and leftover.stat().st_mtime < limit:
                leftover.unlink(missing_ok=True)
    except OSError as exc:  # a folder we cannot list or clean is not a reason to refuse the write
        logger.info("could not clean old temporaries of %s: %s", target, exc)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - a write that returns 0 without an error
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _read_back(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read()


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to fsync."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _is_database(target: Path) -> bool:
    """An export must never replace a database (one this process has open, or any SQLite file)."""
    from festival_planner.store import files

    if files.is_open_here(target):
        return True
    try:
        return target.is_file() and files.read_header(target, 16) == b"SQLite format 3\x00"
    except (OSError, files.FileRuleError):
        return False


# --- names Windows refuses, refused everywhere (a file made on Linux is copied to the office PCs) -----------

WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                              *(f"LPT{i}" for i in range(1, 10)), "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"})
WINDOWS_FORBIDDEN = '<>:"/\\|?*'


def windows_name_problem(name: str) -> OutputError | None:
    """Why Windows would refuse the file name ``name`` (the last part of a path), or None.

    Windows refuses a device name with or without an extension (``CON``, ``aux.pdf``, ``LPT1.txt``),
    the characters ``< > : " / \\ | ? *`` and control characters, and silently drops a trailing dot or
    space (``báo cáo.`` would be written as ``báo cáo``); the app refuses the same on every platform."""
    forbidden = sorted({c for c in name if c in WINDOWS_FORBIDDEN or ord(c) < 32}, key=name.index)
    if forbidden:
        shown = " ".join(c if ord(c) >= 32 else f"\\x{ord(c):02x}" for c in forbidden)
        return OutputError("output_name_characters", name=name, characters=shown)
    if name.endswith((".", " ")) and name not in (".", ".."):
        return OutputError("output_name_trailing", name=name)
    stem = name.split(".", 1)[0].rstrip(" ")
    if stem.upper() in WINDOWS_RESERVED:
        return OutputError("output_name_reserved", name=name, reserved=stem)
    return None


def check_portable_name(path: str | Path) -> None:
    """Raise the ``windows_name_problem`` of ``path``'s file name (the folders exist already)."""
    problem = windows_name_problem(Path(path).name)
    if problem is not None:
        raise problem


def write_output(path: str | Path, data: bytes, *, restricted: bool, check: Check | None = None) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see the module text); return the file written.

    ``check`` examines the bytes read back (default: by the file's suffix). Raises ``OutputError``
    and leaves any previous file at ``path`` untouched."""
    target = Path(path).expanduser()
    verify = check or default_check(target)
    check_portable_name(target)
    if target.is_dir():
        raise OutputError("output_is_folder", path=str(target))
    if _is_database(target):
        raise OutputError("output_is_database", path=str(target))
    try:
        verify(data)  # what the library produced: a writer that stopped early is caught before the disk
    except Incomplete as exc:
        raise OutputError("output_incomplete", path=str(target), check_key=f"output_check.{exc}") from exc
    _remove_stale(target)
    temporary: Path | None = None
    try:
        temporary, fd = _temporary(target, restricted)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        back = _read_back(temporary)
        if back != data:
            raise Incomplete("read_back")
        verify(back)
        os.replace(temporary, target)
        temporary = None
    except Incomplete as exc:
        raise OutputError("output_incomplete", path=str(target), check_key=f"output_check.{exc}") from exc
    except OSError as exc:
        raise output_error(exc, target) from exc
    finally:
        if temporary is not None:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass
    try:
        _sync_folder(target.parent)
    except OSError as exc:  # the file is whole and in place; only the rename's durability is unsure
        logger.warning("could not sync the folder of %s: %s", target, exc)
    return target


def write_text(path: str | Path, text: str, *, restricted: bool) -> Path:
    """``text`` as UTF-8 through ``write_output``."""
    return write_output(path, text.encode("utf-8"), restricted=restricted)
