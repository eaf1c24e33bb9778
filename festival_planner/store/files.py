"""The file rule: every file-level touch of a database, its ``-wal``, ``-shm`` or ``-journal`` is here.

POSIX advisory locks belong to the *process* and vanish when ANY descriptor of the file is closed.
A plain ``open()``/``close()`` of a database that a connection of this process has open therefore
silently drops that connection's SQLite locks: the next process that opens and closes the file
believes it is the last user, checkpoints and deletes the ``-wal`` that our connection still writes
to, and every later commit goes into a deleted file (SQLite, "How To Corrupt An SQLite Database
File", 2.2). SQLite's own connections in one process share their locks and never close a
descriptor that holds one, so the rule only concerns plain file I/O.

So: every SQLite connection the app opens comes from :func:`connect`, which registers the file in a
registry of the paths this process has open (before SQLite opens it; released when the connection
closes). Every plain-file touch of a database — reading its header, copying a damaged file aside,
fsync, removing leftovers, setting stray journals aside — goes through a function here that refuses
with :class:`FileRuleError` while the registry holds that database. A header is then read through
SQLite instead (its connections refuse what is not a database). The test suite installs
:func:`guard_plain_open` around ``open``/``os.open`` so a plain open anywhere else fails the test.
"""

from __future__ import annotations

import builtins
import io
import os
import sqlite3
import stat
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SIDE_FILES = ("-wal", "-shm", "-journal")
PRIVATE_MODE = 0o600

_lock = threading.RLock()
_open_here: Counter[str] = Counter()
_open_names: Counter[str] = Counter()


class FileRuleError(RuntimeError):
    """A plain file operation on a database this process has open (a bug: it would drop SQLite's locks)."""


def database_key(path: str | os.PathLike[str]) -> str:
    """The registry key of a database: its real, case-normalised path, side-file suffix removed."""
    text = os.fspath(path)
    for suffix in SIDE_FILES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return os.path.normcase(os.path.realpath(text))


def _name_of(key: str) -> str:
    return os.path.basename(key)


def is_open_here(path: str | os.PathLike[str]) -> bool:
    """Whether a connection of this process has ``path`` (or the database it is a side file of) open."""
    with _lock:
        if not _open_here:
            return False
        return _open_here[database_key(path)] > 0


def open_paths() -> list[str]:
    """The databases this process has open now (registry keys)."""
    with _lock:
        return sorted(key for key, count in _open_here.items() if count > 0)


def _register(key: str) -> None:
    with _lock:
        _open_here[key] += 1
        _open_names[_name_of(key)] += 1


def _unregister(key: str) -> None:
    with _lock:
        if _open_here[key] <= 0:
            return
        _open_here[key] -= 1
        _open_names[_name_of(key)] -= 1
        if _open_here[key] == 0:
            del _open_here[key]
        if _open_names[_name_of(key)] <= 0:
            del _open_names[_name_of(key)]


class TrackedConnection(sqlite3.Connection):
    """A sqlite3 connection that keeps its file in the registry of open databases until it closes."""

    _fp_key: str | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            key, self._fp_key = self._fp_key, None
            if key is not None:
                _unregister(key)

    def __del__(self) -> None:
        key, self._fp_key = self._fp_key, None
        if key is not None:
            _unregister(key)


def file_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A SQLite URI for ``path`` (non-ASCII letters percent-encoded)."""
    query = []
    if read_only or immutable:
        query.append("mode=ro")
    if immutable:
        query.append("immutable=1")
    return path.resolve().as_uri() + ("?" + "&".join(query) if query else "")


def connect(path: str | os.PathLike[str], *, read_only: bool = False, immutable: bool = False,
            timeout: float = 5.0) -> sqlite3.Connection:
    """The one way the app opens a SQLite file: registered as open here until ``close()``.

    Autocommit at the driver level (``isolation_level=None``: SQLAlchemy or the caller begins
    transactions) and usable from the background-job threads (``check_same_thread=False``)."""
    target = Path(path)
    key = database_key(target)
    _register(key)  # before SQLite opens the file: no plain touch can slip in between
    try:
        conn = sqlite3.connect(file_uri(target, read_only=read_only, immutable=immutable), uri=True,
                               isolation_level=None, timeout=timeout, check_same_thread=False,
                               factory=TrackedConnection)
    except BaseException:
        _unregister(key)
        raise
    conn._fp_key = key
    return conn



def connect_memory(name: str, image: bytes | None = None, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection to the in-memory database ``name`` (a field kit's working copy): SQLite's ``memdb``
    VFS, so every connection of this process to the same name shares one database, with the usual
    locking (readers and one writer, like a file in rollback-journal mode; nothing on disk). The
    database lives while one connection to it is open. ``image`` (``sqlite3.Connection.serialize()``
    bytes) fills it, through SQLite's backup API. No file, so nothing to register."""
    if not name.startswith("/") or "?" in name or "#" in name:
        raise ValueError(f"bad in-memory database name {name!r}")
    conn = sqlite3.connect(f"file:{name}?vfs=memdb", uri=True, isolation_level=None, timeout=timeout,
                           check_same_thread=False)
    if image:
        source = sqlite3.connect(":memory:")
        try:
            source.deserialize(image)
            source.backup(conn)
        finally:
            source.close()
    return conn


