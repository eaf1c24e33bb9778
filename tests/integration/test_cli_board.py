"""``board show|assign|send`` and ``sites status`` on a real database file: the delegation board and
the bulk status change from the command line, each one transaction (all or nothing), JSON in English
snake_case, refusals one line on stderr with a non-zero exit, the file read back after each command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.domain import messages
from festival_planner.domain.enums import InvitationStatus, SiteStatus
from festival_planner.services import campaigns, delegation_board, sites
from festival_planner.store.database import open_database


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    yield
    messages.set_language("vi")


def run(capsys, *argv: str, lang: str = "en") -> tuple[int, str, str]:
    code = main([*argv, "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def read(path: Path, call):  # type: ignore[no-untyped-def]
    database = open_database(path)
    try:
        with database.read() as session:
            return call(session, campaigns.get_campaign(session, 2026).id)
    finally:
        database.close()


def heads(path: Path) -> dict:
    def call(session, campaign_id):  # type: ignore[no-untyped-def]
        board = delegation_board.load_board(session, campaign_id)
        return {s.site_id: (s.head_id, s.head_status) for s in board.sites}
    return read(path, call)


@pytest.fixture
def three_without_head(demo_plan: Path) -> tuple[Path, list]:
    """The demo year with the heads of its first three sites taken away."""
    database = open_database(demo_plan)
    with database.write() as session:
        board = delegation_board.load_board(session, campaigns.get_campaign(session, 2026).id)
        emptied = [s.site_id for s in board.sites[:3]]
        delegation_board.assign_heads(session, dict.fromkeys(emptied))
    database.close()
    return demo_plan, emptied


def test_suggested_heads_then_send_every_invitation(capsys, three_without_head) -> None:
    path, emptied = three_without_head
    assert all(heads(path)[site][0] is None for site in emptied)
    code, out, err = run(capsys, "board", "show", "--campaign", "2026", "--db", str(path), "--json")
    assert code == 0
    shown = {row["site_id"]: row for row in json.loads(out)}
    assert all(shown[str(site)]["head"] is None and shown[str(site)]["suggestions"] for site in emptied)

    code, out, err = run(capsys, "board", "assign", "--campaign", "2026", "--suggested", "--dry-run",
                         "--db", str(path), "--json")
    assert code == 0 and json.loads(out)["changed"] == 3 and json.loads(out)["dry_run"] is True
    assert all(heads(path)[site][0] is None for site in emptied)  # a dry run writes nothing

    code, out, err = run(capsys, "board", "assign", "--campaign", "2026", "--suggested", "--db", str(path), "--json")
    assert code == 0 and json.loads(out)["changed"] == 3
    after = heads(path)
    assert all(after[site][0] is not None and after[site][1] is InvitationStatus.PROPOSED for site in emptied)
    rows = {row["site_id"]: row for row in json.loads(out)["sites"]}
    assert all(rows[str(site)]["conflicts"] == [] for site in emptied)  # suggestions are free and reachable

    code, out, err = run(capsys, "board", "send", "--campaign", "2026", "--db", str(path), "--json")
    assert code == 0
    sent = json.loads(out)["sent"]
    assert {row["site_id"] for row in sent} >= {str(site) for site in emptied}
    assert all(status is not InvitationStatus.PROPOSED for _head, status in heads(path).values() if status)
    code, out, err = run(capsys, "board", "send", "--campaign", "2026", "--db", str(path))
    assert code != 0 and out == "" and err.count("\n") == 1 and "No invitation to send" in err


def test_an_explicit_head_and_the_refusals(capsys, three_without_head) -> None:
    path, emptied = three_without_head
    leader = read(path, lambda session, cid: delegation_board.load_board(session, cid).options(
        emptied[0], {})[0].leader.leader_id)
    code, out, err = run(capsys, "board", "assign", "--campaign", "2026", "--head", f"{emptied[0]}={leader}",
                         "--db", str(path), lang="vi")
    assert code == 0 and "Đã phân công trưởng đoàn cho 1 điểm." in err
    assert heads(path)[emptied[0]][0] == leader and heads(path)[emptied[1]][0] is None
    for bad, words in ((f"{emptied[1]}", "is not a SITE_ID=LEADER_ID pair"), ("abc=def", "abc")):
        code, out, err = run(capsys, "board", "assign", "--campaign", "2026", "--head", bad, "--db", str(path))
        assert code != 0 and err.count("\n") == 1 and words in err, err
    code, out, err = run(capsys, "board", "assign", "--campaign", "2026", "--db", str(path))
    assert code != 0 and "no change" in err


def test_sites_status_is_all_or_none(capsys, demo_plan: Path) -> None:
    def statuses() -> dict:
        return read(demo_plan, lambda session, cid: {r.id: r.status for r in sites.list_sites(session, cid)})

    before = statuses()
    code, out, err = run(capsys, "sites", "status", "--campaign", "2026", "--to", "approved", "--dry-run",
                         "--db", str(demo_plan), "--json")
    assert code == 0 and statuses() == before
    plan = json.loads(out)
    assert plan["dry_run"] is True and plan["changed"] == sum(1 for s in before.values() if s != SiteStatus.APPROVED)
    code, out, err = run(capsys, "sites", "status", "--campaign", "2026", "--to", "approved", "--db", str(demo_plan))
    assert code == 0 and set(statuses().values()) == {SiteStatus.APPROVED}

    # a site without a venue cannot be confirmed: the whole change is refused, no site changes
    database = open_database(demo_plan)
    with database.write() as session:
        row = sites.list_sites(session, campaigns.get_campaign(session, 2026).id)[0]
        sites.update_site(session, row.id, row.version, venue="")
    database.close()
    before = statuses()
    code, out, err = run(capsys, "sites", "status", "--campaign", "2026", "--to", "confirmed", "--db", str(demo_plan))
    assert code != 0 and err.count("\n") == 1 and "no site was changed" in err
    assert statuses() == before


def test_the_board_keeps_the_gui_rule_for_suggestions(three_without_head) -> None:
    """The GUI's "fill suggestions" and the CLI's --suggested are the one service: same heads."""
    path, emptied = three_without_head

    def call(session, campaign_id):  # type: ignore[no-untyped-def]
        board = delegation_board.load_board(session, campaign_id)
        return board.fill_suggestions(board.current())
    filled = read(path, call)
    assert all(filled[site] is not None for site in emptied)
    code = main(["board", "assign", "--campaign", "2026", "--suggested", "--db", str(path)])
    assert code == 0 and {site: heads(path)[site][0] for site in emptied} == {site: filled[site] for site in emptied}
