"""A throwaway PostgreSQL cluster for tests and benchmarks: ``initdb`` in a temporary folder, a server on
a free loopback port (no Unix socket, trust authentication on 127.0.0.1 only), stopped and removed at
the end. No pytest here: ``tests/conftest.py`` and ``benchmarks/team.py`` both use it.

PostgreSQL refuses to run as root: as root the binaries run as the ``postgres`` system user (``runuser``)
and the folder is made theirs; otherwise they run as the current user. ``binaries()`` is None when no
PostgreSQL server is installed (Debian: ``apt-get install postgresql``; elsewhere: ``initdb`` on PATH or
``FESTIVAL_PLANNER_PG_BIN``, the folder of the binaries: when set, the only one looked at).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "festival"
TEMPLATE = "planner_template"


def binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres`` (newest Debian version first)."""
    candidates: list[Path] = []
    if os.environ.get("FESTIVAL_PLANNER_PG_BIN"):  # when set, the only place looked at
        candidates.append(Path(os.environ["FESTIVAL_PLANNER_PG_BIN"]))
        return candidates[0] if all((candidates[0] / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")) \
            else None
    versions = Path("/usr/lib/postgresql")
    if versions.is_dir():
        numbered = [p for p in versions.iterdir() if p.name.replace(".", "").isdigit()]
        candidates += [p / "bin" for p in sorted(numbered, key=lambda p: float(p.name), reverse=True)]
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running server; ``url(name)`` is a SQLAlchemy URL to a database on it."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        folder = bin_dir or binaries()
        if folder is None:
            raise RuntimeError("no PostgreSQL server binaries installed (initdb, pg_ctl)")
        self.bin_dir = folder
        self.as_root = os.geteuid() == 0
        # /tmp itself (not pytest's owner-only tmp folder): the postgres user must reach it when we are root
        self.root = Path(tempfile.mkdtemp(prefix="festival-pg-"))
        self.data = self.root / "data"
        self.port = 0
        self._counter = 0

    def _run(self, *args: str, log: Path | None = None) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            detail = result.stderr.strip() or result.stdout.strip()
            if log is not None and log.is_file():
                detail += "\n" + log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{args[0]} failed ({result.returncode}): {detail}")

    def start(self) -> Cluster:
        if self.as_root:
            postgres = pwd.getpwnam("postgres")
            os.chown(self.root, postgres.pw_uid, postgres.pw_gid)
        os.chmod(self.root, 0o700)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        log = self.root / "server.log"
        for attempt in range(5):  # a port taken between the probe and the start: try another
            self.port = _free_port()
            options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='' "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-o", options, "-w", "-t", "60",
                          "start", log=log)
                break
            except RuntimeError:
                if attempt == 4:
                    raise
                time.sleep(0.2)
        return self

    def stop(self) -> None:
        try:
            if self.data.is_dir() and (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str) -> None:
        """Run statements as the superuser on the ``postgres`` database, outside any transaction."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                             autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement.encode())

    def make_template(self) -> str:
        """A database at the current schema with the gazetteer loaded, to copy with ``new_database``."""
        from festival_planner.store.database import open_database

        self.execute(f"CREATE DATABASE {TEMPLATE}")
        database = open_database(self.url(TEMPLATE))
        database.close()
        return TEMPLATE

    def new_database(self, template: str | None = TEMPLATE) -> str:
        """A fresh database (a copy of the template when given); its URL."""
        self._counter += 1
        name = f"planner_{os.getpid()}_{self._counter}"
        self.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def add_login(self, user: str, password: str) -> None:
        """A login role allowed to work in every database of the cluster (the GUI's second user)."""
        self.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{user}') THEN "
                     f"CREATE ROLE {user} LOGIN SUPERUSER PASSWORD '{password}'; END IF; END $$")