def _refuse_if_open(path: str | os.PathLike[str], action: str) -> None:
    if is_open_here(path):
        raise FileRuleError(f"{action} {os.fspath(path)}: this process has the database open "
                            "(a plain open/close would drop its SQLite locks)")


@contextmanager
def _plain(path: str | os.PathLike[str], action: str) -> Iterator[None]:
    """Hold the registry while a plain operation runs, so no connection opens the file meanwhile."""
    with _lock:
        _refuse_if_open(path, action)
        yield


def read_header(path: Path, size: int = 100) -> bytes:
    """The first ``size`` bytes of a database this process does not have open (FileRuleError if it does)."""
    with _plain(path, "read the header of"), _unguarded(), path.open("rb") as handle:
        return handle.read(size)


def copy_raw(source: Path, target: Path) -> None:
    """A byte-for-byte copy of a database SQLite cannot read (a damaged file), never of one open here."""
    with _plain(source, "copy"), _unguarded():
        import shutil  # only for a copy: not loaded by a read

        shutil.copyfile(source, target)


def fsync(path: Path) -> None:
    """Flush a file (or a folder, where the platform allows) to disk; never a database open here."""
    with _plain(path, "fsync"), _unguarded():
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass  # folders cannot be synced on some systems (Windows)
        finally:
            os.close(fd)


def remove_database(path: Path) -> None:
    """Delete a database file and its side files (a damaged file already kept aside); never one open here."""
    with _plain(path, "remove"):
        for leftover in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
            leftover.unlink(missing_ok=True)


def locked_elsewhere(path: Path, offset: int, length: int) -> bool:
    """Whether another process holds a lock on ``length`` bytes at ``offset`` of ``path``: a POSIX lock,
    or on Windows a mandatory ``LockFileEx`` lock (SQLite's win32 locks; ``msvcrt.locking`` meets them).
    Takes and drops a lock of its own through its own descriptor, so only for a file this process has
    no connection to (FileRuleError otherwise)."""
    try:
        import fcntl
    except ImportError:
        return _locked_elsewhere_windows(path, offset, length)
    with _plain(path, "probe the locks of"), _unguarded():
        fd = os.open(path, os.O_RDWR)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, offset)
        except OSError:
            return True
        finally:
            os.close(fd)  # (also drops the probe's own lock)
        return False


def _locked_elsewhere_windows(path: Path, offset: int, length: int) -> bool:
    """Windows: lock the bytes with ``msvcrt.locking`` (non-blocking) and unlock them again. A lock
    another process holds there makes it fail (Windows locks are mandatory and per handle: closing
    this probe's own descriptor drops only its own lock, never a SQLite connection's). A file that
    cannot even be opened (a sharing violation) is in use elsewhere too. False where unknown."""
    try:
        import msvcrt
    except ImportError:
        return False
    with _plain(path, "probe the locks of"), _unguarded():
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except PermissionError:
            return True
        try:
            os.lseek(fd, offset, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, length)  # type: ignore[attr-defined]
            except OSError:
                return True
            os.lseek(fd, offset, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, length)  # type: ignore[attr-defined]
            return False
        finally:
            os.close(fd)


