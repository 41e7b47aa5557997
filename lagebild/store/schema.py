"""Versioned schema migrations: ordered SQL files `migrations/NNNN_name.sql`, each applied once, in
its own transaction together with its row in `schema_version`.

A store written by a newer Lagebild (a version this code does not know) is refused rather than
guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import duckdb

from ..errors import ErrorCode, LagebildError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in version order (gaps are a packaging bug)."""
    found = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf8")))
    found.sort(key=lambda m: m.version)
    assert [m.version for m in found] == list(range(1, len(found) + 1)), "migrations must be numbered 1, 2, 3, …"
    return found


def latest_version() -> int:
    return len(migrations())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = current_schema()"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, subject: str = "<store>", *, target: int | None = None) -> int:
    """Bring the schema up to the latest version (or `target`); returns the version it ends at."""
    available = migrations()
    version = current_version(con)
    if version > len(available):
        raise LagebildError(ErrorCode.E021, subject, found=version, supported=len(available))
    for migration in available[version:target]:
        con.begin()
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)", [migration.version, migration.name])
            con.commit()
        except Exception:
            con.rollback()
            raise
    return current_version(con)
