"""Every file the app writes for people is whole or absent, never reported as written when it is not,
and owner-only when it holds restricted data (issue 14, items 5 and 10).

A full disk is simulated honestly: the command runs in a child process whose file-size limit
(``RLIMIT_FSIZE``) makes every write past N bytes fail with EFBIG, as on a full disk. SQLite's own
files must not need to grow for a reading command: this process holds a connection to the database
while the child runs, so the ``-shm`` already has its full size and the child is never the last
connection (the database is compared byte for byte afterwards).
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from festival_planner.cli import main
from festival_planner.domain import messages
from festival_planner.domain.errors import FestivalPlannerError
from integration.safety_helpers import file_size_limit, umask

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limits and modes")

OLD = b"the previous good file, which must survive\n"


@dataclass(frozen=True)
class Demo:
    path: Path
    site_id: str
    leader_id: str
    campaign_id: uuid.UUID
    template_id: uuid.UUID


@pytest.fixture(scope="module")
def demo(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The demo plan in a file, made once for the module (the commands below only read it)."""
    from festival_planner.services import campaigns, checklist_templates, invitations, sites
    from festival_planner.store.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    assert main(["demo", "--db", str(path)]) == 0
    messages.set_language("vi")
    database = open_database(path)
    try:
        with database.session() as session:
            campaign = campaigns.get_campaign(session, 2026)
            site = next(s for s in sites.list_sites(session, campaign.id) if invitations.delegation(session, s.id))
            leader_id = invitations.delegation(session, site.id)[0].leader_id
            templates = checklist_templates.list_templates(session) or checklist_templates.install_shipped_templates(
                session)
            template_id = templates[0].id
            session.commit()
    finally:
        database.close()
    return Demo(path, str(site.id), str(leader_id), campaign.id, template_id)


