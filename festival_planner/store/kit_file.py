"""The field-kit container: one file, encrypted with a passphrase, that says clearly what is wrong with it.

Standard, reviewed crypto only (``cryptography``): the key comes from the passphrase through scrypt
(n = 2**15, r = 8, p = 1, a random 16-byte salt), the payload is sealed with AES-256-GCM (a random
12-byte nonce) with the public header as associated data. Layout, in order::

    magic  b"FPKIT\\r\\n\\x1a\\n"        9 bytes (the \\r\\n and \\x1a show a file mangled as text)
    format version                   u16, big-endian
    header length, public header     u32 + UTF-8 JSON (KitHeader: no site, leader or contact names)
    salt                             16 bytes
    scrypt parameters                log2(n), r, p: one byte each
    passphrase verifier              32 bytes (scrypt gives 64: the key, then this verifier)
    nonce                            12 bytes
    ciphertext length, ciphertext    u64 + AES-256-GCM(zlib(u32 meta length | meta JSON | blob)) + tag
    checksum                         SHA-256 of every byte before it

Every format version ends with that checksum, so each bad case has its own answer, checked in this
order: not a kit (magic), a newer format (a higher version in an intact file), truncated (shorter
than its lengths say), damaged (checksum), wrong passphrase (the verifier, compared in constant
time), altered (the GCM tag fails although the checksum holds: someone rewrote the file). Expiry and
"from another database" are the callers' checks (``check_expiry``,
``services.kits``). A kit is written atomically and owner-only (``store/output_file.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import struct
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from festival_planner.domain.errors import DatabaseError, ValidationError
from festival_planner.store.output_file import Incomplete, write_output

MAGIC = b"FPKIT\r\n\x1a\n"
FORMAT_VERSION = 1
KINDS = ("export", "return", "working")
SUFFIX = ".fpkit"
SALT_BYTES, NONCE_BYTES, VERIFIER_BYTES, KEY_BYTES, CHECKSUM_BYTES, TAG_BYTES = 16, 12, 32, 32, 32, 16
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
MIN_PASSPHRASE = 8
_LOG2_N_RANGE, _R_RANGE, _P_RANGE = range(14, 23), range(1, 33), range(1, 17)  # what a reader accepts
_MAX_HEADER = 1 << 20


@dataclass(frozen=True)
class KitHeader:
    """The public header: readable without the passphrase, so it holds nothing confidential."""

    kind: str  # "export" (office → field), "return" (field → office), "working" (the laptop's copy)
    kit_id: uuid.UUID  # this file's id (a return kit has its own; merged_kit remembers it)
    database_id: uuid.UUID  # the office database the kit was exported from
    base_kit_id: uuid.UUID  # the export kit whose base state this file carries (itself for an export)
    created_at: dt.datetime
    expires_on: dt.date | None = None
    marking: str = "MẬT"  # the confidentiality marking, printed on what the field prints
    campaign_year: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # rows per table ("site": 2, …)
    with_contacts: bool = False
    format_version: int = FORMAT_VERSION
    app_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"format_version": self.format_version, "kind": self.kind, "kit_id": str(self.kit_id),
                "database_id": str(self.database_id), "base_kit_id": str(self.base_kit_id),
                "created_at": self.created_at.isoformat(timespec="seconds"),
                "expires_on": self.expires_on.isoformat() if self.expires_on else None,
                "marking": self.marking, "campaign_year": self.campaign_year, "counts": dict(self.counts),
                "with_contacts": self.with_contacts, "app_version": self.app_version}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KitHeader:
        try:
            kind = str(data["kind"])
            if kind not in KINDS:
                raise ValueError(kind)
            expires = data.get("expires_on")
            return cls(kind=kind, kit_id=uuid.UUID(data["kit_id"]), database_id=uuid.UUID(data["database_id"]),
                       base_kit_id=uuid.UUID(data["base_kit_id"]),
                       created_at=dt.datetime.fromisoformat(data["created_at"]),
                       expires_on=dt.date.fromisoformat(expires) if expires else None,
                       marking=str(data.get("marking", "")), campaign_year=data.get("campaign_year"),
                       counts={str(k): int(v) for k, v in dict(data.get("counts") or {}).items()},
                       with_contacts=bool(data.get("with_contacts", False)),
                       format_version=int(data.get("format_version", FORMAT_VERSION)),
                       app_version=str(data.get("app_version", "")))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DatabaseError("kit_damaged", path="") from exc

    def expired(self, today: dt.date | None = None) -> bool:
        return self.expires_on is not None and (today or dt.date.today()) > self.expires_on


@dataclass(frozen=True)
class KitKey:
    """A key derived from a passphrase with one salt (kept by a working copy so that saving after every
    change does not run scrypt again; each save still gets a fresh random nonce)."""

    salt: bytes
    log2_n: int
    r: int
    p: int
    key: bytes = field(repr=False)
    verifier: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes | None = None, log2_n: int = SCRYPT_LOG2_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> KitKey:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
        material = Scrypt(salt=salt, length=KEY_BYTES + VERIFIER_BYTES, n=2 ** log2_n, r=r, p=p).derive(
            passphrase.encode("utf-8"))
        return cls(salt, log2_n, r, p, material[:KEY_BYTES], material[KEY_BYTES:])


@dataclass(frozen=True)
class KitContents:
    """A kit opened with its passphrase: header, the payload's JSON part and its binary part."""

    header: KitHeader
    meta: dict[str, Any]
    blob: bytes
    key: KitKey = field(repr=False)


