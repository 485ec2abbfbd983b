"""Numbered schema migrations, each applied once in its own transaction and recorded in the
database: one runner for the catalogue (kiosk/catalog/schema.py) and the kiosk's state
(kiosk/state/db.py)."""

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlite_utils import Database

Migration = tuple[int, str, Callable[[Database], None]]


def schema_version(db: Database) -> int:
    if not db["schema_migrations"].exists():
        return 0
    row = db.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def apply_migrations(db: Database, migrations: Sequence[Migration]) -> int:
    """Apply every migration the database has not had yet; return the schema version."""
    if not db["schema_migrations"].exists():
        db.table("schema_migrations").create(
            {"version": int, "name": str, "applied_at": str}, pk="version"
        )
    current = schema_version(db)
    for version, name, step in migrations:
        if version <= current:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            step(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [version, name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return schema_version(db)
