"""What a lost laptop or a bad file can do: nothing. The kit, the working copy and the return kit hold no
plaintext name or contact; every bad kit is refused with its own code and no row changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from pathlib import Path

import pytest
from sqlalchemy import select

from festival_planner.domain.errors import DatabaseError
from festival_planner.domain.models import ChecklistItem, Commune, Site
from festival_planner.services import checklists, kit_merge, kits
from festival_planner.store import kit_file
from festival_planner.store.database import open_database
from tests.integration.kit_fixtures import PASSPHRASE, counts, demo_database, give_contacts, snapshot


@pytest.fixture
def office(db_path: Path):  # type: ignore[no-untyped-def]
    database, site_ids = demo_database(db_path)
    yield database, site_ids
    database.close()


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_no_plaintext_name_or_contact_in_any_kit_file(office, tmp_path: Path) -> None:
    database, site_ids = office
    chosen = site_ids[:2]
    leaders = give_contacts(database, chosen)
    assert leaders
    with database.read() as session:
        places = session.execute(select(Site.venue, Site.host_unit, Commune.name, Commune.short_name)
                                 .join(Commune).where(Site.id.in_(chosen))).all()
    secrets = {text for leader in leaders for text in (leader.full_name, leader.phone, leader.email)}
    secrets |= {text for place in places for text in place if text and len(text) >= 6}
    assert len(secrets) >= 8
    folder = tmp_path / "laptop"
    folder.mkdir()
    kit = folder / "k.fpkit"
    header = kits.export_kit(database, kit, PASSPHRASE, site_ids=chosen, with_contacts=True)
    assert header.with_contacts
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        item = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == chosen[0])).first()
        assert item is not None
    note = "Ghi chú mật: gặp đồng chí ở cổng sau"
    copy.database.perform(lambda s: checklists.update_item(s, item.id, item.version, note=note))
    secrets.add(note)
    kits.send_back(copy, folder / "r.fpkit")
    copy.close()
    # only the three kit files are on the laptop's disk: no database, journal or temporary file
    assert sorted(p.name for p in folder.iterdir()) == ["k.fpkit", "k.working.fpkit", "r.fpkit"]
    for path in folder.iterdir():
        data = path.read_bytes()
        assert data.startswith(kit_file.MAGIC)
        assert path.stat().st_mode & 0o077 == 0  # owner-only
        found = [text for text in secrets for form in _forms(text) if form in data]
        assert not found, f"{path.name} holds {found}"
        header_text = kit_file.read_header(path).to_json()
        assert not any(text in str(header_text) for text in secrets)


def _return_kit(database, site_ids, tmp_path: Path, **options) -> Path:  # type: ignore[no-untyped-def]
    kit, back = tmp_path / "k.fpkit", tmp_path / "r.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=site_ids[:1], **options)
    copy = kits.start_working(kit, PASSPHRASE, tmp_path / "w.fpkit")
    with copy.database.read() as session:
        item = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == site_ids[0])).first()
        assert item is not None
    copy.database.perform(lambda s: checklists.update_item(s, item.id, item.version, note="thực địa"))
    kits.send_back(copy, back)
    copy.close()
    return back


def _refused(database, path: Path, code: str | set[str], **options) -> str:  # type: ignore[no-untyped-def]
    before, rows = counts(database), snapshot(database)
    with pytest.raises(DatabaseError) as refused:
        kit_merge.merge_kit(database, path, options.pop("passphrase", PASSPHRASE), keep="field", **options)
    assert refused.value.code in ({code} if isinstance(code, str) else code), refused.value.code
    assert refused.value.message and refused.value.text("en")
    assert counts(database) == before and snapshot(database) == rows
    return refused.value.code


def _resealed(data: bytes) -> bytes:
    """``data`` with its checksum made right again (what a deliberate alteration would do)."""
    body = data[:-kit_file.CHECKSUM_BYTES]
    return body + hashlib.sha256(body).digest()


def test_every_bad_kit_is_refused_with_its_own_code_and_no_row_changed(office, tmp_path: Path) -> None:
    database, site_ids = office
    back = _return_kit(database, site_ids, tmp_path)
    good = back.read_bytes()
    bad = tmp_path / "bad.fpkit"

    _refused(database, back, "kit_wrong_passphrase", passphrase="một mật khẩu khác")
    bad.write_bytes(good[: len(good) // 2])
    _refused(database, bad, "kit_truncated")
    bad.write_bytes(good[:-1])
    _refused(database, bad, "kit_truncated")
    bad.write_bytes(b"")
    _refused(database, bad, "kit_not_a_kit")
    bad.write_bytes("Danh sách điểm\n".encode())
    _refused(database, bad, "kit_not_a_kit")
    _refused(database, tmp_path / "không có.fpkit", "kit_missing")
    newer = bytearray(good)
    struct.pack_into(">H", newer, len(kit_file.MAGIC), kit_file.FORMAT_VERSION + 1)
    bad.write_bytes(_resealed(bytes(newer)))
    _refused(database, bad, "kit_newer_format")
    altered = bytearray(good)
    altered[-kit_file.CHECKSUM_BYTES - 20] ^= 0x01  # inside the ciphertext, checksum made right again
    bad.write_bytes(_resealed(bytes(altered)))
    _refused(database, bad, "kit_altered")
    header_end = len(kit_file.MAGIC) + 6 + struct.unpack_from(">I", good, len(kit_file.MAGIC) + 2)[0]
    expected = {0: "kit_not_a_kit", len(kit_file.MAGIC) + 1: "kit_damaged", header_end - 3: "kit_damaged",
                header_end + 5: "kit_damaged", header_end + 40: "kit_damaged", len(good) // 2: "kit_damaged",
                len(good) - 40: "kit_damaged", len(good) - 1: "kit_damaged"}
    for offset, code in expected.items():  # one flipped byte anywhere
        flipped = bytearray(good)
        flipped[offset] ^= 0x10
        bad.write_bytes(bytes(flipped))
        _refused(database, bad, code)
    for offset in (len(kit_file.MAGIC) + 3, len(kit_file.MAGIC) + 5, header_end + 66):  # lengths: said too long
        flipped = bytearray(good)
        flipped[offset] ^= 0x10
        bad.write_bytes(bytes(flipped))
        _refused(database, bad, {"kit_truncated", "kit_damaged"})

    export = tmp_path / "k.fpkit"  # an export kit is not a return kit
    assert _refused(database, export, "kit_wrong_kind")
    kit_merge.merge_kit(database, back, PASSPHRASE, keep="field")  # the good one still merges


def test_a_kit_from_another_database_is_refused(office, tmp_path: Path) -> None:
    database, site_ids = office
    back = _return_kit(database, site_ids, tmp_path)
    other = open_database(tmp_path / "khác.sqlite", load_gazetteer=False)
    try:
        _refused(other, back, "kit_other_database")
    finally:
        other.close()


def test_an_expired_kit_no_longer_opens_in_the_field_and_merges_only_when_accepted(office, tmp_path: Path) -> None:
    database, site_ids = office
    today = dt.date.today()
    back = _return_kit(database, site_ids, tmp_path, expires_on=today)
    later = today + dt.timedelta(days=1)
    with pytest.raises(DatabaseError) as closed:
        kits.open_field_kit(tmp_path / "k.fpkit", PASSPHRASE, tmp_path / "new-working.fpkit", today=later)
    assert closed.value.code == "kit_expired"
    with pytest.raises(DatabaseError) as working:
        kits.open_working(tmp_path / "w.fpkit", PASSPHRASE, today=later)
    assert working.value.code == "kit_expired"
    _refused(database, back, "kit_expired_merge", today=later)
    merged = kit_merge.merge_kit(database, back, PASSPHRASE, keep="field", today=later, accept_expired=True)
    assert merged.updated == 1
