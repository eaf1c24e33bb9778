"""Helpers for the data-safety tests: damaging a page, read-only files as any user, file snapshots."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PAGE_SIZE = 4096


def table_page(path: Path, table: str = "commune", nth: int = 5) -> int:
    """The number of a page of ``table`` (dbstat when SQLite has it, else a page in the middle)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno",
                                                (table,))]
        except sqlite3.OperationalError:
            pages = []
        count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    return pages[min(nth, len(pages) - 1)] if pages else count // 2


def damage_page(path: Path, page: int, seed: int = 7) -> None:
    """Overwrite one page of the file with random bytes (pages count from 1)."""
    noise = random.Random(seed).randbytes(PAGE_SIZE)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE_SIZE)
        handle.write(noise)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not below) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file so the file alone is the database."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only for this process, even as root (immutable attribute)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)],
                                                        capture_output=True).returncode != 0:
        message = "running as root without the immutable attribute: cannot make a file read-only"
        if os.environ.get("CI"):  # CI runs on a machine that has it: a skip there would hide the test
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """In this process: writes past ``limit`` bytes fail with EFBIG (as on a full disk)."""
    import resource
    import signal

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@contextmanager
def umask(mask: int) -> Iterator[None]:
    """Files created meanwhile get ``mask`` (as under a user's umask)."""
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)