@pytest.fixture
def db(demo: Demo, tmp_path: Path) -> Path:
    path = tmp_path / "db" / "planner.sqlite"
    path.parent.mkdir()
    shutil.copyfile(demo.path, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_full_disk(argv: list[str], db: Path, limit: int) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process where any file past ``limit`` bytes cannot be written (EFBIG)."""
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    holder = sqlite3.connect(db)  # the -shm at full size, and the child is not the last connection
    try:
        holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return subprocess.run([sys.executable, "-m", "festival_planner", *argv, "--db", str(db), "--lang", "en"],
                              preexec_fn=limited, env=env, capture_output=True, text=True, timeout=300)
    finally:
        holder.close()


FULL_DISK = {
    "print site --pdf": (["print", "site", "--site", "{site}", "--pdf", "{out}"], "lich.pdf", 20_000),
    "print schedules --pdf": (["print", "schedules", "--campaign", "2026", "--pdf", "{out}"], "all.pdf", 100_000),
    "print site --docx": (["print", "site", "--site", "{site}", "--docx", "{out}"], "lich.docx", 10_000),
    "print itinerary --pdf": (["print", "itinerary", "--leader", "{leader}", "--campaign", "2026", "--pdf", "{out}"],
                              "it.pdf", 20_000),
    "leaders export": (["leaders", "export", "{out}"], "lanh-dao.xlsx", 2_000),
    "itinerary --ics": (["itinerary", "--leader", "{leader}", "--campaign", "2026", "--ics", "{out}"], "lich.ics",
                        500),
    "select --json": (["select", "--campaign", "2026", "--count", "25", "--json", "{out}"], "chon.json", 2_000),
    "map --png": (["map", "--campaign", "2026", "--width", "600", "--png", "{out}"], "ban-do.png", 20_000),
}


@pytest.mark.parametrize("name", list(FULL_DISK))
def test_an_export_on_a_full_disk_fails_in_one_line_and_keeps_the_previous_file(
        demo: Demo, db: Path, tmp_path: Path, name: str) -> None:
    template, file_name, limit = FULL_DISK[name]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / file_name
    out.write_bytes(OLD)
    argv = [a.format(site=demo.site_id, leader=demo.leader_id, out=out) for a in template]
    before = digest(db)
    done = run_full_disk(argv, db, limit)
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("festival-planner: "), done.stderr
    assert str(out) in lines[0] and "the disk is full" in lines[0], lines[0]
    assert "Wrote" not in done.stdout
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in out_dir.iterdir()) == [file_name]  # no temporary left behind
    assert digest(db) == before  # the full disk hit the export, not the database



def test_the_campaign_and_template_workbooks_on_a_full_disk_keep_the_previous_files(demo: Demo, db: Path,
                                                                                     tmp_path: Path) -> None:
    from festival_planner.services import checklist_templates, exports
    from festival_planner.store.database import open_database

    campaign_file, template_file = tmp_path / "doan-du.xlsx", tmp_path / "mau.xlsx"
    for path in (campaign_file, template_file):
        path.write_bytes(OLD)
    database = open_database(db)
    try:
        with database.session() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM site").fetchone()
            with file_size_limit(2_000):
                with pytest.raises(FestivalPlannerError) as campaign_error:
                    exports.export_campaign_xlsx(session, demo.campaign_id, campaign_file)
                with pytest.raises(FestivalPlannerError) as template_error:
                    checklist_templates.export_template_xlsx(session, demo.template_id, template_file)
    finally:
        database.close()
    assert campaign_error.value.code == template_error.value.code == "output_disk_full"
    assert campaign_file.read_bytes() == OLD and template_file.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["doan-du.xlsx", "mau.xlsx"]


# --- who may read what was written (item 10) -----------------------------------------------------------


RESTRICTED, ORDINARY = 0o600, 0o644
PERMISSIONS = {
    "site schedule PDF": (["print", "site", "--site", "{site}", "--pdf", "{out}"], "lich.pdf", ORDINARY),
    "site schedule PDF marked MẬT": (["print", "site", "--site", "{site}", "--confidential", "--pdf", "{out}"],
                                     "mat.pdf", RESTRICTED),
    "site schedule Word": (["print", "site", "--site", "{site}", "--docx", "{out}"], "lich.docx", ORDINARY),
    "site schedule Word marked MẬT": (["print", "site", "--site", "{site}", "--confidential", "--docx", "{out}"],
                                      "mat.docx", RESTRICTED),
    "overview": (["print", "overview", "--campaign", "2026", "--pdf", "{out}"], "tong-hop.pdf", ORDINARY),
    "itinerary PDF": (["print", "itinerary", "--leader", "{leader}", "--campaign", "2026", "--pdf", "{out}"],
                      "lich-trinh.pdf", RESTRICTED),
    "itinerary calendar": (["itinerary", "--leader", "{leader}", "--campaign", "2026", "--ics", "{out}"],
                           "lich.ics", RESTRICTED),
    "leaders directory with contacts": (["leaders", "export", "{out}"], "lanh-dao.xlsx", RESTRICTED),
    "selection JSON": (["select", "--campaign", "2026", "--count", "25", "--json", "{out}"], "chon.json", ORDINARY),
}


@pytest.fixture
def _application(qapp):
    """Printing in this process needs the QApplication pytest-qt makes (later GUI tests need it too)."""
    return qapp


def test_restricted_exports_are_owner_only_and_ordinary_documents_follow_the_umask(
        _application, demo: Demo, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from festival_planner.services import checklist_templates, exports
    from festival_planner.store.database import open_database

    modes: dict[str, int] = {}
    expected: dict[str, int] = {}
    try:
        with umask(0o022):
            for name, (template, file_name, mode) in PERMISSIONS.items():
                out = tmp_path / file_name
                argv = [a.format(site=demo.site_id, leader=demo.leader_id, out=out) for a in template]
                assert main([*argv, "--db", str(db), "--lang", "en"]) == 0, capsys.readouterr().err
                modes[name], expected[name] = stat.S_IMODE(out.stat().st_mode), mode
            database = open_database(db)
            try:
                with database.session() as session:
                    exports.export_campaign_xlsx(session, demo.campaign_id, tmp_path / "doan-du.xlsx")
                    checklist_templates.export_template_xlsx(session, demo.template_id, tmp_path / "mau.xlsx")
            finally:
                database.close()
    finally:
        messages.set_language("vi")
        capsys.readouterr()
    modes["delegations by site (leaders' movements)"] = stat.S_IMODE((tmp_path / "doan-du.xlsx").stat().st_mode)
    expected["delegations by site (leaders' movements)"] = RESTRICTED
    modes["checklist template"] = stat.S_IMODE((tmp_path / "mau.xlsx").stat().st_mode)
    expected["checklist template"] = ORDINARY
    assert {k: oct(v) for k, v in modes.items()} == {k: oct(v) for k, v in expected.items()}
