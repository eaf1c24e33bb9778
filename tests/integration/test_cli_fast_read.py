"""``sites list`` on a SQLite file reads it with plain ``sqlite3`` (``services.site_overview_sqlite``) and
prints exactly what the ORM path prints — the demo, an empty year, nulls, Vietnamese text, conflicts
under a saved travel model — and leaves the answer to the ORM path whenever the file is not one it
may read as it is (older or newer schema, not ours, not checked today, a backup, a server, no such year)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from festival_planner.cli import main
from festival_planner.domain.models import Commune
from festival_planner.geo.travel import TravelParameters
from festival_planner.services import campaigns, invitations, leaders, planning, sites
from festival_planner.services.site_overview_sqlite import GAZETTEER_COMMUNES, read_site_overview
from festival_planner.store.database import open_database
from festival_planner.store.first_read import first_screen
from festival_planner.store.plain_read import is_current

ORM_ONLY = "FESTIVAL_PLANNER_CLI_NO_FAST_READ"


def _run(capsys, monkeypatch, *argv: str, orm: bool) -> tuple[int, str, str]:
    if orm:
        monkeypatch.setenv(ORM_ONLY, "1")
    else:
        monkeypatch.delenv(ORM_ONLY, raising=False)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _same_both_ways(capsys, monkeypatch, db: Path, year: int, *extra: str) -> str:
    argv = ("sites", "list", "--campaign", str(year), "--db", str(db), *extra)
    orm = _run(capsys, monkeypatch, *argv, orm=True)  # first: the day's full check, as any first open
    assert read_site_overview(str(db), year) is not None, "the plain read declined a plain file"
    fast = _run(capsys, monkeypatch, *argv, orm=False)
    assert fast == orm
    assert orm[0] == 0
    return orm[1]


@pytest.fixture
def edge_plan(demo_plan: Path) -> Path:
    """The demo plus an empty 2027, and in 2026 sites with no times and no venue, quotes, a newline and
    an emoji in their texts, a declined head and a member with no dates, and a slow saved travel model
    (so the same leader's sites clash)."""
    database = open_database(demo_plan)
    with database.write() as session:
        campaigns.ensure_campaign(session, 2027)
        campaign = campaigns.get_campaign(session, 2026)
        taken = {row.commune.code for row in sites.list_sites(session, campaign.id)}
        codes = [c for c in session.scalars(select(Commune.code).order_by(Commune.code.desc()).limit(40))
                 if c not in taken][:4]
        leader = leaders.add_leader(session, full_name="Đặng Thị Ngọc Ánh", title="Thứ trưởng \"thường trực\"",
                                    precedence_rank=15)
        other = leaders.add_leader(session, full_name="Ông Văn Bé", title="", precedence_rank=40)
        day = dt.date(2026, 7, 20)
        made = [sites.add_site(session, campaign.id, code, day + dt.timedelta(days=n // 2), start_time=None,
                               end_time=None, venue="" if n % 2 else "Sân vận động \"Hòa Bình\"\nkhu B 🎉",
                               notes="ghi chú: ‘đặc biệt’") for n, code in enumerate(codes)]
        for site in made:
            invitations.invite(session, site.id, leader.id, "head")
        declined = invitations.invite(session, made[0].id, other.id, "member", status="sent",
                                      sent_on=dt.date(2026, 6, 1))
        invitations.set_status(session, declined.id, declined.version, "declined", on=dt.date(2026, 6, 3))
        invitations.invite(session, made[1].id, other.id, "member")
        planning.save_travel_parameters(session, campaign.id, TravelParameters(lowland_speed_kmh=10.0,
                                                                               mountain_speed_kmh=10.0))
    database.close()
    return demo_plan


def test_the_demo_prints_the_same_json_both_ways(demo_plan: Path, capsys, monkeypatch) -> None:
    out = _same_both_ways(capsys, monkeypatch, demo_plan, 2026, "--json")
    assert out.count('"commune_code"') == 28 and '"other_site_id"' in out


def test_edge_cases_print_the_same_json_and_text_both_ways(edge_plan: Path, capsys, monkeypatch) -> None:
    out = _same_both_ways(capsys, monkeypatch, edge_plan, 2026, "--json")
    assert '"start_time": null' in out and "🎉" in out and '"status": "declined"' in out
    assert out.count('"other_site_id"') > 4  # the slow travel model's clashes
    assert _same_both_ways(capsys, monkeypatch, edge_plan, 2027, "--json") == "[]\n"
    assert '"campaign_year": 2025' in _same_both_ways(capsys, monkeypatch, edge_plan, 2025, "--json")
    _same_both_ways(capsys, monkeypatch, edge_plan, 2026)
    _same_both_ways(capsys, monkeypatch, edge_plan, 2026, "--lang", "en")


def _checked(db: Path, capsys, monkeypatch) -> None:
    _run(capsys, monkeypatch, "sites", "list", "--campaign", "2026", "--db", str(db), orm=True)


def test_a_missing_year_is_the_orm_paths_refusal(demo_plan: Path, capsys, monkeypatch) -> None:
    _checked(demo_plan, capsys, monkeypatch)
    assert read_site_overview(str(demo_plan), 2031) is None
    argv = ("sites", "list", "--campaign", "2031", "--json", "--db", str(demo_plan))
    fast = _run(capsys, monkeypatch, *argv, orm=False)
    assert fast == _run(capsys, monkeypatch, *argv, orm=True)
    assert fast[0] == 1 and fast[2].count("\n") == 1


def test_a_file_not_checked_today_goes_to_the_orm_path_which_checks_it(demo_plan: Path, capsys,
                                                                         monkeypatch) -> None:
    memo = demo_plan.parent / "backups" / f"{demo_plan.name}.last-integrity-check"
    assert not memo.is_file() and read_site_overview(str(demo_plan), 2026) is None  # a copied file: never checked
    _checked(demo_plan, capsys, monkeypatch)  # the day's first open checks it and remembers
    assert memo.is_file()
    memo.write_text((dt.datetime.now() - dt.timedelta(days=1)).isoformat(timespec="seconds"), encoding="ascii")
    assert read_site_overview(str(demo_plan), 2026) is None
    _checked(demo_plan, capsys, monkeypatch)
    assert dt.datetime.fromisoformat(memo.read_text(encoding="ascii")).date() == dt.date.today()
    assert read_site_overview(str(demo_plan), 2026) is not None


def test_another_schema_or_application_is_left_to_the_orm_path(demo_plan: Path, capsys, monkeypatch,
                                                                tmp_path: Path) -> None:
    _checked(demo_plan, capsys, monkeypatch)
    for change in ("UPDATE alembic_version SET version_num = '0007_old'",
                   "UPDATE alembic_version SET version_num = '9999_newer'",
                   "PRAGMA application_id = 7", "DROP TABLE alembic_version"):
        copy = tmp_path / "copy.sqlite"
        shutil.copyfile(demo_plan, copy)
        conn = sqlite3.connect(copy)
        conn.execute(change)
        conn.commit()
        conn.close()
        memo = tmp_path / "backups" / "copy.sqlite.last-integrity-check"
        memo.parent.mkdir(exist_ok=True)
        shutil.copyfile(demo_plan.parent / "backups" / f"{demo_plan.name}.last-integrity-check", memo)
        assert read_site_overview(str(copy), 2026) is None, change
        assert first_screen(copy) is None and not is_current(copy), change  # the window's first screen: one gate
        copy.unlink()
    assert is_current(demo_plan) and first_screen(demo_plan) is not None


def test_a_backup_a_server_and_a_missing_file_are_left_to_the_orm_path(demo_plan: Path, capsys,
                                                                        monkeypatch) -> None:
    _checked(demo_plan, capsys, monkeypatch)
    assert read_site_overview("postgresql+psycopg://planner@localhost/plan", 2026) is None
    assert read_site_overview(str(demo_plan.with_name("absent.sqlite")), 2026) is None
    backup = demo_plan.parent / "backups" / f"{demo_plan.stem}-manual-20260101-120000.sqlite"
    shutil.copyfile(demo_plan, backup)
    assert read_site_overview(str(backup), 2026) is None


def test_the_plain_read_imports_no_sqlalchemy_no_qt_no_geocoder_and_no_logging(demo_plan: Path, capsys, monkeypatch,
                                                                     tmp_path: Path) -> None:
    _checked(demo_plan, capsys, monkeypatch)
    monkeypatch.delenv(ORM_ONLY)
    code = ("import sys\n"
            "from festival_planner.cli import main\n"
            "assert main(sys.argv[1:]) == 0\n"
            "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'geopy', 'ssl', 'numpy', 'logging',"
            " 'importlib.resources') if m in sys.modules),"
            " file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code, "sites", "list", "--campaign", "2026", "--json", "--db",
                             str(demo_plan)], capture_output=True, text=True, encoding="utf-8", check=True)
    assert result.stderr.strip().splitlines()[-1] == "[]", result.stderr
    assert result.stdout.count('"commune_code"') == 28


def test_the_gazetteer_count_is_the_stores() -> None:
    from festival_planner.store.gazetteer import EXPECTED_COMMUNES

    assert GAZETTEER_COMMUNES == EXPECTED_COMMUNES