def check_passphrase(passphrase: str) -> None:
    """A new kit's passphrase: at least ``MIN_PASSPHRASE`` characters."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError("kit_passphrase_short", minimum=MIN_PASSPHRASE)


def check_expiry(header: KitHeader, path: str | Path = "", today: dt.date | None = None) -> None:
    if header.expired(today):
        raise DatabaseError("kit_expired", path=str(path), expires_on=header.expires_on)


# --- writing ------------------------------------------------------------------------------------------

def seal(header: KitHeader, meta: dict[str, Any], blob: bytes, key: KitKey) -> bytes:
    """The whole file's bytes."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header_bytes = json.dumps(header.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    meta_bytes = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    plain = zlib.compress(struct.pack(">I", len(meta_bytes)) + meta_bytes + blob, 6)
    nonce = secrets.token_bytes(NONCE_BYTES)
    front = b"".join((MAGIC, struct.pack(">HI", header.format_version, len(header_bytes)), header_bytes,
                      key.salt, bytes((key.log2_n, key.r, key.p)), key.verifier, nonce))
    sealed = AESGCM(key.key).encrypt(nonce, plain, front)
    body = front + struct.pack(">Q", len(sealed)) + sealed
    return body + hashlib.sha256(body).digest()


def _check_written(data: bytes) -> None:
    if not data.startswith(MAGIC) or hashlib.sha256(data[:-CHECKSUM_BYTES]).digest() != data[-CHECKSUM_BYTES:]:
        raise Incomplete("read_back")


def write_kit(path: str | Path, header: KitHeader, meta: dict[str, Any], passphrase: str | KitKey,
              blob: bytes = b"") -> Path:
    """Encrypt and write a kit whole or not at all, owner-only (OutputError on failure)."""
    key = passphrase if isinstance(passphrase, KitKey) else KitKey.derive(passphrase)
    return write_output(path, seal(header, meta, blob, key), restricted=True, check=_check_written)


