"""The field-kit container on its own: standard parameters, a public header, a fresh salt and nonce."""

from __future__ import annotations

import datetime as dt
import struct
import uuid
from pathlib import Path

import pytest

from festival_planner.domain.errors import DatabaseError, ValidationError
from festival_planner.store import kit_file
from festival_planner.store.kit_file import KitHeader, KitKey


def _header(**changes: object) -> KitHeader:
    kit_id = uuid.uuid4()
    values: dict[str, object] = dict(kind="export", kit_id=kit_id, database_id=uuid.uuid4(), base_kit_id=kit_id,
                                     created_at=dt.datetime(2026, 12, 6, 9, 30), expires_on=dt.date(2027, 1, 31),
                                     campaign_year=2027, counts={"site": 2})
    values.update(changes)
    return KitHeader(**values)  # type: ignore[arg-type]


def _parameters(data: bytes) -> tuple[int, int, int]:
    header_length = struct.unpack_from(">I", data, len(kit_file.MAGIC) + 2)[0]
    at = len(kit_file.MAGIC) + 6 + header_length + kit_file.SALT_BYTES
    return data[at], data[at + 1], data[at + 2]


def _salt(data: bytes) -> bytes:
    at = len(kit_file.MAGIC) + 6 + struct.unpack_from(">I", data, len(kit_file.MAGIC) + 2)[0]
    return data[at:at + kit_file.SALT_BYTES]


def test_a_kit_reads_back_and_its_header_needs_no_passphrase(tmp_path: Path) -> None:
    header = _header()
    path = kit_file.write_kit(tmp_path / "k.fpkit", header, {"rows": ["Xã Quảng Sơn"]}, "mật khẩu dài",
                              blob=b"\x00\x01")
    assert kit_file.read_header(path) == header
    contents = kit_file.read_kit(path, "mật khẩu dài")
    assert (contents.header, contents.meta, contents.blob) == (header, {"rows": ["Xã Quảng Sơn"]}, b"\x00\x01")
    assert path.stat().st_mode & 0o777 == 0o600
    log2_n, r, p = _parameters(path.read_bytes())
    assert 2 ** log2_n >= 2 ** 15 and (r, p) == (8, 1)
    with pytest.raises(DatabaseError) as wrong:
        kit_file.read_kit(path, "mật khẩu khác")
    assert wrong.value.code == "kit_wrong_passphrase"


def test_every_write_has_a_fresh_nonce_and_a_new_kit_a_fresh_salt(tmp_path: Path) -> None:
    header = _header()
    key = KitKey.derive("mật khẩu dài")
    first, second = kit_file.seal(header, {}, b"", key), kit_file.seal(header, {}, b"", key)
    assert first != second  # same key (a working copy's saves), new nonce
    assert kit_file.open_bytes(second, key).meta == {} == kit_file.open_bytes(second, "mật khẩu dài").meta
    other = kit_file.seal(header, {}, b"", KitKey.derive("mật khẩu dài"))
    assert _salt(other) != _salt(first) and _salt(second) == _salt(first)  # a new key: another salt


def test_expiry_and_passphrase_rules() -> None:
    header = _header(expires_on=dt.date(2027, 1, 31))
    kit_file.check_expiry(header, today=dt.date(2027, 1, 31))  # the last day still opens
    with pytest.raises(DatabaseError) as expired:
        kit_file.check_expiry(header, "k.fpkit", today=dt.date(2027, 2, 1))
    assert expired.value.code == "kit_expired" and "31/01/2027" in expired.value.message
    kit_file.check_expiry(_header(expires_on=None), today=dt.date(2099, 1, 1))
    with pytest.raises(ValidationError):
        kit_file.check_passphrase("  ngắn  ")
