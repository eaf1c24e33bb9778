"""Bulk actions' services and the ``checklist apply`` command for many sites, on a real database file:
the template by the site's kind, the preview equal to what is written, all or nothing, refusals in
Vietnamese with nothing written."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from festival_planner.cli import main
from festival_planner.domain.enums import CommuneKind, InvitationStatus, SiteStatus
from festival_planner.domain.errors import ValidationError
from festival_planner.services import campaigns, checklists, delegation_board, demo, leaders, selection, sites
from festival_planner.services.checklist_templates import SiteKind, template_for_site
from festival_planner.services.communes import CommuneIndex


@pytest.fixture
def year(database):
    """2026 with the 28 demo communes accepted from the selector (proposed sites, no checklist)."""
    with database.transaction() as session:
        campaign = campaigns.create_campaign(session, 2026)
        codes = [c.code for c in demo.demo_communes(CommuneIndex(session))]
        ids = [r.id for r in selection.accept(session, campaign.id, codes)]
    return campaign, ids


def test_the_template_follows_the_site_kind() -> None:
    import datetime as dt
    import uuid

    def kind(k: CommuneKind, *regions: str) -> SiteKind:
        return SiteKind(uuid.uuid4(), "", "", dt.date(2026, 8, 1), k, regions)

    assert template_for_site(kind(CommuneKind.DAC_KHU, "nam_trung_bo")) == "Đặc khu đảo"
    assert template_for_site(kind(CommuneKind.XA, "tay_nguyen")) == "Xã vùng cao"
    assert template_for_site(kind(CommuneKind.XA, "bac_trung_bo", "tay_bac_mo_rong")) == "Xã vùng cao"
    assert template_for_site(kind(CommuneKind.PHUONG, "dong_bang_song_hong")) == "Mặc định"


def test_the_preview_is_what_is_written(database, year) -> None:
    campaign, ids = year
    with database.read() as session:
        preview = checklists.plan_template_for_sites(session, ids)
    with database.transaction() as session:
        done = checklists.apply_template_to_sites(session, ids)
    assert preview == done
    with database.read() as session:
        items = checklists.list_campaign_items(session, campaign.id)
        assert checklists.sites_without_checklist(session, campaign.id) == []
    by_site = Counter(i.site_id for i in items)
    assert {p.site_id: p.items for p in done} == dict(by_site)
    # again: every site skipped, nothing written
    with database.transaction() as session:
        again = checklists.apply_template_to_sites(session, ids)
    assert {p.action for p in again} == {"skip"}
    with database.read() as session:
        assert len(checklists.list_campaign_items(session, campaign.id)) == len(items)


def test_many_sites_status_all_or_nothing(database, year) -> None:
    _campaign, ids = year
    with database.transaction() as session:
        sites.update_site(session, ids[0], 1, status=SiteStatus.CANCELLED)
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        sites.set_status_many(session, ids, SiteStatus.HELD)
    assert refused.value.message.startswith("Không đổi được trạng thái của 28 điểm, chưa điểm nào được đổi.")
    with database.transaction() as session:
        changed = sites.set_status_many(session, ids, SiteStatus.APPROVED)
    assert len(changed) == 28
    with database.read() as session:
        assert {s.status for s in sites.list_sites(session, _campaign.id)} == {SiteStatus.APPROVED}


def test_the_board_suggests_free_leaders_by_precedence(database, year) -> None:
    campaign, ids = year
    with database.transaction() as session:
        first, second = (leaders.add_leader(session, name, precedence_rank=rank).id
                         for name, rank in (("Nguyễn Văn A", 1), ("Trần Văn B", 2)))
    with database.read() as session:
        board = delegation_board.load_board(session, campaign.id)
    chosen = board.current()
    site = board.sites[0]
    assert [o.leader.leader_id for o in board.options(site.site_id, chosen)] == [first, second]
    chosen[site.site_id] = first
    # on another site the same day, the leader chosen is busy: the other one comes first
    day = Counter(s.date for s in board.sites).most_common(1)[0][0]
    one, two = (s.site_id for s in board.sites if s.date == day)
    chosen[one] = first
    options = board.options(two, chosen)
    assert [(o.leader.leader_id, o.suggested, o.free) for o in options] == [(second, True, True), (first, False, False)]
    assert set(board.conflicts({**chosen, two: first})) == {one, two}
    with database.transaction() as session:
        delegation_board.assign_heads(session, {site.site_id: first})
        sent = delegation_board.send_invitations(session, [site.site_id])
    assert [r.status for r in sent] == [InvitationStatus.SENT]
    with database.transaction() as session:  # a new head: the one invited is withdrawn
        changes = delegation_board.assign_heads(session, {site.site_id: second})
    assert changes[0].old_leader_id == first
    with database.read() as session:
        from festival_planner.services import invitations

        statuses = {r.leader_id: r.status for r in invitations.delegation(session, site.site_id)}
    assert statuses == {first: InvitationStatus.WITHDRAWN, second: InvitationStatus.PROPOSED}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_applies_by_kind_to_the_sites_without_a_checklist(capsys, database, year, db_path) -> None:
    _campaign, ids = year
    with database.transaction() as session:
        checklists.apply_template(session, ids[0], "Mặc định")
    database.close()
    code, out, err = run(capsys, "checklist", "apply", "--campaign", "2026", "--without-checklist", "--dry-run",
                         "--db", str(db_path))
    assert code == 0 and len(out.splitlines()) == 27 and "Chưa ghi gì (--dry-run)." in err
    code, out, _ = run(capsys, "checklist", "apply", "--campaign", "2026", "--all", "--db", str(db_path), "--json")
    assert code == 0
    data = json.loads(out)
    assert Counter(s["action"] for s in data["sites"]) == {"apply": 27, "skip": 1}
    assert {s["template"] for s in data["sites"]} == {"Mặc định", "Xã vùng cao", "Đặc khu đảo"}
    code, _out, err = run(capsys, "checklist", "apply", "--all", "--db", str(db_path))
    assert code != 0 and len(err.strip().splitlines()) == 1, err
    assert "Hãy cho biết năm kế hoạch (--campaign NĂM) khi dùng --all hoặc --without-checklist." in err