def set_aside_orphans(path: Path) -> list[Path]:
    """Rename a -wal/-journal left beside a file that no longer exists (SQLite would replay it onto a
    new file of that name); returns the new names. A stray -shm is removed (it holds no data)."""
    if path.exists():
        return []
    moved = []
    stamp = time.strftime("%Y%m%d-%H%M%S")
    with _plain(path, "set aside the journals of"):
        for suffix in ("-wal", "-journal"):
            orphan = Path(f"{path}{suffix}")
            if orphan.exists():
                target = Path(f"{orphan}.orphan-{stamp}")
                orphan.replace(target)
                moved.append(target)
        Path(f"{path}-shm").unlink(missing_ok=True)
    return moved


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only before SQLite first opens it.

    SQLite gives a database's ``-wal``, ``-shm`` and ``-journal`` the mode of the database file, so
    the whole set stays owner-only (leaders' movements and contacts are restricted data)."""
    with _plain(path, "create"):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        except FileExistsError:
            return
        os.close(fd)


def make_private(path: Path) -> None:
    """Owner-only permissions on a database file and its existing side files (chmod opens nothing)."""
    if sys.platform == "win32":
        return
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
            if mode & 0o077 and file.stat().st_uid == os.getuid():
                file.chmod(mode & 0o700)
        except OSError:
            continue


# Network file systems on which SQLite's locks cannot be trusted (Linux /proc/self/mountinfo types).
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "fuse.glusterfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre", "gpfs", "beegfs", "fuse.s3fs",
})


def _unescape_mount(text: str) -> str:
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def _linux_filesystem(path: str, mountinfo: str) -> str | None:
    """The file-system type of the longest mount point containing ``path`` in a mountinfo text."""
    best, best_type = "", None
    for line in mountinfo.splitlines():
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        mount_point = _unescape_mount(fields[4])
        inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, right.split()[0]
    return best_type


def _windows_remote(path: str) -> bool:
    if path.startswith("\\\\") or path.startswith("//"):
        return True
    import ctypes

    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4)  # type: ignore[attr-defined]  # DRIVE_REMOTE


def network_share(path: str | os.PathLike[str], *, mountinfo: Callable[[], str] | None = None) -> str | None:
    """The kind of network file system ``path`` lives on ("nfs4", "cifs", "mạng" on Windows), or None.

    SQLite's locks do not hold over most network file systems, so a database there is not safe for
    two users at once (nor, often, for one). Detected where the platform tells: Linux from
    /proc/self/mountinfo, Windows from the drive type or a UNC path; elsewhere None."""
    real = os.path.realpath(os.fspath(path))
    try:
        if sys.platform.startswith("linux") or mountinfo is not None:
            reader = mountinfo or (lambda: Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace"))
            kind = _linux_filesystem(real, reader())
            return kind if kind in NETWORK_FILESYSTEMS or (kind or "").startswith(("nfs", "cifs", "smb")) else None
        if sys.platform == "win32":
            return "smb" if _windows_remote(real) else None
    except (OSError, AttributeError, ValueError):
        return None
    return None


# --- the test suite's guard: a plain open of a database open here fails loudly ----------------------

_guard_state = threading.local()


@contextmanager
def _unguarded() -> Iterator[None]:
    previous = getattr(_guard_state, "allowed", False)
    _guard_state.allowed = True
    try:
        yield
    finally:
        _guard_state.allowed = previous


def _check_plain_open(file: Any) -> None:
    if getattr(_guard_state, "allowed", False) or not _open_here:
        return
    if isinstance(file, int):
        return
    try:
        text = os.fspath(file)
    except TypeError:
        return
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    name = os.path.normcase(os.path.basename(text))
    for suffix in SIDE_FILES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    with _lock:
        candidate = name in _open_names
    if candidate:
        _refuse_if_open(text, "plain open of")


@contextmanager
def guard_plain_open() -> Iterator[None]:
    """Make ``open``, ``io.open``, ``Path.open`` and ``os.open`` refuse a database this process has open.

    For tests (and debugging): the rule then holds for every line of code the tests run, not only
    for the functions of this module."""
    original_open, original_io_open, original_os_open = builtins.open, io.open, os.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        _check_plain_open(file)
        return original_open(file, *args, **kwargs)

    def guarded_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        _check_plain_open(path)
        return original_os_open(path, *args, **kwargs)

    builtins.open = guarded_open
    io.open = guarded_open
    os.open = guarded_os_open
    try:
        yield
    finally:
        builtins.open, io.open, os.open = original_open, original_io_open, original_os_open
