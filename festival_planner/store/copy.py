"""Copy a whole plan from one database to another (a file to the team server and back), verified.

``copy_database(source, target)`` copies every user table and the change log, in dependency order, in
ONE write transaction on the target (on SQLite: ``BEGIN IMMEDIATE``, like every writer), then reads
both sides again and compares them table by table: the row count and a SHA-256 digest over every row,
each value written the same way whatever the back end (UUIDs as text, dates in ISO form, JSON with
sorted keys) and the rows sorted, so a file and a server holding the same plan give the same digests.

The gazetteer (``province``, ``commune``) is not copied: every database loads the same one when it is
opened, and the schema revisions of both sides must be equal (opening upgrades both to ours).
A target holding rows is refused (``copy_target_not_empty``) unless ``replace=True``: then its rows are
deleted in the same transaction. A target holding only the shipped checklist templates (every database
gets them when first used) counts as empty: the source's templates take their place.

This is a whole-database operation like ``restore``: it writes below the services (no change-log
record of its own — the change log itself is copied, and an extra row would make the two sides differ).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select

from festival_planner.domain.errors import DatabaseError
from festival_planner.domain.models import Base
from festival_planner.store import migrate
from festival_planner.store.database import WRITE_OPTION, Database

NOT_COPIED = frozenset({"province", "commune"})  # the gazetteer: loaded by every database on opening
# shipped with every database: the templates, and the database's own id (a copy carries the source's
# id, so a field kit exported from the file merges into the server the plan moved to, and back)
SETUP_TABLES = frozenset({"checklist_template", "template_item", "database_identity"})
BATCH = 500

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class TableCheck:
    """One table on both sides after the copy."""

    table: str
    source_rows: int
    target_rows: int
    source_digest: str
    target_digest: str

    @property
    def equal(self) -> bool:
        return self.source_rows == self.target_rows and self.source_digest == self.target_digest


@dataclass
class CopyReport:
    source: str
    target: str
    replaced: int = 0  # rows of the target deleted first (``replace=True`` or the shipped templates)
    tables: list[TableCheck] = field(default_factory=list)

    @property
    def copied(self) -> int:
        return sum(check.source_rows for check in self.tables)

    @property
    def verified(self) -> bool:
        return all(check.equal for check in self.tables)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "rows": self.copied, "replaced": self.replaced,
                "verified": self.verified,
                "tables": [{"table": c.table, "rows": c.source_rows, "target_rows": c.target_rows,
                            "digest": c.source_digest, "equal": c.equal} for c in self.tables]}


def copied_tables() -> list[Table]:
    """The tables a copy carries, parents before children."""
    return [table for table in Base.metadata.sorted_tables if table.name not in NOT_COPIED]


def describe(database: Database) -> str:
    """Where a database is, for people: the file's path or the URL without its password."""
    return str(database.path) if database.path is not None else database.url.render_as_string(hide_password=True)