# --- reading ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Parsed:
    header: KitHeader
    front: bytes
    salt: bytes
    params: tuple[int, int, int]
    verifier: bytes
    nonce: bytes
    sealed: bytes


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise DatabaseError("kit_missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise DatabaseError("kit_not_a_kit", path=str(path)) from exc
    except OSError as exc:
        raise DatabaseError("kit_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def _parse(data: bytes, path: Path) -> _Parsed:
    where = str(path)
    if not data.startswith(MAGIC[: min(len(data), len(MAGIC))]) or len(data) == 0:
        raise DatabaseError("kit_not_a_kit", path=where)
    if len(data) < len(MAGIC) + 6:
        raise DatabaseError("kit_truncated", path=where)
    version, header_length = struct.unpack_from(">HI", data, len(MAGIC))
    intact = len(data) > CHECKSUM_BYTES and hmac.compare_digest(
        hashlib.sha256(data[:-CHECKSUM_BYTES]).digest(), data[-CHECKSUM_BYTES:])
    if version > FORMAT_VERSION:  # every format ends with the checksum: a flipped byte is not a new format
        if not intact:
            raise DatabaseError("kit_damaged", path=where)
        raise DatabaseError("kit_newer_format", path=where, version=version, supported=FORMAT_VERSION)
    position = len(MAGIC) + 6
    fixed = SALT_BYTES + 3 + VERIFIER_BYTES + NONCE_BYTES + 8
    if header_length > _MAX_HEADER:
        raise DatabaseError("kit_damaged", path=where)
    if len(data) < position + header_length + fixed:
        raise DatabaseError("kit_truncated", path=where)
    header_bytes = data[position:position + header_length]
    position += header_length
    salt = data[position:position + SALT_BYTES]
    position += SALT_BYTES
    params = (data[position], data[position + 1], data[position + 2])
    position += 3
    verifier = data[position:position + VERIFIER_BYTES]
    position += VERIFIER_BYTES
    nonce = data[position:position + NONCE_BYTES]
    position += NONCE_BYTES
    front = data[:position]
    (sealed_length,) = struct.unpack_from(">Q", data, position)
    position += 8
    end = position + sealed_length + CHECKSUM_BYTES
    if len(data) < end:
        raise DatabaseError("kit_truncated", path=where)
    if len(data) > end or not intact:
        raise DatabaseError("kit_damaged", path=where)
    try:
        header_json = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DatabaseError("kit_damaged", path=where) from exc
    if not isinstance(header_json, dict):
        raise DatabaseError("kit_damaged", path=where)
    try:
        header = KitHeader.from_json(header_json)
    except DatabaseError as exc:
        raise DatabaseError("kit_damaged", path=where) from exc
    if params[0] not in _LOG2_N_RANGE or params[1] not in _R_RANGE or params[2] not in _P_RANGE:
        raise DatabaseError("kit_damaged", path=where)
    return _Parsed(header, front, salt, params, verifier, nonce, data[position:position + sealed_length])


def read_header(path: str | Path) -> KitHeader:
    """The public header, without the passphrase (the whole file is still checked: magic, version,
    length, checksum)."""
    target = Path(path).expanduser()
    return _parse(_read_bytes(target), target).header


def open_bytes(data: bytes, passphrase: str | KitKey, path: str | Path = "") -> KitContents:
    """``read_kit`` over bytes already in memory."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    target = Path(path)
    parsed = _parse(data, target)
    if isinstance(passphrase, KitKey) and passphrase.salt == parsed.salt and (
            passphrase.log2_n, passphrase.r, passphrase.p) == parsed.params:
        key = passphrase
    else:
        text = passphrase if isinstance(passphrase, str) else ""
        key = KitKey.derive(text, parsed.salt, *parsed.params)
    if not hmac.compare_digest(key.verifier, parsed.verifier):
        raise DatabaseError("kit_wrong_passphrase", path=str(target))
    try:
        plain = zlib.decompress(AESGCM(key.key).decrypt(parsed.nonce, parsed.sealed, parsed.front))
        (meta_length,) = struct.unpack_from(">I", plain, 0)
        meta = json.loads(plain[4:4 + meta_length].decode("utf-8"))
    except InvalidTag as exc:
        raise DatabaseError("kit_altered", path=str(target)) from exc
    except (zlib.error, struct.error, UnicodeDecodeError, ValueError) as exc:  # sealed by us, yet unreadable
        raise DatabaseError("kit_damaged", path=str(target)) from exc
    if not isinstance(meta, dict):
        raise DatabaseError("kit_damaged", path=str(target))
    return KitContents(parsed.header, meta, plain[4 + meta_length:], key)


def read_kit(path: str | Path, passphrase: str | KitKey) -> KitContents:
    """Open a kit with its passphrase: DatabaseError ``kit_missing``, ``kit_not_a_kit``,
    ``kit_newer_format``, ``kit_truncated``, ``kit_damaged``, ``kit_wrong_passphrase``, ``kit_altered``."""
    target = Path(path).expanduser()
    return open_bytes(_read_bytes(target), passphrase, target)


def new_kit_id() -> uuid.UUID:
    return uuid.UUID(bytes=os.urandom(16), version=4)
