"""Field kits end to end on real SQLite files: export two sites, work on them in field mode (a working
copy that lives in memory and is re-encrypted after every write), send back, merge three ways, merge
again, undo the merge."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import (
    BudgetLine,
    Campaign,
    ChecklistItem,
    Leader,
    MergedKit,
    ProgrammeItem,
    Site,
)
from festival_planner.reports.content import builders
from festival_planner.services import budget, checklists, kit_merge, kits, leaders, programme, revert, sites
from festival_planner.store.kit_file import read_header
from tests.integration.kit_fixtures import PASSPHRASE, demo_database, give_contacts, snapshot


def _first(session, model, site_id: uuid.UUID, order):  # type: ignore[no-untyped-def]
    return session.scalars(select(model).where(model.site_id == site_id).order_by(order, model.id)).first()


@pytest.fixture
def office(db_path: Path):  # type: ignore[no-untyped-def]
    database, site_ids = demo_database(db_path)
    yield database, site_ids
    database.close()


def test_round_trip_field_changes_applied_one_conflict_merge_twice_and_undo(office, tmp_path: Path) -> None:
    database, site_ids = office
    site_a, site_b, site_c = site_ids[:3]
    kit = tmp_path / "chuyến đi.fpkit"
    header = kits.export_kit(database, kit, PASSPHRASE, site_ids=[site_a, site_b])
    assert header.kind == "export" and header.counts["site"] == 2 and header.counts["checklist_item"] > 0
    assert read_header(kit) == header

    copy = kits.open_field_kit(kit, PASSPHRASE)
    assert copy.path == tmp_path / "chuyến đi.working.fpkit" and copy.path.exists()
    with copy.database.read() as session:
        items = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == site_a)
                                .order_by(ChecklistItem.position, ChecklistItem.id)).all()
        field_only, both = items[0], items[1]
        item = _first(session, ProgrammeItem, site_a, ProgrammeItem.position)
        line = _first(session, BudgetLine, site_b, BudgetLine.position)
        assert item is not None and line is not None
        ids = {"field_only": field_only.id, "both": both.id, "programme": item.id, "line": line.id}
        versions = (field_only.version, both.version, item.version, line.version)
        item_title, line_estimate = item.title, line.estimated_vnd
    copy.database.perform(lambda s: checklists.update_item(s, ids["field_only"], versions[0], owner="Đội thực địa"))
    copy.database.perform(lambda s: checklists.update_item(s, ids["both"], versions[1], note="đã khảo sát"))
    copy.database.perform(lambda s: programme.update_programme_item(s, ids["programme"], versions[2],
                                                                    title=item_title + " (sửa)"))
    copy.database.perform(lambda s: budget.update_budget_line(s, ids["line"], versions[3],
                                                              estimated_vnd=line_estimate + 1_000_000))
    assert copy.saves == 5  # the first save, then one after every write
    copy.close()
    copy = kits.open_working(tmp_path / "chuyến đi.working.fpkit", PASSPHRASE)  # the edits were saved
    back = tmp_path / "gửi về.fpkit"
    returned = kits.send_back(copy, back)
    copy.close()
    assert returned.kind == "return" and returned.base_kit_id == header.kit_id and returned.kit_id != header.kit_id

    # meanwhile in the office: the same checklist item, and another site
    with database.read() as session:
        office_both = session.get(ChecklistItem, ids["both"])
        other = session.get(Site, site_c)
        assert office_both is not None and other is not None
        both_version, other_version = office_both.version, other.version
    database.perform(lambda s: checklists.update_item(s, ids["both"], both_version, note="văn phòng đã gọi"))
    database.perform(lambda s: sites.update_site(s, site_c, other_version, venue="Hội trường mới"))
    before = snapshot(database)

    contents = kit_merge.load_return_kit(back, PASSPHRASE)
    with database.read() as session:
        plan = kit_merge.plan_merge(session, contents, back)
    assert sorted((c.entity, c.id, tuple(sorted(c.values))) for c in plan.applied) == sorted([
        ("checklist_item", str(ids["field_only"]), ("owner",)),
        ("programme_item", str(ids["programme"]), ("title",)),
        ("budget_line", str(ids["line"]), ("estimated_vnd",)),
    ])
    assert [(c.entity, c.id, c.field, c.base, c.office, c.field_value) for c in plan.conflicts] == [
        ("checklist_item", str(ids["both"]), "note", "", "văn phòng đã gọi", "đã khảo sát")]
    assert not plan.deletions and not plan.refused
    with pytest.raises(ValidationError) as unresolved:
        kit_merge.apply_merge(database, plan)
    assert unresolved.value.code == "kit_conflicts_unresolved"
    assert snapshot(database) == before

    result = kit_merge.apply_merge(database, plan, {plan.conflicts[0].key: "office"})
    assert result.backup is not None and result.backup.exists() and "before-merge" in result.backup.name
    assert (result.updated, result.created, result.deleted, result.kept_office) == (3, 0, 0, 1)
    after = snapshot(database)
    changed = {(name, str(row["id"])) for name in after for row in after[name]
               if row not in before.get(name, [])}
    assert changed == {("checklist_item", str(ids["field_only"])), ("programme_item", str(ids["programme"])),
                       ("budget_line", str(ids["line"])), ("merged_kit", str(returned.kit_id))}
    with database.read() as session:
        assert session.get(ChecklistItem, ids["field_only"]).owner == "Đội thực địa"  # type: ignore[union-attr]
        assert session.get(ChecklistItem, ids["both"]).note == "văn phòng đã gọi"  # type: ignore[union-attr]
        assert session.get(Site, site_c).venue == "Hội trường mới"  # type: ignore[union-attr]
        merged = session.get(MergedKit, returned.kit_id)
        assert merged is not None and merged.summary["updated"] == 3

    again = kit_merge.merge_kit(database, back, PASSPHRASE, keep="field")
    assert again.already_merged is not None and snapshot(database) == after

    database.perform(lambda s: revert.revert(s, result.changes.records))  # the merge's one undo step
    assert snapshot(database) == before
    redo = kit_merge.merge_kit(database, back, PASSPHRASE, keep="field")  # undone: it can be merged again
    assert redo.took_field == 1 and redo.updated == 4


def test_rows_made_and_deleted_in_the_field(office, tmp_path: Path) -> None:
    database, site_ids = office
    kit, back = tmp_path / "k.fpkit", tmp_path / "r.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=[site_ids[0]])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        gone = _first(session, ChecklistItem, site_ids[0], ChecklistItem.position)
        assert gone is not None
    made = copy.database.perform(lambda s: checklists.add_item(s, site_ids[0], "Mượn máy phát điện"))[0]
    copy.database.perform(lambda s: checklists.delete_item(s, gone.id))
    kits.send_back(copy, back)
    copy.close()
    with database.read() as session:
        plan = kit_merge.plan_merge(session, kit_merge.load_return_kit(back, PASSPHRASE))
    assert [(c.action, c.id) for c in plan.applied] == [("create", str(made.id))]
    assert [(c.action, c.id) for c in plan.deletions] == [("delete", str(gone.id))]
    kept = kit_merge.apply_merge(database, plan, confirm_deletions=False, backup=False)
    with database.read() as session:
        assert session.get(ChecklistItem, made.id).title == "Mượn máy phát điện"  # type: ignore[union-attr]
        assert session.get(ChecklistItem, gone.id) is not None  # not confirmed: kept
    assert (kept.created, kept.deletions_kept) == (1, 1)


def test_a_row_deleted_in_the_office_but_edited_in_the_field_is_a_conflict(office, tmp_path: Path) -> None:
    database, site_ids = office
    kit, back = tmp_path / "k.fpkit", tmp_path / "r.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=[site_ids[0]])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        item = _first(session, ChecklistItem, site_ids[0], ChecklistItem.position)
        assert item is not None
    copy.database.perform(lambda s: checklists.update_item(s, item.id, item.version, note="vẫn cần"))
    kits.send_back(copy, back)
    copy.close()
    database.perform(lambda s: checklists.delete_item(s, item.id))
    with database.read() as session:
        plan = kit_merge.plan_merge(session, kit_merge.load_return_kit(back, PASSPHRASE))
    assert [(c.id, c.field, c.field_value) for c in plan.conflicts] == [(str(item.id), "*", {"note": "vẫn cần"})]
    kit_merge.apply_merge(database, plan, kit_merge.resolve_all(plan, "field"), backup=False)
    with database.read() as session:
        assert session.get(ChecklistItem, item.id).note == "vẫn cần"  # type: ignore[union-attr]


def test_the_field_copy_edits_only_the_kit_sites_and_prints(office, tmp_path: Path) -> None:
    database, site_ids = office
    kit = tmp_path / "k.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=site_ids[:2])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    try:
        with copy.database.read() as session:
            campaign = session.scalars(select(Campaign)).one()
            leader = session.scalars(select(Leader)).first()
            site = session.get(Site, site_ids[0])
            assert leader is not None and site is not None
            assert session.get(Site, site_ids[5]) is None  # other sites are not in the kit at all
            assert leader.phone == "" and leader.email == ""  # no contacts unless asked
            schedule = builders.site_schedule_document(session, site_ids[0])
            checklist = builders.field_checklist_document(session, site_ids[0])
        assert schedule.title and checklist.blocks
        saves = copy.saves
        for write in (lambda s: leaders.update_leader(s, leader.id, leader.version, title="Khác"),
                      lambda s: setattr(s.get(Campaign, campaign.id), "notes", "sửa"),
                      lambda s: sites.add_site(s, campaign.id, "00097", site.date)):
            with pytest.raises(ValidationError) as refused:
                copy.database.perform(write)
            assert refused.value.code == "field_read_only" and refused.value.message
        assert copy.saves == saves  # nothing written, nothing saved
        copy.database.perform(lambda s: sites.update_site(s, site.id, site.version, venue="Sân vận động xã"))
        assert copy.saves == saves + 1
    finally:
        copy.close()
    again = kits.open_field_kit(kit, PASSPHRASE)  # the same kit again: the work goes on in its working copy
    try:
        with again.database.read() as session:
            assert session.get(Site, site_ids[0]).venue == "Sân vận động xã"  # type: ignore[union-attr]
    finally:
        again.close()


def test_contacts_only_when_asked(office, tmp_path: Path) -> None:
    database, site_ids = office
    invited = give_contacts(database, site_ids[:2])[0]
    phone = invited.phone
    kit = tmp_path / "k.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=site_ids[:2], with_contacts=True)
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        assert session.get(Leader, invited.id).phone == phone  # type: ignore[union-attr]
    copy.close()
    assert read_header(kit).with_contacts


def test_export_refusals(office, tmp_path: Path) -> None:
    database, site_ids = office
    cases = [
        (dict(site_ids=[]), "kit_no_sites"),
        (dict(site_ids=[uuid.uuid4()]), "kit_site_missing"),
        (dict(site_ids=site_ids[:1], campaign_year=2026), "kit_sites_and_campaign"),
        (dict(campaign_year=1999), "kit_campaign_missing"),
        (dict(site_ids=site_ids[:1], expires_on=dt.date.today() - dt.timedelta(days=1)), "kit_expiry_past"),
    ]
    for options, code in cases:
        with pytest.raises(ValidationError) as refused:
            kits.export_kit(database, tmp_path / "k.fpkit", PASSPHRASE, **options)  # type: ignore[arg-type]
        assert refused.value.code == code and refused.value.message
    with pytest.raises(ValidationError) as short:
        kits.export_kit(database, tmp_path / "k.fpkit", "ngắn", site_ids=site_ids[:1])
    assert short.value.code == "kit_passphrase_short"
    assert not (tmp_path / "k.fpkit").exists()
    whole = kits.export_kit(database, tmp_path / "year.fpkit", PASSPHRASE, campaign_year=2026)
    assert whole.counts["site"] == len(site_ids)


def test_a_second_return_kit_of_the_same_trip_brings_only_what_is_new(office, tmp_path: Path) -> None:
    database, site_ids = office
    kit = tmp_path / "k.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=[site_ids[0]])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        first, second = session.scalars(select(ChecklistItem).where(ChecklistItem.site_id == site_ids[0])
                                        .order_by(ChecklistItem.position, ChecklistItem.id)).all()[:2]
    made = copy.database.perform(lambda s: checklists.add_item(s, site_ids[0], "Thuê loa"))[0]
    copy.database.perform(lambda s: checklists.update_item(s, first.id, first.version, note="lần một"))
    kits.send_back(copy, tmp_path / "r1.fpkit")
    merged = kit_merge.merge_kit(database, tmp_path / "r1.fpkit", PASSPHRASE)
    assert (merged.updated, merged.created) == (1, 1)
    copy.database.perform(lambda s: checklists.update_item(s, second.id, second.version, note="lần hai"))
    kits.send_back(copy, tmp_path / "r2.fpkit")
    copy.close()
    with database.read() as session:
        plan = kit_merge.plan_merge(session, kit_merge.load_return_kit(tmp_path / "r2.fpkit", PASSPHRASE))
    assert [(c.id, c.action) for c in plan.applied] == [(str(second.id), "update")]
    assert not plan.conflicts and not plan.deletions
    assert str(made.id) not in {c.id for c in plan.applied}


def test_the_working_copy_takes_reads_and_writes_from_two_threads(office, tmp_path: Path) -> None:
    """The window's thread reads while a background job writes (and the other way round), as on a file."""
    import threading

    database, site_ids = office
    kit = tmp_path / "k.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=[site_ids[0]])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        items = [(i.id, i.version) for i in session.scalars(
            select(ChecklistItem).where(ChecklistItem.site_id == site_ids[0]).order_by(ChecklistItem.id)).all()[:6]]
    failures: list[BaseException] = []
    done = threading.Event()

    def reader() -> None:
        try:
            while not done.is_set():
                with copy.database.read() as session:
                    assert session.scalars(select(ChecklistItem)).all()
        except BaseException as exc:  # reported below
            failures.append(exc)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for n, (item_id, version) in enumerate(items):
            copy.database.perform(lambda s, i=item_id, v=version, n=n: checklists.update_item(s, i, v, note=f"ghi {n}"))
    finally:
        done.set()
        thread.join()
    assert not failures
    copy.close()
    again = kits.open_working(copy.path, PASSPHRASE)
    with again.database.read() as session:
        assert [session.get(ChecklistItem, i).note for i, _v in items] == [f"ghi {n}" for n in range(6)]  # type: ignore[union-attr]
    again.close()


def test_an_office_change_after_the_plan_makes_the_merge_stale(office, tmp_path: Path) -> None:
    from festival_planner.domain.errors import ConflictError

    database, site_ids = office
    kit, back = tmp_path / "k.fpkit", tmp_path / "r.fpkit"
    kits.export_kit(database, kit, PASSPHRASE, site_ids=[site_ids[0]])
    copy = kits.open_field_kit(kit, PASSPHRASE)
    with copy.database.read() as session:
        item = _first(session, ChecklistItem, site_ids[0], ChecklistItem.position)
    copy.database.perform(lambda s: checklists.update_item(s, item.id, item.version, note="thực địa"))
    kits.send_back(copy, back)
    copy.close()
    with database.read() as session:
        plan = kit_merge.plan_merge(session, kit_merge.load_return_kit(back, PASSPHRASE))
        version = session.get(ChecklistItem, item.id).version  # type: ignore[union-attr]
    database.perform(lambda s: checklists.update_item(s, item.id, version, owner="Văn phòng"))  # another window
    before = snapshot(database)
    with pytest.raises(ConflictError) as stale:
        kit_merge.apply_merge(database, plan, backup=False)
    assert stale.value.code == "kit_merge_stale" and snapshot(database) == before