def _plain(value: Any) -> Any:
    """A value as the same plain JSON value on every back end."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def table_rows(conn: Connection, table: Table) -> list[str]:
    """Every row of ``table`` as one canonical line (columns in the model's order), sorted."""
    names = [column.name for column in table.columns]
    return sorted(json.dumps([_plain(row[name]) for name in names], ensure_ascii=False)
                  for row in conn.execute(select(table)).mappings())


def digest(lines: Iterable[str]) -> str:
    hasher = hashlib.sha256()
    for line in lines:
        hasher.update(line.encode("utf-8"))
        hasher.update(b"\n")
    return hasher.hexdigest()


def _reading(database: Database) -> Connection:
    """A connection whose transaction sees one moment of the database (a snapshot on every back end)."""
    if database.engine.dialect.name == "postgresql":
        return database.engine.connect().execution_options(isolation_level="REPEATABLE READ")
    return database.engine.connect()


def _counts(conn: Connection) -> dict[str, int]:
    return {table.name: int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
            for table in copied_tables()}


def copy_database(source: Database, target: Database, *, replace: bool = False,
                  progress: Progress | None = None) -> CopyReport:
    """Copy ``source`` into ``target`` in one transaction, then verify both sides row by row.

    Refusals (nothing written): ``copy_same_database``, ``copy_schema_differs``, ``copy_target_not_empty``
    (without ``replace``); ``copy_mismatch`` when the verification finds a difference (the copy has been
    committed by then: the report says which table differs)."""
    report = CopyReport(describe(source), describe(target))
    if source.url.render_as_string(hide_password=False) == target.url.render_as_string(hide_password=False):
        raise DatabaseError("copy_same_database", database=report.source)
    if target.read_only:
        raise DatabaseError("read_only", path=report.target, reason="")
    tables = copied_tables()
    with _reading(source) as reader, reader.begin():
        source_revision = migrate.current_revision(reader)
        writing = target.engine.execution_options(**{WRITE_OPTION: True})
        with writing.connect() as writer, writer.begin():
            target_revision = migrate.current_revision(writer)
            if source_revision != target_revision:
                raise DatabaseError("copy_schema_differs", source=source_revision or "", target=target_revision or "")
            held = {name: count for name, count in _counts(writer).items() if count}
            user_rows = sum(count for name, count in held.items() if name not in SETUP_TABLES)
            if user_rows and not replace:
                raise DatabaseError("copy_target_not_empty", database=report.target, rows=user_rows)
            for table in reversed(tables):
                if held.get(table.name):
                    writer.execute(delete(table))
            report.replaced = user_rows  # the plan rows the copy replaced (not the shipped templates, not the id)
            total = len(tables)
            for number, table in enumerate(tables):
                if progress is not None:
                    progress(number, total, table.name)
                batch: list[dict[str, Any]] = []
                for row in reader.execute(select(table)).mappings():
                    batch.append(dict(row))
                    if len(batch) >= BATCH:
                        writer.execute(insert(table), batch)
                        batch = []
                if batch:
                    writer.execute(insert(table), batch)
        # verification: both sides read again (the target from what was committed)
        with _reading(target) as check, check.begin():
            for table in tables:
                mine, theirs = table_rows(reader, table), table_rows(check, table)
                report.tables.append(TableCheck(table.name, len(mine), len(theirs), digest(mine), digest(theirs)))
    if progress is not None:
        progress(len(tables), len(tables), "")
    different = [check.table for check in report.tables if not check.equal]
    if different:
        raise DatabaseError("copy_mismatch", tables=", ".join(different), database=report.target)
    return report


def compare(first: Database, second: Database) -> list[TableCheck]:
    """Both databases' tables side by side (counts and digests), e.g. after a round trip."""
    checks = []
    with _reading(first) as one, one.begin(), _reading(second) as two, two.begin():
        for table in copied_tables():
            mine, theirs = table_rows(one, table), table_rows(two, table)
            checks.append(TableCheck(table.name, len(mine), len(theirs), digest(mine), digest(theirs)))
    return checks


def backup_server(database: Database, reason: str) -> Path:
    """A backup of a server database before a risky write (a kit's merge): the whole plan copied into a
    new SQLite file under the user's data folder (``backups/server/<host>-<database>/``), verified row by
    row like any copy. A file database backs itself up instead (``Database.backup``)."""
    from festival_planner.store.database import open_database
    from festival_planner.store.paths import data_dir

    url = database.url
    place = re.sub(r"[^0-9A-Za-z._-]+", "_", f"{url.host or 'local'}-{url.port or ''}-{url.database or ''}")
    folder = data_dir() / "backups" / "server" / place
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target_path = folder / f"{stamp}-{reason}.sqlite"
    target = open_database(target_path)
    try:
        copy_database(database, target, replace=True)
    finally:
        target.close()
    return target_path
