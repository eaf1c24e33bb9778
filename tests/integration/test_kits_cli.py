"""``festival-planner kit …`` as a user runs it: export, inspect (no passphrase: the public header only),
open, send back, merge (conflicts listed with their three values, --keep, merging twice), one-line
refusals with a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from festival_planner.cli import main
from festival_planner.domain.models import ChecklistItem
from festival_planner.services import checklists, kits
from festival_planner.store.kit_file import read_header
from tests.integration.kit_fixtures import PASSPHRASE, counts, demo_database, snapshot


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(db_path: Path):  # type: ignore[no-untyped-def]
    database, site_ids = demo_database(db_path)
    database.close()
    return db_path, site_ids


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_export_inspect_open_send_back_and_merge(capsys, office, passphrase_file: Path, tmp_path: Path) -> None:
    db, site_ids = office
    kit, back = tmp_path / "k.fpkit", tmp_path / "r.fpkit"
    pw = ("--passphrase-file", str(passphrase_file))
    code, out, err = run(capsys, "kit", "export", "--sites", f"{site_ids[0]},{site_ids[1]}", "--out", str(kit),
                         "--expires", "31/12/2099", "--db", str(db), "--json", *pw)
    assert code == 0, err
    exported = json.loads(out)["header"]
    assert exported["kind"] == "export" and exported["counts"]["site"] == 2 and exported["expires_on"] == "2099-12-31"

    code, out, err = run(capsys, "kit", "inspect", str(kit), "--json")  # no passphrase asked
    assert code == 0 and json.loads(out)["header"] == exported
    code, out, _ = run(capsys, "kit", "inspect", str(kit), "--contents", "--json", *pw)
    contents = json.loads(out)
    assert code == 0 and contents["rows"]["site"] == 2 and len(contents["communes"]) == 2
    code, out, _ = run(capsys, "kit", "inspect", str(kit), "--lang", "en")
    assert code == 0 and "31/12/2099" in out and "MẬT" in out

    code, out, err = run(capsys, "kit", "open", str(kit), "--json", *pw)
    assert code == 0, err
    opened = json.loads(out)
    working = Path(opened["working"])
    assert working == tmp_path / "k.working.fpkit" and opened["rows"]["site"] == 2

    copy = kits.open_working(working, PASSPHRASE)  # field work, through the services
    with copy.database.read() as session:
        item = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == site_ids[0])
                               .order_by(ChecklistItem.position, ChecklistItem.id)).first()
        assert item is not None
    copy.database.perform(lambda s: checklists.update_item(s, item.id, item.version, note="thực địa"))
    copy.close()
    code, out, err = run(capsys, "kit", "send-back", str(working), "--out", str(back), "--json", *pw)
    assert code == 0, err
    assert json.loads(out)["header"]["kind"] == "return" == read_header(back).kind

    # the office edits the same note meanwhile
    code, out, err = run(capsys, "checklist", "list", "--site", str(site_ids[0]), "--db", str(db), "--json")
    version = next(row["version"] for row in json.loads(out) if row["id"] == str(item.id))
    from festival_planner.store.database import open_database

    database = open_database(db)
    database.perform(lambda s: checklists.update_item(s, item.id, version, note="văn phòng"))
    before = snapshot(database)
    database.close()

    code, out, err = run(capsys, "kit", "merge", str(back), "--db", str(db), "--json", *pw)
    assert code == 1 and "1" in err and len(err.strip().splitlines()) == 1  # conflicts need a choice
    plan = json.loads(out)
    assert plan["applied"] == [] and plan["refused"] == []
    assert [(c["entity"], c["id"], c["field"], c["base"], c["office"], c["field_value"]) for c in plan["conflicts"]] \
        == [("checklist_item", str(item.id), "note", "", "văn phòng", "thực địa")]
    code, out, _ = run(capsys, "kit", "merge", str(back), "--db", str(db), "--dry-run", *pw)
    assert code == 0 and "«văn phòng»" in out and "«thực địa»" in out and "Ghi chú" in out
    assert f"Việc cần làm «{item.title}»" in out
    database = open_database(db)
    assert snapshot(database) == before
    database.close()

    code, out, err = run(capsys, "kit", "merge", str(back), "--db", str(db), "--keep", "field", "--json", *pw)
    assert code == 0, err
    merged = json.loads(out)
    assert merged["result"]["took_field"] == 1 and merged["result"]["updated"] == 1 and merged["backup"]
    code, out, err = run(capsys, "kit", "merge", str(back), "--db", str(db), "--keep", "field", *pw)
    assert code == 0 and "đã được nhập" in err  # the second time changes nothing
    database = open_database(db)
    with database.read() as session:
        assert session.get(ChecklistItem, item.id).note == "thực địa"  # type: ignore[union-attr]
    database.close()


def test_refusals_are_one_line_and_change_nothing(capsys, office, passphrase_file: Path, tmp_path: Path) -> None:
    db, site_ids = office
    kit = tmp_path / "k.fpkit"
    pw = ("--passphrase-file", str(passphrase_file))
    assert run(capsys, "kit", "export", "--sites", str(site_ids[0]), "--out", str(kit), "--db", str(db), *pw)[0] == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("không phải mật khẩu\n", encoding="utf-8")
    from festival_planner.store.database import open_database

    database = open_database(db)
    before = counts(database)
    database.close()
    cases = [
        (("kit", "open", str(kit), "--passphrase-file", str(wrong)), "Sai mật khẩu"),
        (("kit", "merge", str(kit), "--db", str(db), *pw), "gửi về văn phòng"),  # an export kit is not a return kit
        (("kit", "inspect", str(passphrase_file)), "không phải là bộ dữ liệu thực địa"),
        (("kit", "export", "--sites", str(site_ids[0]), "--out", str(tmp_path / "x.fpkit"), "--expires", "01/01/2000",
          "--db", str(db), *pw), "đã qua"),
        (("kit", "export", "--sites", "abc", "--out", str(tmp_path / "x.fpkit"), "--db", str(db), *pw), "abc"),
    ]
    for argv, words in cases:
        code, out, err = run(capsys, *argv)
        assert code == 1 and words in err and len(err.strip().splitlines()) == 1, (argv, err)
    with pytest.raises(SystemExit) as usage:  # neither --sites nor --campaign
        run(capsys, "kit", "export", "--out", str(kit), "--db", str(db), *pw)
    assert usage.value.code == 2 and "--sites" in capsys.readouterr().err
    database = open_database(db)
    assert counts(database) == before
    database.close()
    assert not (tmp_path / "x.fpkit").exists()


def test_the_window_entry_takes_a_kit(capsys) -> None:
    from festival_planner.cli import build_parser

    args = build_parser().parse_args(["--kit", "chuyến đi.fpkit"])
    assert args.kit == "chuyến đi.fpkit" and getattr(args, "run", None) is None  # the window opens it
